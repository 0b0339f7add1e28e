"""Search a scenario by unit name, person name, employee number and title (no Qt).

:class:`SearchIndex` keeps lower-cased text per unit and position and is
rebuilt lazily, so a search over 50 000 positions is a plain scan of strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _
from ..model import Project, Scenario


@dataclass(frozen=True)
class Hit:
    """One result: ``kind`` is "unit" or "position"; ``unit_id`` is where it sits (or None)."""

    kind: str
    id: str
    label: str
    detail: str
    unit_id: str | None
    rank: int  # 0 exact, 1 prefix, 2 word prefix, 3 substring


class SearchIndex:
    """Lower-cased search text for one scenario; call :meth:`invalidate` after edits."""

    def __init__(self, project: Project, scenario: Scenario | None) -> None:
        self.project = project
        self.scenario = scenario
        self._units: list[tuple[str, str]] | None = None
        self._positions: list[tuple[str, str, str]] | None = None

    def invalidate(self) -> None:
        self._units = None
        self._positions = None

    def _build(self) -> None:
        sc = self.scenario
        self._units = [(uid, u.name.lower()) for uid, u in sc.units.items()] if sc else []
        persons = self.project.persons
        rows: list[tuple[str, str, str]] = []
        for pid, pos in self.project.positions.items():
            person = persons.get(pos.person_id or "")
            name = person.name.lower() if person else ""
            number = person.employee_no.lower() if person else ""
            rows.append((pid, f"{name}\n{pos.title.lower()}\n{pos.code.lower()}", number))
        self._positions = rows

    def search(self, text: str, limit: int = 200) -> list[Hit]:
        """Units and positions matching every word of ``text``, best first."""
        words = text.lower().split()
        if not words:
            return []
        if self._units is None or self._positions is None:
            self._build()
        assert self._units is not None and self._positions is not None
        sc = self.scenario
        query = " ".join(words)
        found: list[tuple[int, int, str, str]] = []  # rank, order, kind, id
        for n, (uid, name) in enumerate(self._units):
            if all(w in name for w in words):
                found.append((_rank(name, query), n, "unit", uid))
        for n, (pid, hay, number) in enumerate(self._positions):
            if number and number == query:
                found.append((0, n, "position", pid))
            elif all(w in hay or (number and number.startswith(w)) for w in words):
                found.append((_rank(hay, query), n, "position", pid))
        found.sort()
        hits: list[Hit] = []
        for rank, _n, kind, item in found[:limit]:
            hits.append(self._hit(kind, item, rank, sc))
        return hits

    def _hit(self, kind: str, item: str, rank: int, sc: Scenario | None) -> Hit:
        if kind == "unit":
            assert sc is not None
            unit = sc.units[item]
            parent = sc.units.get(unit.parent_id or "")
            return Hit(
                "unit", item, unit.name, f"{unit.type}{' i ' + parent.name if parent else ''}", item, rank
            )
        pos = self.project.positions[item]
        person = self.project.persons.get(pos.person_id or "")
        label = f"{person.name} ({person.employee_no})" if person else f"Vakant ({pos.code})"
        unit_id = sc.unit_of(item) if sc else None
        where = sc.units[unit_id].name if sc and unit_id in sc.units else _("ikke plassert")
        return Hit("position", item, label, f"{pos.title} – {where}", unit_id, rank)


def _rank(hay: str, query: str) -> int:
    for line in hay.split("\n"):
        if line == query:
            return 0
        if line.startswith(query):
            return 1
    if f" {query}" in hay or f"\n{query}" in hay:
        return 2
    return 3
