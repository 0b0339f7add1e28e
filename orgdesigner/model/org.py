"""Organisation trees: a source kommune's as-is org and a scenario (alternativ).

An :class:`Org` owns its units; queries (children, ancestors, depth) use a
children index that is rebuilt lazily after structural edits.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .entities import Placement, Relation, Unit


@dataclass
class Org:
    """A tree of units. Roots have ``parent_id`` None."""

    id: str
    name: str
    units: dict[str, Unit] = field(default_factory=dict)
    attributes: dict[str, str] = field(default_factory=dict)
    _children: dict[str | None, list[str]] | None = field(default=None, init=False, repr=False, compare=False)

    kind = "org"

    # -- structure queries -------------------------------------------------
    def invalidate(self) -> None:
        """Forget the children index (call after parent/sort order changes)."""
        self._children = None

    def _index(self) -> dict[str | None, list[str]]:
        if self._children is None:
            idx: dict[str | None, list[str]] = {}
            for u in self.units.values():
                parent = u.parent_id if u.parent_id in self.units else None
                idx.setdefault(parent, []).append(u.id)
            units = self.units
            for ids in idx.values():
                ids.sort(key=lambda i: (units[i].sort_order, units[i].name, i))
            self._children = idx
        return self._children

    def children(self, unit_id: str | None) -> list[str]:
        """Ids of the direct children of ``unit_id`` (None: the roots), in order."""
        return list(self._index().get(unit_id, ()))

    def roots(self) -> list[str]:
        return self.children(None)

    def ancestors(self, unit_id: str) -> list[str]:
        """Ids from the parent of ``unit_id`` up to its root (cycle-safe)."""
        out: list[str] = []
        seen = {unit_id}
        cur = self.units[unit_id].parent_id
        while cur is not None and cur in self.units and cur not in seen:
            out.append(cur)
            seen.add(cur)
            cur = self.units[cur].parent_id
        return out

    def descendants(self, unit_id: str) -> list[str]:
        """Ids of all units below ``unit_id``, depth first, in order (each once, even
        in a damaged tree)."""
        out: list[str] = []
        seen = {unit_id}
        stack = list(reversed(self.children(unit_id)))
        while stack:
            uid = stack.pop()
            if uid in seen:
                continue
            seen.add(uid)
            out.append(uid)
            stack.extend(reversed(self.children(uid)))
        return out

    def walk(self) -> Iterator[tuple[str, int]]:
        """(unit id, depth) for every unit reachable from a root, depth first; each
        unit once, so a damaged tree (a unit id of None, a unit its own parent)
        cannot loop forever."""
        stack = [(r, 0) for r in reversed(self.roots())]
        seen: set[str | None] = set()
        while stack:
            uid, depth = stack.pop()
            if uid in seen:
                continue
            seen.add(uid)
            yield uid, depth
            stack.extend((c, depth + 1) for c in reversed(self.children(uid)))

    def depth(self, unit_id: str) -> int:
        return len(self.ancestors(unit_id))

    def path(self, unit_id: str, sep: str = " / ") -> str:
        """Names from the root down to the unit."""
        names = [self.units[a].name for a in reversed(self.ancestors(unit_id))]
        return sep.join([*names, self.units[unit_id].name])

    def is_descendant(self, unit_id: str, maybe_ancestor: str) -> bool:
        return maybe_ancestor in self.ancestors(unit_id)


@dataclass
class SourceKommune(Org):
    """An old kommune: its as-is organisation (its staff are in the project)."""

    number: str = ""  # kommunenummer, e.g. "3012"

    kind = "source"


@dataclass
class Scenario(Org):
    """An alternative target structure with its placements and dotted lines."""

    description: str = ""
    placements: dict[str, Placement] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    _by_unit: dict[str | None, list[str]] | None = field(default=None, init=False, repr=False, compare=False)

    kind = "scenario"

    def invalidate_placements(self) -> None:
        """Forget the unit → positions index (call after placement edits)."""
        self._by_unit = None

    def positions_in(self, unit_id: str) -> list[str]:
        """Ids of positions placed in ``unit_id`` (not below it)."""
        if self._by_unit is None:
            idx: dict[str | None, list[str]] = {}
            for p in self.placements.values():
                idx.setdefault(p.unit_id, []).append(p.position_id)
            self._by_unit = idx
        return list(self._by_unit.get(unit_id, ()))

    def unit_of(self, position_id: str) -> str | None:
        """The scenario unit a position is placed in, or None."""
        p = self.placements.get(position_id)
        return p.unit_id if p else None
