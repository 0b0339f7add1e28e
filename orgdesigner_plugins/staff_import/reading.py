"""Reading spreadsheets into plain rows: .xlsx/.xlsm (openpyxl, read-only) and .csv.

A :class:`Book` lists its sheets; :meth:`Book.rows` yields ``(excel_row, values,
percent_columns)`` where ``values`` are normalised cell values (None for empty,
int for whole numbers, datetime for dates) and ``percent_columns`` the 0-based
columns whose cell carries a percent number format. Formulas give their cached
values. Nothing here knows about staff lists.

An optional fast path reads values with python-calamine when it is installed
(``engine="calamine"``); number formats still come from the workbook's styles,
so 0.8 under a percent format means 80 % on both paths.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from orgdesigner.api import _

from . import bounds

EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
CSV_EXTENSIONS = (".csv", ".txt")
EXTENSIONS = EXCEL_EXTENSIONS + (".xls",) + CSV_EXTENSIONS

#: files above this size use the calamine fast path when it is installed (engine "auto")
FAST_PATH_BYTES = 1_000_000

Row = tuple[int, list[Any], frozenset[int]]


class ImportFileError(Exception):
    """The file cannot be read; the message (bokmål) names the file, never a cell value."""


def norm(value: Any) -> Any:
    """One representation for both engines: '' → None, 3.0 → 3, date → datetime."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):  # NaN and ±inf stay floats: the value parsers refuse them by cell
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return value


class Book:
    """An opened spreadsheet file."""

    path: Path
    sheet_names: list[str]
    epoch_1904: bool = False

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_book(path: str | Path, engine: str = "auto") -> Book:
    """Open ``path`` by its extension; raises :class:`ImportFileError` with a clear message."""
    path = Path(path)
    ext = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError(_("Fant ikke fila «{path}»").format(path=path.name))
    if ext in CSV_EXTENSIONS:
        if path.stat().st_size > bounds.MAX_CSV_BYTES:
            raise ImportFileError(
                _("«{path}» er over {value} MB: ingen ansattliste").format(
                    path=path.name, value=bounds.MAX_CSV_BYTES // 1_000_000
                )
            )
        return CsvBook(path)
    if ext == ".xls":  # the old binary format: calamine reads it (see xls.py)
        from .xls import XlsBook

        return XlsBook(path)
    if ext not in EXCEL_EXTENSIONS:
        raise ImportFileError(
            _("«{path}»: ukjent filtype «{value}». Bruk .xlsx, .xls, .xlsm eller .csv.").format(
                path=path.name, value=ext or _("(ingen)")
            )
        )
    use_fast = engine == "calamine" or (
        engine == "auto" and path.stat().st_size >= FAST_PATH_BYTES and calamine_available()
    )
    try:
        bounds.check_zip(path)
    except bounds.LimitError as exc:
        raise ImportFileError(f"«{path.name}»: {exc}") from None
    book = XlsxBook(path)
    if use_fast and calamine_available():
        book.fast = True
    return book


def calamine_available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def _describe(exc: BaseException) -> str:
    """An exception as a short reason that never quotes file content."""
    if isinstance(exc, zipfile.BadZipFile):
        return _("fila er ikke en gyldig Excel-fil (skadet, passordbeskyttet eller feil filtype)")
    if isinstance(exc, PermissionError):
        return _("ingen tilgang til fila")
    if isinstance(exc, OSError):
        return _("fila kan ikke åpnes")
    if isinstance(exc, (ValueError, OverflowError)):  # openpyxl: int("1e308"), int("NaN")
        return _(
            "arket har et ugyldig radnummer, en ugyldig cellereferanse eller et ugyldig tall ({type})"
        ).format(type=type(exc).__name__)
    return _("fila kan ikke tolkes ({type})").format(type=type(exc).__name__)


# ---------------------------------------------------------------------------
# xlsx / xlsm
# ---------------------------------------------------------------------------


class XlsxBook(Book):
    def __init__(self, path: Path) -> None:
        import openpyxl

        self.path = path
        self.fast = False
        try:
            self._wb = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds on broken files
            raise ImportFileError(
                _("Kan ikke lese «{path}»: {value}").format(path=path.name, value=_describe(exc))
            ) from None
        try:
            self.sheet_names = [ws.title for ws in self._wb.worksheets]
            if not self.sheet_names:
                raise _NoSheets
            self.epoch_1904 = self._wb.epoch.year == 1904
            self._pct_styles = self._percent_styles()
        except _NoSheets:
            self.close()
            raise ImportFileError(_("«{path}» har ingen regneark").format(path=path.name)) from None
        except Exception as exc:
            self.close()
            raise ImportFileError(
                _("Kan ikke lese «{path}»: {value}").format(path=path.name, value=_describe(exc))
            ) from None

    def _percent_styles(self) -> frozenset[int]:
        from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

        wb = self._wb
        out = set()
        for n, style in enumerate(wb._cell_styles):
            fid = style.numFmtId
            if fid < BUILTIN_FORMATS_MAX_SIZE:
                fmt = BUILTIN_FORMATS.get(fid, "General")
            else:
                fmt = wb._number_formats[fid - BUILTIN_FORMATS_MAX_SIZE]
            if "%" in _strip_literals(fmt or ""):
                out.add(n)
        return frozenset(out)

    def close(self) -> None:
        try:
            self._wb.close()
        except Exception:
            pass

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        try:
            if self.fast and (limit is None or limit > 2000):
                with self._wb[sheet]._get_source() as src:
                    data = src.read()  # the whole XML is read (and CRC-checked) before calamine sees it
                scan = bounds.scan_sheet(data, sheet)
                opened = None
                if scan.fast_ok:
                    try:
                        special = self._special_cells(data)
                        opened = self._open_calamine(sheet)
                    except Exception:  # _Fallback, or a file calamine cannot parse: the exact path
                        opened = None
                del data
                if opened is None:
                    yield from self._rows_openpyxl(sheet, limit)
                    return
                yield from self._rows_calamine(opened, limit, special)
            else:
                yield from self._rows_openpyxl(sheet, limit)
        except ImportFileError:
            raise
        except bounds.LimitError as exc:
            raise ImportFileError(f"«{self.path.name}»: {exc}") from None
        except Exception as exc:
            raise ImportFileError(
                _("Kan ikke lese arket «{sheet}» i «{name}»: {value}").format(
                    sheet=sheet, name=self.path.name, value=_describe(exc)
                )
            ) from None

    def _rows_openpyxl(self, sheet: str, limit: int | None) -> Iterator[Row]:
        from openpyxl.utils.escape import unescape
        from openpyxl.worksheet._reader import WorkSheetParser

        wb = self._wb
        ws = wb[sheet]
        pct = self._pct_styles
        empty: frozenset[int] = frozenset()
        expected = 1
        with ws._get_source() as src:
            parser = WorkSheetParser(
                src,
                ws._shared_strings,
                data_only=True,
                epoch=wb.epoch,
                date_formats=wb._date_formats,
                timedelta_formats=wb._timedelta_formats,
            )
            for idx, cells in parser.parse():
                if limit is not None and idx > limit:
                    return
                cells = [c for c in cells if c["value"] is not None]  # formatted empty cells: nothing
                if not cells and idx > bounds.MAX_ROWS:
                    continue  # a formatted, empty row far down: not part of any list
                bounds.check_row(sheet, idx, 0, cells[0]["column"] if cells else 0)
                while expected < idx:  # rows missing from the XML are blank rows
                    yield expected, [], empty
                    expected += 1
                expected = idx + 1
                if not cells:
                    yield idx, [], empty
                    continue
                width = max(c["column"] for c in cells)
                bounds.check_row(sheet, idx, width)
                values: list[Any] = [None] * width
                flags: set[int] | None = None
                for c in cells:
                    col = c["column"] - 1
                    v = c["value"]
                    if c["data_type"] == "e":
                        v = None  # #DIV/0!, #VALUE!: no value
                    elif type(v) is str and "_x" in v:
                        v = unescape(v)
                    v = norm(v)
                    values[col] = v
                    if pct and c.get("style_id", 0) in pct and isinstance(v, (int, float)):
                        if flags is None:
                            flags = set()
                        flags.add(col)
                while values and values[-1] is None:
                    values.pop()
                yield idx, values, (frozenset(flags) if flags else empty)

    def _open_calamine(self, sheet: str) -> tuple[Any, Any]:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(self.path))
        try:
            return wb, wb.get_sheet_by_name(sheet)
        except Exception:
            wb.close()
            raise

    def _rows_calamine(
        self, opened: tuple[Any, Any], limit: int | None, special: dict[int, dict[int, str]]
    ) -> Iterator[Row]:
        """Values from calamine, types settled by the workbook's styles as openpyxl does."""
        from .calamine_rows import calamine_rows

        return calamine_rows(opened, self._wb.epoch, limit, special)

    def _special_cells(self, data: bytes) -> dict[int, dict[int, str]]:
        """Row → column → "pct" / "date" / "td" for cells whose style makes them so,
        from a scan of the sheet XML (calamine does not report number formats)."""
        wb = self._wb
        kinds: dict[int, str] = {i: "pct" for i in self._pct_styles}
        kinds.update({i: "date" for i in wb._date_formats})
        kinds.update({i: "td" for i in wb._timedelta_formats})
        if not kinds:
            return {}
        ids = "|".join(str(i) for i in sorted(kinds))
        # the style attribute first (a literal the regex engine finds fast), then its cell's
        # reference (every cell has one: bounds.scan_sheet checked that before the fast path)
        style = re.compile(rb' s="(' + ids.encode() + rb')"')
        ref = re.compile(rb'<c r="([A-Z]+)([0-9]+)"')
        out: dict[int, dict[int, str]] = {}
        # the usual writers put the style right after the reference: one pass finds both,
        # and is used when it accounts for every styled attribute found above
        both = re.compile(rb'<c r="([A-Z]+)([0-9]+)" s="(' + ids.encode() + rb')"')
        hits = both.findall(data)
        if len(hits) == len(style.findall(data)):
            col_of: dict[bytes, int] = {}
            for letters, row, sid in hits:
                col = col_of.get(letters)
                if col is None:
                    col = col_of[letters] = bounds.col_index(letters.decode()) - 1
                out.setdefault(int(row), {})[col] = kinds[int(sid)]
            return out
        for m in style.finditer(data):
            start = data.rfind(b"<", 0, m.start())
            r = ref.match(data, start)
            if r is None:  # not a cell's style (or a writer that omits references): the exact path
                if data.startswith(b"<c", start):
                    raise _Fallback
                continue
            out.setdefault(int(r.group(2)), {})[bounds.col_index(r.group(1).decode()) - 1] = kinds[
                int(m.group(1))
            ]
        return out


class _Fallback(Exception):
    pass


class _NoSheets(Exception):
    pass


def _strip_literals(fmt: str) -> str:
    """A number format without its quoted literals and escapes ("%" in quotes is text)."""
    return re.sub(r'"[^"]*"|\\.', "", fmt)


def column_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A)."""
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


# ---------------------------------------------------------------------------
# csv
# ---------------------------------------------------------------------------


class CsvBook(Book):
    """A .csv file: one sheet, named after the file; values are text."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ImportFileError(
                _("Kan ikke lese «{path}»: {value}").format(path=path.name, value=_describe(exc))
            ) from None
        if b"\x00" in raw[:4096]:
            raise ImportFileError(
                _("Kan ikke lese «{path}»: fila ser ikke ut som tekst (CSV)").format(path=path.name)
            )
        try:
            self.text = raw.decode("utf-8-sig")
            self.encoding = "utf-8"
        except UnicodeDecodeError:
            self.text = raw.decode("cp1252", errors="replace")
            self.encoding = "cp1252"
        self.delimiter = sniff_delimiter(self.text)
        self.sheet_names = [path.stem]

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        empty: frozenset[int] = frozenset()
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        try:
            for n, rec in enumerate(reader, start=1):
                if limit is not None and n > limit:
                    return
                values = [v if v.strip() else None for v in rec]
                while values and values[-1] is None:
                    values.pop()
                bounds.check_row(sheet, n, len(values))
                yield n, values, empty
        except bounds.LimitError as exc:
            raise ImportFileError(f"«{self.path.name}»: {exc}") from None
        except csv.Error as exc:
            raise ImportFileError(
                _("Kan ikke lese «{name}»: ugyldig CSV ({exc})").format(name=self.path.name, exc=exc)
            ) from None


def sniff_delimiter(text: str) -> str:
    """';', ',' or tab: the one that splits the first lines most consistently."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    best, best_score = ";", -1.0
    for delim in (";", ",", "\t"):
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        except csv.Error:
            continue
        if not counts:
            continue
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        top = max(set(wide), key=wide.count)
        score = wide.count(top) * 10 + top / 100
        if score > best_score:
            best, best_score = delim, score
    return best
