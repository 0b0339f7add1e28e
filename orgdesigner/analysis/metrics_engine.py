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

from collections import Counter
from typing import Any

from sortedcontainers import SortedList

from ..gcpause import gc_paused
from ..model import Change, Project, Scenario
from .graph import TOP, depths, hierarchy
from .metrics_acc import Acc, bump
from .metrics_engine_changes import (
    DANGLING,
    FTE,
    PERSON,
    T_BEFORE,
    EngineChanges,
    U,
)
from .metrics_engine_read import EngineReading
from .metrics_types import (
    NO_PLACEMENT,
    span_definition,
)
from .span import count_span


class MetricsEngine(EngineReading, EngineChanges):
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
        with gc_paused():  # the build makes ~100 000 small objects; collections would triple its time
            self._rebuild()

    def _rebuild(self) -> None:
        self._pending = []
        sc = self._scenario()
        self.definition = span_definition(self.project, self._override)
        self.parent: dict[str, str] = {}
        self.kids: dict[str, set[str]] = {TOP: set()}
        self.depth: dict[str, int] = {TOP: -1}
        self.own: dict[str, Acc] = {}
        self.rolled: dict[str, Acc] = {TOP: Acc()}
        self.members: dict[str, set[str]] = {}
        self.own_persons: dict[str, int] = {}
        self.leader: dict[str, str | None] = {}
        self.leads: dict[str, set[str]] = {}
        self.span: dict[str, int] = {}
        self.levels: Counter[int] = Counter()
        self.contrib: dict[str, tuple] = {}
        self.unplaced = Acc()
        self.unplaced_members: set[str] = set()
        self.dangling: dict[str, set[str]] = {}
        self.pu: dict[str, dict[str, int]] = {}  # person → placed unit → positions
        self.cover: dict[str, int] = {}
        self.all_persons: Counter[str] = Counter()
        self.unplaced_persons: Counter[str] = Counter()
        self.before_pos: dict[str, int] = {}
        self.before_fte: dict[str, int] = {}
        self._span_dirty: set[str] = set()
        self._led: dict[str, int] = {}  # unit with a leader → its span, as counted in led_spans
        self.led_spans: SortedList = SortedList()  # spans of units with a leader, kept sorted
        self.led_total = 0
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
        self._led = {u: s for u, s in self.span.items() if self.leader.get(u)}
        self.led_spans = SortedList(self._led.values())
        self.led_total = sum(self._led.values())

    def _insert(self, uid: str, parent: str, depth: int) -> None:
        self.parent[uid] = parent
        self.kids.setdefault(parent, set()).add(uid)
        self.kids.setdefault(uid, set())
        self.depth[uid] = depth
        self.levels[depth] += 1
        self.own[uid] = Acc()
        self.rolled[uid] = Acc()
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
            sal = round(pos.salary * pos.fte_percent)
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
            round(pos.salary * pos.fte_percent),
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
        bump(self.before_pos, c[T_BEFORE], s)
        bump(self.before_fte, c[T_BEFORE], fte * s)
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
                    waiting = self.dangling.get(dang)
                    if waiting is not None:
                        waiting.discard(pid)
                        if not waiting:
                            del self.dangling[dang]
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
    def _count_led(self, uid: str) -> None:
        """Keep :attr:`led_spans` in step with ``uid``'s span and leader (O(log n))."""
        want = self.span.get(uid) if uid in self.parent and self.leader.get(uid) else None
        have = self._led.get(uid)
        if want == have:
            return
        if have is not None:
            self.led_spans.remove(have)
            self.led_total -= have
            del self._led[uid]
        if want is not None:
            self.led_spans.add(want)
            self.led_total += want
            self._led[uid] = want

    def _compute_span(self, uid: str) -> int:
        units = self._scenario().units
        positions = self.project.positions

        def person(pid: str) -> str | None:
            pos = positions.get(pid)
            return (pos.person_id or None) if pos is not None else None

        kids = self.kids[uid]
        return count_span(
            self.definition,
            self.leader.get(uid),
            self.members[uid],
            [units[k].leader_position_id for k in kids],
            len(kids),
            person,
        )
