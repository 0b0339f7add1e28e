"""Headcount over a subtree, defined once: distinct persons, not the sum of the subunits' counts.

A person with positions in two units of one subtree counts once in it (DOMAIN.md:
a person can hold several positions). The metrics engine keeps this exactly
with its cover counts; a lighter structure that sums subunit totals (the chart
boxes) gets the same numbers with :class:`PersonUnits` and :func:`subtree_headcount`:
only persons placed in two or more units ("shared" persons) can be counted twice,
so each subtree carries the set of shared persons in it and the overlap is removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class PersonUnits:
    """Person → units holding their placed positions (with position counts)."""

    def __init__(self) -> None:
        self.units: dict[str, dict[str, int]] = {}

    @classmethod
    def from_unit_persons(cls, persons: Mapping[str, Mapping[str, int]]) -> PersonUnits:
        """From unit → person → positions (what a chart keeps per unit)."""
        out = cls()
        for uid, mine in persons.items():
            for person, n in mine.items():
                out.units.setdefault(person, {})[uid] = n
        return out

    def add(self, person: str, uid: str) -> None:
        d = self.units.setdefault(person, {})
        d[uid] = d.get(uid, 0) + 1

    def remove(self, person: str, uid: str) -> None:
        d = self.units.get(person)
        if d is None or uid not in d:
            return
        d[uid] -= 1
        if not d[uid]:
            del d[uid]
            if not d:
                del self.units[person]

    def shared(self, person: str) -> bool:
        """True when the person's positions sit in two or more units."""
        return len(self.units.get(person, ())) > 1

    def units_of(self, person: str) -> list[str]:
        return list(self.units.get(person, ()))


def subtree_headcount(
    own: Mapping[str, int] | Iterable[str],
    people: PersonUnits,
    kids: Iterable[tuple[int, frozenset[str]]],
) -> tuple[int, frozenset[str]]:
    """Distinct persons in a unit's subtree, and the shared persons in it.

    ``own`` are the persons placed in the unit itself; ``kids`` gives, for each
    direct subunit, what this function returned for it.
    """
    mine = {p for p in own if people.shared(p)}
    n = len(own) if isinstance(own, Mapping) else len(set(own))
    parts = len(mine)
    union = set(mine)
    for count, shared in kids:
        n += count
        parts += len(shared)
        union |= shared
    return n - (parts - len(union)), frozenset(union)
