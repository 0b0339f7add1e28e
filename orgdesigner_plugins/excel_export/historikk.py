"""Innplasseringshistorikk: every recorded placement decision (old value, new value,
when, by whom), for the unions and the archive.

Sheets: the cover and "Historikk" (oldest first). Options: ``pseudonymise``
(names replaced, employee numbers and the deciding user removed, notes
scrubbed), ``all_scenarios`` (every scenario instead of the chosen one).
"""

from __future__ import annotations

import os
from typing import Any

from orgdesigner.api import HistoryEntry, Project

from .common import Column, ListWriter, parse_time, resolve_scenario
from .paths import PathCache
from .pseudonym import names_for, pseudonym_note

TITLE = "Innplasseringshistorikk"

FIELD_NAMES = {
    "unit_id": "Ny enhet",
    "work_place_id": "Nytt arbeidssted",
    "status": "Status",
    "note": "Merknad",
    "wishes": "Ønsker",
}


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    all_sc = bool(options.get("all_scenarios"))
    sc = None if all_sc and not scenario else resolve_scenario(project, scenario)
    pseudo = bool(options.get("pseudonymise"))
    names = names_for(project, options)
    caches = {sid: PathCache(project, s) for sid, s in project.scenarios.items()}

    def value(entry: HistoryEntry, text: str) -> str:
        paths = caches.get(entry.scenario_id)
        if not text:
            return ""
        if entry.field == "unit_id":
            return (paths.scenario_path(text) if paths else "") or f"(slettet enhet {text})"
        if entry.field == "wishes":
            return "; ".join((paths.scenario_name(w) if paths else "") or w for w in text.split(";"))
        if entry.field == "work_place_id":
            loc = project.locations.get(text)
            return loc.name if loc else f"(slettet arbeidssted {text})"
        if entry.field == "note" and names is not None:
            return names.scrub(text)
        return text

    cols = [
        Column("Tidspunkt", "datetime", 16),
        Column("Endret av", "text", 10),
        Column("Alternativ", "wrap", 14),
        Column("Ansattnr", "text", 9),
        Column("Navn", "wrap", 18),
        Column("Stillingstittel", "wrap", 16),
        Column("Gammel kommune", "wrap", 11),
        Column("Felt", "text", 12),
        Column("Fra", "wrap", 24),
        Column("Til", "wrap", 24),
    ]
    if pseudo:
        cols = [c for c in cols if c.header not in ("Ansattnr", "Endret av")]
    wanted = [c.header for c in cols]

    def rows():
        for e in project.history:
            if sc is not None and not all_sc and e.scenario_id != sc.id:
                continue
            if names is not None and e.field == "note":  # free text is left out, not scrubbed
                continue
            pos = project.positions.get(e.position_id)
            person = project.persons.get(pos.person_id or "") if pos else None
            if names is not None:
                who = names.name(person.id if person else None)
            else:
                who = person.name if person else ("Vakant" if pos else "(slettet stilling)")
            s = project.scenarios.get(e.scenario_id)
            src = project.sources.get(pos.source_id) if pos else None
            rec = {
                "Tidspunkt": parse_time(e.at),
                "Endret av": e.by,
                "Alternativ": s.name if s else e.scenario_id,
                "Ansattnr": person.employee_no if person else "",
                "Navn": who,
                "Stillingstittel": pos.title if pos else "",
                "Gammel kommune": src.name if src else "",
                "Felt": FIELD_NAMES.get(e.field, e.field),
                "Fra": value(e, e.old),
                "Til": value(e, e.new),
            }
            yield [rec[h] for h in wanted]

    out = ListWriter(project, sc, f"{TITLE} – {'alle alternativer' if sc is None else sc.name}", path)
    out.sheet("Historikk", cols, rows())
    filters = [("Alternativ", "alle")] if all_sc else []
    notes = ["Hver endring av en innplassering er registrert med tidspunkt og brukernavn."]
    if not out.counts[-1][1]:
        notes.append("Ingen endringer er registrert ennå.")
    if names is not None:
        notes.append(pseudonym_note(names))
    out.cover(
        filters,
        notes,
        pseudonymised=pseudo,
    )
    return out.save()
