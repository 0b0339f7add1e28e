"""Parsing the values HR exports hold: Norwegian numbers, percentages, dates and names.

Each parser returns the value or raises :class:`ValueProblem` with a bokmål reason.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .national_id import mask


class ValueProblem(ValueError):
    """A cell that cannot be read as the field needs; the message is for the report."""


def show(value: Any) -> str:
    """A cell value quoted in a message: short, and never a fødselsnummer."""
    s = str(value)
    if len(s) > 40:
        s = s[:37] + "…"
    return mask(s)


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_number(value: Any) -> float:
    """80 · "80,00" · "1 234 567,50" · "1.234.567,50" · "1,234,567.50" · "kr 500 000" → float.

    Only finite numbers: NaN, ±inf and 1e999 are refused (they cannot be saved)."""
    if isinstance(value, bool):
        raise ValueProblem(f"«{show(value)}» er ikke et tall")
    if isinstance(value, (int, float)):
        try:
            n = float(value)
        except OverflowError:
            n = float("inf")
        if n - n != 0:  # NaN or ±inf
            raise ValueProblem(f"«{show(value)}» er ikke et endelig tall")
        return n
    if not isinstance(value, str):
        raise ValueProblem(f"«{show(value)}» er ikke et tall")
    s = value.strip()
    if len(s) > 100:  # no number is this long; and every step below stays linear
        raise ValueProblem(f"«{show(value)}» er ikke et tall")
    s = re.sub(r"^(kr\.?|nok)\s*", "", s, flags=re.IGNORECASE)
    low = s.lower()
    for suffix in ("kr.", "kr", "nok", ",-"):  # was a regex with \s* before $: quadratic on blanks
        if low.endswith(suffix):
            s = s[: -len(suffix)].rstrip()
            break
    s = _SPACES.sub("", s).replace("\u2212", "-")
    if not s:
        raise ValueProblem("tom verdi")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,50
            s = s.replace(".", "").replace(",", ".")
        else:  # 1,234.50
            s = s.replace(",", "")
    elif "," in s:
        if s.count(",") > 1:
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        n = float(s)
    except ValueError:
        raise ValueProblem(f"«{show(value)}» er ikke et tall") from None
    if n - n != 0:  # "NaN", "inf", "1e999"
        raise ValueProblem(f"«{show(value)}» er ikke et endelig tall")
    return n


def parse_percent(value: Any, percent_format: bool, fraction_column: bool) -> float:
    """Stillingsprosent as 0–100: 80, "80,00", "80 %", 0.8 under a percent format.

    ``fraction_column`` says the whole column holds fractions (all values ≤ 1).
    """
    had_sign = isinstance(value, str) and "%" in value
    raw = value.replace("%", "") if isinstance(value, str) else value
    n = parse_number(raw)
    if percent_format and not isinstance(value, str):
        n *= 100
    elif fraction_column and not had_sign and 0 <= n <= 1:
        n *= 100
    n = round(n, 4)
    if n < 0 or n > 100:
        raise ValueProblem(f"stillingsprosent {show(value)} er utenfor 0–100")
    return n


def parse_text(value: Any) -> str:
    """Any cell as trimmed text; whole numbers without ".0", dates as ISO."""
    if type(value) is int:
        return str(value)
    if type(value) is str:
        if "  " not in value and "\u00a0" not in value and "\n" not in value and "\t" not in value:
            return value.strip()
        return " ".join(value.replace("\u00a0", " ").split())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    return " ".join(str(value).replace("\u00a0", " ").split())


def parse_code(value: Any) -> str:
    """An identifier (employee number, stillingskode, ansvar): text, leading zeros kept."""
    s = parse_text(value)
    if isinstance(value, float) and not value.is_integer():
        raise ValueProblem(f"«{show(value)}» er ikke et gyldig nummer")
    return s


_DATE_FORMS = (
    "%d.%m.%Y",
    "%d.%m.%y",
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%Y-%m-%d %H:%M:%S",
    "%d.%m.%Y %H:%M",
)


def parse_date(value: Any, epoch_1904: bool = False) -> dt.date:
    """A date cell, a serial number (1900 or 1904 system) or text like 01.08.2015."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise ValueProblem(f"«{show(value)}» er ikke en dato")
        if epoch_1904:
            return dt.date(1904, 1, 1) + dt.timedelta(days=int(value))
        # 1900 system: Excel counts a 29 February 1900 that never was
        base = dt.date(1899, 12, 31) if value < 60 else dt.date(1899, 12, 30)
        return base + dt.timedelta(days=int(value))
    if isinstance(value, str):
        s = value.strip()
        for form in _DATE_FORMS:
            try:
                return dt.datetime.strptime(s, form).date()
            except ValueError:
                continue
    raise ValueProblem(f"«{show(value)}» er ikke en dato")


def person_name(name: Any = None, first: Any = None, last: Any = None) -> str:
    """Display name "Fornavn Etternavn" from one cell ("Etternavn, Fornavn" or as is) or two."""
    if first is not None or last is not None:
        return " ".join(p for p in (parse_text(first), parse_text(last)) if p)
    s = parse_text(name)
    if s.count(",") == 1:
        last_part, first_part = (p.strip() for p in s.split(","))
        if last_part and first_part:
            return f"{first_part} {last_part}"
    return s


def name_key(name: str) -> str:
    """Names compared without case, spacing or word order."""
    return " ".join(sorted(name.casefold().replace("-", " ").replace(",", " ").split()))


_TOTAL = re.compile(r"^\s*(sum|totalt?|i alt|totalsum|sum totalt|grand total)\b", re.IGNORECASE)


def is_total_label(value: Any) -> bool:
    return isinstance(value, str) and bool(_TOTAL.match(value))
