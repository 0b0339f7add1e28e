"""Detecting Norwegian national identity numbers (fødselsnummer, D-, H- and test numbers).

Only used to keep such numbers OUT of a project: no function here returns or
formats a number, they answer yes or no.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from itertools import zip_longest
from typing import Any

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_DIGITS = re.compile(r"\d{10,11}")
_LONG_RUN = re.compile(r"(?<!\d)\d{6}[ .-]?\d{4,5}(?!\d)")


def _control(digits: list[int], weights: tuple[int, ...]) -> int | None:
    k = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    if k == 11:
        return 0
    return None if k == 10 else k


def check_digits(first9: str) -> str | None:
    """The two control digits for nine leading digits, or None when no valid number exists."""
    ds = [int(c) for c in first9]
    k1 = _control(ds, _W1)
    if k1 is None:
        return None
    k2 = _control([*ds, k1], _W2)
    return None if k2 is None else f"{k1}{k2}"


def _valid_date(six: str) -> bool:
    day, month, year = int(six[:2]), int(six[2:4]), int(six[4:6])
    if day > 40:  # D-number
        day -= 40
    if month > 80:  # test number (Skatteetaten's synthetic numbers)
        month -= 80
    elif month > 40:  # H-number
        month -= 40
    try:  # 2000–2099 has every leap year that 1900–1999 has, and 2000
        dt.date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def digits_of(value: Any) -> str | None:
    """The 11-digit form of a cell that could hold a number, else None.

    A number (or digit text) of 10 digits is the 11-digit form that lost its
    leading zero when a sheet stored it as a number.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        s = str(value)
    elif isinstance(value, float):
        if not value.is_integer():
            return None
        s = str(int(value))
    elif isinstance(value, str):
        s = re.sub(r"[\s.\-]", "", value)
        if len(s) > 13:
            return None
    else:
        return None
    if not s.isdigit() or len(s) not in (10, 11):
        return None
    return s.zfill(11)


def looks_like(value: Any) -> bool:
    """A date (with D/H/test adjustments) followed by five digits."""
    s = digits_of(value)
    return s is not None and _valid_date(s[:6])


def is_valid(value: Any) -> bool:
    """A date plus individual number plus both correct check digits."""
    s = digits_of(value)
    return s is not None and _valid_date(s[:6]) and check_digits(s[:9]) == s[9:]


def contains_candidate(text: str) -> bool:
    """True when free text holds a run of digits shaped like a fødselsnummer."""
    for m in _LONG_RUN.finditer(text):
        if looks_like(m.group(0)):
            return True
    return False


def mask(text: str) -> str:
    """Text with every run of 10–11 digits replaced, for messages that quote a cell."""
    return _LONG_RUN.sub("…", _DIGITS.sub("…", text))


def column_has_national_ids(values: list[Any]) -> bool:
    return scan_column(values)[0]


def scan_rows(rows: Iterable[Sequence[Any]], skip: set[int]) -> tuple[set[int], set[int]]:
    """Columns holding fødselsnumre, and columns with some value shaped like one,
    over ``rows`` (lists of cell values), leaving out the columns in ``skip``.

    One column at a time (never the whole table transposed at once), so memory
    stays at one column however wide the sheet."""
    holds: set[int] = set()
    stray: set[int] = set()
    for c, column in enumerate(zip_longest(*rows)):
        if c in skip:
            continue
        h, s = scan_column(column)
        if h:
            holds.add(c)
        elif s:
            stray.add(c)
    return holds, stray


def _candidates(values: Sequence[Any]) -> list[Any]:
    """The values that could be shaped like a fødselsnummer (C-speed filter)."""
    return [
        v
        for v in values
        if (v.__class__ is str and len(v) >= 10)
        or (v.__class__ is int and 999_999_999 < v < 100_000_000_000)
        or v.__class__ is float
    ]


#: any text that could hold or be a fødselsnummer: a value of only digits and separators,
#: or a run of 10–11 digits inside text (one pass over a whole column joined by newlines;
#: a false hit only sends the column through the exact check)
_ANY_IN_TEXT = re.compile(r"\d[\d\s.\-]{9}")  # both shapes hold a digit and nine more of these
_NUMBERS = {int, float}
_NEVER = {bool, dt.datetime, dt.date, dt.time, dt.timedelta}


def _clearly_none(values: Sequence[Any]) -> bool:
    """True when no value of the column can be shaped like a fødselsnummer, decided for
    the whole column at C speed (the common case: names, codes, percentages, dates)."""
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if not kinds or kinds <= _NEVER:
        return True
    if kinds <= _NUMBERS | _NEVER:
        numbers = [v for v in values if v.__class__ in _NUMBERS]
        return not numbers or max(numbers) < 1_000_000_000 or min(numbers) >= 100_000_000_000
    if kinds == {str}:
        return not _ANY_IN_TEXT.search("\n".join(filter(None, values)))
    return False


def scan_column(values: Sequence[Any]) -> tuple[bool, bool]:
    """(holds fødselsnumre, has some value shaped like one).

    A column holds fødselsnumre if any value is a valid one, or at least half its
    non-empty values look like a date plus five digits (checksums or not). A number
    inside longer text only counts toward that half; the row parser leaves such
    a value out."""
    filled = len(values) - values.count(None)
    if _clearly_none(values):
        return False, False
    shaped = 0
    stray = False
    cands = _candidates(values)
    # text that does not start with a digit counts only through a run of digits inside it:
    # one regex pass over the whole column finds whether any value has one (linear, in C)
    texts = [v for v in cands if v.__class__ is str and not v[:1].isdigit()]
    if texts and not _LONG_RUN.search("\n".join(texts)):
        cands = [v for v in cands if not (v.__class__ is str and not v[:1].isdigit())]
    for v in cands:
        t = type(v)
        if t is int:
            if not 1_000_000_000 <= v < 100_000_000_000:
                continue
        elif t is str:
            if len(v) < 10:
                continue
            if not v[:1].isdigit():
                if len(v) > 11 and _LONG_RUN.search(v) and contains_candidate(v):
                    shaped += 1  # inside longer text: counts toward the share; rows leave it out
                    stray = True
                continue
        elif t is not float:
            continue
        if looks_like(v):
            shaped += 1
            stray = True
            if is_valid(v):
                return True, True
        elif t is str and len(v) > 11 and contains_candidate(v):
            shaped += 1
            stray = True
    return filled > 0 and shaped * 2 >= filled and shaped >= 1, stray
