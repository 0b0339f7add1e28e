"""Pseudonyms for the versions of the lists that go to the unions.

The pseudonymiser comes from the export context (``context.pseudonymiser``);
:func:`names_for` falls back to one made here when an exporter is called
without a context (scripts, tests).
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import Pseudonymiser, _, ensure_key_op, pseudonym_key

KEY_SETTING = "export.pseudonym_key"  # the project setting that holds the key

Pseudonyms = Pseudonymiser

__all__ = ["KEY_SETTING", "Pseudonyms", "ensure_key_op", "names_for", "pseudonym_key", "pseudonym_note"]


def names_for(project: Any, options: dict[str, Any]) -> Pseudonymiser | None:
    """The pseudonymiser of this export, or None when the list is not pseudonymised."""
    if not options.get("pseudonymise"):
        return None
    ctx = options.get("context")
    got = getattr(ctx, "pseudonymiser", None) if ctx is not None else None
    return got if got is not None else Pseudonymiser(project)


def pseudonym_note(names: Pseudonymiser) -> str:
    """What was done, for the cover sheet."""
    if names.stable:
        text = _(
            "Pseudonymisert: navn er erstattet med pseudonymer (samme person får samme pseudonym i alle "
            "lister fra prosjektet); ansattnummer, lønn, fritekst (merknader) og hvem som endret er "
            "fjernet; radene er sortert etter pseudonym; enheter med færre enn {least} personer vises "
            "bare som antall."
        )
    else:
        text = _(
            "Pseudonymisert: navn er erstattet med pseudonymer (samme person får samme pseudonym i alle "
            "lister fra prosjektet – men prosjektet har ingen fast nøkkel, så pseudonymene endres neste "
            "gang); ansattnummer, lønn, fritekst (merknader) og hvem som endret er fjernet; radene er "
            "sortert etter pseudonym; enheter med færre enn {least} personer vises bare som antall."
        )
    return text.format(least=names.min_group)
