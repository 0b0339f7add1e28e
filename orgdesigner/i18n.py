"""Translating the Qt-free text (model, analysis, storage, CLI, plugins' exports): gettext via Babel.

Mark text in bokmål, the source language, and it is shown in the current language::

    from orgdesigner.i18n import _, N_, ngettext
    _("Enheten finnes ikke")                       # translated now
    ngettext("{n} enhet", "{n} enheter", n).format(n=n)
    TYPES = {"avdeling": N_("Avdeling")}           # marked only; _(TYPES[code]) where shown

The catalogues live in ``orgdesigner/resources/locale/{nn,en}/LC_MESSAGES/orgdesigner.po``
(``scripts/translations.py`` extracts, updates, compiles and checks them; see
docs/translations.md). Bokmål needs no catalogue. The current language is the one
:func:`set_language` chose (the app: from Innstillinger), else the ``language`` setting,
else nb; :func:`using_language` overrides it for one export or one CLI run, per thread
and task (a context variable), so a list can be written in nynorsk from a bokmål UI.
:mod:`orgdesigner.formatting` formats numbers and dates in the same language.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("nb", "nn", "en")
SOURCE_LANGUAGE = "nb"
DOMAIN = "orgdesigner"
_override: ContextVar[str | None] = ContextVar("orgdesigner_language", default=None)
_state: dict[str, str | None] = {"language": None, "resolved": None}


def normalise_language(value: str | None) -> str:
    """``"nn_NO.UTF-8"`` → ``"nn"``; ``"no"`` and anything unknown → ``"nb"``."""
    text = (value or "").strip().lower().replace("-", "_")
    for lang in LANGUAGES:
        if text == lang or text.startswith(lang + "_"):
            return lang
    return SOURCE_LANGUAGE


def set_language(language: str | None) -> str | None:
    """Make ``language`` (nb, nn, en; else nb) the default; None: the settings again."""
    _state["language"] = normalise_language(language) if language is not None else None
    _state["resolved"] = None
    return _state["language"]


def current_language() -> str:
    """The language text and figures are written in now (settings read once, on first use)."""
    chosen = _override.get() or _state["language"] or _state["resolved"]
    if chosen is not None:
        return chosen
    try:
        from .config import effective_settings

        wanted = str(effective_settings().get("language", "") or "").strip().lower()
    except Exception:  # settings never stop a text from being shown
        wanted = ""
    _state["resolved"] = wanted if wanted in LANGUAGES else SOURCE_LANGUAGE
    return _state["resolved"]


@contextmanager
def using_language(language: str | None) -> Iterator[str]:
    """Text and figures in ``language`` inside the block (None: unchanged), e.g. for one export."""
    if language is None:
        yield current_language()
        return
    token = _override.set(normalise_language(language))
    try:
        yield current_language()
    finally:
        _override.reset(token)


def locale_dir() -> Path:
    """``orgdesigner/resources/locale`` (checkout, wheel or frozen bundle)."""
    from .paths import resources_dir

    return resources_dir() / "locale"


@functools.cache
def translations(language: str) -> _gettext.NullTranslations:
    """The catalogue of ``language``: the compiled .mo, else the .po read directly; nb: none."""
    if language not in LANGUAGES or language == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    folder = locale_dir() / language / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    try:
        if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
            with mo.open("rb") as fp:
                return _gettext.GNUTranslations(fp)
        if po.is_file():  # not compiled (a checkout without the build step): read the source
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with po.open("rb") as fp:
                catalog = read_po(fp, locale=language, domain=DOMAIN)
            buffer = io.BytesIO()
            write_mo(buffer, catalog, use_fuzzy=False)
            buffer.seek(0)
            return _gettext.GNUTranslations(buffer)
    except Exception:  # a broken catalogue shows bokmål, never stops the program
        log.exception("Kunne ikke lese oversettelsen %s", folder)
    log.warning("Ingen oversettelse for %s i %s; teksten blir på bokmål", language, folder)
    return _gettext.NullTranslations()


def _catalogue(language: str | None) -> _gettext.NullTranslations:
    return translations(normalise_language(language) if language else current_language())


def _(message: str, language: str | None = None) -> str:
    """``message`` (bokmål) in the current language, or in ``language``."""
    if not message:
        return message
    return _catalogue(language).gettext(message)


gettext = _


def ngettext(singular: str, plural: str, n: int, language: str | None = None) -> str:
    """The form for ``n`` in the current language; format ``{n}`` yourself afterwards."""
    return _catalogue(language).ngettext(singular, plural, n)


def pgettext(context: str, message: str, language: str | None = None) -> str:
    """``message`` in a context (the same bokmål word with two meanings)."""
    return _catalogue(language).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int, language: str | None = None) -> str:
    """:func:`ngettext` with a context."""
    return _catalogue(language).npgettext(context, singular, plural, n)


def count_text(singular: str, plural: str, n: int, **values: object) -> str:
    """The form for ``n`` with ``{n}`` written as a grouped number («1 449 tilsette»), and ``values``."""
    from .formatting import number

    return ngettext(singular, plural, n).format(n=number(n), **values)


def label(labels: dict[str, str], code: str) -> str:
    """``labels[code]`` (a marked bokmål name) in the current language; an unknown code as it is."""
    text = labels.get(code)
    return _(text) if text else code


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction only (module-level lists); translate with ``_()`` where shown."""
    return message
