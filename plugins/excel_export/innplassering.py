"""Innplasseringsliste: one row per position, old and new side by side.

Sheets: the cover, "Innplassering" (every position in the selection), "Ikke
plassert" and "Konflikter". Options: ``pseudonymise``, ``statuses`` (list of
statuses to keep; "" stands for "not placed in a unit", overtallig apart), ``source_id`` (one old
kommune), ``unit_id`` (only positions placed in this new unit or below it).
"""

from __future__ import annotations

import os
from typing import Any

from orgdesigner.analysis import placement as pa
from orgdesigner.analysis.relocation import new_work_place, place_name
from orgdesigner.model import PlacementStatus, Project

from .common import Column, ExportError, ListWriter, parse_time, resolve_scenario, yes_no
from .paths import PathCache
from .pseudonym import Pseudonyms

TITLE = "Innplasseringsliste"


def columns(pseudonymised: bool) -> list[Column]:
    cols = [
        Column("Ansattnr", "text", 11),
        Column("Navn", "text", 26),
        Column("Gammel kommune", "text", 16),
        Column("Gammel enhet", "text", 34),
        Column("Stillingskode", "text", 12),
        Column("Stillingstittel", "text", 24),
        Column("Stilling %", "pct", 11),
        Column("Årslønn", "money", 13),
        Column("Ny enhet", "text", 28),
        Column("Ny enhet (sti)", "text", 48),
        Column("Gammelt arbeidssted", "text", 22),
        Column("Nytt arbeidssted", "text", 22),
        Column("Bytter arbeidssted", "text", 12),
        Column("Status", "text", 14),
        Column("Merknad", "text", 40),
        Column("Ønsker", "text", 40),
        Column("Sist endret", "datetime", 17),
        Column("Endret av", "text", 14),
    ]
    if pseudonymised:
        cols = [c for c in cols if c.header not in ("Ansattnr", "Årslønn", "Endret av")]
    return cols


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    sc = resolve_scenario(project, scenario)
    pseudo = bool(options.get("pseudonymise"))
    names = Pseudonyms(project) if pseudo else None
    paths = PathCache(project, sc)
    statuses = options.get("statuses")
    source_id = options.get("source_id") or ""
    unit_id = options.get("unit_id") or ""
    if unit_id and unit_id not in sc.units:
        raise ExportError(f"Ukjent enhet i alternativet: {unit_id}")
    within = {unit_id, *sc.descendants(unit_id)} if unit_id else None
    filters: list[tuple[str, str]] = []
    if source_id:
        filters.append(("Gammel kommune", paths.source_name(source_id)))
    if within is not None:
        filters.append(("Ny enhet med underenheter", paths.scenario_path(unit_id)))
    if statuses:
        filters.append(("Status", ", ".join(s or "ikke plassert" for s in statuses)))

    selected: list[str] = []
    for pid, pos in project.positions.items():
        if source_id and pos.source_id != source_id:
            continue
        at = pa.placed_unit(sc, pid)
        if within is not None and at not in within:
            continue
        if statuses is not None and len(statuses):
            pl = sc.placements.get(pid)
            unplaced = at is None and not (pl and pl.status == PlacementStatus.OVERTALLIG)
            if not ((pl and pl.status in statuses) or ("" in statuses and unplaced)):
                continue
        selected.append(pid)
    selected.sort(key=lambda p: _sort_key(project, paths, p, names))

    def row(pid: str) -> list[Any]:
        pos = project.positions[pid]
        person = project.persons.get(pos.person_id or "")
        pl = sc.placements.get(pid)
        at = pa.placed_unit(sc, pid)
        new_wp = new_work_place(project, sc, pid)
        if names is not None:
            who = names.name(person.id if person else None)
        else:
            who = person.name if person else "Vakant"
        note = pl.note if pl else ""
        wishes = "; ".join(paths.scenario_name(w) for w in (pl.wishes if pl else []))
        values: dict[str, Any] = {
            "Ansattnr": person.employee_no if person else "",
            "Navn": who,
            "Gammel kommune": paths.source_name(pos.source_id),
            "Gammel enhet": paths.source_path(pos.source_id, pos.unit_id),
            "Stillingskode": pos.code,
            "Stillingstittel": pos.title,
            "Stilling %": pos.fte_percent / 100.0,
            "Årslønn": pos.salary or None,
            "Ny enhet": sc.units[at].name if at else "",
            "Ny enhet (sti)": paths.scenario_path(at) if at else "",
            "Gammelt arbeidssted": place_name(project, pos.work_place_id) if pos.work_place_id else "",
            "Nytt arbeidssted": place_name(project, new_wp) if new_wp else "",
            "Bytter arbeidssted": _moves(at, pos.work_place_id, new_wp),
            "Status": pl.status if pl else "",
            "Merknad": names.scrub(note) if names is not None else note,
            "Ønsker": wishes,
            "Sist endret": parse_time(pl.changed_at) if pl and pl.changed_at else None,
            "Endret av": pl.changed_by if pl else "",
        }
        return [values[c.header] for c in cols]

    cols = columns(pseudo)
    out = ListWriter(project, sc, f"{TITLE} – {sc.name}", path)
    out.sheet("Innplassering", cols, (row(p) for p in selected))
    chosen = set(selected)
    missing = [p for p in pa.unplaced(project, sc) if p in chosen]
    out.sheet("Ikke plassert", cols, (row(p) for p in missing))

    def label(pid: str) -> str:
        return _label(project, pid, names)

    conflict_cols = [
        Column("Konflikt", "text", 40),
        Column("Enhet", "text", 48),
        Column("Gjelder", "wrap", 60),
    ]
    found = [c for c in pa.conflicts(project, sc) if chosen.intersection(c.position_ids)]
    out.sheet(
        "Konflikter",
        conflict_cols,
        (
            [
                pa.CONFLICT_TITLES[c.kind],
                paths.scenario_path(c.unit_id),
                "; ".join(label(p) for p in c.position_ids),
            ]
            for c in found
        ),
    )
    out.cover(filters, pseudonymised=pseudo)
    return out.save()


def _moves(unit_id: str | None, old: str | None, new: str | None) -> str:
    """Ja / Nei / Ukjent (a place not known), "" when not placed — as analysis.relocation counts."""
    if not unit_id:
        return ""
    if not old or not new:
        return "Ukjent"
    return yes_no(old != new)


def _label(project: Project, pid: str, names: Pseudonyms | None) -> str:
    pos = project.positions[pid]
    person = project.persons.get(pos.person_id or "")
    if names is not None:
        who = names.name(person.id if person else None)
    else:
        who = person.name if person else "Vakant"
    return f"{who} ({pos.title})" if pos.title else who


def _sort_key(project: Project, paths: PathCache, pid: str, names: Pseudonyms | None) -> tuple[str, ...]:
    """Old kommune, old unit, then name (the pseudonym in a pseudonymised list, so order leaks nothing)."""
    pos = project.positions[pid]
    person = project.persons.get(pos.person_id or "")
    if person is None:
        who = "~"
    else:
        who = names.name(person.id) if names is not None else person.name
    return (paths.source_name(pos.source_id), paths.source_path(pos.source_id, pos.unit_id), who, pid)
