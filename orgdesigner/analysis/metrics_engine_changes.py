"""How :class:`~.metrics_engine.MetricsEngine` applies the project's change events.

Changes are queued as they come and applied on the next read (``flush``):
units that are gone, units that are new (parents first), units that moved,
units whose location or leader changed, then positions whose placement or
fields changed. Each step reads the model's current state and compares it
with the engine's own copy (parent map, contributions), so a batch of changes
from one compound op is applied correctly in any order.
"""

from __future__ import annotations

from ..model import Change
from .graph import TOP

# fields of a position's contribution tuple (see MetricsEngine._make)
U, PERSON, FTE, SAL, VAC, REL, SRC, STATUS, T_AFTER, T_BEFORE, DANGLING = range(11)


class EngineChanges:
    """Mixin of MetricsEngine: change handling (the state lives in the engine)."""

    # attributes set by MetricsEngine
    _pending: list[Change]
    scenario_id: str
    parent: dict[str, str]
    kids: dict[str, set[str]]
    members: dict[str, set[str]]
    span: dict[str, int]
    _span_dirty: set[str]

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
            # positions placed here before the unit was known (possibly earlier in this same
            # batch, while a removed unit's members were re-read): each re-read drops its entry
            for pid in list(self.dangling.get(u, ())):
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
            self._count_led(u)
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
        self._count_led(uid)
        self._span_dirty.add(p)
