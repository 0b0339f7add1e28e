"""Every edit as an invertible operation.

An :class:`Op` has ``apply(project)`` and ``revert(project)``; applying then
reverting leaves the project equal to what it was. The primitives live in
``primitives.py`` (re-exported here); the factory functions below validate an
edit and compose primitives into a :class:`Compound`.
The UI wraps each op in one QUndoCommand; the CLI applies them directly.
"""

from __future__ import annotations

import copy
import datetime as _dt
import getpass
from dataclasses import replace
from typing import Any

from ..i18n import _, count_text
from .entities import HistoryEntry, Placement, PlacementStatus, Relation, Unit, new_id
from .org import Scenario
from .primitives import (  # noqa: F401 (re-exported: callers build ops from this module)
    AddItems,
    AppendHistory,
    Compound,
    Op,
    RemoveItems,
    SetFields,
    SetSettings,
)
from .project import ModelError, Project

# ---------------------------------------------------------------------------
# Factories: validate, then compose primitives. They read the project but
# never change it; the caller applies (or pushes onto an undo stack).
# ---------------------------------------------------------------------------


def _unit(project: Project, org_id: str, unit_id: str) -> Unit:
    units = project.org(org_id).units
    if unit_id not in units:
        raise ModelError(_("Ukjent enhet: {unit_id}").format(unit_id=unit_id))
    return units[unit_id]


def _scenario(project: Project, scenario_id: str) -> Scenario:
    org = project.org(scenario_id)
    if not isinstance(org, Scenario):
        raise ModelError(_("{scenario_id} er ikke et alternativ").format(scenario_id=scenario_id))
    return org


def add_unit(project: Project, org_id: str, unit: Unit, index: int | None = None) -> Op:
    """Add ``unit`` under ``unit.parent_id`` at sibling position ``index`` (None: last)."""
    org = project.org(org_id)
    if not unit.name.strip():
        raise ModelError(_("Enheten må ha et navn"))
    if unit.id in org.units:
        raise ModelError(_("Enheten finnes allerede: {id}").format(id=unit.id))
    if unit.parent_id is not None and unit.parent_id not in org.units:
        raise ModelError(_("Ukjent overordnet enhet: {parent_id}").format(parent_id=unit.parent_id))
    siblings = org.children(unit.parent_id)
    ops: list[Op] = []
    if index is None or index >= len(siblings):
        last = org.units[siblings[-1]].sort_order if siblings else -1
        unit = replace(unit, sort_order=last + 1)
    else:
        ops += _renumber(org_id, org, [*siblings[:index], unit.id, *siblings[index:]], skip=unit.id)
        unit = replace(unit, sort_order=index)
    return Compound(
        [AddItems("unit", org_id, [unit]), *ops], text=_("Legg til «{unit}»").format(unit=unit.name)
    )


def _renumber(org_id: str, org: Any, order: list[str], skip: str | None = None) -> list[Op]:
    ops: list[Op] = []
    for n, uid in enumerate(order):
        if uid != skip and org.units[uid].sort_order != n:
            ops.append(SetFields("unit", org_id, uid, {"sort_order": n}))
    return ops


def rename_unit(project: Project, org_id: str, unit_id: str, name: str) -> Op:
    _unit(project, org_id, unit_id)
    if not name.strip():
        raise ModelError(_("Navnet kan ikke være tomt"))
    return SetFields(
        "unit",
        org_id,
        unit_id,
        {"name": name.strip()},
        text=_("Gi nytt navn «{name}»").format(name=name.strip()),
    )


def set_unit_fields(project: Project, org_id: str, unit_id: str, **changes: Any) -> Op:
    """Edit unit fields other than its place in the tree (use :func:`move_units`)."""
    _unit(project, org_id, unit_id)
    if "parent_id" in changes or "sort_order" in changes:
        raise ModelError(_("Bruk flytting for å endre plassering i treet"))
    if "name" in changes and not str(changes["name"]).strip():
        raise ModelError(_("Navnet kan ikke være tomt"))
    return SetFields("unit", org_id, unit_id, changes, text=_("Endre enhet"))


def move_units(
    project: Project, org_id: str, unit_ids: list[str], new_parent_id: str | None, index: int | None = None
) -> Op:
    """Move units (with their subtrees) under ``new_parent_id`` at sibling ``index``.

    Units whose ancestor is also being moved are left to move with it. Refuses
    a move onto a unit itself or into its own subtree.
    """
    org = project.org(org_id)
    for uid in unit_ids:
        _unit(project, org_id, uid)
    if new_parent_id is not None:
        _unit(project, org_id, new_parent_id)
    chosen = set(unit_ids)
    movers = [u for u in unit_ids if not chosen & set(org.ancestors(u))]
    for uid in movers:
        if uid == new_parent_id:
            raise ModelError(_("«{name}» kan ikke flyttes inn i seg selv").format(name=org.units[uid].name))
        if new_parent_id is not None and org.is_descendant(new_parent_id, uid):
            raise ModelError(
                _("«{name}» kan ikke flyttes inn under sin egen underenhet").format(name=org.units[uid].name)
            )
    siblings = [s for s in org.children(new_parent_id) if s not in movers]
    at = len(siblings) if index is None else max(0, min(index, len(siblings)))
    order = [*siblings[:at], *movers, *siblings[at:]]
    ops: list[Op] = []
    for n, uid in enumerate(order):
        u = org.units[uid]
        change: dict[str, Any] = {}
        if u.parent_id != new_parent_id:
            change["parent_id"] = new_parent_id
        if u.sort_order != n:
            change["sort_order"] = n
        if change:
            ops.append(SetFields("unit", org_id, uid, change))
    names = ", ".join(org.units[u].name for u in movers[:3])
    return Compound(ops, text=_("Flytt «{names}»").format(names=names))


def remove_unit(project: Project, org_id: str, unit_id: str) -> Op:
    """Remove a unit and its subtree; its positions become unplaced."""
    return remove_units(project, org_id, [unit_id])


def remove_units(project: Project, org_id: str, unit_ids: list[str]) -> Op:
    """Remove a set of units with their subtrees as one op.

    Everything pointing into the removed subtrees goes with them in the same
    step: placements there become unplaced, wishes for them are dropped, dotted
    lines from or to them are removed (each once, however many ends are
    removed), and as-is positions there lose their unit.
    """
    org = project.org(org_id)
    if not unit_ids:
        raise ModelError(_("Ingen enheter valgt"))
    for uid in unit_ids:
        _unit(project, org_id, uid)
    chosen = set(unit_ids)
    tops = [u for u in dict.fromkeys(unit_ids) if not chosen & set(org.ancestors(u))]
    doomed: list[str] = []
    for top in tops:
        doomed += [top, *org.descendants(top)]
    gone = set(doomed)
    ops: list[Op] = []
    if isinstance(org, Scenario):
        for pl in org.placements.values():
            change: dict[str, Any] = {}
            if pl.unit_id in gone:
                change["unit_id"] = None
            if any(w in gone for w in pl.wishes):
                change["wishes"] = [w for w in pl.wishes if w not in gone]
            if change:
                ops.append(SetFields("placement", org_id, pl.position_id, change))
        rel = [
            r.id
            for r in org.relations.values()
            if r.target_unit_id in gone or (r.source_kind == "unit" and r.source_id in gone)
        ]
        if rel:
            ops.append(RemoveItems("relation", org_id, rel))
    else:
        for pos in project.positions.values():
            if pos.source_id == org_id and pos.unit_id in gone:
                ops.append(SetFields("position", None, pos.id, {"unit_id": None}))
    ops.append(RemoveItems("unit", org_id, doomed))
    if len(tops) == 1:
        text = _("Slett «{name}»").format(name=org.units[tops[0]].name)
    else:
        text = count_text("Slett {n} enhet", "Slett {n} enheter", len(tops))
    return Compound(ops, text=text)


def _now() -> str:
    return _dt.datetime.now().isoformat(timespec="seconds")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return ""


_TRACKED = ("unit_id", "work_place_id", "status", "note", "wishes")


def set_placement(project: Project, scenario_id: str, position_id: str, **changes: Any) -> Op:
    """Place, re-place or edit a placement (unit_id, work_place_id, status, note, wishes).

    Every change is recorded in the project history with time and OS user.
    """
    sc = _scenario(project, scenario_id)
    if position_id not in project.positions:
        raise ModelError(_("Ukjent stilling: {position_id}").format(position_id=position_id))
    unknown = set(changes) - set(_TRACKED)
    if unknown:
        raise ModelError(_("Ukjent felt «{field}»").format(field=sorted(unknown)[0]))
    if changes.get("unit_id") is not None and changes["unit_id"] not in sc.units:
        raise ModelError(_("Ukjent enhet: {unit_id}").format(unit_id=changes["unit_id"]))
    if "status" in changes and changes["status"] not in PlacementStatus.ALL:
        raise ModelError(_("Ukjent status «{status}»").format(status=changes["status"]))
    if len(changes.get("wishes", ())) > 3:
        raise ModelError(_("Høyst tre ønsker"))
    at, by = _now(), _user()
    old = sc.placements.get(position_id)
    ops: list[Op] = []
    if old is None:
        ops.append(AddItems("placement", scenario_id, [Placement(position_id, changed_at=at, changed_by=by)]))
        before: dict[str, Any] = {f: getattr(Placement(position_id), f) for f in _TRACKED}
    else:
        before = {f: getattr(old, f) for f in _TRACKED}
    real = {k: v for k, v in changes.items() if before[k] != v}
    ops.append(SetFields("placement", scenario_id, position_id, {**real, "changed_at": at, "changed_by": by}))
    history = [
        HistoryEntry(scenario_id, position_id, k, _str(before[k]), _str(v), at, by) for k, v in real.items()
    ]
    if history:
        ops.append(AppendHistory(history))
    return Compound(ops, text=_("Innplassering"))


def _str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(map(str, value))
    return str(value)


def place_positions(project: Project, scenario_id: str, position_ids: list[str], unit_id: str | None) -> Op:
    """Place several positions in one unit (None: unplace) as one step."""
    unique = list(dict.fromkeys(position_ids))  # a selection may name a position twice
    ops = [set_placement(project, scenario_id, p, unit_id=unit_id) for p in unique]
    return Compound(ops, text=_("Plasser stillinger") if unit_id else _("Fjern innplassering"))


def _free_org_id(project: Project, wanted: str | None) -> str:
    """``wanted`` if no scenario or source kommune has it (None: a fresh id)."""
    if wanted is None:
        return new_id("s")
    if wanted in project.scenarios or wanted in project.sources:
        raise ModelError(_("Id-en er allerede i bruk: {wanted}").format(wanted=wanted))
    return wanted


def add_scenario(project: Project, name: str, scenario_id: str | None = None) -> Op:
    if not name.strip():
        raise ModelError(_("Alternativet må ha et navn"))
    sc = Scenario(_free_org_id(project, scenario_id), name.strip())
    return AddItems("scenario", None, [sc], text=_("Nytt alternativ «{sc}»").format(sc=sc.name))


def copy_scenario(project: Project, scenario_id: str, name: str, new_scenario_id: str | None = None) -> Op:
    """A copy of a scenario with the same unit ids (so diffs match units)."""
    src = _scenario(project, scenario_id)
    sc = Scenario(
        _free_org_id(project, new_scenario_id),
        name.strip() or f"{src.name} (kopi)",
        units=copy.deepcopy(src.units),
        attributes=dict(src.attributes),
        description=src.description,
        placements=copy.deepcopy(src.placements),
        relations=copy.deepcopy(src.relations),
    )
    return AddItems("scenario", None, [sc], text=_("Kopier alternativ til «{sc}»").format(sc=sc.name))


def rename_scenario(project: Project, scenario_id: str, name: str) -> Op:
    _scenario(project, scenario_id)
    if not name.strip():
        raise ModelError(_("Navnet kan ikke være tomt"))
    return SetFields(
        "scenario", None, scenario_id, {"name": name.strip()}, text=_("Gi alternativet nytt navn")
    )


def remove_scenario(project: Project, scenario_id: str) -> Op:
    _scenario(project, scenario_id)
    return RemoveItems("scenario", None, [scenario_id], text=_("Slett alternativ"))


def copy_units(project: Project, from_org: str, unit_id: str, to_org: str, new_parent_id: str | None) -> Op:
    """Copy a subtree from one org (scenario or as-is) into another, with fresh ids."""
    src = project.org(from_org)
    dst = project.org(to_org)
    _unit(project, from_org, unit_id)
    if new_parent_id is not None and new_parent_id not in dst.units:
        raise ModelError(_("Ukjent overordnet enhet: {new_parent_id}").format(new_parent_id=new_parent_id))
    mapping = {u: new_id("u") for u in [unit_id, *src.descendants(unit_id)]}
    copies = []
    for old, new in mapping.items():
        u = copy.deepcopy(src.units[old])
        parent = new_parent_id if old == unit_id else mapping[u.parent_id or ""]
        copies.append(replace(u, id=new, parent_id=parent, leader_position_id=None))
    siblings = dst.children(new_parent_id)
    copies[0].sort_order = (dst.units[siblings[-1]].sort_order + 1) if siblings else 0
    return AddItems("unit", to_org, copies, text=_("Kopier «{unit}»").format(unit=src.units[unit_id].name))


def add_relation(
    project: Project,
    scenario_id: str,
    source_kind: str,
    source_id: str,
    target_unit_id: str,
    kind: str = "fag",
) -> Op:
    """A dotted-line relation from a unit or position to a unit."""
    sc = _scenario(project, scenario_id)
    if source_kind not in ("unit", "position"):
        raise ModelError(_("Ukjent relasjonstype: {source_kind}").format(source_kind=source_kind))
    known = sc.units if source_kind == "unit" else project.positions
    if source_id not in known or target_unit_id not in sc.units:
        raise ModelError(_("Relasjonen peker på noe som ikke finnes"))
    if source_kind == "unit" and source_id == target_unit_id:
        raise ModelError(_("En enhet kan ikke ha stiplet linje til seg selv"))
    rel = Relation(new_id("r"), source_kind, source_id, target_unit_id, kind)
    return AddItems("relation", scenario_id, [rel], text=_("Legg til stiplet linje"))


def remove_relation(project: Project, scenario_id: str, relation_id: str) -> Op:
    return RemoveItems("relation", scenario_id, [relation_id], text=_("Fjern stiplet linje"))


def set_fields(project: Project, kind: str, org_id: str | None, item_id: str, **changes: Any) -> Op:
    """Generic field edit for persons, positions, locations and sources."""
    if kind in ("unit", "placement"):
        raise ModelError(_("Bruk egne operasjoner for {kind}").format(kind=kind))
    if set(changes) & {"units", "placements", "relations"}:
        raise ModelError(_("Enheter, innplasseringer og relasjoner endres med egne operasjoner"))
    if kind == "position" and "fte_percent" in changes:
        fte = changes["fte_percent"]
        if not isinstance(fte, (int, float)) or not 0 <= fte <= 100:
            raise ModelError(_("Stillingsprosent må være mellom 0 og 100"))
    return SetFields(kind, org_id, item_id, changes, text=_("Endre"))
