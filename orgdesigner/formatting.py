"""Numbers, percentages and dates for people to read, in bokmål, nynorsk or English (Babel).

The one way OrgDesigner formats figures outside widgets (CLI, exports, plugin
text); widgets use ``QLocale``, which the app sets to the same language. Qt-free.
The language is what :func:`set_language` chose, else the ``language`` setting
(settings files), else ``nb`` — the language of the program's own text, not
the terminal's locale; every function also takes ``language=`` for a one-off.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

LANGUAGES = ("nb", "nn", "en")
_BABEL = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
_state: dict[str, str | None] = {"language": None, "resolved": None}


def normalise_language(value: str | None) -> str:
    """``"nn_NO.UTF-8"`` → ``"nn"``; anything unknown → ``"nb"``."""
    text = (value or "").strip().lower().replace("-", "_")
    for lang in LANGUAGES:
        if text == lang or text.startswith(lang + "_"):
            return lang
    if text.startswith("no"):
        return "nb"
    return "nb"


def set_language(language: str | None) -> str | None:
    """Make ``language`` (nb, nn, en; else nb) the default; None: settings and environment again."""
    _state["language"] = normalise_language(language) if language is not None else None
    _state["resolved"] = None
    return _state["language"]


def current_language() -> str:
    """The language figures are formatted in now (settings read once, on first use)."""
    chosen = _state["language"] or _state["resolved"]
    if chosen is not None:
        return chosen
    try:
        from .config import effective_settings

        wanted = str(effective_settings().get("language", "") or "").strip().lower()
    except Exception:  # settings never stop a figure from being written
        wanted = ""
    _state["resolved"] = wanted if wanted in LANGUAGES else "nb"
    return _state["resolved"]


def locale(language: str | None = None) -> Locale:
    """The Babel locale for ``language`` (default: the current language)."""
    return _locale(normalise_language(language) if language else current_language())


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
    return babel_numbers.format_decimal(value, format=fmt, locale=locale(language), decimal_quantization=True)


def decimal(
    value: float | int | Decimal, max_decimals: int = 2, language: str | None = None, group: bool = True
) -> str:
    """Up to ``max_decimals`` decimals, trailing zeros dropped: ``1145.30`` → ``"1 145,3"``."""
    fmt = ("#,##0" if group else "0") + ("." + "#" * max_decimals if max_decimals > 0 else "")
    return babel_numbers.format_decimal(value, format=fmt, locale=locale(language))


def percent(fraction: float, decimals: int = 0, language: str | None = None) -> str:
    """``0.253`` → ``"25 %"`` (nb/nn) or ``"25%"`` (en)."""
    loc = locale(language)
    pattern = loc.percent_formats[None].pattern  # "#,##0 %" (nb) or "#,##0%" (en)
    fmt = pattern.replace("#,##0", "#,##0" + ("." + "0" * decimals if decimals > 0 else ""), 1)
    return babel_numbers.format_percent(fraction, format=fmt, locale=loc, decimal_quantization=True)


def date(value: dt.date, style: str = "medium", language: str | None = None) -> str:
    """A date: ``style`` is ``short`` (03.12.2026), ``medium`` (3. des. 2026) or ``long``."""
    return babel_dates.format_date(value, format=style, locale=locale(language))


def datetime(value: dt.datetime, style: str = "short", language: str | None = None) -> str:
    """A date and time, e.g. ``03.12.2026, 17:20`` (nb, short)."""
    return babel_dates.format_datetime(value, format=style, locale=locale(language))


def iso_date(value: dt.date) -> str:
    """For files and machines, never for people: ``2026-12-03``."""
    return value.isoformat()
