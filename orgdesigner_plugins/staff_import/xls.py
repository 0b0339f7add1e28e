"""The old Excel format (.xls, BIFF) read with python-calamine, the same fast reader
the .xlsx path uses for big files. Values get the same normalisation (see
:func:`.reading.norm`); .xls number formats are not reported by calamine, so a
stillingsprosent stored as 0,8 under a percent format is taken as a fraction
when its whole column holds fractions (as for .csv).

A damaged or hostile .xls can make a native reader abort the whole process (a
record that claims billions of strings), and a BIFF file cannot be checked
cheaply beforehand the way the .xlsx path checks its XML. So the workbook is
read in a child process with a memory and time limit: an abort there becomes a
clear message, never the end of the app. (A frozen build cannot start a Python
child the same way and reads in-process.)"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from orgdesigner.api import _

from .reading import Book, ImportFileError, Row, _describe, norm

#: seconds and bytes of address space the child may use
CHILD_SECONDS = 120
CHILD_MEMORY = 2 << 30

_CHILD = r"""
import pickle, sys
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
except (ImportError, ValueError, OSError):
    pass
try:
    from python_calamine import CalamineWorkbook
except ImportError:
    out = ("missing", "")
else:
    try:
        wb = CalamineWorkbook.from_path(sys.argv[1])
        sheets = {}
        for name in wb.sheet_names:
            sh = wb.get_sheet_by_name(name)
            sheets[name] = (tuple(sh.start or (0, 0)), list(sh.iter_rows()))
        out = ("ok", (list(wb.sheet_names), sheets))
    except Exception as exc:
        out = ("error", f"{type(exc).__name__}: {str(exc)[:200]}")
sys.stdout.buffer.write(pickle.dumps(out))
"""


def _read_in_child(path: Path) -> tuple[list[str], dict[str, tuple[tuple[int, int], list[list[Any]]]]]:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), str(CHILD_MEMORY)],
            capture_output=True,
            timeout=CHILD_SECONDS,
        )
    except subprocess.TimeoutExpired:
        raise ImportFileError(
            _("Kan ikke lese «{path}»: lesingen tok over {seconds} s (fila er skadet eller for stor)").format(
                path=path.name, seconds=CHILD_SECONDS
            )
        ) from None
    except OSError as exc:
        raise ImportFileError(
            _("Kan ikke lese «{path}»: {value}").format(path=path.name, value=_describe(exc))
        ) from None
    if proc.returncode != 0 or not proc.stdout:
        raise ImportFileError(
            _(
                "Kan ikke lese «{path}»: .xls-leseren stoppet (fila er skadet eller for stor); åpne den i Excel og lagre den som .xlsx"
            ).format(path=path.name)
        )
    status, payload = pickle.loads(proc.stdout)  # noqa: S301 — our own child's plain values
    if status == "missing":
        raise ImportFileError(_missing(path))
    if status == "error":
        raise ImportFileError(
            _("Kan ikke lese «{path}»: fila kan ikke tolkes ({payload})").format(
                path=path.name, payload=payload
            )
        )
    return payload


def _missing(path: Path) -> str:
    return _(
        "«{path}» er i det gamle .xls-formatet, og leseren for det (python-calamine) mangler. Lagre fila som .xlsx, eller installer python-calamine."
    ).format(path=path.name)


def _read_in_process(path: Path) -> tuple[list[str], dict[str, tuple[tuple[int, int], list[list[Any]]]]]:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        raise ImportFileError(_missing(path)) from None
    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheets = {}
        for name in wb.sheet_names:
            sh = wb.get_sheet_by_name(name)
            sheets[name] = (tuple(sh.start or (0, 0)), list(sh.iter_rows()))
        wb.close()
    except Exception as exc:  # calamine raises its own error types for broken files
        raise ImportFileError(
            _("Kan ikke lese «{path}»: {value}").format(path=path.name, value=_describe(exc))
        ) from None
    return list(wb.sheet_names), sheets


class XlsBook(Book):
    def __init__(self, path: Path) -> None:
        self.path = path
        read = _read_in_process if getattr(sys, "frozen", False) else _read_in_child
        self.sheet_names, self._sheets = read(path)
        if not self.sheet_names:
            raise ImportFileError(_("«{path}» har ingen regneark").format(path=path.name))

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        empty: frozenset[int] = frozenset()
        try:
            (r0, c0), data = self._sheets[sheet]
            for idx in range(1, r0 + 1):  # rows above the first used row are blank
                if limit is not None and idx > limit:
                    return
                yield idx, [], empty
            for n, raw in enumerate(data):
                idx = r0 + n + 1
                if limit is not None and idx > limit:
                    return
                values: list[Any] = [None] * c0 + [norm(v) for v in raw]
                while values and values[-1] is None:
                    values.pop()
                yield idx, values, empty
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(
                _("Kan ikke lese arket «{sheet}» i «{name}»: {value}").format(
                    sheet=sheet, name=self.path.name, value=_describe(exc)
                )
            ) from None
