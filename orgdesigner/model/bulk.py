"""The bulk rule "ansatte følger oppgavene": map old units, cost centres or KOSTRA
functions to new units and place all matching positions in one undoable step.

A :class:`BulkRule` selects positions of the old kommuner; :func:`bulk_place`
turns a list of (rule, new unit) pairs into one :class:`~.ops.Compound` built
from :func:`~.ops.set_placement`, so every decision lands in the history.
Positions that already have a unit in the scenario are left alone unless
``replace_placed`` is set. A position matched by two rules follows the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import _, count_text
from . import kostra, ops
from .entities import PlacementStatus
from .org import Scenario
from .project import ModelError, Project

#: rule kinds
BY_UNIT = "enhet"
BY_COST_CENTRE = "ansvar"
BY_KOSTRA = "kostra"
KINDS = (BY_UNIT, BY_COST_CENTRE, BY_KOSTRA)


@dataclass(frozen=True)
class BulkRule:
    """Which old positions to move.

    * ``kind`` BY_UNIT: ``value`` is a unit id of source kommune ``source_id``
      (with its subtree when ``subtree``);
    * BY_COST_CENTRE: ``value`` is an ansvar number (the position's own, or else
      its old unit's), in ``source_id`` or, when it is "", in every old kommune;
    * BY_KOSTRA: ``value`` is a KOSTRA function (the position's own, or else one
      of its old unit's), in ``source_id`` or every old kommune.
    """

    kind: str
    value: str
    source_id: str = ""
    subtree: bool = True

    def describe(self, project: Project) -> str:
        src = project.sources.get(self.source_id)
        if self.kind == BY_UNIT and src and self.value in src.units:
            name = src.units[self.value].name
            if self.subtree:
                text = _("Enhet «{unit}» med underenheter").format(unit=name)
            else:
                text = _("Enhet «{unit}»").format(unit=name)
        elif self.kind == BY_COST_CENTRE:
            text = _("Ansvar {value}").format(value=self.value)
        elif self.kind == BY_KOSTRA:
            text = _("KOSTRA-funksjon {value}").format(value=kostra.label(self.value))
        else:
            text = f"{self.kind} {self.value}"
        return _("{rule} i {kommune}").format(rule=text, kommune=src.name) if src else text


def matching_positions(project: Project, rule: BulkRule) -> list[str]:
    """Ids of the positions ``rule`` selects, in project order."""
    if rule.kind not in KINDS:
        raise ModelError(_("Ukjent regeltype «{kind}»").format(kind=rule.kind))
    value = rule.value.strip()
    if not value:
        raise ModelError(_("Regelen mangler verdi"))
    if rule.kind == BY_UNIT:
        src = project.sources.get(rule.source_id)
        if src is None:
            raise ModelError(_("Ukjent kommune: {source_id}").format(source_id=rule.source_id))
        if value not in src.units:
            raise ModelError(_("Ukjent enhet i {src}: {value}").format(src=src.name, value=value))
        units = {value, *(src.descendants(value) if rule.subtree else ())}
        return [
            pid
            for pid, pos in project.positions.items()
            if pos.source_id == rule.source_id and pos.unit_id in units
        ]
    if rule.source_id and rule.source_id not in project.sources:
        raise ModelError(_("Ukjent kommune: {source_id}").format(source_id=rule.source_id))
    out = []
    for pid, pos in project.positions.items():
        if rule.source_id and pos.source_id != rule.source_id:
            continue
        src = project.sources.get(pos.source_id)
        unit = src.units.get(pos.unit_id or "") if src else None
        if rule.kind == BY_COST_CENTRE:
            own = pos.cost_centre.strip() or (unit.cost_centre.strip() if unit else "")
            if own == value:
                out.append(pid)
        else:
            if pos.kostra.strip():
                if pos.kostra.strip() == value:
                    out.append(pid)
            elif unit and value in (k.strip() for k in unit.kostra):
                out.append(pid)
    return out


@dataclass
class BulkPlan:
    """What a bulk placement would do: position → new unit, and what it leaves alone."""

    targets: dict[str, str]  # position id → scenario unit id
    kept: list[str]  # matched but already placed (left alone)
    duplicates: list[str]  # matched by a later rule as well (the first rule wins)
    per_rule: list[int] = field(default_factory=list)  # how many each rule places, in order


def plan(
    project: Project,
    scenario_id: str,
    mapping: list[tuple[BulkRule, str]],
    *,
    replace_placed: bool = False,
) -> BulkPlan:
    """Work out a bulk placement without building ops (for a preview)."""
    sc = project.org(scenario_id)
    if not isinstance(sc, Scenario):
        raise ModelError(_("{scenario_id} er ikke et alternativ").format(scenario_id=scenario_id))
    targets: dict[str, str] = {}
    kept: list[str] = []
    duplicates: list[str] = []
    seen: set[str] = set()
    per_rule: list[int] = []
    for rule, unit_id in mapping:
        if unit_id not in sc.units:
            raise ModelError(_("Ukjent enhet i alternativet: {unit_id}").format(unit_id=unit_id))
        before = len(targets)
        for pid in matching_positions(project, rule):
            if pid in seen:
                duplicates.append(pid)
                continue
            seen.add(pid)
            pl = sc.placements.get(pid)
            if pl is not None and pl.unit_id in sc.units and not replace_placed:
                kept.append(pid)
                continue
            targets[pid] = unit_id
        per_rule.append(len(targets) - before)
    return BulkPlan(targets, kept, duplicates, per_rule)


def bulk_place(
    project: Project,
    scenario_id: str,
    mapping: list[tuple[BulkRule, str]],
    *,
    replace_placed: bool = False,
    status: str | None = None,
) -> ops.Compound:
    """One op placing every position the rules select in its new unit.

    ``status`` (default: leave as is, "foreslått" for new placements) is set on
    every placement the op touches. Raises :class:`ModelError` for an unknown
    rule, kommune or unit.
    """
    if status is not None and status not in PlacementStatus.ALL:
        raise ModelError(_("Ukjent status «{status}»").format(status=status))
    p = plan(project, scenario_id, mapping, replace_placed=replace_placed)
    sc = project.scenarios[scenario_id]
    children: list[ops.Op] = []
    for pid, unit_id in p.targets.items():
        changes: dict[str, object] = {"unit_id": unit_id}
        if status is not None:
            changes["status"] = status
        old = sc.placements.get(pid)
        if old is not None and all(getattr(old, k) == v for k, v in changes.items()):
            continue
        children.append(ops.set_placement(project, scenario_id, pid, **changes))
    n = len(children)
    return ops.Compound(
        children,
        text=count_text(
            "Ansatte følger oppgavene ({n} stilling)", "Ansatte følger oppgavene ({n} stillinger)", n
        ),
    )


# -- saved rules: kept in the project's settings, per scenario --------------------------

SETTINGS_KEY = "bulk_rules"


def rules_to_data(mapping: list[tuple[BulkRule, str]]) -> list[dict[str, Any]]:
    """Plain data for the project settings (JSON)."""
    return [
        {"kind": r.kind, "value": r.value, "source_id": r.source_id, "subtree": r.subtree, "target": t}
        for r, t in mapping
    ]


def rules_from_data(data: Any) -> list[tuple[BulkRule, str]]:
    """Rules back from :func:`rules_to_data`; entries that are not well formed are skipped."""
    out: list[tuple[BulkRule, str]] = []
    for d in data if isinstance(data, list) else []:
        if not isinstance(d, dict) or d.get("kind") not in KINDS:
            continue
        value, target = d.get("value"), d.get("target")
        if not isinstance(value, str) or not isinstance(target, str):
            continue
        source = d.get("source_id") if isinstance(d.get("source_id"), str) else ""
        out.append((BulkRule(d["kind"], value, source, bool(d.get("subtree", True))), target))
    return out


def saved_rules(project: Project, scenario_id: str) -> list[tuple[BulkRule, str]]:
    stored = project.settings.get(SETTINGS_KEY)
    return rules_from_data(stored.get(scenario_id) if isinstance(stored, dict) else None)


def save_rules(project: Project, scenario_id: str, mapping: list[tuple[BulkRule, str]]) -> ops.Op:
    """An op storing ``mapping`` as the scenario's saved rules (undoable, saved with the project)."""
    stored = project.settings.get(SETTINGS_KEY)
    value = dict(stored) if isinstance(stored, dict) else {}
    value[scenario_id] = rules_to_data(mapping)
    return ops.SetSettings({SETTINGS_KEY: value}, text=_("Lagre regler for «ansatte følger oppgavene»"))
