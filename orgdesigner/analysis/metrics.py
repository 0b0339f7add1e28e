"""Metrics of a scenario: one call computes everything, an engine keeps it current.

>>> m = compute_metrics(project, scenario_id)      # ScenarioMetrics
>>> m.key_figures()["fte"], m.units[uid].total.persons, m.units[uid].span

Definitions (shared with the validators, the panels and the CLI):

- *headcount* counts distinct persons; *positions* every position; *FTE*
  (årsverk) is Σ stillingsprosent / 100; *vacancies* are positions without a
  person; *salary* is the salary cost: Σ annual salary at 100 % ×
  stillingsprosent / 100.
- *span of control*: see :data:`SPAN_DEFINITIONS` (project setting
  ``span.definition``).
- *relocated*: a placed position whose new work place — the placement's
  ``work_place_id``, else the new unit's ``location_id`` — is known and differs
  from the position's old ``work_place_id`` (see :func:`work_place_after`).
- *balance*: positions and FTE per territory (old kommune) of the old work
  place (all positions) and of the new one (placed positions).
- *progress*: positions per placement status ("" = no placement yet).
"""

from __future__ import annotations

from collections import Counter

from ..model import Position, Project, Scenario
from .metrics_engine import MetricsEngine
from .metrics_types import (
    DEFAULT_SPAN_DEFINITION,
    NO_PLACEMENT,
    SPAN_DEFINITION_LABELS,
    SPAN_DEFINITIONS,
    STATUS_LABELS,
    UNKNOWN_TERRITORY,
    Figures,
    ScenarioMetrics,
    UnitMetrics,
    progress_status_label,
    span_definition,
    span_definition_label,
    span_definition_text,
)

__all__ = [
    "DEFAULT_SPAN_DEFINITION",
    "NO_PLACEMENT",
    "SPAN_DEFINITION_LABELS",
    "SPAN_DEFINITIONS",
    "STATUS_LABELS",
    "UNKNOWN_TERRITORY",
    "Figures",
    "MetricsEngine",
    "ScenarioMetrics",
    "UnitMetrics",
    "compute_metrics",
    "is_relocated",
    "progress_status_label",
    "span_definition",
    "span_definition_label",
    "span_definition_text",
    "work_place_after",
]


def compute_metrics(project: Project, scenario_id: str, definition: str | None = None) -> ScenarioMetrics:
    """Every metric of one scenario (id or name), computed from scratch."""
    from .metrics_full import full_metrics

    return full_metrics(project, project.scenario(scenario_id), definition)


def work_place_after(scenario: Scenario, position_id: str) -> str | None:
    """The new work place of a placed position (None when unplaced or unknown)."""
    pl = scenario.placements.get(position_id)
    if pl is None or pl.unit_id not in scenario.units:
        return None
    return pl.work_place_id or scenario.units[pl.unit_id].location_id


def is_relocated(scenario: Scenario, position: Position) -> bool:
    """True when both work places are known and differ (the definition used in metrics)."""
    new = work_place_after(scenario, position.id)
    return bool(new and position.work_place_id and new != position.work_place_id)


def spans(project: Project, scenario: Scenario, definition: str | None = None) -> dict[str, int]:
    """Span of control of every unit of ``scenario`` (cheap; no other metrics).

    Gives the same numbers as :attr:`UnitMetrics.span`: the size of the set of
    direct reports (positions or persons in the unit but the leader, plus the
    leaders of direct subunits, per the definition).
    """
    d = span_definition(project, definition)
    positions = project.positions
    units = scenario.units
    placements = scenario.placements
    kids: dict[str, list[str]] = {}
    for uid, unit in units.items():
        if unit.parent_id in units:
            kids.setdefault(unit.parent_id, []).append(uid)
    out: dict[str, int] = {}
    if d.startswith("persons"):

        def who(pid: str) -> str:
            pos = positions.get(pid)
            return (pos.person_id if pos is not None else None) or pid

        for uid, unit in units.items():
            lead = unit.leader_position_id
            lead_person = positions[lead].person_id if lead in positions else None
            reports = {
                who(p)
                for p in scenario.positions_in(uid)
                if p in positions
                and p != lead
                and (lead_person is None or positions[p].person_id != lead_person)
            }
            for k in kids.get(uid, ()):
                kl = units[k].leader_position_id
                if kl and kl != lead:
                    reports.add(who(kl))
            out[uid] = len(reports)
        return out

    def unit_of(pid: str) -> str | None:
        pl = placements.get(pid)
        return pl.unit_id if pl is not None and pid in positions else None

    counts = Counter([pl.unit_id for pl in placements.values()])
    for ghost in placements.keys() - positions.keys():  # placements of positions that are gone
        counts[placements[ghost].unit_id] -= 1
    with_leaders = d.endswith("subunit_leaders")
    with_units = not with_leaders and d.endswith("subunits")
    for uid, unit in units.items():
        lead = unit.leader_position_id
        n = counts.get(uid, 0)
        if lead and unit_of(lead) == uid:
            n -= 1
        sub = kids.get(uid)
        if sub:
            if with_leaders:
                seen: set[str] = set()
                for k in sub:
                    kl = units[k].leader_position_id
                    if kl and kl != lead and kl not in seen:
                        seen.add(kl)
                        if unit_of(kl) != uid:
                            n += 1
            elif with_units:
                n += len(sub)
        out[uid] = n
    return out
