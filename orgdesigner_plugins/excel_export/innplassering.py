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

from orgdesigner.api import (
    N_,
    PlacementStatus,
    Project,
    _,
    count_text,
    formatting,
    new_work_place,
    place_name,
    status_label,
)
from orgdesigner.api import placement as pa

from .common import Column, ExportError, ListWriter, Styled, parse_time, resolve_scenario, yes_no
from .paths import PathCache
from .pseudonym import Pseudonyms, names_for, pseudonym_note

TITLE = N_("Innplasseringsliste")


#: the columns a reader needs on paper, first: the print area ends after them
PAPER = (
    N_("Ny enhet"),
    N_("Navn"),
    N_("Stillingstittel"),
    N_("Stilling %"),
    N_("Gammel kommune"),
    N_("Gammel enhet"),
    N_("Nytt arbeidssted"),
    N_("Bytter arbeidssted"),
    N_("Status"),
)
#: left out of the pseudonymised version: identifying numbers, salary, who decided, free text
NOT_PSEUDONYMISED = ("Ansattnr", N_("Årslønn"), N_("Endret av"), N_("Merknad"))


def columns(pseudonymised: bool) -> list[Column]:
    cols = [
        Column(N_("Ny enhet"), "wrap", 18),
        Column(N_("Navn"), "wrap", 18),
        Column(N_("Stillingstittel"), "wrap", 17),
        Column(N_("Stilling %"), "pct", 8),
        Column(N_("Gammel kommune"), "wrap", 14),
        Column(N_("Gammel enhet"), "wrap", 19),
        Column(N_("Nytt arbeidssted"), "wrap", 15),
        Column(N_("Bytter arbeidssted"), "text", 8),
        Column(N_("Status"), "text", 11),
        Column(N_("Ansattnr"), "text", 11),
        Column(N_("Stillingskode"), "text", 12),
        Column(N_("Årslønn"), "money", 13),
        Column(N_("Ny enhet (sti)"), "text", 48),
        Column(N_("Gammel enhet (sti)"), "text", 48),
        Column(N_("Gammelt arbeidssted"), "text", 22),
        Column(N_("Merknad"), "text", 40),
        Column(N_("Ønsker"), "text", 40),
        Column(N_("Sist endret"), "date", 12),
        Column(N_("Endret av"), "text", 14),
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
        raise ExportError(_("Ukjent enhet i alternativet: {unit}").format(unit=unit_id))
    within = {unit_id, *sc.descendants(unit_id)} if unit_id else None
    filters: list[tuple[str, str]] = []
    if source_id:
        filters.append((N_("Gammel kommune"), paths.source_name(source_id)))
    if within is not None:
        filters.append((N_("Ny enhet med underenheter"), paths.scenario_path(unit_id)))
    if statuses:
        filters.append(
            (N_("Status"), ", ".join(status_label(s) if s else _("ikke plassert") for s in statuses))
        )

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
            who = person.name if person else _("Vakant")
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
            "Status": status_label(pl.status) if pl else "",
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
    out = ListWriter(project, sc, f"{_(TITLE)} – {sc.name}", path)
    out.sheet(
        N_("Innplassering"),
        cols,
        grouped(
            selected, lambda p: placed.get(p), lambda u: sc.units[u].name if u else _("Ikke innplassert")
        ),
        print_columns=paper,
    )
    chosen = set(selected)
    missing = [p for p in pa.unplaced(project, sc) if p in chosen]

    def old_unit(p: str) -> tuple[str, str | None]:
        pos = project.positions[p]
        return (pos.source_id, pos.unit_id)

    out.sheet(
        N_("Ikke plassert"),
        cols,
        grouped(missing, old_unit, lambda k: f"{paths.source_name(k[0])}: {_unit_name(project, *k)}"),
        print_columns=paper,
    )

    def label(pid: str) -> str:
        return _label(project, pid, names)

    conflict_cols = [
        Column(N_("Konflikt"), "text", 40),
        Column(N_("Enhet"), "text", 48),
        Column(N_("Gjelder"), "wrap", 60),
    ]
    found = [c for c in pa.conflicts(project, sc) if chosen.intersection(c.position_ids)]
    out.sheet(
        N_("Konflikter"),
        conflict_cols,
        (
            [
                pa.conflict_title(c.kind),
                paths.scenario_path(c.unit_id),
                "; ".join(label(p) for p in c.position_ids),
            ]
            for c in found
        ),
    )
    notes = [
        _(
            "Sortert etter ny enhet, med sum per enhet. Utskriften viser kolonnene A–{last} på A4 "
            "liggende; de andre kolonnene står i arket."
        ).format(last=get_column_letter(paper))
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
        return _("Ukjent")
    return yes_no(old != new)


def _label(project: Project, pid: str, names: Pseudonyms | None) -> str:
    pos = project.positions[pid]
    person = project.persons.get(pos.person_id or "")
    if names is not None:
        who = names.name(person.id if person else None)
    else:
        who = person.name if person else _("Vakant")
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
    values = {
        "Ny enhet": _("Sum {group}").format(group=label),
        "Navn": count_text("{n} stilling", "{n} stillinger", count),
    }
    values["Stilling %"] = None
    row: list[Any] = []
    for c in cols:
        row.append(Styled(values.get(c.header, ""), "total"))
    row[[c.header for c in cols].index("Stillingstittel")] = Styled(_fte_text(fte), "total")
    return row


def _count_row(cols: list[Column], label: str, count: int, fte: float, least: int) -> list[Any]:
    text = count_text("{n} stilling", "{n} stillinger", count) + ", " + _fte_text(fte)
    values = {
        "Ny enhet": label,
        "Navn": _("Færre enn {least} personer – bare antall").format(least=least),
        "Stillingstittel": text,
    }
    return [Styled(values.get(c.header, ""), "total") for c in cols]


def _fte_text(x: float) -> str:
    """«12,5 årsverk» (the number in the current language's format)."""
    return _("{fte} årsverk").format(fte=formatting.number(x, 1))
