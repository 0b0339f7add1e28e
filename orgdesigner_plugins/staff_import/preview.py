"""Qt-free helpers for the import wizard: sheets, detected header rows and raw rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import national_id
from .detect import HeaderGuess, best_header, header_at
from .importer import IDENTITY
from .kommune_name import propose, text_lines
from .reading import ImportFileError, open_book
from .synonyms import synonym_table

MASK = "•••••••••••"


def sheets(path: str | Path) -> list[str]:
    """Sheet names; raises :class:`ImportFileError` with a clear message."""
    with open_book(path, engine="openpyxl") as book:
        return list(book.sheet_names)


def guess_header(
    path: str | Path, sheet: str, extra: dict[str, list[str]] | None = None
) -> HeaderGuess | None:
    with open_book(path, engine="openpyxl") as book:
        return best_header(book, sheet, synonym_table(extra), IDENTITY)


def best_sheet(path: str | Path, extra: dict[str, list[str]] | None = None) -> HeaderGuess | None:
    """The sheet and header row the importer would pick."""
    table = synonym_table(extra)
    with open_book(path, engine="openpyxl") as book:
        found = [g for s in book.sheet_names if (g := best_header(book, s, table, IDENTITY))]
    found.sort(key=lambda g: -g.score)
    return found[0] if found else None


def headers_at(
    path: str | Path, sheet: str, row: int, extra: dict[str, list[str]] | None = None
) -> HeaderGuess:
    with open_book(path, engine="openpyxl") as book:
        return header_at(book, sheet, row, synonym_table(extra))


def propose_kommune(path: str | Path, sheet: str, header_row: int) -> tuple[str, str, str]:
    """(name, kommunenummer, origin) from the rows above the header and the cover sheets."""
    with open_book(path, engine="openpyxl") as book:
        title = text_lines(r for r in book.rows(sheet, limit=max(1, header_row - 1)) if r[0] < header_row)
        cover: list[str] = []
        for name in book.sheet_names:
            if name == sheet:
                break
            cover += text_lines(book.rows(name, limit=15))
    return propose(title, cover, Path(path).stem)


def raw_rows(path: str | Path, sheet: str, first: int, count: int) -> list[tuple[int, list[Any]]]:
    """Rows ``first``..``first+count-1`` with anything shaped like a fødselsnummer masked."""
    out = []
    with open_book(path, engine="openpyxl") as book:
        for idx, values, _pct in book.rows(sheet, limit=first + count - 1):
            if idx >= first:
                out.append((idx, [_safe(v) for v in values]))
    return out


def _safe(value: Any) -> Any:
    if national_id.looks_like(value):
        return MASK
    if isinstance(value, str) and national_id.contains_candidate(value):
        return national_id.mask(value)
    return value


__all__ = [
    "MASK",
    "ImportFileError",
    "best_sheet",
    "guess_header",
    "headers_at",
    "propose_kommune",
    "raw_rows",
    "sheets",
]
