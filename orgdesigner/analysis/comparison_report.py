"""The figures of the comparison report (no Qt, no file format): what a board reads.

:func:`build_report` gathers, per alternative, the key figures (units, levels,
span distribution, årsverk and cost per service area, leaders, positions to
place, positions that change work place), the principle breaches counted per
rule, and the structural differences from the first alternative in words. The
writers (PDF, Excel, PowerPoint) in the ``board_export`` plugin only lay it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import Project, Scenario
from .compare import StructuralDiff, describe_sections, diff_scenarios
from .findings import run_validators
from .metrics import compute_metrics
from .validation import is_enabled

#: span of control buckets (upper bound inclusive, label)
SPAN_BUCKETS: list[tuple[int, str]] = [
    (5, "1–5"),
    (10, "6–10"),
    (20, "11–20"),
    (30, "21–30"),
    (40, "31–40"),
    (10**9, "over 40"),
]

SEVERITY_WORDS = {"error": "feil", "warning": "advarsler", "info": "merknader"}


@dataclass
class AreaFigures:
    """One service area (the units directly below the top) of an alternative."""

    name: str
    units: int = 0
    positions: int = 0
    fte: float = 0.0
    cost: float = 0.0


@dataclass
class AlternativeFigures:
    """Key figures of one alternative."""

    scenario_id: str
    name: str
    units: int
    levels: int
    units_per_level: list[int]
    leaders: int
    span_mean: float
    span_max: int
    span_buckets: list[tuple[str, int]]
    positions: int
    positions_placed: int
    positions_to_place: int
    fte: float
    fte_placed: float
    cost_placed: float
    relocated: int
    areas: list[AreaFigures]
    breaches: dict[str, dict[str, int]] = field(default_factory=dict)  # rule title → severity → count
    broken_rules: list[str] = field(default_factory=list)  # validators that could not run


@dataclass
class Comparison:
    """The structural difference from one alternative to another, in words."""

    a_name: str
    b_name: str
    diff: StructuralDiff
    sections: list[tuple[str, list[str]]]
    positions_moved: int
    matching: str


@dataclass
class ComparisonReport:
    project_name: str
    created: dt.datetime
    alternatives: list[AlternativeFigures]
    comparisons: list[Comparison]
    rules: list[str]  # rule titles in the validators' order
    sources: list[str]  # the old kommuner

    def breach_rows(self) -> list[tuple[str, list[int]]]:
        """(rule, [findings per alternative]) for every rule, in the validators' order."""
        return [
            (rule, [sum(a.breaches.get(rule, {}).values()) for a in self.alternatives]) for rule in self.rules
        ]


def area_figures(sc: Scenario, m: Any) -> list[AreaFigures]:
    """Units, positions, årsverk and salary cost per service area (the top unit's children),
    from the scenario's metrics ``m``; the top unit's own positions are an area of their own."""
    out: list[AreaFigures] = []
    for root in sc.roots():
        own = m.units[root].own
        out.append(AreaFigures(f"{sc.units[root].name} (toppen)", 1, own.positions, own.fte, own.salary))
        for child in sc.children(root):
            t = m.units[child].total
            units = 1 + len(sc.descendants(child))
            out.append(AreaFigures(sc.units[child].name, units, t.positions, t.fte, t.salary))
    return out


def span_buckets(spans: Iterable[int]) -> list[tuple[str, int]]:
    counts = [0] * len(SPAN_BUCKETS)
    for s in spans:
        for i, (top, _label) in enumerate(SPAN_BUCKETS):
            if s <= top:
                counts[i] += 1
                break
    return [(label, n) for (_top, label), n in zip(SPAN_BUCKETS, counts, strict=True)]


def alternative_figures(
    project: Project,
    sc: Scenario,
    validators: list[Any] | tuple[Any, ...] = (),
    report: Callable[[Any, BaseException], None] | None = None,
) -> AlternativeFigures:
    m = compute_metrics(project, sc.id)
    k = m.key_figures()
    spans = [s for s in m.leader_spans().values()]
    areas = area_figures(sc, m)
    out = AlternativeFigures(
        scenario_id=sc.id,
        name=sc.name,
        units=k["units"],
        levels=k["levels"],
        units_per_level=list(k["units_per_level"]),
        leaders=k["leaders"],
        span_mean=k["span_mean"],
        span_max=k["span_max"],
        span_buckets=span_buckets(spans),
        positions=k["positions"],
        positions_placed=k["positions_placed"],
        positions_to_place=k["positions_unplaced"],
        fte=k["fte"],
        fte_placed=k["fte_placed"],
        cost_placed=round(sum(a.cost for a in areas)),
        relocated=k["relocated"],
        areas=areas,
    )
    titles = {v.id: v.title for v in validators}
    broken: list[str] = []

    def failed(v: Any, exc: BaseException) -> None:
        broken.append(v.title)
        if report is not None:
            report(v, exc)

    # the app's one validator runner: enabled rules, project and site settings, severity overrides
    for f in run_validators(validators, project, sc, report=failed):
        rule = titles.get(f.validator, f.validator)
        per = out.breaches.setdefault(rule, {})
        per[f.severity] = per.get(f.severity, 0) + 1
    out.broken_rules = broken
    return out


def build_report(
    project: Project,
    scenario_ids: list[str],
    validators: Iterable[Any] = (),
    report: Callable[[Any, BaseException], None] | None = None,
) -> ComparisonReport:
    """The report for the alternatives in ``scenario_ids`` (ids or names, at least one).

    Differences are given from the first alternative to each of the others.
    """
    scs = [project.scenario(s) for s in scenario_ids]
    vals = list(validators)
    alts = [alternative_figures(project, sc, vals, report) for sc in scs]
    comparisons = []
    for other in scs[1:]:
        d = diff_scenarios(project, scs[0].id, other.id)
        comparisons.append(
            Comparison(
                scs[0].name,
                other.name,
                d,
                describe_sections(project, d),
                len(d.positions_moved),
                d.matching_text(),
            )
        )
    rules = [v.title for v in vals if is_enabled(project, v)]
    for a in alts:
        rules += [r for r in a.breaches if r not in rules]
    return ComparisonReport(
        project_name=project.name,
        created=dt.datetime.now().replace(microsecond=0),
        alternatives=alts,
        comparisons=comparisons,
        rules=rules,
        sources=[s.name for s in project.sources.values()],
    )
