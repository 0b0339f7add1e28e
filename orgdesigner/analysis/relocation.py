"""Lokalisering: where placed positions will work, who changes work place, and the
balance of jobs between the old kommuner's territories. No Qt.

Definitions (shared with the metrics in ``analysis/metrics.py``):

* a position's *new work place* is its placement's ``work_place_id`` or else the
  location of the unit it is placed in; None when neither is set;
* a position is *relocated* when it is placed, both its old work place
  (``position.work_place_id``) and its new one are known, and they differ —
  the same rule as ``analysis.metrics.is_relocated``; a placed position with an
  unknown place on either side is counted apart (:class:`Summary`);
* a job's *territory* is the old kommune whose territory its work place lies in
  (``location.territory``), "" when the place or its territory is unknown.
  Before: the old work place (every position). After: the new work place
  (placed positions); positions not placed are counted in their own row, so
  both sides add up to all positions. The placed rows equal the balance in
  ``analysis.metrics``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _
from ..model import Project, Scenario
from .placement import placed_unit

UNKNOWN = ""  # key for an unknown place or territory
NOT_PLACED = "(ikke plassert)"  # key in the territory table's "after" side


def new_work_place(project: Project, scenario: Scenario, position_id: str) -> str | None:
    """The new work place (location id) of a placed position, or None."""
    unit_id = placed_unit(scenario, position_id)
    if unit_id is None:
        return None
    pl = scenario.placements[position_id]
    if pl.work_place_id:
        return pl.work_place_id
    return scenario.units[unit_id].location_id or None


def old_work_place(project: Project, position_id: str) -> str | None:
    return project.positions[position_id].work_place_id or None


@dataclass
class Move:
    """One placed position and its old and new work place."""

    position_id: str
    unit_id: str
    old_place: str | None
    new_place: str | None
    fte: float

    @property
    def relocated(self) -> bool:
        return bool(self.old_place and self.new_place and self.old_place != self.new_place)

    @property
    def unknown(self) -> bool:
        """Old or new work place not known (so whether it moves is not known)."""
        return not (self.old_place and self.new_place)


def moves(project: Project, scenario: Scenario) -> list[Move]:
    """Every placed position with its old and new work place, in project order."""
    out = []
    placements = scenario.placements
    units = scenario.units
    for pid, pos in project.positions.items():
        pl = placements.get(pid)
        if pl is None:
            continue
        unit_id = pl.unit_id
        if unit_id is None or unit_id not in units:
            continue
        new = pl.work_place_id or units[unit_id].location_id or None
        out.append(Move(pid, unit_id, pos.work_place_id or None, new, pos.fte_percent / 100.0))
    return out


def relocated(project: Project, scenario: Scenario, ms: list[Move] | None = None) -> list[Move]:
    """Placed positions whose work place changes (``ms``: :func:`moves`, if already computed)."""
    return [m for m in (moves(project, scenario) if ms is None else ms) if m.relocated]


@dataclass
class UnitImpact:
    """Relocation figures for one scenario unit (its own positions, not the subtree)."""

    unit_id: str
    placed: int = 0
    relocated: int = 0
    fte_placed: float = 0.0
    fte_relocated: float = 0.0
    unknown: int = 0  # placed, but the old or new work place is not known

    @property
    def known(self) -> int:
        """Placed positions whose old and new work place are both known."""
        return self.placed - self.unknown

    @property
    def share(self) -> float | None:
        """Share of the known ones that change work place; None when none is known
        (a unit without a location is "unknown", not "0 % change")."""
        return self.relocated / self.known if self.known else None


def per_unit(project: Project, scenario: Scenario, ms: list[Move] | None = None) -> list[UnitImpact]:
    """Placed and relocated positions per unit, in chart order (units with no placed position too)."""
    rows = {uid: UnitImpact(uid) for uid, _ in scenario.walk()}
    for m in moves(project, scenario) if ms is None else ms:
        row = rows.setdefault(m.unit_id, UnitImpact(m.unit_id))
        row.placed += 1
        row.fte_placed += m.fte
        if m.unknown:
            row.unknown += 1
        elif m.relocated:
            row.relocated += 1
            row.fte_relocated += m.fte
    return list(rows.values())


@dataclass
class PlacePair:
    """Positions going from one old work place to one new work place."""

    old_place: str | None
    new_place: str | None
    positions: int = 0
    fte: float = 0.0

    @property
    def relocated(self) -> bool:
        return bool(self.old_place and self.new_place and self.old_place != self.new_place)


def place_table(
    project: Project, scenario: Scenario, *, only_relocated: bool = False, ms: list[Move] | None = None
) -> list[PlacePair]:
    """The old place → new place table over placed positions, largest first."""
    pairs: dict[tuple[str | None, str | None], PlacePair] = {}
    for m in moves(project, scenario) if ms is None else ms:
        if only_relocated and not m.relocated:
            continue
        key = (m.old_place, m.new_place)
        pair = pairs.get(key)
        if pair is None:
            pair = pairs[key] = PlacePair(*key)
        pair.positions += 1
        pair.fte += m.fte
    return sorted(
        pairs.values(),
        key=lambda p: (-p.positions, place_name(project, p.old_place), place_name(project, p.new_place)),
    )


def place_name(project: Project, location_id: str | None) -> str:
    if not location_id:
        return _("(ukjent)")
    loc = project.locations.get(location_id)
    return loc.name if loc else _("(ukjent: {id})").format(id=location_id)


def territory_of(project: Project, location_id: str | None) -> str:
    """Source kommune id whose territory the location lies in, or "" when unknown."""
    loc = project.locations.get(location_id or "")
    return loc.territory if loc and loc.territory else UNKNOWN


@dataclass
class TerritoryRow:
    """Jobs (positions and FTE) on one old kommune's territory, before and after."""

    territory: str  # source id, UNKNOWN or NOT_PLACED
    positions_before: int = 0
    fte_before: float = 0.0
    positions_after: int = 0
    fte_after: float = 0.0

    @property
    def change(self) -> int:
        return self.positions_after - self.positions_before

    @property
    def fte_change(self) -> float:
        return self.fte_after - self.fte_before


def territories(project: Project, scenario: Scenario, ms: list[Move] | None = None) -> list[TerritoryRow]:
    """Jobs per old kommune's territory before and after (sources first, then unknown, not placed).

    Totals are equal on both sides: every position counts once before and once after.
    ``ms``: :func:`moves`, if already computed.
    """
    if ms is None:
        ms = moves(project, scenario)
    new_place = {m.position_id: m.new_place for m in ms}
    terr: dict[str | None, str] = {}  # location id → territory, looked up once per place

    def territory(location_id: str | None) -> str:
        t = terr.get(location_id)
        if t is None:
            t = terr[location_id] = territory_of(project, location_id)
        return t

    rows: dict[str, TerritoryRow] = {sid: TerritoryRow(sid) for sid in project.sources}
    for pid, pos in project.positions.items():
        fte = pos.fte_percent / 100.0
        before = territory(pos.work_place_id)
        row = rows.get(before)
        if row is None:
            row = rows[before] = TerritoryRow(before)
        row.positions_before += 1
        row.fte_before += fte
        after = territory(new_place[pid]) if pid in new_place else NOT_PLACED
        row = rows.get(after)
        if row is None:
            row = rows[after] = TerritoryRow(after)
        row.positions_after += 1
        row.fte_after += fte
    order = [*project.sources, UNKNOWN, NOT_PLACED]
    rank = {k: n for n, k in enumerate(order)}
    return sorted(rows.values(), key=lambda r: (rank.get(r.territory, len(order)), r.territory))


def territory_name(project: Project, territory: str) -> str:
    if territory == NOT_PLACED:
        return _("Ikke plassert")
    if territory == UNKNOWN:
        return _("(ukjent)")
    src = project.sources.get(territory)
    return src.name if src else territory


@dataclass
class Summary:
    """Headline figures of the relocation impact."""

    placed: int
    relocated: int
    fte_relocated: float
    unknown_new_place: int  # placed positions with no new work place set
    unknown_old_place: int  # placed positions with no old work place recorded
    unknown: int = 0  # placed positions with either unknown (counted once; not "changes")

    @property
    def known(self) -> int:
        return self.placed - self.unknown


def summary(project: Project, scenario: Scenario, ms: list[Move] | None = None) -> Summary:
    ms = moves(project, scenario) if ms is None else ms
    rel = [m for m in ms if m.relocated]
    return Summary(
        placed=len(ms),
        relocated=len(rel),
        fte_relocated=sum(m.fte for m in rel),
        unknown_new_place=sum(1 for m in ms if m.new_place is None),
        unknown_old_place=sum(1 for m in ms if m.old_place is None),
        unknown=sum(1 for m in ms if m.unknown),
    )
