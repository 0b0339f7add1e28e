"""Numbers, percentages and dates for people to read, in bokmål, nynorsk or English (Babel).

The one way OrgDesigner formats figures outside widgets (CLI, exports, plugin
text); widgets use ``QLocale``, which the app sets to the same language. Qt-free.
The language is the one :mod:`orgdesigner.i18n` keeps (what :func:`set_language`
chose, an export's :func:`using_language`, else the ``language`` setting, else
``nb``) — the language of the program's own text, not the terminal's locale;
every function also takes ``language=`` for a one-off.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from .i18n import LANGUAGES, current_language, normalise_language, set_language, using_language

__all__ = ["LANGUAGES", "current_language", "normalise_language", "set_language", "using_language"]
_BABEL = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}


def locale(language: str | None = None) -> Locale:
    """The Babel locale for ``language`` (default: the current language)."""
    return _locale(normalise_language(language) if language else current_language())


@functools.cache
def _pattern(fmt: str) -> babel_numbers.NumberPattern:
    """A parsed number pattern (parsing is half the cost of formatting one number)."""
    return babel_numbers.parse_pattern(fmt)


@functools.cache
def _locale(language: str) -> Locale:
    return Locale.parse(_BABEL[language])


def number(
    value: float | int | Decimal, decimals: int = 0, language: str | None = None, group: bool = True
) -> str:
    """``1592800`` → ``"1 592 800"`` (nb/nn, with no-break spaces) or ``"1,592,800"`` (en).

    Exactly ``decimals`` decimals, rounded half-even like Python's ``round``;
    ``group=False`` leaves out the thousands separator (for CSV files).
    """
    fmt = ("#,##0" if group else "0") + ("." + "0" * decimals if decimals > 0 else "")
    return _pattern(fmt).apply(value, locale(language), decimal_quantization=True)


def decimal(
    value: float | int | Decimal, max_decimals: int = 2, language: str | None = None, group: bool = True
) -> str:
    """Up to ``max_decimals`` decimals, trailing zeros dropped: ``1145.30`` → ``"1 145,3"``."""
    fmt = ("#,##0" if group else "0") + ("." + "#" * max_decimals if max_decimals > 0 else "")
    return _pattern(fmt).apply(value, locale(language), decimal_quantization=True)


def percent(fraction: float, decimals: int = 0, language: str | None = None) -> str:
    """``0.253`` → ``"25 %"`` (nb/nn) or ``"25%"`` (en)."""
    loc = locale(language)
    pattern = loc.percent_formats[None].pattern  # "#,##0 %" (nb) or "#,##0%" (en)
    fmt = pattern.replace("#,##0", "#,##0" + ("." + "0" * decimals if decimals > 0 else ""), 1)
    return babel_numbers.format_percent(fraction, format=fmt, locale=loc, decimal_quantization=True)


def percent_points(value: float, max_decimals: int = 1, language: str | None = None) -> str:
    """A percentage given in points, trailing zeros dropped: ``120.5`` → ``"120,5 %"`` / ``"120.5%"``."""
    loc = locale(language)
    pattern = loc.percent_formats[None].pattern
    fmt = pattern.replace("#,##0", "#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else ""), 1)
    return babel_numbers.format_percent(value / 100, format=fmt, locale=loc, decimal_quantization=True)


def date(value: dt.date, style: str = "medium", language: str | None = None) -> str:
    """A date: ``style`` is ``short`` (03.12.2026), ``medium`` (3. des. 2026) or ``long``."""
    return babel_dates.format_date(value, format=style, locale=locale(language))


def datetime(value: dt.datetime, style: str = "short", language: str | None = None) -> str:
    """A date and time, e.g. ``03.12.2026, 17:20`` (nb, short)."""
    return babel_dates.format_datetime(value, format=style, locale=locale(language))


def timestamp(text: str, style: str = "short", language: str | None = None) -> str:
    """An ISO 8601 time as stored (``2026-12-03T17:20:05``) for people: ``03.12.2026, 17:20``;
    text that is no time comes back as it is."""
    try:
        value = dt.datetime.fromisoformat(str(text))
    except (TypeError, ValueError):
        return str(text or "")
    return datetime(value, style, language)


def iso_date(value: dt.date) -> str:
    """For files and machines, never for people: ``2026-12-03``."""
    return value.isoformat()
