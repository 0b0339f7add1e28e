"""Proposing a source kommune's name (and kommunenummer) from a staff list's content.

Looks at the title block above the header row and at cover sheets in front of
the list: «Personalliste Fet kommune per 1.3.2019» → Fet, «Kommunenr 3012» →
3012 (and, through the known numbers, a name). The file name is only the last
resort, cleaned of words like «personalliste» and «hr_eksport».
"""

from __future__ import annotations

import re
from typing import Any

#: kommunenummer → name for the kommuner a merger project is likely to meet (2019–2024 numbers)
KNOWN_NUMBERS: dict[str, str] = {
    "0227": "Fet",
    "0226": "Sørum",
    "0231": "Skedsmo",
    "3030": "Lillestrøm",
    "0301": "Oslo",
    "1103": "Stavanger",
    "4601": "Bergen",
    "5001": "Trondheim",
    "3005": "Drammen",
    "3024": "Bærum",
    "3025": "Asker",
}

_NOT_NAMES = {
    "personalliste",
    "ansattliste",
    "ansatte",
    "oversikt",
    "stillinger",
    "stillingsoversikt",
    "rapport",
    "eksport",
    "hr",
    "lønn",
    "uttrekk",
    "liste",
    "alle",
    "per",
    "pr",
    "i",
    "for",
    "fra",
    "kommunens",
    "nye",
    "gamle",
}

_WORD = r"[A-ZÆØÅ][a-zæøåA-ZÆØÅ\-]+"
_KOMMUNE = re.compile(rf"((?:{_WORD})(?:[ \-](?:{_WORD}))?)\s+kommune\b")
_NUMBER = re.compile(r"kommune(?:nummer|nr\.?|\s*nr\.?)\s*:?\s*(\d{4})\b", re.IGNORECASE)


def _strip_words(name: str) -> str:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and words[0].casefold() in _NOT_NAMES:
        words.pop(0)
    return " ".join(words)


_WORD_KOMMUNE = re.compile(r"\skommune\b")
#: a kommune name is at most two words: this many characters before «kommune» hold it
_NAME_REACH = 80


def name_from_lines(lines: list[str]) -> str:
    """ "Personalliste Fet kommune – per 1.3.2019" → "Fet"; "" when no line names a kommune.

    Linear in the text: the name is looked for only in a short window before each
    «kommune» (the regex over a whole line took 39 s on one 32 767-character cell)."""
    for line in lines:
        for hit in _WORD_KOMMUNE.finditer(line):
            start = max(0, hit.start() - _NAME_REACH)
            while start > 0 and not line[start - 1].isspace() and start > hit.start() - 2 * _NAME_REACH:
                start -= 1  # begin at a word boundary
            for m in _KOMMUNE.finditer(line, start, hit.end()):
                name = _strip_words(m.group(1))
                if name:
                    return name
    return ""


def number_from_lines(lines: list[str]) -> str:
    for line in lines:
        m = _NUMBER.search(line)
        if m:
            return m.group(1)
    return ""


def name_from_file(stem: str) -> str:
    """ "skedsmo_hr_eksport" → "Skedsmo"; "Personalliste Fet 2019" → "Fet"."""
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    kept = [
        w for w in words if w.casefold() not in _NOT_NAMES and w.casefold() != "kommune" and not w.isdigit()
    ]
    if not kept:
        return stem
    return " ".join(w[:1].upper() + w[1:] for w in kept[:2])


def propose(title_lines: list[str], cover_lines: list[str], stem: str) -> tuple[str, str, str]:
    """(name, kommunenummer, where the name came from: "title", "cover", "number" or "file")."""
    number = number_from_lines(title_lines) or number_from_lines(cover_lines)
    name = name_from_lines(title_lines)
    if name:
        return name, number, "title"
    name = name_from_lines(cover_lines)
    if name:
        return name, number, "cover"
    if number in KNOWN_NUMBERS:
        return KNOWN_NUMBERS[number], number, "number"
    return name_from_file(stem), number, "file"


def text_lines(rows: Any) -> list[str]:
    """Every text cell of some ``(row, values, pct)`` rows, as lines."""
    return [str(v) for _, vals, _ in rows for v in vals if isinstance(v, str)]
