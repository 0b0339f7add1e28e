"""Staffing validators: positions not placed; persons above 100 % in total."""

from __future__ import annotations

from collections import Counter
from typing import Any

from orgdesigner.analysis.findings import position_label
from orgdesigner.hookspecs import Finding, Severity, Validator


def _check_unplaced(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    ignore = set(settings["ignore_status"])
    units = scenario.units
    placements = scenario.placements
    groups: dict[tuple[str, str | None], list[str]] = {}
    positions = project.positions
    off = [pid for pid, pl in placements.items() if pl.unit_id not in units]
    gone = {pid for pid in off if placements[pid].status not in ignore} | (
        positions.keys() - placements.keys()
    )
    loose = [pid for pid in positions if pid in gone] if gone else []  # in the positions' order
    for pid in loose:
        pos = positions[pid]
        groups.setdefault((pos.source_id, pos.unit_id), []).append(pid)
    out = []
    for (src, old_unit), pids in groups.items():
        org = project.sources.get(src)
        if org is not None and old_unit in org.units:
            where = f"{org.name} / {org.path(old_unit)}"
        else:
            where = org.name if org is not None else "nye stillinger"
        text = (
            f"{position_label(project, pids[0])} fra {where} er ikke innplassert."
            if len(pids) == 1
            else f"{len(pids)} stillinger fra {where} er ikke innplassert."
        )
        out.append(Finding("unplaced", Severity.WARNING, text, position_ids=pids))
    return out


def unplaced() -> Validator:
    return Validator(
        "unplaced",
        "Stilling ikke innplassert",
        Severity.WARNING,
        _check_unplaced,
        {"ignore_status": ["overtallig"]},
        "Stillinger uten enhet i alternativet, gruppert etter gammel enhet; statusene i "
        "«ignore_status» regnes som avklart.",
    )


def _check_full_time(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    top = float(settings["max_percent"])
    allowed = set(settings["allowed_persons"])
    positions = project.positions
    # only persons with several positions (or one above the limit) can exceed it
    vals = list(positions.values())
    persons = [pos.person_id for pos in vals]
    several = {p for p, n in Counter(persons).items() if n > 1 and p}
    wanted = [i for i, p in enumerate(persons) if p in several]
    wanted += [i for i, pos in enumerate(vals) if pos.fte_percent > top and pos.person_id not in several]
    held: dict[str, list[str]] = {}
    total: dict[str, float] = {}
    for i in sorted(wanted):
        pos = vals[i]
        if pos.person_id:
            held.setdefault(pos.person_id, []).append(pos.id)
            total[pos.person_id] = total.get(pos.person_id, 0.0) + pos.fte_percent
    out = []
    units = scenario.units
    for person, percent in total.items():
        if percent <= top + 1e-6 or person in allowed:
            continue
        pids = held[person]
        who = project.persons[person].name if person in project.persons else person
        placed = list(dict.fromkeys(u for p in pids if (u := scenario.unit_of(p)) in units))
        out.append(
            Finding(
                "over_full_time",
                Severity.WARNING,
                f"{who} har {percent:g} % til sammen i {len(pids)} stillinger (grense {top:g} %): "
                + ", ".join(position_label(project, p) for p in pids[:3]),
                unit_ids=placed,
                position_ids=pids,
            )
        )
    return out


def over_full_time() -> Validator:
    return Validator(
        "over_full_time",
        "Mer enn 100 % stilling",
        Severity.WARNING,
        _check_full_time,
        {"max_percent": 100, "allowed_persons": []},
        "En person med stillinger over «max_percent» til sammen; personer i «allowed_persons» er unntatt.",
    )
