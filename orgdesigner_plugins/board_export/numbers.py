"""Numbers, money and dates for the documents, in the export's language (orgdesigner.formatting).

«1 234,5», «12,3 mill. kr», «03.12.2026» in bokmål and nynorsk; «1,234.5», «NOK 12.3m»,
«03/12/2026» in English.
"""

from __future__ import annotations

import datetime as dt

from orgdesigner.api import _, formatting

NBSP = "\u00a0"


def whole(n: float | int) -> str:
    """An integer with the language's thousands separator: «12 345»."""
    return formatting.number(round(n))


def decimal(x: float, places: int = 1) -> str:
    """A number with exactly ``places`` decimals: «1 234,5»."""
    return formatting.number(x, places)


def kroner(x: float) -> str:
    """Money in whole kroner: «12 345 678 kr»."""
    return _("{amount} kr").format(amount=whole(x))


def millions(x: float) -> str:
    """Money in millions: «123,4 mill. kr»."""
    return _("{amount} mill. kr").format(amount=decimal(x / 1e6, 1))


def percent(share: float, places: int = 1) -> str:
    """A share 0..1 as «12,5 %»."""
    return formatting.percent(share, places)


def date(d: dt.date | dt.datetime) -> str:
    """«03.12.2026» (nb, nn) or «03/12/2026» (en)."""
    return formatting.date(d if not isinstance(d, dt.datetime) else d.date(), "short")


def stamp(d: dt.datetime) -> str:
    """Date and time: «03.12.2026, 17:20»."""
    return formatting.datetime(d.replace(microsecond=0), "short")
