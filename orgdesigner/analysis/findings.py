"""Running validators and describing their findings (no Qt, no plugin manager import).

The CLI and the app get validators from the plugin manager's facade
(``manager.validators()``) and pass them here with a ``report`` callback so a
validator whose ``check`` raises is reported and skipped, not fatal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..gcpause import gc_paused
from ..model import Project, Scenario

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_LABELS = {"error": "feil", "warning": "advarsel", "info": "info"}


def validator_settings(project: Project, validator: Any) -> dict[str, Any]:
    """The validator's defaults, overridden by project settings ``"<id>.<name>"``."""
    return {k: project.setting(f"{validator.id}.{k}", v) for k, v in validator.settings.items()}


def run_validators(
    validators: Iterable[Any],
    project: Project,
    scenario: Scenario,
    report: Callable[[Any, BaseException], None] | None = None,
    enabled: Callable[[Any], bool] | None = None,
) -> list[Any]:
    """Every finding of every validator, errors first, then in the validators' order.

    A validator that raises is passed to ``report(validator, exc)`` (or raised
    again when ``report`` is None); the others still run. ``enabled`` may turn
    validators off (project setting ``"<id>.enabled"`` False does too).
    """
    with gc_paused():  # validators build many small objects; collections would dominate
        return _run(validators, project, scenario, report, enabled)


def _run(
    validators: Iterable[Any], project: Project, scenario: Scenario, report: Any, enabled: Any
) -> list[Any]:
    findings: list[Any] = []
    for v in validators:
        if project.setting(f"{v.id}.enabled", True) is False or (enabled and not enabled(v)):
            continue
        try:
            found = list(v.check(project, scenario, validator_settings(project, v)))
        except Exception as exc:
            if report is None:
                raise
            report(v, exc)
            continue
        findings.extend(found)
    findings.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 3))  # stable: validators keep their order
    return findings


def position_label(project: Project, position_id: str) -> str:
    """«Tittel – Navn» (or «Tittel – ledig») for lists and messages."""
    pos = project.positions.get(position_id)
    if pos is None:
        return position_id
    person = project.persons.get(pos.person_id) if pos.person_id else None
    title = pos.title or pos.code or "Stilling"
    return f"{title} – {person.name if person else 'ledig'}"


def finding_to_json(project: Project, scenario: Scenario, finding: Any) -> dict[str, Any]:
    """A finding with the ids and names of the units and positions it is about."""
    units = scenario.units
    return {
        "validator": finding.validator,
        "severity": finding.severity,
        "message": finding.message,
        "unit_ids": list(finding.unit_ids),
        "position_ids": list(finding.position_ids),
        "units": [{"id": u, "name": units[u].name if u in units else ""} for u in finding.unit_ids],
        "positions": [{"id": p, "name": position_label(project, p)} for p in finding.position_ids],
    }
