"""Fast data rows for the write-only workbooks.

openpyxl builds a Python Cell object per value and serialises it through its
XML writer: about 8 µs a cell, 8 s for a 50 000-row list on an idle machine.
Here openpyxl still makes the workbook — sheets, header row, styles, frozen
panes, autofilter, column widths, the package — while the data rows are
written as SpreadsheetML text into a temporary file (≈ 1 µs a cell) and spliced
into each sheet's XML when the package is written. Cell styles are the ones
openpyxl registered for the same fonts and number formats (``style_id``), so
the file is exactly what openpyxl would have written, and openpyxl reads it back.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import tempfile
import zipfile
from typing import Any, BinaryIO

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_TEXT = 32767  # Excel's limit for one cell


def _text(value: str) -> str:
    if len(value) > _MAX_TEXT:
        value = value[:_MAX_TEXT]
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    return value


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapping column ``width`` characters wide (greedy word wrap;
    about one character per unit of column width, as Excel and LibreOffice show them)."""
    per_line = max(1, int(width * 1.05))
    total = 0
    for part in text.split("\n"):
        used, row = 1, 0
        for word in part.split():
            n = len(word)
            if row and row + 1 + n > per_line:
                used += 1
                row = 0
            row += n + (1 if row else 0)
            while row > per_line:  # a word longer than the line is broken
                used += 1
                row -= per_line
        total += used
    return total


class RowStream:
    """Data rows of one sheet, as SpreadsheetML ``<row>`` elements in a temporary file.

    ``styles[col]`` is a dict variant → style id ("plain", "total", "grand",
    and "date" for datetimes in that column); a row value may be a
    ``(value, variant)`` pair.
    """

    def __init__(
        self,
        columns: int,
        styles: list[dict[str, int]],
        first_row: int = 2,
        wrap: list[float | None] | None = None,
    ) -> None:
        self.letters = [get_column_letter(n) for n in range(1, columns + 1)]
        self.styles = styles
        # width of each wrapping column (None: no wrap); rows get a height for their longest text,
        # since neither Excel nor LibreOffice fits row heights when they open a file
        self.wrap = list(wrap or [None] * columns)
        self.row = first_row
        self.count = 0
        self.file: BinaryIO = tempfile.TemporaryFile()

    def add(self, values: list[Any]) -> None:
        r = str(self.row)
        letters, styles, wrap = self.letters, self.styles, self.wrap
        while len(letters) < len(values):
            letters.append(get_column_letter(len(letters) + 1))
            styles.append({})
            wrap.append(None)
        parts = ['<row r="', r, '">']
        lines = 1
        append = parts.append
        for n, value in enumerate(values):
            variant = "plain"
            if type(value) is tuple:
                value, variant = value
            kind = type(value)
            if kind is str:
                if not value:
                    if variant != "plain" and styles[n].get(variant):
                        append(f'<c r="{letters[n]}{r}" s="{styles[n][variant]}"/>')
                    continue
                if wrap[n] and (len(value) > wrap[n] * 0.9 or "\n" in value):
                    lines = max(lines, wrapped_lines(value, wrap[n]))
                if _SPECIAL.search(value) or len(value) > _MAX_TEXT:
                    value = _text(value)
                sid = styles[n].get(variant if variant != "plain" else "text", 0)
                s = f' s="{sid}"' if sid else ""
                space = ' xml:space="preserve"' if value[:1].isspace() or value[-1:].isspace() else ""
                append(f'<c r="{letters[n]}{r}"{s} t="inlineStr"><is><t{space}>{value}</t></is></c>')
            elif kind is float or kind is int:
                if kind is float and not math.isfinite(value):
                    continue
                sid = styles[n].get(variant, 0)
                s = f' s="{sid}"' if sid else ""
                append(f'<c r="{letters[n]}{r}"{s}><v>{round(value, 6)!r}</v></c>')
            elif value is None:
                if variant != "plain" and styles[n].get(variant):
                    append(f'<c r="{letters[n]}{r}" s="{styles[n][variant]}"/>')
            elif kind is bool:
                append(f'<c r="{letters[n]}{r}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, (dt.datetime, dt.date)):
                sid = styles[n].get("date", 0)
                s = f' s="{sid}"' if sid else ""
                append(f'<c r="{letters[n]}{r}"{s}><v>{to_excel(value)!r}</v></c>')
            elif isinstance(value, (int, float)):  # subclasses (numpy, IntEnum …)
                append(f'<c r="{letters[n]}{r}"><v>{round(float(value), 6)!r}</v></c>')
            else:
                append(f'<c r="{letters[n]}{r}" t="inlineStr"><is><t>{_text(str(value))}</t></is></c>')
        append("</row>")
        if lines > 1:
            parts[2] = f'" ht="{min(409, 15 * lines)}" customHeight="1">'
        self.file.write("".join(parts).encode("utf-8"))
        self.row += 1
        self.count += 1

    def close(self) -> None:
        self.file.close()


def splice(source: str, target: str, streams: dict[str, RowStream]) -> None:
    """Copy the package ``source`` to ``target`` with each stream's rows put at the
    end of the ``<sheetData>`` of its sheet (``streams``: member name → rows)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            stream = streams.get(info.filename)
            if stream is None:
                zout.writestr(info, zin.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
                continue
            xml = zin.read(info.filename).decode("utf-8")
            at = xml.rfind("</sheetData>")
            if at < 0:  # an empty sheet is written as <sheetData/>
                at = xml.rfind("<sheetData/>")
                if at < 0:
                    raise ValueError(f"{info.filename}: fant ikke sheetData")
                head, tail = xml[:at] + "<sheetData>", "</sheetData>" + xml[at + len("<sheetData/>") :]
            else:
                head, tail = xml[:at], xml[at:]
            if "<dimension" not in head and "<sheetViews" in head:  # readers size the sheet from it
                ref = f'<dimension ref="A1:{get_column_letter(len(stream.letters))}{stream.row - 1}"/>'
                head = head.replace("<sheetViews", ref + "<sheetViews", 1)
            member = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(member, "w", force_zip64=True) as out:
                out.write(head.encode("utf-8"))
                stream.file.seek(0)
                shutil.copyfileobj(stream.file, out, 1 << 20)
                out.write(tail.encode("utf-8"))
