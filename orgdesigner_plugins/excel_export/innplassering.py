"""Innplasseringsliste: one row per position, old and new side by side.

Sheets: the cover, "Innplassering" (every position in the selection), "Ikke
plassert" and "Konflikter". Options: ``pseudonymise``, ``statuses`` (list of
statuses to keep; "" stands for "not placed in a unit", overtallig apart), ``source_id`` (one old
kommune), ``unit_id`` (only positions placed in this new unit or below it).
"""

from __future__ import annotations

import os
from typing import Any

from openpyxl.utils import get_column_letter

from orgdesigner.api import PlacementStatus, Project, new_work_place, place_name
from orgdesigner.api import placement as pa

from .common import Column, ExportError, ListWriter, Styled, parse_time, resolve_scenario, yes_no
from .paths import PathCache
from .pseudonym import Pseudonyms, names_for, pseudonym_note

TITLE = "Innplasseringsliste"


#: the columns a reader needs on paper, first: the print area ends after them
PAPER = (
    "Ny enhet",
    "Navn",
    "Stillingstittel",
    "Stilling %",
    "Gammel kommune",
    "Gammel enhet",
    "Nytt arbeidssted",
    "Bytter arbeidssted",
    "Status",
)
#: left out of the pseudonymised version: identifying numbers, salary, who decided, free text
NOT_PSEUDONYMISED = ("Ansattnr", "Årslønn", "Endret av", "Merknad")


def columns(pseudonymised: bool) -> list[Column]:
    cols = [
        Column("Ny enhet", "wrap", 18),
        Column("Navn", "wrap", 18),
        Column("Stillingstittel", "wrap", 17),
        Column("Stilling %", "pct", 8),
        Column("Gammel kommune", "wrap", 14),
        Column("Gammel enhet", "wrap", 19),
        Column("Nytt arbeidssted", "wrap", 15),
        Column("Bytter arbeidssted", "text", 8),
        Column("Status", "text", 11),
        Column("Ansattnr", "text", 11),
        Column("Stillingskode", "text", 12),
        Column("Årslønn", "money", 13),
        Column("Ny enhet (sti)", "text", 48),
        Column("Gammel enhet (sti)", "text", 48),
        Column("Gammelt arbeidssted", "text", 22),
        Column("Merknad", "text", 40),
        Column("Ønsker", "text", 40),
        Column("Sist endret", "date", 12),
        Column("Endret av", "text", 14),
    ]
    if pseudonymised:
        cols = [c for c in cols if c.header not in NOT_PSEUDONYMISED]
    return cols


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    sc = resolve_scenario(project, scenario)
    pseudo = bool(options.get("pseudonymise"))
    names = names_for(project, options)
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

    placed = pa.placed_units(sc)
    selected: list[str] = []
    for pid, pos in project.positions.items():
        if source_id and pos.source_id != source_id:
            continue
        at = placed.get(pid)
        if within is not None and at not in within:
            continue
        if statuses is not None and len(statuses):
            pl = sc.placements.get(pid)
            unplaced = at is None and not (pl and pl.status == PlacementStatus.OVERTALLIG)
            if not ((pl and pl.status in statuses) or ("" in statuses and unplaced)):
                continue
        selected.append(pid)
    order = {uid: n for n, (uid, _d) in enumerate(sc.walk())}
    selected.sort(key=lambda p: _sort_key(project, paths, order, placed.get(p), p, names))

    def row(pid: str) -> list[Any]:
        pos = project.positions[pid]
        person = project.persons.get(pos.person_id or "")
        pl = sc.placements.get(pid)
        at = placed.get(pid)
        new_wp = new_work_place(project, sc, pid)
        if names is not None:
            who = names.name(person.id if person else None)
        else:
            who = person.name if person else "Vakant"
        wishes = "; ".join(paths.scenario_name(w) for w in (pl.wishes if pl else []))
        values: dict[str, Any] = {
            "Ansattnr": person.employee_no if person else "",
            "Navn": who,
            "Gammel kommune": paths.source_name(pos.source_id),
            "Gammel enhet": _unit_name(project, pos.source_id, pos.unit_id),
            "Gammel enhet (sti)": paths.source_path(pos.source_id, pos.unit_id),
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
            "Merknad": pl.note if pl else "",
            "Ønsker": wishes,
            "Sist endret": parse_time(pl.changed_at) if pl and pl.changed_at else None,
            "Endret av": pl.changed_by if pl else "",
        }
        return [values[c.header] for c in cols]

    def grouped(pids: list[str], key: Any, label: Any) -> Any:
        """Rows per group with a subtotal after each; in the pseudonymised version a group
        with fewer people than the threshold is one row with the count only."""
        least = names.min_group if names is not None else 0
        for group, members in _groups(pids, key):
            people = {project.positions[p].person_id for p in members if project.positions[p].person_id}
            fte = sum(project.positions[p].fte_percent for p in members) / 100.0
            if names is not None and len(people) < least:
                yield _count_row(cols, label(group), len(members), fte, least)
                continue
            for p in members:
                yield row(p)
            yield _subtotal(cols, label(group), len(members), fte)

    cols = columns(pseudo)
    paper = sum(1 for c in cols if c.header in PAPER)
    out = ListWriter(project, sc, f"{TITLE} – {sc.name}", path)
    out.sheet(
        "Innplassering",
        cols,
        grouped(selected, lambda p: placed.get(p), lambda u: sc.units[u].name if u else "Ikke innplassert"),
        print_columns=paper,
    )
    chosen = set(selected)
    missing = [p for p in pa.unplaced(project, sc) if p in chosen]

    def old_unit(p: str) -> tuple[str, str | None]:
        pos = project.positions[p]
        return (pos.source_id, pos.unit_id)

    out.sheet(
        "Ikke plassert",
        cols,
        grouped(missing, old_unit, lambda k: f"{paths.source_name(k[0])}: {_unit_name(project, *k)}"),
        print_columns=paper,
    )

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
    notes = [
        "Sortert etter ny enhet, med sum per enhet. Utskriften viser kolonnene A–"
        f"{get_column_letter(paper)} på A4 liggende; de andre kolonnene står i arket."
    ]
    if names is not None:
        notes.append(pseudonym_note(names))
    out.cover(filters, notes, pseudonymised=pseudo)
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


def _sort_key(
    project: Project,
    paths: PathCache,
    order: dict[str, int],
    at: str | None,
    pid: str,
    names: Pseudonyms | None,
) -> tuple[Any, ...]:
    """New unit in chart order (not placed last), then name — the pseudonym in a
    pseudonymised list, so the order leaks nothing about the real names."""
    pos = project.positions[pid]
    person = project.persons.get(pos.person_id or "")
    if person is None:
        who = "~"
    else:
        who = names.name(person.id) if names is not None else person.name
    unplaced_key = (paths.source_name(pos.source_id), paths.source_path(pos.source_id, pos.unit_id))
    return (order.get(at, len(order)) if at else len(order), unplaced_key if not at else ("", ""), who, pid)


def _unit_name(project: Project, source_id: str, unit_id: str | None) -> str:
    src = project.sources.get(source_id)
    return src.units[unit_id].name if src is not None and unit_id in src.units else ""


def _groups(pids: list[str], key: Any) -> list[tuple[Any, list[str]]]:
    """Consecutive runs of ``pids`` with the same ``key`` (the list is sorted by it)."""
    out: list[tuple[Any, list[str]]] = []
    for p in pids:
        k = key(p)
        if out and out[-1][0] == k:
            out[-1][1].append(p)
        else:
            out.append((k, [p]))
    return out


def _subtotal(cols: list[Column], label: str, count: int, fte: float) -> list[Any]:
    values = {"Ny enhet": f"Sum {label}", "Navn": f"{count} {'stilling' if count == 1 else 'stillinger'}"}
    values["Stilling %"] = None
    row: list[Any] = []
    for c in cols:
        row.append(Styled(values.get(c.header, ""), "total"))
    row[[c.header for c in cols].index("Stillingstittel")] = Styled(f"{_fte(fte)} årsverk", "total")
    return row


def _count_row(cols: list[Column], label: str, count: int, fte: float, least: int) -> list[Any]:
    text = f"{count} {'stilling' if count == 1 else 'stillinger'}, {_fte(fte)} årsverk"
    values = {
        "Ny enhet": label,
        "Navn": f"Færre enn {least} personer – bare antall",
        "Stillingstittel": text,
    }
    return [Styled(values.get(c.header, ""), "total") for c in cols]


def _fte(x: float) -> str:
    return f"{x:,.1f}".replace(",", " ").replace(".", ",")
