"""The fields of a staff list and the header texts HR systems use for them.

The table is extended, per user, by a JSON file ``header_synonyms.json`` in the
user's OrgDesigner config folder, and per project by the setting
``staff_import.synonyms`` — both ``{"field": ["Header", ...]}``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: field → (label in bokmål, header synonyms); the order is the order of the mapping page
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "employee_no": (
        "Ansattnummer",
        (
            "Ansattnr",
            "Ansattnummer",
            "Ansatt nr",
            "Ansatt-nr",
            "Ressursnr",
            "Ressursnummer",
            "Personalnr",
            "Personalnummer",
            "Ansatt-ID",
            "AnsattID",
            "Lønnsnr",
            "Tjenestenr.",
        ),
    ),
    "name": ("Navn", ("Navn", "Fullt navn", "Ansattnavn", "Ansatt", "Etternavn, Fornavn", "Navn ansatt")),
    "first_name": ("Fornavn", ("Fornavn",)),
    "last_name": ("Etternavn", ("Etternavn",)),
    "code": ("Stillingskode", ("Stillingskode", "Stillingskode KS", "St.kode", "Stkode", "Stillingsnr")),
    "title": (
        "Stillingsbetegnelse",
        (
            "Stillingsbetegnelse",
            "Stillingstittel",
            "Stilling",
            "Tittel",
            "Stillingsnavn",
        ),
    ),
    "fte": (
        "Stillingsprosent",
        (
            "Stillingsprosent",
            "Stilling %",
            "Stilling i %",
            "Stillingsandel",
            "Prosent",
            "Stillings%",
            "Stillingsprosent (%)",
            "Stillingsstørrelse",
            "Andel",
        ),
    ),
    "salary": ("Årslønn", ("Årslønn", "Lønn", "Grunnlønn", "Årslønn (kr)", "Fastlønn", "Årslønn kr")),
    "cost_centre": (
        "Ansvar",
        ("Ansvar", "Ansvarsnr", "Ansvarsnummer", "Kostnadssted", "Koststed", "Ansvarssted"),
    ),
    "kostra": (
        "Tjeneste/funksjon",
        (
            "Tjeneste",
            "Funksjon",
            "Tjenestenr",
            "Funksjonsnr",
            "KOSTRA-funksjon",
            "KOSTRA",
            "Kostrafunksjon",
        ),
    ),
    "unit": (
        "Enhet",
        (
            "Enhet",
            "Org.enhet",
            "Organisasjonsenhet",
            "Virksomhet",
            "Enhetsnavn",
            "Org enhet",
            "Resultatenhet",
        ),
    ),
    "department": ("Avdeling", ("Avdeling", "Avd", "Avd.", "Avdelingsnavn", "Seksjon")),
    "work_place": ("Arbeidssted", ("Arbeidssted", "Oppmøtested", "Tjenestested", "Lokasjon")),
    "manager": ("Nærmeste leder", ("Nærmeste leder", "Nærmeste overordnet", "Leder", "Leders navn")),
    "employment_type": ("Tilsettingsform", ("Tilsettingsform", "Ansettelsesform", "Ansettelsestype")),
    "start_date": (
        "Tiltredelse",
        (
            "Tiltredelse",
            "Tiltredelsesdato",
            "Startdato",
            "Ansettelsesdato",
            "Ansatt fra",
            "Fra dato",
        ),
    ),
    "birth_date": ("Fødselsdato", ("Fødselsdato", "Født")),
    "national_id": (
        "Fødselsnummer",
        (
            "Fødselsnummer",
            "Fnr",
            "Fnr.",
            "F.nr",
            "Fødselsnr",
            "Personnummer",
            "Personnr",
            "Fødselsnummer (11 siffer)",
            "D-nummer",
            "Personidentifikator",
        ),
    ),
}

#: fields that are recognised but never stored in the project
NOT_STORED = ("birth_date", "national_id")


def key(text: Any) -> str:
    """A header reduced for comparison: lower case, letters, digits and % only."""
    if text is None:
        return ""
    s = str(text).casefold()
    return "".join(ch for ch in s if ch.isalnum() or ch == "%")


def clean_header(text: Any) -> str:
    """A header as shown to the user: trimmed, inner whitespace collapsed."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    from .national_id import mask  # a header is never a place for a fødselsnummer either

    return mask(" ".join(str(text).replace("\u00a0", " ").split()))


def config_dir() -> Path:
    """The user's OrgDesigner config folder (``ORGDESIGNER_CONFIG_DIR`` overrides)."""
    from orgdesigner.api import user_config_dir

    return user_config_dir()


def user_synonyms() -> dict[str, list[str]]:
    """Extra synonyms from the user's ``header_synonyms.json`` (empty if absent or broken)."""
    path = config_dir() / "header_synonyms.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return _valid(data)


def _valid(data: Any) -> dict[str, list[str]]:
    if not isinstance(data, dict):
        return {}
    return {f: [str(h) for h in hs] for f, hs in data.items() if f in FIELDS and isinstance(hs, list)}


def synonym_table(extra: dict[str, list[str]] | None = None, use_user_file: bool = True) -> dict[str, str]:
    """header key → field, built-ins first, then user file, then ``extra`` (later wins)."""
    table: dict[str, str] = {}
    for field, (_label, headers) in FIELDS.items():
        for h in headers:
            table.setdefault(key(h), field)
    layers = [user_synonyms() if use_user_file else {}, _valid(extra or {})]
    for layer in layers:
        for field, headers in layer.items():
            for h in headers:
                table[key(h)] = field
    return table


def match_headers(headers: list[str], table: dict[str, str]) -> dict[str, int]:
    """field → 0-based column for headers that match the table; first match wins."""
    mapping: dict[str, int] = {}
    for col, h in enumerate(headers):
        field = table.get(key(h))
        if field and field not in mapping:
            mapping[field] = col
    # "Etternavn, Fornavn" in one header means the name column
    for col, h in enumerate(headers):
        k = key(h)
        if "name" not in mapping and k.startswith("etternavn") and k.endswith("fornavn") and k != "etternavn":
            mapping["name"] = col
    return mapping
