"""Innplasseringshistorikk: every recorded placement decision (old value, new value,
when, by whom), for the unions and the archive.

Sheets: the cover and "Historikk" (oldest first). Options: ``pseudonymise``
(names replaced, employee numbers and the deciding user removed, notes
scrubbed), ``all_scenarios`` (every scenario instead of the chosen one).
"""

from __future__ import annotations

import os
from typing import Any

from orgdesigner.api import N_, HistoryEntry, Project, _, status_label

from .common import Column, ListWriter, parse_time, resolve_scenario
from .paths import PathCache
from .pseudonym import names_for, pseudonym_note

TITLE = N_("Innplasseringshistorikk")

FIELD_NAMES = {
    "unit_id": N_("Ny enhet"),
    "work_place_id": N_("Nytt arbeidssted"),
    "status": N_("Status"),
    "note": N_("Merknad"),
    "wishes": N_("Ønsker"),
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
            return (paths.scenario_path(text) if paths else "") or _("(slettet enhet {id})").format(id=text)
        if entry.field == "wishes":
            return "; ".join((paths.scenario_name(w) if paths else "") or w for w in text.split(";"))
        if entry.field == "work_place_id":
            loc = project.locations.get(text)
            return loc.name if loc else _("(slettet arbeidssted {id})").format(id=text)
        if entry.field == "status":
            return status_label(text)
        if entry.field == "note" and names is not None:
            return names.scrub(text)
        return text

    cols = [
        Column(N_("Tidspunkt"), "datetime", 16),
        Column(N_("Endret av"), "text", 10),
        Column(N_("Alternativ"), "wrap", 14),
        Column(N_("Ansattnr"), "text", 9),
        Column(N_("Navn"), "wrap", 18),
        Column(N_("Stillingstittel"), "wrap", 16),
        Column(N_("Gammel kommune"), "wrap", 11),
        Column(N_("Felt"), "text", 12),
        Column(N_("Fra"), "wrap", 24),
        Column(N_("Til"), "wrap", 24),
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
                who = person.name if person else (_("Vakant") if pos else _("(slettet stilling)"))
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
                "Felt": _(FIELD_NAMES[e.field]) if e.field in FIELD_NAMES else e.field,
                "Fra": value(e, e.old),
                "Til": value(e, e.new),
            }
            yield [rec[h] for h in wanted]

    out = ListWriter(project, sc, f"{_(TITLE)} – {_('alle alternativer') if sc is None else sc.name}", path)
    out.sheet(N_("Historikk"), cols, rows())
    filters = [(N_("Alternativ"), _("alle"))] if all_sc else []
    notes = [_("Hver endring av en innplassering er registrert med tidspunkt og brukernavn.")]
    if not out.counts[-1][1]:
        notes.append(_("Ingen endringer er registrert ennå."))
    if names is not None:
        notes.append(pseudonym_note(names))
    out.cover(
        filters,
        notes,
        pseudonymised=pseudo,
    )
    return out.save()
