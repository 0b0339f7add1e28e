"""Running validators and describing their findings (no Qt, no plugin manager import).

The CLI and the app get validators from the plugin manager's facade
(``manager.validators()``); every run goes through
:class:`~orgdesigner.analysis.validation.ValidationRunner`, so each rule's
enabled setting, site defaults and severity override count the same everywhere,
and a validator whose ``check`` raises is reported and skipped, not fatal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..i18n import N_, _
from ..model import Project, Scenario
from .validation import SEVERITY_ORDER, run_all, validator_settings

__all__ = [
    "SEVERITY_LABELS",
    "SEVERITY_ORDER",
    "finding_to_json",
    "position_label",
    "run_validators",
    "severity_label",
    "validator_settings",
]

#: severity code → its name in bokmål (marked; :func:`severity_label` translates)
SEVERITY_LABELS = {"error": N_("feil"), "warning": N_("advarsel"), "info": N_("info")}


def severity_label(severity: str) -> str:
    """``"warning"`` → «advarsel» in the current language (unknown codes as they are)."""
    label = SEVERITY_LABELS.get(severity)
    return _(label) if label else severity


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
    chosen = [v for v in validators if enabled is None or enabled(v)]
    return run_all(project, scenario, chosen, report=report).findings()


def position_label(project: Project, position_id: str) -> str:
    """«Tittel – Navn» (or «Tittel – ledig») for lists and messages."""
    pos = project.positions.get(position_id)
    if pos is None:
        return position_id
    person = project.persons.get(pos.person_id) if pos.person_id else None
    title = pos.title or pos.code or _("Stilling")
    name = person.name if person else _("ledig")
    return f"{title} – {name}"


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
