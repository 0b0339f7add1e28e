"""Limits for staff-list files, checked before any reader touches a sheet.

The largest real staff lists are Oslo's, Bergen's and Trondheim's: 15 000–55 000
employees, one row each (some lists add a row per extra position, so at most a
few times that), 10–60 columns. The limits leave a wide margin above that and
stop what no staff list is — zip bombs, a cell at XFD1048576, a row numbered
99 999 999:

* :data:`MAX_ROWS` 1 000 000 rows (20× Oslo) and :data:`MAX_COLS` 200 columns;
* :data:`MAX_EXPANDED` 500 MB of XML in the whole workbook (a 1 000 000 × 15
  sheet is about 400 MB), :data:`MAX_RATIO` 200:1 compression for any part
  over 1 MB (real sheets compress 5–20:1; a zip bomb 1 000:1 and more);
* the fast reader (python-calamine) builds a dense rectangle from the first to
  the last cell, so it only gets a sheet whose rectangle is at most
  :data:`FAST_CELLS` cells and whose every cell and row carries its reference;
  anything else goes through the streaming reader, which is checked row by row.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from orgdesigner.api import _

MAX_ROWS = 1_000_000
MAX_COLS = 200
MAX_EXPANDED = 500_000_000
MAX_RATIO = 200
#: cells of the dense rectangle python-calamine may allocate (≈ 32 bytes each: under 1 GB)
FAST_CELLS = 30_000_000
#: a CSV file larger than this is refused (bytes)
MAX_CSV_BYTES = MAX_EXPANDED


class LimitError(Exception):
    """A file beyond the limits; the message (bokmål) names what and where (not the file)."""


def limits_text() -> str:
    return f"{MAX_ROWS:,} rader × {MAX_COLS} kolonner".replace(",", " ")


def col_index(letters: str) -> int:
    """Excel letters → 1-based column number (A → 1)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _letters(col: int) -> str:
    out, n = "", col
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def check_zip(path: Path) -> None:
    """Refuse a workbook whose parts expand beyond the limits (declared sizes; Python's
    zipfile never reads past them, and a lie fails its CRC check at the end)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # the reader says what is wrong with it
    if len(infos) > 10_000:
        raise LimitError(
            _("fila har {n} deler; en Excel-fil med en ansattliste har noen titalls").format(n=len(infos))
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_EXPANDED or total > MAX_EXPANDED:
            raise LimitError(
                _(
                    "fila pakker seg ut til over {value} MB (delen «{value2}»); det er mer enn en ansattliste kan være"
                ).format(value=MAX_EXPANDED // 1_000_000, value2=info.filename[:60])
            )
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise LimitError(
                _("delen «{value}» er pakket {value2}:1 (en «zip-bombe»); fila leses ikke").format(
                    value=info.filename[:60], value2=info.file_size // max(info.compress_size, 1)
                )
            )


@dataclass
class SheetScan:
    """What a scan of the sheet XML found: whether python-calamine may read it."""

    fast_ok: bool
    rows_upper: int  # no cell lies below this row
    cols: int  # widest column used (1-based)


_ROW_NUMBER = re.compile(rb'<row r="([0-9]{1,12})"')
_REF = re.compile(rb'<c r="([A-Z]{1,7})([0-9]{1,15})"')
_ROW_REF = re.compile(rb'<row r="([^"]{0,40})"')


def scan_sheet(data: bytes, sheet: str) -> SheetScan:
    """Check a sheet's XML against the limits (raises :class:`LimitError`) and say
    whether the dense fast reader may get it. Linear in the size of ``data``."""
    n_cells = (
        data.count(b"<c ") + (b"<c>" in data) + (b"<c/" in data)
    )  # any unreferenced cell breaks equality
    n_cells_ref = data.count(b'<c r="')
    n_rows = data.count(b"<row ") + data.count(b"<row>") + data.count(b"<row/")
    if n_rows > MAX_ROWS:
        raise LimitError(
            _("arket «{sheet}» har {n_rows} rader; grensen er {value}").format(
                sheet=sheet, n_rows=n_rows, value=limits_text()
            )
        )
    last_row = 0
    numbers = _ROW_REF.findall(data)
    n_rows_ref = len(numbers)
    if all(map(bytes.isdigit, numbers)):  # the common case, decided in C
        last_row = max(map(int, numbers), default=0)
    if last_row <= MAX_ROWS and numbers and all(map(bytes.isdigit, numbers)):
        matches: Iterable[re.Match[bytes]] = ()
    else:
        last_row = 0
        matches = _ROW_REF.finditer(data)
    for m in matches:  # every row number, so none is out of range or absurd
        text = m.group(1)
        if not text.isdigit() or len(text) > 7 or int(text) > MAX_ROWS:
            if _empty_row(data, m.end()):
                continue  # formatted empty cells far down (Gnumeric writes whole rows of them)
            if not text.isdigit():
                shown = text[:20].decode(errors="replace")
                raise LimitError(
                    _("arket «{sheet}» har et ugyldig radnummer «{shown}»; grensen er {value}").format(
                        sheet=sheet, shown=shown, value=limits_text()
                    )
                )
        last_row = max(last_row, int(text))
    if last_row > MAX_ROWS:
        cell = re.search(rb'<c r="([A-Z]{1,7})%d"' % last_row, data)
        check_row(sheet, last_row, 0, col_index(cell.group(1).decode()) if cell else 0)
    digits = len(str(max(last_row, 1)))
    # any cell beyond column Z, or with a row number longer than the last row's
    wide_or_deep = re.compile(rb'<c r="(?:[A-Z]{2}|[A-Z][0-9]{%d})' % (digits + 1))
    cols, deep = 26, 0
    for m in wide_or_deep.finditer(data):
        end = data.find(b">", m.end())
        if end > 0 and data[end - 1 : end] == b"/":
            continue  # an empty (formatted) cell: no reader keeps it
        ref = _REF.match(data, m.start())
        if ref is None:
            raise LimitError(_("arket «{sheet}» har en ugyldig cellereferanse").format(sheet=sheet))
        letters = ref.group(1).decode()
        col, row = col_index(letters), int(ref.group(2))
        _check_cell(sheet, letters, col, row)
        cols, deep = max(cols, col), max(deep, row)
    upper = max(deep, 10**digits - 1)
    fast_ok = (
        n_cells == n_cells_ref and n_rows == n_rows_ref and upper * cols <= FAST_CELLS and deep <= last_row
    )
    return SheetScan(fast_ok, upper, cols)


def _empty_row(data: bytes, start: int) -> bool:
    """True when the <row> element beginning before ``start`` holds no cell with content."""
    close = data.find(b">", start)
    if close < 0:
        return False
    if data[close - 1 : close] == b"/":
        return True
    end = data.find(b"</row>", close)
    return end >= 0 and data.find(b"</c>", close, end) < 0 and data.find(b"<v", close, end) < 0


def _check_cell(sheet: str, letters: str, col: int, row: int) -> None:
    if col > MAX_COLS or row > MAX_ROWS or row < 1:
        raise LimitError(
            _(
                "arket «{sheet}» har en celle i {letters}{row}, utenfor grensen på {value}; slett innholdet langt ute i arket (Ctrl+End viser hvor det er) og prøv igjen"
            ).format(sheet=sheet, letters=letters, row=row, value=limits_text())
        )


def check_row(sheet: str, row: int, width: int, first_col: int = 0) -> None:
    """For readers that stream: refuse a row number or a width beyond the limits
    (``first_col``, 1-based, names the first cell of a row too far down)."""
    if row > MAX_ROWS:
        where = f"en celle i {_letters(first_col)}{row}" if first_col else f"rad {row}"
        raise LimitError(
            _("arket «{sheet}» har {where}; grensen er {value}").format(
                sheet=sheet, where=where, value=limits_text()
            )
        )
    if width > MAX_COLS:
        raise LimitError(
            _("arket «{sheet}», rad {row}, har innhold i kolonne {value}; grensen er {value2}").format(
                sheet=sheet, row=row, value=_letters(width), value2=limits_text()
            )
        )
