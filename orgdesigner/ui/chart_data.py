"""What each chart box shows, computed from the model (no Qt).

Uses the incremental :class:`orgdesigner.analysis.metrics_engine.MetricsEngine`
when it is available and usable; otherwise a small roll-up over the
scenario's placements (one pass over placements, one over the units).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analysis.headcount import PersonUnits, subtree_headcount
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


class LazyBoxes(dict):
    """Box data by unit id, each made when first asked for (``get`` or ``[]``): opening a big
    project computes the few hundred boxes on screen, not all of them."""

    def __init__(self, make: Any) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, uid: str) -> BoxData:
        box = self._make(uid)
        if box is None:
            raise KeyError(uid)
        self[uid] = box
        return box

    def get(self, uid: Any, default: Any = None) -> Any:
        try:
            return self[uid]
        except KeyError:
            return default


class ChartData:
    """Box data for every unit of one scenario, kept up to date incrementally.

    Direct figures are kept per unit from one contribution per placed position;
    an edit re-counts only the positions it names, then the subtree totals are
    summed again (one pass over the units) and only changed boxes are reported.
    With ``use_engine`` the figures come from the metrics engine instead (exact
    distinct headcounts over subtrees, slower to build for 50 000 positions).
    """

    def __init__(self, project: Project, scenario_id: str, use_engine: bool = False) -> None:
        self.project = project
        self.scenario_id = scenario_id
        self.engine: Any = _make_engine(project, scenario_id) if use_engine else None
        self.findings: dict[str, tuple[int, str]] = {}
        self.boxes: dict[str, BoxData] = LazyBoxes(self._box)
        self._contrib: dict[str, tuple[str, str | None, float, str]] = {}  # pid -> (uid, person, fte, src)
        self._persons: dict[str, dict[str, int]] = {}  # uid -> person -> positions
        self._people = PersonUnits()  # person -> units: subtree headcounts count a person once
        self._fte: dict[str, float] = {}
        self._origin: dict[str, dict[str, float]] = {}
        self._raw: dict[
            str, tuple[int, float, dict[str, float], frozenset[str]]
        ] = {}  # uid -> subtree totals
        self._parent: dict[str, str | None] = {}  # parents as the totals were summed
        self._built = False

    def close(self) -> None:
        if self.engine is not None and hasattr(self.engine, "close"):
            self.engine.close()
            self.engine = None

    def scenario(self) -> Scenario | None:
        return self.project.scenarios.get(self.scenario_id)

    # -- contributions -----------------------------------------------------------
    def _add(self, pid: str, sc: Scenario) -> None:
        pl = sc.placements.get(pid)
        pos = self.project.positions.get(pid)
        if pl is None or pos is None or pl.unit_id is None or pl.unit_id not in sc.units:
            return
        uid, f = pl.unit_id, pos.fte_percent / 100.0
        c = (uid, pos.person_id, f, pos.source_id)
        self._contrib[pid] = c
        if pos.person_id:
            d = self._persons.setdefault(uid, {})
            d[pos.person_id] = d.get(pos.person_id, 0) + 1
            self._people.add(pos.person_id, uid)
        self._fte[uid] = self._fte.get(uid, 0.0) + f
        o = self._origin.setdefault(uid, {})
        o[pos.source_id] = o.get(pos.source_id, 0.0) + f

    def _build_all(self, sc: Scenario) -> None:
        """Every contribution at once (the loop of :meth:`_add`, inlined for 50 000 positions)."""
        contrib: dict[str, tuple[str, str | None, float, str]] = {}
        persons: dict[str, dict[str, int]] = {}
        fte: dict[str, float] = {}
        origin: dict[str, dict[str, float]] = {}
        positions, units = self.project.positions, sc.units
        for pid, pl in sc.placements.items():
            uid = pl.unit_id
            if uid is None or uid not in units:
                continue
            pos = positions.get(pid)
            if pos is None:
                continue
            f, person, src = pos.fte_percent / 100.0, pos.person_id, pos.source_id
            contrib[pid] = (uid, person, f, src)
            if person:
                d = persons.get(uid)
                if d is None:
                    persons[uid] = d = {}
                d[person] = d.get(person, 0) + 1
            fte[uid] = fte.get(uid, 0.0) + f
            o = origin.get(uid)
            if o is None:
                origin[uid] = o = {}
            o[src] = o.get(src, 0.0) + f
        self._contrib, self._persons, self._fte, self._origin = contrib, persons, fte, origin
        self._people = PersonUnits.from_unit_persons(persons)

    def _remove(self, pid: str) -> str | None:
        c = self._contrib.pop(pid, None)
        if c is None:
            return None
        uid, person, f, src = c
        if person:
            d = self._persons[uid]
            d[person] -= 1
            if not d[person]:
                del d[person]
            self._people.remove(person, uid)
        self._fte[uid] -= f
        o = self._origin[uid]
        o[src] = o.get(src, 0.0) - f  # two 0 % positions: the first removal already dropped the key
        if abs(o[src]) < 1e-9:
            del o[src]
        return uid

    def _own(self, uid: str) -> tuple[int, float, dict[str, float]]:
        return (len(self._persons.get(uid, ())), self._fte.get(uid, 0.0), self._origin.get(uid) or {})

    def _total_of(self, uid: str, kids: Any) -> tuple[int, float, dict[str, float], frozenset[str]]:
        _own_persons, tf, own = self._own(uid)
        to = dict(own)
        raw = self._raw
        parts = []
        for c in kids:
            cp, cf, co, cs = raw[c]
            parts.append((cp, cs))
            tf += cf
            for k, v in co.items():
                to[k] = to.get(k, 0.0) + v
        tp, shared = subtree_headcount(self._persons.get(uid, {}), self._people, parts)  # distinct persons
        return (tp, tf, to, shared)

    def _update_totals(self, sc: Scenario, touched: set[str] | None) -> set[str]:
        """Subtree totals: all of them (``touched`` None) or only along the old and
        new ancestor chains of ``touched`` units; returns the units recomputed."""
        units = sc.units
        index = sc._index()
        if touched is None:
            self._raw = {}
            order = [uid for uid, _ in sc.walk()]
            for uid in reversed(order):  # children before parents
                self._raw[uid] = self._total_of(uid, index.get(uid, ()))
            self._parent = {uid: u.parent_id for uid, u in units.items()}
            return set(order)
        affected: set[str] = set()
        for uid in touched:
            cur = self._parent.get(uid)
            while cur is not None and cur in self._parent:  # old chain
                affected.add(cur)
                cur = self._parent.get(cur)
            cur = uid
            guard = 0
            while cur is not None and cur in units and guard <= len(units):  # new chain
                affected.add(cur)
                cur = units[cur].parent_id
                guard += 1
        for uid in touched:
            if uid in units:
                self._parent[uid] = units[uid].parent_id
            else:
                self._parent.pop(uid, None)
                self._raw.pop(uid, None)
        live = [u for u in affected if u in units]
        live.sort(key=lambda u: len(sc.ancestors(u)), reverse=True)
        for uid in live:
            self._raw[uid] = self._total_of(uid, index.get(uid, ()))
        for uid in affected - set(live):
            self._raw.pop(uid, None)
        return set(live)

    # -- refresh -------------------------------------------------------------------
    def refresh(self, changes: list[Any] | None = None) -> set[str]:
        """Bring the box data up to date; returns ids of units whose box changed.

        ``changes`` (the model's Change records of one step) lets the data
        re-count only what they name; None recomputes everything.
        """
        sc = self.scenario()
        if sc is None:
            changed = set(self.boxes)
            self.boxes.clear()
            self._built = False
            return changed
        if self.engine is not None:
            return self._refresh_from_engine(sc)
        text_units: set[str] = set()
        touched: set[str] | None = set()
        if changes is None or not self._built:
            touched = None
            self._build_all(sc)
            self._built = True
            text_units = set(self.boxes)
        else:
            recount: set[str] = set()
            for ch in changes:
                if ch.kind == "placement" and ch.org_id == sc.id:
                    recount.update(ch.ids)
                elif ch.kind == "position":
                    recount.update(ch.ids)
                    ids = set(ch.ids)
                    text_units.update(u.id for u in sc.units.values() if u.leader_position_id in ids)
                elif ch.kind == "person":
                    text_units.update(u for u in sc.units)  # leader names
                elif ch.kind == "unit" and ch.org_id == sc.id:
                    text_units.update(ch.ids)
                    touched.update(ch.ids)
                    if ch.action == "removed":
                        recount.update(p for p, c in self._contrib.items() if c[0] in ch.ids)
                    elif ch.action == "added":
                        recount.update(p for u in ch.ids for p in sc.positions_in(u))
            for pid in recount:
                was = self._contrib.get(pid)
                old = self._remove(pid)
                self._add(pid, sc)
                if old is not None:
                    touched.add(old)
                new = self._contrib.get(pid)
                if new is not None:
                    touched.add(new[0])
                for c in (was, new):  # a person placed in one unit more or less: their other units too
                    if c is not None and c[1]:
                        touched.update(self._people.units_of(c[1]))
        dirty = self._update_totals(sc, touched) | text_units
        changed: set[str] = set()
        for uid in [u for u in self.boxes if u not in sc.units]:
            del self.boxes[uid]
            changed.add(uid)
        for uid in dirty:
            if uid not in self.boxes:  # never shown: made fresh when it is
                continue
            box = self._box(uid)
            if box is None:
                continue
            if self.boxes[uid] != box:
                self.boxes[uid] = box
                changed.add(uid)
        return changed

    def _box(self, uid: str) -> BoxData | None:
        sc = self.scenario()
        u = sc.units.get(uid) if sc is not None else None
        if u is None:
            return None
        pt, ft, to, _shared = self._raw.get(uid, (0, 0.0, {}, frozenset()))
        nf, sev = self.findings.get(uid, (0, ""))
        return BoxData(
            u.name,
            u.type,
            leader_name(self.project, u.leader_position_id),
            len(self._persons.get(uid, ())),
            pt,
            round(self._fte.get(uid, 0.0), 6),
            round(ft, 6),
            _share(to),
            nf,
            sev,
        )

    def set_findings(self, findings: dict[str, tuple[int, str]]) -> set[str]:
        """New validator counts; returns ids of units whose badge changed."""
        old, self.findings = self.findings, findings
        changed = set()
        for uid in set(old) | set(findings):
            box = dict.get(self.boxes, uid)  # a box not made yet reads the findings when it is
            if box is not None and old.get(uid) != findings.get(uid):
                box.findings, box.severity = findings.get(uid, (0, ""))
                changed.add(uid)
        return changed

    def _refresh_from_engine(self, sc: Scenario) -> set[str]:
        figures = _engine_figures(self.engine, sc)
        new: dict[str, BoxData] = {}
        for uid, u in sc.units.items():
            pers, pers_t, fte, fte_t, origin = figures.get(uid, (0, 0, 0.0, 0.0, {}))
            nf, sev = self.findings.get(uid, (0, ""))
            new[uid] = BoxData(
                u.name,
                u.type,
                leader_name(self.project, u.leader_position_id),
                pers,
                pers_t,
                fte,
                fte_t,
                origin,
                nf,
                sev,
            )
        old = dict(self.boxes)
        changed = {uid for uid, b in new.items() if old.get(uid) != b} | (set(old) - set(new))
        self.boxes.clear()
        self.boxes.update(new)
        return changed


def _share(origin: dict[str, float] | None) -> dict[str, float]:
    if not origin:
        return {}
    s = sum(origin.values())
    return {k: round(v / s, 6) for k, v in sorted(origin.items()) if v > 1e-9} if s > 1e-9 else {}


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


def count_findings(controller: Any) -> dict[str, tuple[int, str]]:
    """Validator findings per unit: (count, worst severity), from the app's one validator run."""
    if getattr(controller, "plugins", None) is None or not hasattr(controller, "scenario"):
        return {}
    from .validation_service import unit_counts

    return unit_counts(controller)


def findings_per_unit(found: Any) -> dict[str, tuple[int, str]]:
    """Findings (with ``unit_ids`` and ``severity``) per unit: (count, worst severity)."""
    rank = {"info": 0, "warning": 1, "error": 2}
    out: dict[str, tuple[int, str]] = {}
    for f in found:
        for uid in getattr(f, "unit_ids", ()):
            n, sev = out.get(uid, (0, ""))
            if rank.get(f.severity, 0) >= rank.get(sev, -1):
                sev = f.severity
            out[uid] = (n + 1, sev)
    return out
