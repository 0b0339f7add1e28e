"""Innplassering analysis: who is not placed, conflicts, the top-down order, progress.

Pure functions over the model (no Qt). A position is *placed* in a scenario
when its placement names a unit that exists in that scenario. A *leader
position* of a scenario unit is the unit's ``leader_position_id``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..i18n import N_, _, count_text
from ..model import PlacementStatus, Project, Scenario
from ..model.org import Org

#: conflict kinds
LEADER_BELOW_OWN_UNIT = "leder_under_egen_enhet"
LEADER_IN_OTHER_UNIT = "leder_i_annen_enhet"
TWO_LEADERS = "to_ledere"

CONFLICT_TITLES = {
    LEADER_BELOW_OWN_UNIT: N_("Leder plassert under sin egen enhet"),
    LEADER_IN_OTHER_UNIT: N_("Leder plassert i en annen enhet enn den hen leder"),
    TWO_LEADERS: N_("To eller flere ledere i samme enhet"),
}


def conflict_title(kind: str) -> str:
    """The title of a conflict kind in the current language."""
    title = CONFLICT_TITLES.get(kind)
    return _(title) if title else kind


@dataclass
class Conflict:
    """One placement conflict: what kind, the unit it concerns and the positions."""

    kind: str
    unit_id: str
    position_ids: list[str]
    message: str


@dataclass
class LevelGroup:
    """One step of the top-down order: level 1 leaders, level 2 leaders, …, everyone else."""

    level: int | None  # None: everyone else
    title: str
    position_ids: list[str] = field(default_factory=list)


@dataclass
class Progress:
    """How far the innplassering has come in one scenario."""

    total: int
    placed: int  # has a unit in the scenario
    not_placed: int
    by_status: dict[str, int]  # over positions that have a placement record
    fte_total: float
    fte_placed: float

    @property
    def share_placed(self) -> float:
        return self.placed / self.total if self.total else 0.0

    @property
    def decided(self) -> int:
        """Positions with a final status (plassert or overtallig)."""
        return self.by_status.get(PlacementStatus.PLASSERT, 0) + self.by_status.get(
            PlacementStatus.OVERTALLIG, 0
        )


def placed_unit(scenario: Scenario, position_id: str) -> str | None:
    """The scenario unit the position is placed in, or None (also for a unit that is gone)."""
    pl = scenario.placements.get(position_id)
    if pl is None or pl.unit_id is None or pl.unit_id not in scenario.units:
        return None
    return pl.unit_id


def placed_units(scenario: Scenario) -> dict[str, str]:
    """position id → the scenario unit it is placed in, for every placed position (one pass).

    The same rule as :func:`placed_unit`; placements of positions no longer in the
    project may be included, callers that iterate ``project.positions`` skip them.
    """
    units = scenario.units
    return {
        pid: pl.unit_id
        for pid, pl in scenario.placements.items()
        if pl.unit_id is not None and pl.unit_id in units
    }


def unit_paths(org: Org, sep: str = " / ") -> dict[str, str]:
    """unit id → its path (names from the root down) for every unit, in one walk of the tree."""
    units = org.units
    out: dict[str, str] = {}
    for uid, _depth in org.walk():
        unit = units[uid]
        parent = out.get(unit.parent_id or "")
        out[uid] = f"{parent}{sep}{unit.name}" if parent is not None else unit.name
    for uid in units:  # units not reachable from a root (a cycle): the slow way
        if uid not in out:
            out[uid] = org.path(uid, sep)
    return out


def unit_depths(org: Org) -> dict[str, int]:
    """unit id → depth (0 = root) for every unit, in one walk of the tree."""
    out = dict(org.walk())
    for uid in org.units:
        if uid not in out:
            out[uid] = org.depth(uid)
    return out


def status_of(scenario: Scenario, position_id: str) -> str | None:
    """The placement status, or None when the position has no placement record."""
    pl = scenario.placements.get(position_id)
    return pl.status if pl else None


def is_leader_position(project: Project, position_id: str) -> bool:
    """Whether a position carries leader flags (personnel or budget responsibility)."""
    pos = project.positions.get(position_id)
    return bool(pos and (pos.personnel_responsibility or pos.budget_responsibility))


def unplaced(project: Project, scenario: Scenario, *, include_surplus: bool = False) -> list[str]:
    """Ids of positions not placed in any unit of ``scenario``, in project order.

    Positions marked *overtallig* have been dealt with and are left out unless
    ``include_surplus``.
    """
    at = placed_units(scenario)
    placements = scenario.placements
    out = []
    for pid in project.positions:
        if pid in at:
            continue
        if not include_surplus:
            pl = placements.get(pid)
            if pl is not None and pl.status == PlacementStatus.OVERTALLIG:
                continue
        out.append(pid)
    return out


def led_units(scenario: Scenario) -> dict[str, list[str]]:
    """position id → ids of the scenario units it is the designated leader of."""
    out: dict[str, list[str]] = {}
    for u in scenario.units.values():
        if u.leader_position_id:
            out.setdefault(u.leader_position_id, []).append(u.id)
    return out


def conflicts(project: Project, scenario: Scenario, placed: dict[str, str] | None = None) -> list[Conflict]:
    """Placement conflicts in ``scenario``.

    * a unit's leader position placed in a unit below the one it leads, or in
      another unit altogether (not placed at all is reported by :func:`unplaced`);
    * two or more leaders in one unit: positions placed in the unit that are its
      designated leader or carry leader flags, not counting leaders of other units.

    ``placed``: :func:`placed_units` of the scenario, if already computed.
    """
    out: list[Conflict] = []
    leads = led_units(scenario)
    units = scenario.units
    positions = project.positions
    at_of = placed_units(scenario) if placed is None else placed
    for pid, led in leads.items():
        if pid not in positions:
            continue
        at = at_of.get(pid)
        if at is None or at in led:
            continue
        for uid in led:
            label = _position_label(project, pid)
            if scenario.is_descendant(at, uid):
                out.append(
                    Conflict(
                        LEADER_BELOW_OWN_UNIT,
                        uid,
                        [pid],
                        _("{position} leder «{unit}», men er plassert under den i «{other}»").format(
                            position=label, unit=units[uid].name, other=units[at].name
                        ),
                    )
                )
            else:
                out.append(
                    Conflict(
                        LEADER_IN_OTHER_UNIT,
                        uid,
                        [pid],
                        _("{position} leder «{unit}», men er plassert i «{other}»").format(
                            position=label, unit=units[uid].name, other=units[at].name
                        ),
                    )
                )
    # leaders per unit, in placement order (the order of Scenario.positions_in)
    here_of: dict[str, list[str]] = {}
    for pid, pl in scenario.placements.items():
        uid = at_of.get(pid)
        if uid is None or pl.status == PlacementStatus.OVERTALLIG:
            continue
        pos = positions.get(pid)
        if pos is None:
            continue
        if pid == units[uid].leader_position_id or (
            (pos.personnel_responsibility or pos.budget_responsibility) and not leads.get(pid)
        ):
            here_of.setdefault(uid, []).append(pid)
    for uid, unit in units.items():
        here = here_of.get(uid, ())
        if len(here) >= 2:
            who = ", ".join(_position_label(project, p) for p in here[:4])
            text = count_text(
                "{n} leder i «{unit}»: {names}",
                "{n} ledere i «{unit}»: {names}",
                len(here),
                unit=unit.name,
                names=who,
            )
            out.append(Conflict(TWO_LEADERS, uid, sorted(here), text))
    return out


def conflicting_positions(project: Project, scenario: Scenario) -> set[str]:
    """Ids of every position named by a conflict."""
    return {p for c in conflicts(project, scenario) for p in c.position_ids}


def _position_label(project: Project, position_id: str) -> str:
    pos = project.positions[position_id]
    person = project.persons.get(pos.person_id or "")
    who = person.name if person else _("Vakant")
    return f"{who} ({pos.title})" if pos.title else who


def leader_level(project: Project, scenario: Scenario, position_id: str) -> int | None:
    """Level (1 = top) of the highest unit the position leads.

    The scenario's designated leaders count first; otherwise the position's
    leadership of an as-is unit in its old kommune. None for everyone else.
    """
    return _leader_levels(scenario, project).get(position_id)


def by_level(project: Project, scenario: Scenario) -> list[LevelGroup]:
    """The top-down order of innplassering: leaders of level 1, level 2, …, then everyone else.

    Levels come from the unit a position leads (scenario first, else as-is);
    within a group positions keep project order.
    """
    levels = _leader_levels(scenario, project)
    groups: dict[int | None, LevelGroup] = {}
    for pid in project.positions:
        lvl = levels.get(pid)
        if lvl not in groups:
            title = _("Ledere på nivå {level}").format(level=lvl) if lvl is not None else _("Øvrige ansatte")
            groups[lvl] = LevelGroup(lvl, title)
        groups[lvl].position_ids.append(pid)
    order = sorted(k for k in groups if k is not None)
    out = [groups[k] for k in order]
    if None in groups:
        out.append(groups[None])
    return out


def _leader_levels(scenario: Scenario, project: Project) -> dict[str, int]:
    """position id → leader level; scenario leadership wins over as-is leadership."""
    own: dict[str, int] = {}
    for u in scenario.units.values():
        pid = u.leader_position_id
        if pid in project.positions:
            lvl = scenario.depth(u.id) + 1
            own[pid] = min(own.get(pid, lvl), lvl)
    asis: dict[str, int] = {}
    for src in project.sources.values():
        for u in src.units.values():
            pid = u.leader_position_id
            if pid in project.positions and pid not in own:
                lvl = src.depth(u.id) + 1
                asis[pid] = min(asis.get(pid, lvl), lvl)
    return {**asis, **own}


def history_of(project: Project, scenario: Scenario, position_id: str) -> list:
    """The recorded placement decisions for one position in one scenario, oldest first."""
    return [h for h in project.history if h.position_id == position_id and h.scenario_id == scenario.id]


def progress(project: Project, scenario: Scenario) -> Progress:
    """Counts of placed / not placed positions, per status, and FTE."""
    total = placed = 0
    fte_total = fte_placed = 0.0
    statuses: Counter[str] = Counter()
    placements = scenario.placements
    units = scenario.units
    for pid, pos in project.positions.items():
        total += 1
        fte_total += pos.fte_percent / 100.0
        pl = placements.get(pid)
        if pl is not None:
            statuses[pl.status] += 1
            if pl.unit_id is not None and pl.unit_id in units:
                placed += 1
                fte_placed += pos.fte_percent / 100.0
    by_status = {s: statuses.get(s, 0) for s in PlacementStatus.ALL}
    return Progress(total, placed, total - placed, by_status, fte_total, fte_placed)
