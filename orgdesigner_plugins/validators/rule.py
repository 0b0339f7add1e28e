"""What the built-in rules share: a category, and the keys an edit touched."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from orgdesigner.api import HOUSEKEEPING, PRINCIPLE, Dirty, ScenarioIndex, Validator

__all__ = ["HOUSEKEEPING", "PRINCIPLE", "Rule", "all_units", "led_by", "with_parents"]


@dataclass
class Rule(Validator):
    """A validator with a category: :data:`PRINCIPLE` (DOMAIN.md's principles) or housekeeping."""

    category: str = HOUSEKEEPING


def all_units(index: ScenarioIndex, settings: dict[str, Any]) -> Iterable[str]:
    return list(index.scenario.units)


def with_parents(index: ScenarioIndex, units: Iterable[str | None]) -> set[str]:
    """``units`` (also those just removed: their findings must go) and the parents of those that exist."""
    known = index.scenario.units
    out: set[str] = set()
    for u in units:
        if u is not None:
            out.add(u)
        if u in known:
            p = known[u].parent_id
            if p in known:
                out.add(p)
    return out


def led_by(index: ScenarioIndex, positions: Iterable[str]) -> set[str]:
    """Units whose leader position is one of ``positions``."""
    return {u for p in positions for u in index.leads.get(p, ())}


def positions_of(index: ScenarioIndex, dirty: Dirty) -> set[str]:
    """Dirty positions, the positions of renamed or removed units, and of changed persons."""
    out = set(dirty.positions)
    for u in dirty.changed:
        out.update(index.members.get(u, ()))
    for person in dirty.persons:
        out.update(index.held.get(person, ()))
    return out
