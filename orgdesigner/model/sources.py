"""Edits of source kommuner: rename, kommunenummer, remove with everything they
brought, and a new alternative copied from today's organisations. Each is one op."""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from ..i18n import _
from .entities import Placement, PlacementStatus, new_id
from .org import Scenario, SourceKommune
from .primitives import AddItems, Compound, Op, RemoveItems, SetFields, SetSettings
from .project import ModelError, Project

MAPPING_PREFIX = "staff_import.mapping."


def _source(project: Project, source_id: str) -> SourceKommune:
    src = project.sources.get(source_id)
    if src is None:
        raise ModelError(_("Ukjent kildekommune: {source_id}").format(source_id=source_id))
    return src


def rename_source(project: Project, source_id: str, name: str) -> Op:
    """Give a source kommune a new name; its top unit and remembered column mapping follow."""
    src = _source(project, source_id)
    name = " ".join(name.split())
    if not name:
        raise ModelError(_("Kildekommunen må ha et navn"))
    if any(s.name.casefold() == name.casefold() for s in project.sources.values() if s.id != source_id):
        raise ModelError(_("Prosjektet har allerede kildekommunen «{name}»").format(name=name))
    ops: list[Op] = [SetFields("source", None, source_id, {"name": name})]
    for uid in src.roots():
        if src.units[uid].name == src.name:
            ops.append(SetFields("unit", source_id, uid, {"name": name}))
    old_key = MAPPING_PREFIX + src.name
    if old_key in project.settings and name != src.name:
        ops.append(SetSettings({MAPPING_PREFIX + name: project.settings[old_key]}))
    return Compound(ops, text=_("Gi kildekommunen nytt navn «{name}»").format(name=name))


def set_source_number(project: Project, source_id: str, number: str) -> Op:
    """Set the kommunenummer (four digits, or empty)."""
    _source(project, source_id)
    number = number.strip()
    if number and not re.fullmatch(r"\d{4}", number):
        raise ModelError(_("Kommunenummeret må ha fire sifre (fikk «{number}»)").format(number=number))
    return SetFields("source", None, source_id, {"number": number}, text=_("Sett kommunenummer"))


def remove_source(project: Project, source_id: str) -> Op:
    """Remove a source kommune with its as-is org, its staff and positions, their
    placements and dotted lines in every alternative, and work places only it used."""
    src = _source(project, source_id)
    positions = [p.id for p in project.positions.values() if p.source_id == source_id]
    gone = set(positions)
    persons = [p.id for p in project.persons.values() if p.source_id == source_id]
    ops: list[Op] = []
    for sc in project.scenarios.values():
        placed = [pid for pid in sc.placements if pid in gone]
        if placed:
            ops.append(RemoveItems("placement", sc.id, placed))
        rel = [r.id for r in sc.relations.values() if r.source_kind == "position" and r.source_id in gone]
        if rel:
            ops.append(RemoveItems("relation", sc.id, rel))
        for u in sc.units.values():
            if u.leader_position_id in gone:
                ops.append(SetFields("unit", sc.id, u.id, {"leader_position_id": None}))
    if positions:
        ops.append(RemoveItems("position", None, positions))
    if persons:
        ops.append(RemoveItems("person", None, persons))
    used = {p.work_place_id for p in project.positions.values() if p.id not in gone}
    for org in [*project.scenarios.values(), *(s for s in project.sources.values() if s.id != source_id)]:
        used |= {u.location_id for u in org.units.values()}
    for sc in project.scenarios.values():
        used |= {pl.work_place_id for pl in sc.placements.values() if pl.position_id not in gone}
    mine = {p.work_place_id for p in project.positions.values() if p.id in gone}
    mine |= {loc.id for loc in project.locations.values() if loc.territory == source_id}
    places = [lid for lid in project.locations if lid in mine and lid not in used]
    if places:
        ops.append(RemoveItems("location", None, places))
    ops.append(RemoveItems("source", None, [source_id]))
    return Compound(ops, text=_("Fjern kildekommunen «{name}»").format(name=src.name))


def scenario_from_asis(
    project: Project, source_ids: list[str], name: str, scenario_id: str | None = None
) -> Op:
    """A new alternative holding a copy of the as-is organisation of each source
    kommune (fresh unit ids), with every position placed in the copy of its unit."""
    if not source_ids:
        raise ModelError(_("Velg minst én kildekommune"))
    name = name.strip()
    if not name:
        raise ModelError(_("Alternativet må ha et navn"))
    sid = scenario_id or new_id("s")
    if sid in project.scenarios or sid in project.sources:
        raise ModelError(_("Id-en er allerede i bruk: {sid}").format(sid=sid))
    sc = Scenario(
        sid,
        name,
        description=_("Fra dagens organisasjon i {kommuner}").format(
            kommuner=", ".join(_source(project, s).name for s in source_ids)
        ),
    )
    mapping: dict[str, str] = {}
    order = 0
    for source_id in dict.fromkeys(source_ids):
        src = _source(project, source_id)
        walked = [uid for uid, _depth in src.walk()]
        for uid in walked:
            mapping[uid] = new_id("u")
        for uid in walked:
            u = src.units[uid]
            parent = mapping.get(u.parent_id or "")
            new = replace(copy.deepcopy(u), id=mapping[uid], parent_id=parent)
            if parent is None:
                new.sort_order = order
                order += 1
            sc.units[new.id] = new
    for pos in project.positions.values():
        target = mapping.get(pos.unit_id or "")
        if pos.source_id in source_ids and target is not None:
            sc.placements[pos.id] = Placement(pos.id, unit_id=target, status=PlacementStatus.FORESLATT)
    for u in sc.units.values():
        if u.leader_position_id is not None and u.leader_position_id not in project.positions:
            u.leader_position_id = None
    return AddItems(
        "scenario", None, [sc], text=_("Nytt alternativ fra dagens organisasjon «{name}»").format(name=name)
    )
