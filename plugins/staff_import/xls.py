"""The old Excel format (.xls, BIFF) read with python-calamine, the same fast reader
the .xlsx path uses for big files. Values get the same normalisation (see
:func:`.reading.norm`); .xls number formats are not reported by calamine, so a
stillingsprosent stored as 0,8 under a percent format is taken as a fraction
when its whole column holds fractions (as for .csv)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .reading import Book, ImportFileError, Row, _describe, norm


class XlsBook(Book):
    def __init__(self, path: Path) -> None:
        try:
            from python_calamine import CalamineWorkbook
        except ImportError:
            raise ImportFileError(
                f"«{path.name}» er i det gamle .xls-formatet, og leseren for det (python-calamine) mangler. "
                "Lagre fila som .xlsx, eller installer python-calamine."
            ) from None
        self.path = path
        try:
            self._wb = CalamineWorkbook.from_path(str(path))
            self.sheet_names = list(self._wb.sheet_names)
        except Exception as exc:  # calamine raises its own error types for broken files
            raise ImportFileError(f"Kan ikke lese «{path.name}»: {_describe(exc)}") from None

    def close(self) -> None:
        try:
            self._wb.close()
        except Exception:
            pass

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        empty: frozenset[int] = frozenset()
        try:
            sh = self._wb.get_sheet_by_name(sheet)
            r0, c0 = sh.start or (0, 0)
            for idx in range(1, r0 + 1):  # rows above the first used row are blank
                if limit is not None and idx > limit:
                    return
                yield idx, [], empty
            for n, raw in enumerate(sh.iter_rows()):
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
                f"Kan ikke lese arket «{sheet}» i «{self.path.name}»: {_describe(exc)}"
            ) from None
