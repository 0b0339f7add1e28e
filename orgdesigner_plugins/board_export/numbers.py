"""Norwegian number and date formats for the documents («1 234,5», «03.12.2026»)."""

from __future__ import annotations

import datetime as dt

NBSP = "\u00a0"


def whole(n: float | int) -> str:
    """An integer with a non-breaking space between thousands: «12 345»."""
    return f"{round(n):,}".replace(",", NBSP)


def decimal(x: float, places: int = 1) -> str:
    """A decimal number with a comma: «1 234,5»."""
    text = f"{x:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", NBSP)


def kroner(x: float) -> str:
    """Money in whole kroner: «12 345 678 kr»."""
    return f"{whole(x)} kr"


def millions(x: float) -> str:
    """Money in millions: «123,4 mill. kr»."""
    return f"{decimal(x / 1e6, 1)} mill. kr"


def percent(share: float, places: int = 1) -> str:
    """A share 0..1 as «12,5 %»."""
    return f"{decimal(share * 100, places)}{NBSP}%"


def date(d: dt.date | dt.datetime) -> str:
    return d.strftime("%d.%m.%Y")


def stamp(d: dt.datetime) -> str:
    return d.strftime("%d.%m.%Y kl. %H.%M")
