"""Incremental metrics of one scenario.

:class:`MetricsEngine` builds every figure once (bottom-up over the hierarchy
from :mod:`.graph`), then subscribes to the project's :class:`Change` events
and, on the next read, applies only what changed: a position that moves is
taken out of its old unit and the old unit's ancestors and put into the new
ones; a unit that moves takes its rolled-up figures from its old ancestors to
its new ones. Sums are kept as integers (FTE in hundredths of a percent,
salary in øre), so the incremental figures are *identical* to a full build.

Headcount counts distinct persons: a person whose positions all sit in one
unit counts in that unit's ``single`` tally (rolled up like any sum); a person
spread over several units marks once every unit that covers any of them.
"""

from __future__ import annotations

import gc
from collections import Counter
from typing import Any

from ..model import Change, Project, Scenario
from .graph import TOP, depths, hierarchy
from .metrics_types import (
    NO_PLACEMENT,
    Figures,
    ScenarioMetrics,
    UnitMetrics,
    span_definition,
)

# fields of a contribution tuple
U, PERSON, FTE, SAL, VAC, REL, SRC, STATUS, T_AFTER, T_BEFORE, DANGLING = range(11)


class _Acc:
    """Integer sums for one unit (own or rolled up)."""

    __slots__ = (
        "positions",
        "single",
        "fte",
        "salary",
        "vacancies",
        "relocated",
        "origin",
        "status",
        "terr",
        "terr_fte",
    )

    def __init__(self) -> None:
        self.positions = self.single = self.fte = self.salary = self.vacancies = self.relocated = 0
        self.origin: dict[str, int] = {}
        self.status: dict[str, int] = {}
        self.terr: dict[str, int] = {}
        self.terr_fte: dict[str, int] = {}

    def add(self, c: tuple, s: int) -> None:
        """Add (s=1) or remove (s=-1) one position's contribution."""
        self.positions += s
        f = c[FTE] * s
        self.fte += f
        self.salary += c[SAL] * s
        self.vacancies += c[VAC] * s
        self.relocated += c[REL] * s
        _bump(self.origin, c[SRC], f)
        _bump(self.status, c[STATUS], s)
        if c[U] is not None:
            _bump(self.terr, c[T_AFTER], s)
            _bump(self.terr_fte, c[T_AFTER], f)

    def merge(self, other: _Acc, s: int) -> None:
        """Add (s=1) or remove (s=-1) another record's sums."""
        self.positions += other.positions * s
        self.single += other.single * s
        self.fte += other.fte * s
        self.salary += other.salary * s
        self.vacancies += other.vacancies * s
        self.relocated += other.relocated * s
        for mine, theirs in (
            (self.origin, other.origin),
            (self.status, other.status),
            (self.terr, other.terr),
            (self.terr_fte, other.terr_fte),
        ):
            for k, v in theirs.items():
                _bump(mine, k, v * s)

    def figures(self, persons: int) -> Figures:
        return Figures(
            positions=self.positions,
            persons=persons,
            fte=self.fte / 10000,
            salary=self.salary / 100,
            vacancies=self.vacancies,
            relocated=self.relocated,
            origin_fte={k: v / 10000 for k, v in sorted(self.origin.items())},
            status=dict(sorted(self.status.items())),
            territory_positions=dict(sorted(self.terr.items())),
            territory_fte={k: v / 10000 for k, v in sorted(self.terr_fte.items())},
        )


def _bump(d: dict[str, int], k: str, v: int) -> None:
    n = d.get(k, 0) + v
    if n:
        d[k] = n
    else:
        d.pop(k, None)


class MetricsEngine:
    """Metrics of ``scenario_id`` kept up to date from the project's change events.

    Read :meth:`snapshot` (everything), :meth:`key_figures` or :meth:`unit`;
    pending changes are applied on the next read. Call :meth:`close` to stop
    listening.
    """

    def __init__(
        self, project: Project, scenario_id: str, definition: str | None = None, listen: bool = True
    ):
        self.project = project
        self.scenario_id = scenario_id
        self._override = definition
        self._pending: list[Change] = []
        self._listening = listen
        if listen:
            project.subscribe(self._on_change)
        self.rebuild()

    def close(self) -> None:
        if self._listening:
            self.project.unsubscribe(self._on_change)
            self._listening = False

    # -- full build ------------------------------------------------------------
    def _scenario(self) -> Scenario | None:
        return self.project.scenarios.get(self.scenario_id)

    def rebuild(self) -> None:
        """Compute everything from scratch."""
        enabled = gc.isenabled()
        gc.disable()  # the build makes ~100 000 small objects; collections would triple its time
        try:
            self._rebuild()
        finally:
            if enabled:
                gc.enable()

    def _rebuild(self) -> None:
        self._pending = []
        sc = self._scenario()
        self.definition = span_definition(self.project, self._override)
        self.parent: dict[str, str] = {}
        self.kids: dict[str, set[str]] = {TOP: set()}
        self.depth: dict[str, int] = {TOP: -1}
        self.own: dict[str, _Acc] = {}
        self.rolled: dict[str, _Acc] = {TOP: _Acc()}
        self.members: dict[str, set[str]] = {}
        self.own_persons: dict[str, int] = {}
        self.leader: dict[str, str | None] = {}
        self.leads: dict[str, set[str]] = {}
        self.span: dict[str, int] = {}
        self.levels: Counter[int] = Counter()
        self.contrib: dict[str, tuple] = {}
        self.unplaced = _Acc()
        self.unplaced_members: set[str] = set()
        self.dangling: dict[str, set[str]] = {}
        self.pu: dict[str, dict[str, int]] = {}  # person → placed unit → positions
        self.cover: dict[str, int] = {}
        self.all_persons: Counter[str] = Counter()
        self.unplaced_persons: Counter[str] = Counter()
        self.before_pos: dict[str, int] = {}
        self.before_fte: dict[str, int] = {}
        self._span_dirty: set[str] = set()
        if sc is None:
            return
        units = sc.units
        g = hierarchy(sc)
        dep = depths(sc, g)
        for uid in units:  # units in or below a parent cycle hang under TOP
            d = dep.get(uid)
            if d is None:
                self._insert(uid, TOP, 0)
            else:
                self._insert(uid, units[uid].parent_id if d > 0 else TOP, d)
        self._build_contributions(sc)
        for p, cnts in self.pu.items():
            self._person_in(p, cnts, chains=False)
        for uid in sorted(self.parent, key=self.depth.__getitem__, reverse=True):
            r = self.rolled[uid]
            r.merge(self.own[uid], 1)
            self.rolled[self.parent[uid]].merge(r, 1)
        for cnts in self.pu.values():
            if len(cnts) > 1:
                for a in self._cover_chain(cnts):
                    self.cover[a] = self.cover.get(a, 0) + 1
        for uid in self.parent:
            self.span[uid] = self._compute_span(uid)
        self._span_dirty = set()

    def _insert(self, uid: str, parent: str, depth: int) -> None:
        self.parent[uid] = parent
        self.kids.setdefault(parent, set()).add(uid)
        self.kids.setdefault(uid, set())
        self.depth[uid] = depth
        self.levels[depth] += 1
        self.own[uid] = _Acc()
        self.rolled[uid] = _Acc()
        self.members[uid] = set()
        self.own_persons[uid] = 0
        lead = self._scenario().units[uid].leader_position_id
        self.leader[uid] = lead
        if lead:
            self.leads.setdefault(lead, set()).add(uid)

    def _fix_depths(self, uid: str) -> None:
        """Set depths of ``uid``'s subtree from its parent's depth; keep level counts."""
        stack = [uid]
        while stack:
            v = stack.pop()
            d = self.depth[self.parent[v]] + 1
            if self.depth.get(v) != d:
                self.levels[self.depth[v]] -= 1
                if not self.levels[self.depth[v]]:
                    del self.levels[self.depth[v]]
                self.depth[v] = d
                self.levels[d] += 1
            stack.extend(self.kids[v])

    def _build_contributions(self, sc: Scenario) -> None:
        """The full build's hot loop: :meth:`_make` and :meth:`_apply` inlined, no chains."""
        positions, placements = self.project.positions, sc.placements
        terr_of = {lid: loc.territory for lid, loc in self.project.locations.items()}
        unit_loc = {uid: u.location_id for uid, u in sc.units.items()}
        own, members, contrib, pu, own_persons = (
            self.own,
            self.members,
            self.contrib,
            self.pu,
            self.own_persons,
        )
        bpos, bfte = self.before_pos, self.before_fte
        allp: dict[str, int] = {}
        for pid, pos in positions.items():
            pl = placements.get(pid)
            old = pos.work_place_id
            tb = terr_of.get(old, "") if old else ""
            person = pos.person_id or None
            fte = round(pos.fte_percent * 100)
            sal = round(pos.salary * 100)
            src = pos.source_id
            raw = pl.unit_id if pl is not None else None
            if raw is not None and raw in own:
                new = pl.work_place_id or unit_loc[raw]
                rel = 1 if new and old and new != old else 0
                ta = terr_of.get(new, "") if new else ""
                c = (raw, person, fte, sal, 0 if person else 1, rel, src, pl.status, ta, tb, None)
            else:
                status = pl.status if pl is not None else NO_PLACEMENT
                c = (None, person, fte, sal, 0 if person else 1, 0, src, status, "", tb, raw)
                contrib[pid] = c
                self._apply(pid, c, 1, chains=False)
                continue
            contrib[pid] = c
            bpos[tb] = bpos.get(tb, 0) + 1
            if person:
                allp[person] = allp.get(person, 0) + 1
            acc = own[raw]
            acc.positions += 1
            acc.fte += fte
            acc.salary += sal
            acc.relocated += rel
            if not person:
                acc.vacancies += 1
            if fte:
                bfte[tb] = bfte.get(tb, 0) + fte
                d = acc.origin
                d[src] = d.get(src, 0) + fte
                d = acc.terr_fte
                d[ta] = d.get(ta, 0) + fte
            d = acc.status
            d[pl.status] = d.get(pl.status, 0) + 1
            d = acc.terr
            d[ta] = d.get(ta, 0) + 1
            members[raw].add(pid)
            if person:
                cnts = pu.get(person)
                if cnts is None:
                    pu[person] = {raw: 1}
                    own_persons[raw] += 1
                else:
                    n = cnts.get(raw, 0)
                    cnts[raw] = n + 1
                    if not n:
                        own_persons[raw] += 1
        self.all_persons.update(allp)
        self._span_dirty = set()

    def _make(self, pid: str, pos: Any, sc: Scenario) -> tuple:
        pl = sc.placements.get(pid)
        raw = pl.unit_id if pl is not None else None
        u = raw if raw is not None and raw in self.own and raw in sc.units else None
        locs = self.project.locations
        old = pos.work_place_id
        loc = locs.get(old) if old else None
        t_before = loc.territory if loc is not None else ""
        person = pos.person_id or None
        if u is not None:
            new = pl.work_place_id or sc.units[u].location_id
            rel = 1 if new and old and new != old else 0
            loc = locs.get(new) if new else None
            t_after = loc.territory if loc is not None else ""
        else:
            rel, t_after = 0, ""
        return (
            u,
            person,
            round(pos.fte_percent * 100),
            round(pos.salary * 100),
            0 if person else 1,
            rel,
            pos.source_id,
            pl.status if pl is not None else NO_PLACEMENT,
            t_after,
            t_before,
            raw if u is None else None,
        )

    # -- applying contributions ----------------------------------------------------
    def _chain(self, uid: str) -> list[str]:
        out = []
        parent = self.parent
        while uid != TOP:
            out.append(uid)
            uid = parent[uid]
        out.append(TOP)
        return out

    def _cover_chain(self, units: Any) -> set[str]:
        out: set[str] = set()
        parent = self.parent
        for uid in units:
            while uid not in out:
                out.add(uid)
                if uid == TOP:
                    break
                uid = parent[uid]
        return out

    def _apply(self, pid: str, c: tuple, s: int, chains: bool = True) -> None:
        u = c[U]
        person = c[PERSON]
        fte = c[FTE]
        _bump(self.before_pos, c[T_BEFORE], s)
        _bump(self.before_fte, c[T_BEFORE], fte * s)
        if person:
            self.all_persons[person] += s
            if not self.all_persons[person]:
                del self.all_persons[person]
        if u is None:
            self.unplaced.add(c, s)
            if s > 0:
                self.unplaced_members.add(pid)
            else:
                self.unplaced_members.discard(pid)
            if person:
                self.unplaced_persons[person] += s
                if not self.unplaced_persons[person]:
                    del self.unplaced_persons[person]
            dang = c[DANGLING]
            if dang is not None:
                if s > 0:
                    self.dangling.setdefault(dang, set()).add(pid)
                else:
                    self.dangling[dang].discard(pid)
            return
        self.own[u].add(c, s)
        if s > 0:
            self.members[u].add(pid)
        else:
            self.members[u].discard(pid)
        self._span_dirty.add(u)
        if chains:
            rolled = self.rolled
            for a in self._chain(u):
                rolled[a].add(c, s)
        if person:
            cnts = self.pu.setdefault(person, {})
            n = cnts.get(u, 0)
            if chains and (n == 0 or (n == 1 and s < 0)):
                self._person_out(person, cnts)
            if n + s:
                cnts[u] = n + s
            else:
                del cnts[u]
            if n == 0 or n + s == 0:
                self.own_persons[u] += s
                if chains:
                    self._person_in(person, cnts)
            if not cnts:
                del self.pu[person]

    def _person_out(self, person: str, cnts: dict[str, int]) -> None:
        self._person_tally(person, cnts, -1, True)

    def _person_in(self, person: str, cnts: dict[str, int], chains: bool = True) -> None:
        self._person_tally(person, cnts, 1, chains)

    def _person_tally(self, person: str, cnts: dict[str, int], s: int, chains: bool) -> None:
        if len(cnts) == 1:
            (u,) = cnts
            self.own[u].single += s
            if chains:
                for a in self._chain(u):
                    self.rolled[a].single += s
        elif len(cnts) > 1 and chains:
            for a in self._cover_chain(cnts):
                n = self.cover.get(a, 0) + s
                if n:
                    self.cover[a] = n
                else:
                    del self.cover[a]

    def _recontribute(self, pid: str) -> None:
        old = self.contrib.pop(pid, None)
        if old is not None:
            self._apply(pid, old, -1)
        pos = self.project.positions.get(pid)
        sc = self._scenario()
        if pos is not None and sc is not None:
            c = self._make(pid, pos, sc)
            self.contrib[pid] = c
            self._apply(pid, c, 1)

    # -- spans ------------------------------------------------------------------------
    def _compute_span(self, uid: str) -> int:
        units = self._scenario().units
        lead = self.leader.get(uid)
        d = self.definition
        by_person = d.startswith("persons")
        reports: set[str] = set()
        if by_person:
            positions = self.project.positions
            lead_person = positions[lead].person_id if lead in positions else None
            for pid in self.members[uid]:
                person = self.contrib[pid][PERSON]
                if pid != lead and (person is None or person != lead_person):
                    reports.add(person or pid)
        else:
            reports.update(self.members[uid])
            reports.discard(lead)
        if d.endswith("subunit_leaders"):
            for k in self.kids[uid]:
                kl = units[k].leader_position_id
                if kl and kl != lead:
                    if by_person:
                        pos = self.project.positions.get(kl)
                        reports.add((pos.person_id if pos else None) or kl)
                    else:
                        reports.add(kl)
        elif d.endswith("subunits"):
            return len(reports) + len(self.kids[uid])
        return len(reports)

    # -- change events ------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        self._pending.append(change)

    def flush(self) -> None:
        """Apply pending changes (called by every read)."""
        if not self._pending:
            self._update_spans()
            return
        changes, self._pending = self._pending, []
        sid = self.scenario_id
        structural: set[str] = set()
        moved: set[str] = set()
        located: set[str] = set()
        leaders: set[str] = set()
        positions: set[str] = set()
        for ch in changes:
            k = ch.kind
            if k in ("location", "settings") or (k == "scenario" and sid in ch.ids):
                return self.rebuild()
            if k == "position":
                positions.update(ch.ids)
            elif ch.org_id != sid:
                continue
            elif k == "placement":
                positions.update(ch.ids)
            elif k == "unit":
                if ch.action != "changed":
                    structural.update(ch.ids)
                else:
                    if "parent_id" in ch.fields:
                        moved.update(ch.ids)
                    if "location_id" in ch.fields:
                        located.update(ch.ids)
                    if "leader_position_id" in ch.fields:
                        leaders.update(ch.ids)
        sc = self._scenario()
        if sc is None:
            return self.rebuild()
        units = sc.units
        # units that are gone: their positions fall out, their orphaned kids become roots
        gone = [u for u in structural if u in self.parent and u not in units]
        for u in sorted(gone, key=self.depth.__getitem__, reverse=True):
            for pid in list(self.members[u]):
                self._recontribute(pid)
            for k in list(self.kids[u]):
                self._move(k, TOP)
            self._remove(u)
        # units that are new: parents first
        new = [u for u in structural if u in units and u not in self.parent]
        for u in sorted(new, key=sc.depth):
            p = units[u].parent_id
            p = p if p in self.parent else TOP
            self._insert(u, p, self.depth[p] + 1)
            self._span_dirty.update((u, p))
            for pid in list(self.dangling.pop(u, ())):
                self._recontribute(pid)
        for u in moved | structural:
            if u not in self.parent or u not in units:
                continue
            p = units[u].parent_id
            p = p if p in self.parent and p != u else TOP
            if p != self.parent[u]:
                if u in self._chain(p):
                    return self.rebuild()  # a parent cycle: let the full build sort it out
                self._move(u, p)
        for u in located:
            if u in self.members:
                for pid in list(self.members[u]):
                    self._recontribute(pid)
        for u in leaders:
            if u in self.parent:
                old = self.leader.get(u)
                if old:
                    self.leads.get(old, set()).discard(u)
                lead = units[u].leader_position_id
                self.leader[u] = lead
                if lead:
                    self.leads.setdefault(lead, set()).add(u)
                self._span_dirty.update((u, self.parent[u]))
        for pid in positions:
            self._recontribute(pid)
            for u in self.leads.get(pid, ()):
                if u in self.parent:
                    self._span_dirty.update((u, self.parent[u]))
        self._update_spans()

    def _update_spans(self) -> None:
        for u in self._span_dirty:
            if u in self.parent:
                self.span[u] = self._compute_span(u)
        self._span_dirty = set()

    def _subtree(self, uid: str) -> list[str]:
        out, stack = [], [uid]
        while stack:
            v = stack.pop()
            out.append(v)
            stack.extend(self.kids[v])
        return out

    def _move(self, uid: str, new_parent: str) -> None:
        """Hang ``uid`` (with its subtree) under ``new_parent``."""
        multi = {p for v in self._subtree(uid) for pid in self.members[v] if (p := self.contrib[pid][PERSON])}
        multi = {p for p in multi if len(self.pu.get(p, ())) > 1}
        for p in multi:
            self._person_out(p, self.pu[p])
        old = self.parent[uid]
        r = self.rolled[uid]
        for a in self._chain(old):
            self.rolled[a].merge(r, -1)
        self.kids[old].discard(uid)
        self.parent[uid] = new_parent
        self.kids[new_parent].add(uid)
        for a in self._chain(new_parent):
            self.rolled[a].merge(r, 1)
        for p in multi:
            self._person_in(p, self.pu[p])
        self._fix_depths(uid)
        self._span_dirty.update((old, new_parent))

    def _remove(self, uid: str) -> None:
        """Drop an (emptied, childless) unit."""
        p = self.parent.pop(uid)
        self.kids[p].discard(uid)
        del self.kids[uid]
        d = self.depth.pop(uid)
        self.levels[d] -= 1
        if not self.levels[d]:
            del self.levels[d]
        for m in (self.own, self.rolled, self.members, self.own_persons, self.span):
            m.pop(uid, None)
        lead = self.leader.pop(uid, None)
        if lead:
            self.leads.get(lead, set()).discard(uid)
        self._span_dirty.add(p)

    # -- reading ------------------------------------------------------------------------
    def persons_rolled(self, uid: str) -> int:
        return self.rolled[uid].single + self.cover.get(uid, 0)

    def unit(self, uid: str) -> UnitMetrics:
        """Metrics of one unit."""
        self.flush()
        return self._unit_metrics(uid)

    def _unit_metrics(self, uid: str) -> UnitMetrics:
        p = self.parent[uid]
        return UnitMetrics(
            unit_id=uid,
            parent_id=None if p == TOP else p,
            depth=self.depth[uid],
            leader_position_id=self.leader.get(uid),
            span=self.span[uid],
            own=self.own[uid].figures(self.own_persons[uid]),
            total=self.rolled[uid].figures(self.persons_rolled(uid)),
        )

    def snapshot(self) -> ScenarioMetrics:
        """Every figure of the scenario as plain records."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._snapshot()
        finally:
            if enabled:
                gc.enable()

    def _snapshot(self) -> ScenarioMetrics:
        self.flush()
        units = {}
        sc = self._scenario()
        for uid in sc.units if sc else ():
            if uid in self.parent:
                units[uid] = self._unit_metrics(uid)
        return ScenarioMetrics(
            scenario_id=self.scenario_id,
            span_definition=self.definition,
            units=units,
            totals=self.rolled[TOP].figures(self.persons_rolled(TOP)),
            unplaced=self.unplaced.figures(len(self.unplaced_persons)),
            persons_total=len(self.all_persons),
            units_per_level=[self.levels[d] for d in range(len(self.levels))],
            balance_before=_balance(self.before_pos, self.before_fte),
            balance_after=_balance(self.rolled[TOP].terr, self.rolled[TOP].terr_fte),
        )

    def balance(self) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
        """Positions and FTE per territory: (old work places, new work places of placed positions)."""
        self.flush()
        top = self.rolled[TOP]
        return _balance(self.before_pos, self.before_fte), _balance(top.terr, top.terr_fte)

    def leader_spans(self) -> dict[str, int]:
        """Span per unit that has a leader position (after pending edits)."""
        self.flush()
        return {u: s for u, s in self.span.items() if self.leader.get(u)}

    def key_figures(self) -> dict[str, Any]:
        """Headline figures without building every unit record (cheap after an edit)."""
        self.flush()
        m = ScenarioMetrics(
            scenario_id=self.scenario_id,
            span_definition=self.definition,
            units={},
            totals=self.rolled[TOP].figures(self.persons_rolled(TOP)),
            unplaced=self.unplaced.figures(len(self.unplaced_persons)),
            persons_total=len(self.all_persons),
            units_per_level=[self.levels[d] for d in range(len(self.levels))],
            balance_before={},
            balance_after={},
        )
        out = m.key_figures()
        spans = sorted(s for u, s in self.span.items() if self.leader.get(u))
        out["units"] = len(self.parent)
        out["leaders"] = len(spans)
        out["span_mean"] = round(sum(spans) / len(spans), 2) if spans else 0.0
        out["span_max"] = spans[-1] if spans else 0
        n = len(spans)
        out["span_median"] = float((spans[(n - 1) // 2] + spans[n // 2]) / 2) if spans else 0.0
        return out


def _balance(pos: dict[str, int], fte: dict[str, int]) -> dict[str, dict[str, float]]:
    return {k: {"positions": pos[k], "fte": fte.get(k, 0) / 10000} for k in sorted(pos)}
