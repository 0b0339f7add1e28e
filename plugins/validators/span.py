"""Kontrollspenn: too many direct reports for one leader (warn > 30, error > 40)."""

from __future__ import annotations

from typing import Any

from orgdesigner.analysis.metrics import SPAN_DEFINITIONS, spans
from orgdesigner.hookspecs import Finding, Severity, Validator

ID = "span"


def check(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    by_type = settings.get("by_type") or {}
    out = []
    units = scenario.units
    for uid, n in spans(project, scenario, settings.get("definition")).items():
        unit = units[uid]
        limits = by_type.get(unit.type, {})
        warn = limits.get("warn", settings["warn"])
        error = limits.get("error", settings["error"])
        if n <= warn:
            continue
        severity = Severity.ERROR if n > error else Severity.WARNING
        limit = error if n > error else warn
        lead = unit.leader_position_id
        out.append(
            Finding(
                ID,
                severity,
                f"Lederen av «{unit.name}» har {n} direkte underordnede (grense {limit}).",
                unit_ids=[uid],
                position_ids=[lead] if lead in project.positions else [],
            )
        )
    return out


def validator() -> Validator:
    return Validator(
        id=ID,
        title="Kontrollspenn",
        severity=Severity.ERROR,
        check=check,
        settings={"warn": 30, "error": 40, "by_type": {}, "definition": "positions+subunit_leaders"},
        description=(
            "Advarsel over «warn» og feil over «error» direkte underordnede; «by_type» gir egne "
            'grenser per enhetstype, f.eks. {"virksomhet": {"warn": 35, "error": 50}}. '
            + SPAN_DEFINITIONS["positions+subunit_leaders"]
        ),
    )
