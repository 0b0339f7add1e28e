"""Finding the sheet that holds the list and its header row under a title block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .reading import Book
from .synonyms import clean_header, key, match_headers

#: how far down a sheet the header row is looked for
SCAN_ROWS = 40


@dataclass
class HeaderGuess:
    sheet: str
    row: int  # Excel row number of the header
    headers: list[str]
    mapping: dict[str, int]
    title_lines: list[str] = field(default_factory=list)

    @property
    def score(self) -> int:
        return len(self.mapping)


def header_candidates(
    book: Book, table: dict[str, str], required: tuple[str, ...], sheet: str | None = None
) -> list[HeaderGuess]:
    """For each sheet (or the one named), its best header row; best sheet first.

    A header row must match at least two fields, one of them in ``required``.
    """
    out: list[HeaderGuess] = []
    for name in [sheet] if sheet else book.sheet_names:
        best = best_header(book, name, table, required)
        if best is not None:
            out.append(best)
    out.sort(key=lambda g: -g.score)  # stable: earlier sheets win ties
    return out


def best_header(
    book: Book, sheet: str, table: dict[str, str], required: tuple[str, ...]
) -> HeaderGuess | None:
    best: HeaderGuess | None = None
    above: list[str] = []
    for idx, values, _pct in book.rows(sheet, limit=SCAN_ROWS):
        headers = [clean_header(v) for v in values]
        mapping = match_headers(headers, table)
        if len(mapping) >= 2 and any(f in mapping for f in required):
            if best is None or len(mapping) > best.score:
                best = HeaderGuess(sheet, idx, headers, mapping, list(above))
        above.extend(str(v) for v in values if isinstance(v, str))
    return best


def header_at(book: Book, sheet: str, row: int, table: dict[str, str]) -> HeaderGuess:
    """The header row the user chose (row numbers as in Excel)."""
    above: list[str] = []
    for idx, values, _pct in book.rows(sheet, limit=row):
        if idx == row:
            headers = [clean_header(v) for v in values]
            return HeaderGuess(sheet, row, headers, match_headers(headers, table), above)
        above.extend(str(v) for v in values if isinstance(v, str))
    return HeaderGuess(sheet, row, [], {}, above)


_KOMMUNE = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ\-]+(?:\s[A-ZÆØÅ][\wæøåÆØÅ\-]+)?)\s+kommune\b")


_WORD_KOMMUNE = re.compile(r"\skommune\b")
#: a kommune name is at most two words; this many characters before «kommune» hold it
_NAME_REACH = 80


def kommune_from_title(lines: list[str]) -> str:
    """ "Fet kommune – ansatte per 1.1.2019" → "Fet"; "" when no title names a kommune.

    Linear in the length of the text: the name is looked for only in a short
    window before each «kommune» (a regex over the whole line took 39 s on a
    32 767-character cell)."""
    for line in lines:
        for hit in _WORD_KOMMUNE.finditer(line):
            start = max(0, hit.start() - _NAME_REACH)
            while start > 0 and not line[start - 1].isspace() and start > hit.start() - 2 * _NAME_REACH:
                start -= 1  # begin at a word boundary
            m = _KOMMUNE.search(line, start, hit.end())
            if m:
                return m.group(1)
    return ""


def headers_by_field(headers: list[str], mapping: dict[str, int]) -> dict[str, str]:
    """field → header text, to remember a mapping independent of column order."""
    return {f: headers[c] for f, c in mapping.items() if c < len(headers) and headers[c]}


def mapping_from_headers(headers: list[str], remembered: dict[str, Any]) -> dict[str, int]:
    """Re-apply a remembered field → header mapping to this file's headers."""
    by_key = {}
    for col, h in enumerate(headers):
        by_key.setdefault(key(h), col)
    out = {}
    for f, h in remembered.items():
        col = by_key.get(key(h))
        if col is not None:
            out[f] = col
    return out
