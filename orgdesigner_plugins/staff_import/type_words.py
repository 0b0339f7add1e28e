"""The words kommuner write for unit types, and the user's own additions.

Compared case-, space- and punctuation-insensitively («Stab/støtte», «STAB - STØTTE»
and «stabstøtte» are one word). Extended per user by ``unit_type_words.json`` in
the config folder and per project by the setting ``staff_import.type_words``,
both ``{"Ord": "unit type"}``. An unknown word is never guessed: the import names
it with its rows and asks.
"""

from __future__ import annotations

import json
from typing import Any

from orgdesigner.api import UnitType, _

from .synonyms import config_dir

SETTING = "staff_import.type_words"
FILE = "unit_type_words.json"

BUILTIN: dict[str, str] = {
    "Kommunedirektør": UnitType.KOMMUNEDIREKTOR,
    "Kommunedirektøren": UnitType.KOMMUNEDIREKTOR,
    "Kommunedirektørens ledergruppe": UnitType.KOMMUNEDIREKTOR,
    "Rådmann": UnitType.KOMMUNEDIREKTOR,
    "Rådmannen": UnitType.KOMMUNEDIREKTOR,
    "Rådmannskontor": UnitType.KOMMUNEDIREKTOR,
    "Administrasjonssjef": UnitType.KOMMUNEDIREKTOR,
    "Toppleder": UnitType.KOMMUNEDIREKTOR,
    "Toppledelse": UnitType.KOMMUNEDIREKTOR,
    "Stab": UnitType.STAB,
    "Stabsavdeling": UnitType.STAB,
    "Stabsenhet": UnitType.STAB,
    "Stabsfunksjon": UnitType.STAB,
    "Rådmannens stab": UnitType.STAB,
    "Støtte": UnitType.STOTTE,
    "Støtteavdeling": UnitType.STOTTE,
    "Støtteenhet": UnitType.STOTTE,
    "Støttefunksjon": UnitType.STOTTE,
    "Stab/støtte": UnitType.STOTTE,
    "Stabstøtte": UnitType.STOTTE,
    "Fellesavdeling": UnitType.STOTTE,
    "Fellestjeneste": UnitType.STOTTE,
    "Fellestjenester": UnitType.STOTTE,
    "Tjenesteområde": UnitType.TJENESTEOMRADE,
    "Kommunalområde": UnitType.TJENESTEOMRADE,
    "Sektor": UnitType.TJENESTEOMRADE,
    "Etat": UnitType.TJENESTEOMRADE,
    "Område": UnitType.TJENESTEOMRADE,
    "Divisjon": UnitType.TJENESTEOMRADE,
    "Virksomhet": UnitType.VIRKSOMHET,
    "Enhet": UnitType.VIRKSOMHET,
    "Resultatenhet": UnitType.VIRKSOMHET,
    "Tjenesteenhet": UnitType.VIRKSOMHET,
    "Institusjon": UnitType.VIRKSOMHET,
    "Avdeling": UnitType.AVDELING,
    "Avd": UnitType.AVDELING,
    "Seksjon": UnitType.SEKSJON,
    "Fagområde": UnitType.SEKSJON,
    "Team": UnitType.TEAM,
    "Gruppe": UnitType.TEAM,
    "Arbeidslag": UnitType.TEAM,
    "Lag": UnitType.TEAM,
}


def word_key(text: Any) -> str:
    """A type word reduced for comparison: lower case, letters and digits only."""
    return "".join(ch for ch in str(text or "").casefold() if ch.isalnum())


def user_words() -> dict[str, str]:
    try:
        data = json.loads((config_dir() / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return valid(data)


def valid(data: Any) -> dict[str, str]:
    if not isinstance(data, dict):
        return {}
    return {str(w): t for w, t in data.items() if t in UnitType.ALL}


def save_user_word(word: str, unit_type: str) -> None:
    """Remember ``word`` → ``unit_type`` for this user; failures are ignored."""
    if unit_type not in UnitType.ALL:
        return
    data = user_words()
    data[word] = unit_type
    path = config_dir() / FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError:
        pass


def type_table(project_words: Any = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    """word key → unit type: built-ins, then the user's file, the project's, ``extra`` (later wins)."""
    table = {word_key(w): t for w, t in BUILTIN.items()}
    for t in UnitType.ALL:  # the type names themselves, also as nynorsk and English show them
        table.setdefault(word_key(t), t)
        for lang in ("nn", "en"):
            table.setdefault(word_key(_(UnitType.LABELS[t], language=lang)), t)
    for layer in (user_words(), valid(project_words or {}), valid(extra or {})):
        for w, t in layer.items():
            table[word_key(w)] = t
    return table
