"""What the metric panels show, computed without Qt (also the CLI's ``compute``).

Each function takes the scenario and a ``unit(uid) -> UnitMetrics`` accessor,
so the app can feed them from its incremental engine and the CLI from a full
computation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgdesigner.api import UnitMetrics, span_breaches
from orgdesigner.api import span_settings as limits_in_force

UnitFn = Callable[[str], UnitMetrics]


def top_units(scenario: Any) -> list[str]:
    """The units a kommune's model is compared by: the level below the root(s)."""
    roots = scenario.roots()
    below = [k for r in roots for k in scenario.children(r)]
    return below or roots


def fte_by_area(scenario: Any, unit: UnitFn, ids: list[str] | None = None) -> list[tuple[str, float]]:
    """(unit name, rolled-up FTE) for each of ``ids`` (default: the top units)."""
    return [(scenario.units[u].name, unit(u).total.fte) for u in (ids or top_units(scenario))]


def origin_by_unit(
    scenario: Any, unit: UnitFn, ids: list[str] | None = None
) -> list[tuple[str, dict[str, float]]]:
    """(unit name, {old kommune id: share of FTE}) for each of ``ids`` (default: the top units)."""
    return [(scenario.units[u].name, unit(u).total.origin_share()) for u in (ids or top_units(scenario))]


def span_bins(spans: list[int], warn: int, error: int, width: int = 5) -> list[tuple[str, int, str]]:
    """Histogram bins (label, leaders, "ok"/"warning"/"error") of leaders' spans of control.

    Bins end on multiples of ``width`` (0–5, 6–10, …) so the default limits
    30 and 40 fall on bin edges; a bin is "warning" when it lies above ``warn``
    and "error" when it lies above ``error``.
    """
    top = max([*spans, error + width])
    bins: list[tuple[str, int, str]] = []
    lo, hi = 0, width
    while lo <= top:
        n = sum(1 for s in spans if lo <= s <= hi)
        level = "error" if lo > error else "warning" if lo > warn else "ok"
        bins.append((f"{lo}–{hi}", n, level))
        lo, hi = hi + 1, hi + width
    return bins


def span_settings(project: Any) -> tuple[int, int]:
    """The default (warn, error) limits, as the span rule reads them."""
    limits = limits_in_force(project)
    return limits["warn"], limits["error"]


def span_over(project: Any, scenario: Any, unit_spans: dict[str, int]) -> dict[str, int]:
    """Units over the warning and the error limit — counted as the Kontrollspenn rule counts its findings."""
    units = scenario.units
    found = span_breaches(limits_in_force(project), unit_spans, lambda u: units[u].type)
    levels = [level for _n, level, _limit in found.values()]
    return {"warning": levels.count("warning"), "error": levels.count("error")}


def compute_all(project: Any, scenario: Any) -> dict[str, Any]:
    """Every panel's figures for one scenario (JSON-friendly)."""
    from orgdesigner.api import SPAN_DEFINITIONS, compute_metrics

    m = compute_metrics(project, scenario.id)
    unit = m.units.__getitem__
    warn, error = span_settings(project)
    return {
        "key_figures": m.key_figures(),
        "span_bins": span_bins(list(m.leader_spans().values()), warn, error),
        "span_over": span_over(project, scenario, {u: um.span for u, um in m.units.items()}),
        "span_definition": SPAN_DEFINITIONS[m.span_definition],
        "fte_by_area": fte_by_area(scenario, unit),
        "origin_by_unit": origin_by_unit(scenario, unit),
    }
