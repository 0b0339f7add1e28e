"""Staffing validators: positions not placed; persons above 100 % in total."""

from __future__ import annotations

from typing import Any

from orgdesigner.api import (
    Dirty,
    Finding,
    KeyedCheck,
    ScenarioIndex,
    Severity,
    _,
    count_text,
    formatting,
    position_label,
)

from .rule import Rule

# -- positions not placed: one finding per (old kommune, old unit) -------------------------


def _groups(index: ScenarioIndex, settings: dict[str, Any]) -> list[tuple[str, str | None]]:
    return list(index.by_origin)


def _loose(index: ScenarioIndex, pid: str, ignore: Any) -> bool:
    pl = index.scenario.placements.get(pid)
    return pl is None or pl.status not in ignore  # (the index holds only positions not in a unit)


def _check_unplaced(
    index: ScenarioIndex, settings: dict[str, Any], key: tuple[str, str | None]
) -> list[Finding]:
    ignore = set(settings["ignore_status"])
    pids = index.in_order(p for p in index.unplaced.get(key, ()) if _loose(index, p, ignore))
    if not pids:
        return []
    project = index.project
    src, old_unit = key
    org = project.sources.get(src)
    if org is not None and old_unit in org.units:
        where = f"{org.name} / {org.path(old_unit)}"
    else:
        where = org.name if org is not None else _("nye stillinger")
    if len(pids) == 1:
        text = _("{position} fra {where} er ikke innplassert.").format(
            position=position_label(project, pids[0]), where=where
        )
    else:
        text = count_text(
            "{n} stilling fra {where} er ikke innplassert.",
            "{n} stillinger fra {where} er ikke innplassert.",
            len(pids),
            where=where,
        )
    return [Finding("unplaced", Severity.WARNING, text, position_ids=pids)]


def _touched_unplaced(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set:
    if dirty.sources:
        return set(index.by_origin)
    out = set(dirty.origins)  # origins of positions edited, and of positions in units that came or went
    for person in dirty.persons:  # names in a one-position message
        out.update(index.origin_of[p] for p in index.held.get(person, ()) if p in index.origin_of)
    return out


def unplaced() -> Rule:
    return Rule(
        "unplaced",
        _("Stilling ikke innplassert"),
        Severity.WARNING,
        KeyedCheck(_groups, _check_unplaced, _touched_unplaced),
        {"ignore_status": ["overtallig"]},
        _(
            "Stillinger uten enhet i alternativet, gruppert etter gammel enhet; statusene i "
            "«ignore_status» regnes som avklart."
        ),
    )


# -- persons above 100 % ------------------------------------------------------------------


def _persons(index: ScenarioIndex, settings: dict[str, Any]) -> list[str]:
    return list(index.held)


def _check_full_time(index: ScenarioIndex, settings: dict[str, Any], person: str) -> list[Finding]:
    top = float(settings["max_percent"])
    if person in settings["allowed_persons"]:
        return []
    project = index.project
    positions = project.positions
    pids = index.in_order(p for p in index.held.get(person, ()) if p in positions)
    percent = 0.0
    for p in pids:
        percent += positions[p].fte_percent
    if percent <= top + 1e-6:
        return []
    who = project.persons[person].name if person in project.persons else person
    units = index.scenario.units
    placed = list(dict.fromkeys(u for p in pids if (u := index.unit_of.get(p)) in units))
    return [
        Finding(
            "over_full_time",
            Severity.WARNING,
            count_text(
                "{who} har {percent} til sammen i {n} stilling (grense {limit}): {positions}",
                "{who} har {percent} til sammen i {n} stillinger (grense {limit}): {positions}",
                len(pids),
                who=who,
                percent=formatting.percent_points(percent, 2),
                limit=formatting.percent_points(top, 2),
                positions=", ".join(position_label(project, p) for p in pids[:3]),
            ),
            unit_ids=placed,
            position_ids=pids,
        )
    ]


def _touched_full_time(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    out = set(dirty.persons)  # persons of edited positions, renamed persons
    for u in dirty.appeared:  # a unit that comes or goes changes where its persons are placed
        out.update(p for pid in index.members.get(u, ()) if (p := index.person_of.get(pid)))
    return out


def over_full_time() -> Rule:
    return Rule(
        "over_full_time",
        _("Mer enn 100 % stilling"),
        Severity.WARNING,
        KeyedCheck(_persons, _check_full_time, _touched_full_time),
        {"max_percent": 100, "allowed_persons": []},
        _("En person med stillinger over «max_percent» til sammen; personer i «allowed_persons» er unntatt."),
    )
