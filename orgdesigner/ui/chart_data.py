"""What each chart box shows, computed from the model (no Qt).

Uses the incremental :class:`orgdesigner.analysis.metrics_engine.MetricsEngine`
when it is available and usable; otherwise a small roll-up over the
scenario's placements (one pass over placements, one over the units).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Project, Scenario


@dataclass
class BoxData:
    """The figures and texts of one unit box (compared by value to skip repaints)."""

    name: str
    type: str
    leader: str
    persons: int  # direct headcount
    persons_total: int
    fte: float  # direct årsverk
    fte_total: float
    origin: dict[str, float] = field(default_factory=dict)  # source id -> share of total FTE
    findings: int = 0
    severity: str = ""


def leader_name(project: Project, position_id: str | None) -> str:
    """The name of the leader holding ``position_id``; "" without a leader, "Vakant" if vacant."""
    if not position_id:
        return ""
    pos = project.positions.get(position_id)
    if pos is None:
        return ""
    person = project.persons.get(pos.person_id or "")
    if person is None:
        return "Vakant"
    return person.name


class ChartData:
    """Box data for every unit of one scenario."""

    def __init__(self, project: Project, scenario_id: str, use_engine: bool = True) -> None:
        self.project = project
        self.scenario_id = scenario_id
        self.engine: Any = None
        if use_engine:
            self.engine = _make_engine(project, scenario_id)
        self.findings: dict[str, tuple[int, str]] = {}
        self.boxes: dict[str, BoxData] = {}

    def close(self) -> None:
        if self.engine is not None and hasattr(self.engine, "close"):
            self.engine.close()
            self.engine = None

    def scenario(self) -> Scenario | None:
        return self.project.scenarios.get(self.scenario_id)

    def refresh(self) -> set[str]:
        """Recompute; returns ids of units whose box data changed (or appeared)."""
        sc = self.scenario()
        if sc is None:
            changed = set(self.boxes)
            self.boxes = {}
            return changed
        figures = None
        if self.engine is not None:
            try:
                figures = _engine_figures(self.engine, sc)
            except Exception:  # an engine in flux must not break the chart
                self.engine = None
        if figures is None:
            figures = rollup(self.project, sc)
        new: dict[str, BoxData] = {}
        project = self.project
        for uid, u in sc.units.items():
            pers, pers_t, fte, fte_t, origin = figures.get(uid, (0, 0, 0.0, 0.0, {}))
            nf, sev = self.findings.get(uid, (0, ""))
            new[uid] = BoxData(
                u.name, u.type, leader_name(project, u.leader_position_id), pers, pers_t,
                fte, fte_t, origin, nf, sev,
            )
        old = self.boxes
        changed = {uid for uid, b in new.items() if old.get(uid) != b}
        changed |= set(old) - set(new)
        self.boxes = new
        return changed


def _make_engine(project: Project, scenario_id: str) -> Any:
    try:
        from ..analysis.metrics_engine import MetricsEngine
    except ImportError:
        return None
    if not hasattr(MetricsEngine, "unit"):
        return None
    try:
        return MetricsEngine(project, scenario_id)
    except Exception:
        return None


def _engine_figures(engine: Any, sc: Scenario) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for uid in sc.units:
        m = engine.unit(uid)
        if m is None:
            continue
        total = sum(m.total.origin_fte.values())
        origin = {k: v / total for k, v in m.total.origin_fte.items()} if total else {}
        out[uid] = (m.own.persons, m.total.persons, m.own.fte, m.total.fte, origin)
    return out


def rollup(project: Project, sc: Scenario) -> dict[str, tuple[int, int, float, float, dict[str, float]]]:
    """(persons, persons in subtree, FTE, FTE in subtree, origin share) per unit.

    Headcount counts distinct persons per unit; a person placed in two units of
    one subtree counts once in each (the metrics engine is exact about that).
    """
    units = sc.units
    persons: dict[str, set[str]] = {}
    fte: dict[str, float] = {}
    origin: dict[str, dict[str, float]] = {}
    positions = project.positions
    for pl in sc.placements.values():
        uid = pl.unit_id
        if uid is None or uid not in units:
            continue
        pos = positions.get(pl.position_id)
        if pos is None:
            continue
        if pos.person_id:
            persons.setdefault(uid, set()).add(pos.person_id)
        f = pos.fte_percent / 100.0
        fte[uid] = fte.get(uid, 0.0) + f
        o = origin.setdefault(uid, {})
        o[pos.source_id] = o.get(pos.source_id, 0.0) + f
    order = [uid for uid, _ in sc.walk()]
    tot_p: dict[str, int] = {}
    tot_f: dict[str, float] = {}
    tot_o: dict[str, dict[str, float]] = {}
    for uid in reversed(order):  # children before parents
        tot_p[uid] = tot_p.get(uid, 0) + len(persons.get(uid, ()))
        tot_f[uid] = tot_f.get(uid, 0.0) + fte.get(uid, 0.0)
        mine = tot_o.setdefault(uid, {})
        for k, v in origin.get(uid, {}).items():
            mine[k] = mine.get(k, 0.0) + v
        parent = units[uid].parent_id
        if parent is not None and parent in units:
            tot_p[parent] = tot_p.get(parent, 0) + tot_p[uid]
            tot_f[parent] = tot_f.get(parent, 0.0) + tot_f[uid]
            po = tot_o.setdefault(parent, {})
            for k, v in mine.items():
                po[k] = po.get(k, 0.0) + v
    out = {}
    for uid in order:
        o = tot_o.get(uid, {})
        s = sum(o.values())
        share = {k: v / s for k, v in sorted(o.items())} if s else {}
        out[uid] = (len(persons.get(uid, ())), tot_p.get(uid, 0), fte.get(uid, 0.0), tot_f.get(uid, 0.0), share)
    return out


def count_findings(controller: Any) -> dict[str, tuple[int, str]]:
    """Validator findings per unit: (count, worst severity). Empty without plugins."""
    pm = getattr(controller, "plugins", None)
    sc = controller.scenario() if hasattr(controller, "scenario") else None
    if pm is None or sc is None:
        return {}
    validators: list[Any] = []
    try:
        if hasattr(pm, "validators"):
            validators = list(pm.validators())
        elif hasattr(pm, "hook"):
            for group in pm.hook.orgdesigner_validators():
                validators.extend(group or [])
    except Exception:
        return {}
    rank = {"info": 0, "warning": 1, "error": 2}
    out: dict[str, tuple[int, str]] = {}
    for v in validators:
        try:
            settings = dict(getattr(v, "settings", {}) or {})
            for key in list(settings):
                full = f"{v.id}.{key}"
                if full in controller.project.settings:
                    settings[key] = controller.project.settings[full]
            findings = v.check(controller.project, sc, settings)
        except Exception:  # a broken validator must not break the chart
            continue
        for f in findings or ():
            for uid in getattr(f, "unit_ids", ()):
                n, sev = out.get(uid, (0, ""))
                if rank.get(f.severity, 0) >= rank.get(sev, -1):
                    sev = f.severity
                out[uid] = (n + 1, sev)
    return out
