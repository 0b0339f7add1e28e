"""What the validators look things up in, kept current from the project's change events.

:class:`ScenarioIndex` holds the maps a rule needs to check *one* unit, person or
group without scanning the scenario: children by (raw) parent id, positions by
placement unit, units by leader position, positions by person, the rolled-up
count of forvaltning/tjenesteyting units below each unit. :meth:`ScenarioIndex.apply`
brings it up to date from a batch of :class:`~orgdesigner.model.Change` records
and returns a :class:`Dirty` record — what the batch touched — from which each
rule picks the keys it must check again.

The same index, built from scratch, serves a full run, so a rule has one code
path and the incremental result can be compared with a full one exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sortedcontainers import SortedKeyList

from ..model import Change, Project, Role, Scenario

ROLES = (Role.FORVALTNING, Role.TJENESTEYTING)


@dataclass
class Dirty:
    """What one batch of changes touched (ids as they were before *and* after)."""

    full: bool = False  # settings, locations, the scenario itself: check everything
    changed: set[str] = field(default_factory=set)  # units changed, added or removed
    appeared: set[str] = field(default_factory=set)  # units added or removed (their positions come or go)
    units: set[str] = field(default_factory=set)  # those and their old and new parents
    structural: set[str] = field(default_factory=set)  # added, removed or moved (subtrees change depth)
    positions: set[str] = field(default_factory=set)  # placement or position fields changed
    placed_in: set[str | None] = field(default_factory=set)  # old and new placement units of those
    persons: set[str] = field(default_factory=set)  # old and new persons of those, renamed persons
    origins: set[tuple[str, str | None]] = field(default_factory=set)  # old and new (source, old unit)
    sources: bool = False  # a source kommune's org changed (names in "not placed" messages)
    roles: set[str] = field(default_factory=set)  # units whose rolled role counts changed

    def __bool__(self) -> bool:
        return bool(
            self.full or self.units or self.positions or self.persons or self.sources or self.placed_in
        )


class ScenarioIndex:
    """Look-up maps of one scenario for the validators (see module docstring)."""

    def __init__(self, project: Project, scenario: Scenario) -> None:
        self.project = project
        self.scenario = scenario
        self.build()

    # -- full build ------------------------------------------------------------------
    def build(self) -> None:
        sc, positions = self.scenario, self.project.positions
        self.parent: dict[str, str | None] = {}
        self.kids: dict[str | None, set[str]] = {}
        self.leads: dict[str, set[str]] = {}  # leader position → units it leads
        self.lead_of: dict[str, str] = {}
        for uid, u in sc.units.items():
            self._unit_in(uid, u.parent_id, u.leader_position_id)
        self.order: dict[str, int] = {pid: n for n, pid in enumerate(positions)}
        for pid in sc.placements:
            self.order.setdefault(pid, len(self.order))
        self.unit_of: dict[str, str | None] = {}
        self.members: dict[str | None, set[str]] = {}
        for pid, pl in sc.placements.items():
            self.unit_of[pid] = pl.unit_id
            self.members.setdefault(pl.unit_id, set()).add(pid)
        units, placements = sc.units, sc.placements
        # the loops of _position_in and _refresh_unplaced, inlined for 50 000 positions
        person_of: dict[str, str | None] = {}
        held: dict[str, set[str]] = {}
        origin_of: dict[str, tuple[str, str | None]] = {}
        by_origin: dict[tuple[str, str | None], set[str]] = {}
        unplaced: dict[tuple[str, str | None], set[str]] = {}  # origin → positions not in a unit
        for pid, pos in positions.items():
            person = pos.person_id
            person_of[pid] = person
            if person:
                s = held.get(person)
                if s is None:
                    held[person] = {pid}
                else:
                    s.add(pid)
            key = (pos.source_id, pos.unit_id)
            origin_of[pid] = key
            s = by_origin.get(key)
            if s is None:
                by_origin[key] = {pid}
            else:
                s.add(pid)
            pl = placements.get(pid)
            if pl is None or pl.unit_id not in units:
                s = unplaced.get(key)
                if s is None:
                    unplaced[key] = {pid}
                else:
                    s.add(pid)
        self.person_of, self.held, self.origin_of, self.by_origin = person_of, held, origin_of, by_origin
        by_order = self.order.__getitem__
        self.unplaced = {k: SortedKeyList(v, key=by_order) for k, v in unplaced.items()}
        self.missing = {u for u in self.members if u is not None and u not in units}
        self.ghosts = set(sc.placements.keys() - positions.keys())
        self.tree_defects = False  # set by the integrity rule: cycles or units cut off
        self._rebuild_roles()

    def _unit_in(self, uid: str, parent: str | None, lead: str | None) -> None:
        self.parent[uid] = parent
        self.kids.setdefault(parent, set()).add(uid)
        if lead:
            self.leads.setdefault(lead, set()).add(uid)
            self.lead_of[uid] = lead

    def _unit_out(self, uid: str) -> None:
        parent = self.parent.pop(uid)
        _discard(self.kids, parent, uid)
        lead = self.lead_of.pop(uid, None)
        if lead:
            _discard(self.leads, lead, uid)

    def _position_in(self, pid: str, pos: Any) -> None:
        person = pos.person_id
        self.person_of[pid] = person
        if person:
            self.held.setdefault(person, set()).add(pid)
        key = (pos.source_id, pos.unit_id)
        self.origin_of[pid] = key
        self.by_origin.setdefault(key, set()).add(pid)

    def _refresh_unplaced(self, pid: str) -> None:
        """Keep ``unplaced[origin]`` = positions of that origin with no placement in an existing unit."""
        key = self.origin_of.get(pid)
        if key is None:
            return
        pl = self.scenario.placements.get(pid)
        if pl is None or pl.unit_id not in self.scenario.units:
            group = self.unplaced.get(key)
            if group is None:
                self.unplaced[key] = SortedKeyList([pid], key=self.order.__getitem__)
            elif pid not in group:
                group.add(pid)
        else:
            _discard(self.unplaced, key, pid)

    def _position_out(self, pid: str, d: Dirty) -> None:
        person = self.person_of.pop(pid, None)
        if person:
            _discard(self.held, person, pid)
            d.persons.add(person)
        key = self.origin_of.pop(pid, None)
        if key is not None:
            _discard(self.by_origin, key, pid)
            _discard(self.unplaced, key, pid)
            d.origins.add(key)

    def _rebuild_roles(self) -> None:
        """``below[u][role]``: units with that role strictly below ``u`` (units reachable from a root)."""
        self.below: dict[str, dict[str, int]] = {}
        units = self.scenario.units
        order = [u for u, x in units.items() if x.parent_id is None or x.parent_id not in units]
        for v in order:  # grows while iterating: a breadth-first walk of the forest
            order.extend(k for k in self.kids.get(v, ()) if k in units)
        for uid in reversed(order):
            self._sum_roles(uid, units)

    def _sum_roles(self, uid: str, units: dict) -> None:
        acc = {r: 0 for r in ROLES}
        for k in self.kids.get(uid, ()):
            if k == uid or k not in units:
                continue
            r = units[k].role
            if r in acc:
                acc[r] += 1
            for role, n in self.below.get(k, {}).items():
                acc[role] += n
        self.below[uid] = acc

    # -- reading ------------------------------------------------------------------------
    def children(self, uid: str | None) -> list[str]:
        """Children in the chart's order (sort order, name, id)."""
        units = self.scenario.units
        kids = [k for k in self.kids.get(uid, ()) if k in units]
        kids.sort(key=lambda i: (units[i].sort_order, units[i].name, i))
        return kids

    def chain(self, uid: str) -> list[str]:
        """``uid``'s ancestors up to its root; stops at a missing parent or a cycle."""
        units = self.scenario.units
        out: list[str] = []
        seen = {uid}
        cur = units[uid].parent_id if uid in units else None
        while cur is not None and cur in units and cur not in seen:
            out.append(cur)
            seen.add(cur)
            cur = units[cur].parent_id
        return out

    def reaches_root(self, uid: str) -> bool:
        """False for a unit in or below a parent cycle."""
        units = self.scenario.units
        seen: set[str] = set()
        cur: str | None = uid
        while cur is not None and cur in units:
            if cur in seen:
                return False
            seen.add(cur)
            cur = units[cur].parent_id
        return True

    def subtree(self, uid: str) -> list[str]:
        """``uid`` and every unit below it (cycle-safe)."""
        out, seen, stack = [], set(), [uid]
        while stack:
            v = stack.pop()
            if v in seen:
                continue
            seen.add(v)
            out.append(v)
            stack.extend(self.kids.get(v, ()))
        return out

    def in_order(self, pids: Iterable[str]) -> list[str]:
        """Position ids in the project's order (every id the index has seen has a number)."""
        return sorted(pids, key=self.order.__getitem__)

    # -- applying changes -----------------------------------------------------------------
    def apply(self, changes: list[Change]) -> Dirty:
        """Bring the maps up to date; what the batch touched."""
        d = Dirty()
        sid = self.scenario.id
        sc, project = self.scenario, self.project
        units, positions = sc.units, project.positions
        unit_ids: set[str] = set()
        pos_ids: set[str] = set()
        for ch in changes:
            k = ch.kind
            if k in ("settings", "location") or (k == "scenario" and sid in ch.ids):
                d.full = True
            elif k == "person":
                d.persons.update(ch.ids)
            elif k == "position":
                pos_ids.update(ch.ids)
            elif k == "source" or (k == "unit" and ch.org_id in project.sources):
                d.sources = True  # names and paths of old units in "not placed" messages
            elif ch.org_id != sid:
                continue
            elif k == "placement":
                pos_ids.update(ch.ids)
            elif k == "unit":
                unit_ids.update(ch.ids)
                if ch.action != "changed" or "parent_id" in ch.fields:
                    d.structural.update(ch.ids)
        if d.full or project.scenarios.get(sid) is not sc:
            self.build()
            d.full = True
            return d
        role_dirty: set[str] = set()
        came_or_went: set[str] = set()
        for uid in unit_ids:
            old_parent = self.parent.get(uid, "\x00")
            if (old_parent == "\x00") == (uid in units):
                came_or_went.add(uid)
                d.appeared.add(uid)
            if uid in self.parent:
                self._unit_out(uid)
            if uid in units:
                u = units[uid]
                self._unit_in(uid, u.parent_id, u.leader_position_id)
                new_parent = u.parent_id
            else:
                new_parent = "\x00"
                self.below.pop(uid, None)
            d.units.add(uid)
            d.changed.add(uid)
            for p in (old_parent, new_parent):
                if p != "\x00" and p is not None:
                    d.units.add(p)
                    role_dirty.add(p)
            role_dirty.add(uid)
            # positions placed in a unit that comes or goes change state (dangling / placed)
            d.placed_in.add(uid)
        for pid in pos_ids:
            pl = sc.placements.get(pid)
            old_unit = self.unit_of.get(pid, "\x00")
            new_unit = pl.unit_id if pl is not None else "\x00"
            if old_unit != "\x00":
                _discard(self.members, old_unit, pid)
                del self.unit_of[pid]
                d.placed_in.add(old_unit)
            if new_unit != "\x00":
                self.unit_of[pid] = new_unit
                self.members.setdefault(new_unit, set()).add(pid)
                d.placed_in.add(new_unit)
            self._position_out(pid, d)
            pos = positions.get(pid)
            if pos is not None or pid in sc.placements:
                self.order.setdefault(pid, len(self.order))
            if pos is not None:
                self._position_in(pid, pos)
                self._refresh_unplaced(pid)
                if pos.person_id:
                    d.persons.add(pos.person_id)
                d.origins.add(self.origin_of[pid])
            if pid in sc.placements and pos is None:
                self.ghosts.add(pid)
            else:
                self.ghosts.discard(pid)
            d.positions.add(pid)
        for x in d.placed_in:
            if x is not None and x not in units and self.members.get(x):
                self.missing.add(x)
            else:
                self.missing.discard(x)
        for x in came_or_went:  # a unit that comes or goes places or unplaces its positions
            for pid in self.members.get(x, ()):
                if pid not in pos_ids:
                    self._refresh_unplaced(pid)
                    d.origins.add(self.origin_of.get(pid, ("", None)))
        if role_dirty:
            self._update_roles(role_dirty, d)
        return d

    def _update_roles(self, touched: set[str], d: Dirty) -> None:
        """Re-sum rolled role counts along the chains above ``touched`` (bottom-up)."""
        units = self.scenario.units
        todo: dict[str, int] = {}
        for uid in touched:
            if uid in units:
                chain = [uid, *self.chain(uid)]
                for depth, a in enumerate(reversed(chain)):
                    todo[a] = max(todo.get(a, 0), depth)
        for uid in sorted(todo, key=todo.__getitem__, reverse=True):
            before = self.below.get(uid)
            self._sum_roles(uid, units)
            if before != self.below[uid]:
                d.roles.add(uid)
        d.roles.update(u for u in touched if u in units)


def _discard(index: dict, key: object, value: str) -> None:
    s = index.get(key)
    if s is not None:
        s.discard(value)
        if not s:
            del index[key]
