"""Leader validators: a unit with no leader or two; a leader not placed in the unit they lead."""

from __future__ import annotations

from typing import Any

from orgdesigner.analysis.findings import position_label
from orgdesigner.hookspecs import Finding, Severity, Validator


def _check_count(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    exempt = set(settings["exempt_types"])
    positions = project.positions
    placements = scenario.placements
    responsible: dict[str | None, set[str]] = {}  # unit → positions with personnel responsibility
    for pid in [pid for pid, pos in positions.items() if pos.personnel_responsibility]:
        pl = placements.get(pid)
        if pl is not None:
            responsible.setdefault(pl.unit_id, set()).add(pid)
    out = []
    for uid, unit in scenario.units.items():
        lead = unit.leader_position_id if unit.leader_position_id in positions else None
        heads = set(responsible.get(uid, ()))
        if lead:
            heads.add(lead)
        if not heads and unit.type not in exempt:
            out.append(
                Finding("leader_count", Severity.WARNING, f"«{unit.name}» har ingen leder.", unit_ids=[uid])
            )
        elif len(heads) > 1:
            ids = sorted(heads, key=lambda p: (p != lead, p))
            names = ", ".join(position_label(project, p) for p in ids[:3])
            out.append(
                Finding(
                    "leader_count",
                    Severity.WARNING,
                    f"«{unit.name}» har {len(ids)} ledere med personalansvar: {names}.",
                    unit_ids=[uid],
                    position_ids=ids,
                )
            )
    return out


def leader_count() -> Validator:
    return Validator(
        "leader_count",
        "Én leder per enhet",
        Severity.WARNING,
        _check_count,
        {"exempt_types": ["team"]},
        "Hver enhet skal ha nøyaktig én leder: lederstillingen og andre stillinger med personalansvar "
        "i enheten telles. Typene i «exempt_types» kan mangle leder.",
    )


def _check_placement(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    units = scenario.units
    out = []
    for uid, unit in units.items():
        lead = unit.leader_position_id
        if not lead or lead not in project.positions:
            continue
        at = scenario.unit_of(lead)
        if at == uid:
            continue
        where = f"er innplassert i «{units[at].name}»" if at in units else "er ikke innplassert"
        out.append(
            Finding(
                "leader_placement",
                Severity.WARNING,
                f"Lederen av «{unit.name}» ({position_label(project, lead)}) {where}.",
                unit_ids=[uid, at] if at in units else [uid],
                position_ids=[lead],
            )
        )
    return out


def leader_placement() -> Validator:
    return Validator(
        "leader_placement",
        "Leder innplassert i egen enhet",
        Severity.WARNING,
        _check_placement,
        {},
        "Lederstillingen til en enhet skal være innplassert i den samme enheten.",
    )
