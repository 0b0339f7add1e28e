"""Kontrollspenn: too many direct reports for one leader (warn > 30, error > 40).

The span and its limits come from :mod:`orgdesigner.analysis.span`, the same
definition the metrics engine and the Kontrollspenn panel use.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import (
    SPAN_ERROR,
    SPAN_WARN,
    Dirty,
    Finding,
    KeyedCheck,
    ScenarioIndex,
    Severity,
    _,
    count_span,
    limits_for,
    span_definition,
    span_definition_text,
    span_level,
)

from .rule import PRINCIPLE, Rule, all_units, led_by, positions_of, with_parents

ID = "span"


def unit_span(index: ScenarioIndex, uid: str, definition: str) -> int:
    """The span of ``uid`` from the index (equal to the metrics engine's)."""
    positions = index.project.positions
    units = index.scenario.units

    def person(pid: str) -> str | None:
        pos = positions.get(pid)
        return (pos.person_id or None) if pos is not None else None

    members = [p for p in index.members.get(uid, ()) if p in positions]
    kids = [k for k in index.kids.get(uid, ()) if k in units and k != uid]
    lead = units[uid].leader_position_id
    return count_span(
        definition, lead, members, [units[k].leader_position_id for k in kids], len(kids), person
    )


def _check_unit(index: ScenarioIndex, settings: dict[str, Any], uid: str) -> list[Finding]:
    unit = index.scenario.units.get(uid)
    if unit is None:
        return []
    n = unit_span(index, uid, span_definition(index.project, settings.get("definition")))
    warn, error = limits_for(settings, unit.type)
    level = span_level(n, warn, error)
    if level == "ok":
        return []
    limit = error if level == Severity.ERROR else warn
    lead = unit.leader_position_id
    if lead:
        text = _("Lederen av «{unit}» har {n} direkte underordnede (grense {limit}).")
    else:
        text = _("«{unit}» (uten leder) har {n} direkte underordnede (grense {limit}).")
    return [
        Finding(
            ID,
            Severity.ERROR if level == Severity.ERROR else Severity.WARNING,
            text.format(unit=unit.name, n=n, limit=limit),
            unit_ids=[uid],
            position_ids=[lead] if lead in index.project.positions else [],
        )
    ]


def _touched(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    moved = positions_of(index, dirty)
    # members came or went; a unit (or its leader) changed, so did its parent's span
    return with_parents(index, [*dirty.units, *dirty.placed_in, *led_by(index, moved)])


check = KeyedCheck(all_units, _check_unit, _touched)


def validator() -> Rule:
    return Rule(
        id=ID,
        title=_("Kontrollspenn"),
        severity=Severity.ERROR,
        check=check,
        settings={
            "warn": SPAN_WARN,
            "error": SPAN_ERROR,
            "by_type": {},
            "definition": "positions+subunit_leaders",
        },
        description=(
            _(
                "Advarsel over «warn» og feil over «error» direkte underordnede; «by_type» gir egne "
                "grenser per enhetstype, f.eks. {example}."
            ).format(example='{"virksomhet": {"warn": 35, "error": 50}}')
            + " "
            + span_definition_text("positions+subunit_leaders")
        ),
        category=PRINCIPLE,
    )
