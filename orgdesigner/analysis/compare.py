"""Comparing scenarios: key figures side by side and a structural diff.

Units are matched by id (``ops.copy_scenario`` keeps unit ids); units left over
on both sides are then matched by their path of names from the root, so two
alternatives built separately (e.g. from structure tables) still compare.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import Project, Scenario
from .metrics import compute_metrics

#: key figures shown in comparison tables, with bokmål labels, in order
KEY_LABELS: dict[str, str] = {
    "units": "Enheter",
    "levels": "Nivåer",
    "positions": "Stillinger",
    "positions_placed": "Innplasserte stillinger",
    "persons": "Ansatte",
    "fte": "Årsverk",
    "fte_placed": "Årsverk innplassert",
    "salary": "Lønnskostnad",
    "vacancies": "Vakante stillinger",
    "relocated": "Endret arbeidssted",
    "leaders": "Ledere",
    "span_mean": "Kontrollspenn, snitt",
    "span_median": "Kontrollspenn, median",
    "span_max": "Kontrollspenn, største",
    "placed_share": "Andel innplassert",
}

UNIT_FIELDS = ("type", "role", "location_id", "leader_position_id")


@dataclass
class StructuralDiff:
    """What changes from scenario ``a`` to scenario ``b`` (ids are b's unless noted)."""

    a_id: str
    b_id: str
    added: list[str] = field(default_factory=list)  # units only in b
    removed: list[str] = field(default_factory=list)  # units only in a (a's ids)
    moved: list[dict[str, Any]] = field(default_factory=list)  # unit, name, from, to (names)
    renamed: list[dict[str, Any]] = field(default_factory=list)  # unit, old, new
    changed: list[dict[str, Any]] = field(default_factory=list)  # unit, field, old, new
    positions_moved: list[dict[str, Any]] = field(default_factory=list)  # position, from, to (unit ids)
    matched_by_name: int = 0  # units matched by path rather than id

    @property
    def empty(self) -> bool:
        return not (
            self.added or self.removed or self.moved or self.renamed or self.changed or self.positions_moved
        )

    def to_json(self, project: Project) -> dict[str, Any]:
        a, b = project.scenarios[self.a_id], project.scenarios[self.b_id]
        out = asdict(self)
        out["added"] = [{"id": u, "name": b.units[u].name} for u in self.added]
        out["removed"] = [{"id": u, "name": a.units[u].name} for u in self.removed]
        return out


def _paths(sc: Scenario) -> dict[str, tuple[str, ...]]:
    return {uid: tuple(sc.path(uid, "\x00").split("\x00")) for uid in sc.units}


def match_units(a: Scenario, b: Scenario) -> tuple[dict[str, str], int]:
    """a unit id → b unit id, and how many were matched by name path."""
    match = {u: u for u in a.units if u in b.units}
    rest_a = [u for u in a.units if u not in match]
    taken = set(match.values())
    rest_b = [u for u in b.units if u not in taken]
    by_name = 0
    if rest_a and rest_b:
        pa, pb = _paths(a), _paths(b)
        free: dict[tuple[str, ...], list[str]] = {}
        for u in rest_b:
            free.setdefault(pb[u], []).append(u)
        for u in rest_a:
            cands = free.get(pa[u])
            if cands:
                match[u] = cands.pop(0)
                by_name += 1
    return match, by_name


def diff_scenarios(project: Project, a_id: str, b_id: str) -> StructuralDiff:
    """Units added, removed, moved, renamed or changed, and positions moved, from a to b."""
    a, b = project.scenario(a_id), project.scenario(b_id)
    match, by_name = match_units(a, b)
    back = {v: k for k, v in match.items()}
    d = StructuralDiff(a.id, b.id, matched_by_name=by_name)
    d.removed = [u for u in a.units if u not in match]
    d.added = [u for u in b.units if u not in back]

    def name_a(uid: str | None) -> str:
        return a.units[uid].name if uid in a.units else ""

    def name_b(uid: str | None) -> str:
        return b.units[uid].name if uid in b.units else ""

    for ua, ub in match.items():
        xa, xb = a.units[ua], b.units[ub]
        pa = xa.parent_id if xa.parent_id in a.units else None
        pb = xb.parent_id if xb.parent_id in b.units else None
        if match.get(pa) != pb if pa is not None else pb is not None:
            d.moved.append({"unit": ub, "name": xb.name, "from": name_a(pa), "to": name_b(pb)})
        if xa.name != xb.name:
            d.renamed.append({"unit": ub, "old": xa.name, "new": xb.name})
        for f in UNIT_FIELDS:
            old, new = getattr(xa, f), getattr(xb, f)
            if old != new:
                d.changed.append({"unit": ub, "field": f, "old": old, "new": new})
    for pid in project.positions:
        ua, ub = a.unit_of(pid), b.unit_of(pid)
        ua = ua if ua in a.units else None
        ub = ub if ub in b.units else None
        if (match.get(ua, "\x00gone") if ua is not None else None) != ub:
            d.positions_moved.append({"position": pid, "from": ua, "to": ub})
    return d


def key_figures_table(project: Project, scenario_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Scenario id → its key figures (see :meth:`ScenarioMetrics.key_figures`)."""
    out = {}
    for sid in scenario_ids:
        sc = project.scenario(sid)
        out[sc.id] = compute_metrics(project, sc.id).key_figures()
    return out
