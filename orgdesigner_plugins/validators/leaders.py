"""Leader validators: a unit with no leader or two; a leader not placed in the unit they lead.

A unit without a leader that has no positions placed yet (a structure being
drawn) is an info note, not a warning: the leader comes with the placement.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import Dirty, Finding, KeyedCheck, ScenarioIndex, Severity, _, count_text, position_label

from .rule import Rule, all_units, led_by, positions_of


def _check_count(index: ScenarioIndex, settings: dict[str, Any], uid: str) -> list[Finding]:
    project = index.project
    positions = project.positions
    unit = index.scenario.units.get(uid)
    if unit is None:
        return []
    lead = unit.leader_position_id if unit.leader_position_id in positions else None
    placed = [p for p in index.members.get(uid, ()) if p in positions]
    heads = {p for p in placed if positions[p].personnel_responsibility}
    if lead:
        heads.add(lead)
    if not heads and unit.type not in settings["exempt_types"]:
        if not placed:
            return [
                Finding(
                    "leader_count",
                    Severity.INFO,
                    _("«{unit}» har ingen leder ennå (ingen stillinger er innplassert).").format(
                        unit=unit.name
                    ),
                    unit_ids=[uid],
                )
            ]
        text = _("«{unit}» har ingen leder.").format(unit=unit.name)
        return [Finding("leader_count", Severity.WARNING, text, unit_ids=[uid])]
    if len(heads) > 1:
        ids = sorted(heads, key=lambda p: (p != lead, p))
        names = ", ".join(position_label(project, p) for p in ids[:3])
        return [
            Finding(
                "leader_count",
                Severity.WARNING,
                count_text(
                    "«{unit}» har {n} leder med personalansvar: {names}.",
                    "«{unit}» har {n} ledere med personalansvar: {names}.",
                    len(ids),
                    unit=unit.name,
                    names=names,
                ),
                unit_ids=[uid],
                position_ids=ids,
            )
        ]
    return []


def _touched_count(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    moved = positions_of(index, dirty)  # labels of heads: titles and names
    units = {index.unit_of.get(p) for p in moved}
    return {u for u in (*dirty.changed, *dirty.placed_in, *units, *led_by(index, moved)) if u is not None}


def leader_count() -> Rule:
    return Rule(
        "leader_count",
        _("Én leder per enhet"),
        Severity.WARNING,
        KeyedCheck(all_units, _check_count, _touched_count),
        {"exempt_types": ["team"]},
        _(
            "Hver enhet skal ha nøyaktig én leder: lederstillingen og andre stillinger med personalansvar "
            "i enheten telles. Typene i «exempt_types» kan mangle leder; en enhet uten innplasserte "
            "stillinger får et notat (info), ikke en advarsel."
        ),
    )


def _check_placement(index: ScenarioIndex, settings: dict[str, Any], uid: str) -> list[Finding]:
    units = index.scenario.units
    unit = units.get(uid)
    if unit is None:
        return []
    lead = unit.leader_position_id
    if not lead or lead not in index.project.positions:
        return []
    at = index.unit_of.get(lead)
    if at == uid:
        return []
    who = position_label(index.project, lead)
    if at in units:
        text = _("Lederen av «{unit}» ({position}) er innplassert i «{other}».").format(
            unit=unit.name, position=who, other=units[at].name
        )
    else:
        text = _("Lederen av «{unit}» ({position}) er ikke innplassert.").format(unit=unit.name, position=who)
    return [
        Finding(
            "leader_placement",
            Severity.WARNING,
            text,
            unit_ids=[uid, at] if at in units else [uid],
            position_ids=[lead],
        )
    ]


def _leader_units(index: ScenarioIndex, settings: dict[str, Any]) -> list[str]:
    return [u for u, x in index.scenario.units.items() if x.leader_position_id]


def _touched_placement(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    return dirty.changed | led_by(index, positions_of(index, dirty))


def leader_placement() -> Rule:
    return Rule(
        "leader_placement",
        _("Leder innplassert i egen enhet"),
        Severity.WARNING,
        KeyedCheck(_leader_units, _check_placement, _touched_placement),
        {},
        _("Lederstillingen til en enhet skal være innplassert i den samme enheten."),
    )
