"""Re-import of a staff list for a source kommune already in the project.

:func:`compare` matches people by employee number and reports who left, who is
new and, per person, which fields changed (old → new); :func:`apply_op` turns
the comparison into ONE op: new people arrive unplaced, people who left keep
their positions and placements but are flagged («sluttet»), changed positions
keep their placement. Works on plain model records (what any staff importer
returns), so the analysis layer never needs the importer itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..i18n import N_, _, count_text
from ..model import Location, ModelError, Person, Position, Project, Unit, new_id
from ..model.primitives import AddItems, Compound, Op, SetFields

#: compared fields: key in the report → (label, Position attribute)
FIELDS: dict[str, tuple[str, str]] = {
    "name": (N_("Navn"), ""),
    "fte_percent": (N_("Stillingsprosent"), "fte_percent"),
    "title": (N_("Stillingsbetegnelse"), "title"),
    "code": (N_("Stillingskode"), "code"),
    "unit": (N_("Enhet"), "unit_id"),
    "work_place": (N_("Arbeidssted"), "work_place_id"),
    "salary": (N_("Årslønn"), "salary"),
    "positions": (N_("Antall stillinger"), ""),
}

LEFT_FLAG = "sluttet"  # attribute on persons and positions: the date of the list they were missing from
NOTE_PREFIX = "Sluttet ifølge ansattliste"


@dataclass
class PersonChange:
    employee_number: str
    name: str
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class Incoming:
    """What a staff importer read: the records of the new list."""

    persons: list[Person]
    positions: list[Position]
    units: list[Unit]
    locations: list[Location]
    rejected_employees: set[str] = field(default_factory=set)


@dataclass
class ChangeReport:
    source_id: str
    kommune: str
    file: str = ""
    left: list[dict[str, Any]] = field(default_factory=list)
    new: list[dict[str, Any]] = field(default_factory=list)
    changed: list[PersonChange] = field(default_factory=list)
    unchanged: int = 0
    not_compared: list[str] = field(default_factory=list)  # employee numbers on rejected rows
    # the plan apply_op follows (not part of the JSON)
    _pairs: list[tuple[Position | None, Position | None, str]] = field(default_factory=list, repr=False)
    _incoming: Incoming | None = field(default=None, repr=False)
    _old_person: dict[str, Person] = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return not (self.left or self.new or self.changed)

    def counts(self) -> dict[str, int]:
        return {
            "left": len(self.left),
            "new": len(self.new),
            "changed": len(self.changed),
            "unchanged": self.unchanged,
            "not_compared": len(self.not_compared),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "kommune": self.kommune,
            "file": self.file,
            "left": self.left,
            "new": self.new,
            "changed": [
                {
                    "employee_number": c.employee_number,
                    "name": c.name,
                    "fields": {k: list(v) for k, v in c.fields.items()},
                }
                for c in self.changed
            ],
            "counts": self.counts(),
        }


def _paths(units: dict[str, Unit]) -> dict[str, tuple[str, ...]]:
    """unit id → names from below the top unit down to the unit (the top unit is ())."""
    out: dict[str, tuple[str, ...]] = {}

    def path(uid: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        if uid in out:
            return out[uid]
        u = units[uid]
        if u.parent_id is None or u.parent_id not in units or u.parent_id in seen:
            p: tuple[str, ...] = ()
        else:
            p = (*path(u.parent_id, seen | {uid}), u.name.casefold())
        out[uid] = p
        return p

    for uid in units:
        path(uid)
    return out


def _show_path(units: dict[str, Unit], uid: str | None) -> str:
    if uid is None or uid not in units:
        return ""
    names, seen, cur = [], set(), uid
    while cur is not None and cur in units and cur not in seen:
        seen.add(cur)
        if units[cur].parent_id is not None:
            names.append(units[cur].name)
        cur = units[cur].parent_id
    return " / ".join(reversed(names))


def _sort_key(pos: Position, show_unit: Any) -> tuple[str, str, str, float]:
    return (show_unit(pos.unit_id), pos.code, pos.title, pos.fte_percent)


def compare(project: Project, source_id: str, incoming: Incoming, file: str = "") -> ChangeReport:
    """The differences between the kommune's staff in the project and a new list."""
    src = project.sources.get(source_id)
    if src is None:
        raise ModelError(_("Ukjent kildekommune: {source_id}").format(source_id=source_id))
    report = ChangeReport(source_id, src.name, file=file, _incoming=incoming)
    new_units = {u.id: u for u in incoming.units}
    new_locs = {loc.id: loc.name for loc in incoming.locations}
    old_locs = {lid: loc.name for lid, loc in project.locations.items()}

    old_paths = {uid: _show_path(src.units, uid) for uid in src.units}
    new_paths = {uid: _show_path(new_units, uid) for uid in new_units}

    def old_unit(uid: str | None) -> str:
        return old_paths.get(uid or "", "")

    def new_unit(uid: str | None) -> str:
        return new_paths.get(uid or "", "")

    old_by_no: dict[str, Person] = {}
    for p in project.persons.values():
        if p.source_id == source_id and p.employee_no and LEFT_FLAG not in p.attributes:
            old_by_no[p.employee_no] = p
    report._old_person = old_by_no
    old_pos: dict[str, list[Position]] = {}
    for pos in project.positions.values():
        if pos.source_id == source_id and pos.person_id and LEFT_FLAG not in pos.attributes:
            old_pos.setdefault(pos.person_id, []).append(pos)
    new_pos: dict[str, list[Position]] = {}
    for pos in incoming.positions:
        if pos.person_id:
            new_pos.setdefault(pos.person_id, []).append(pos)
    seen: set[str] = set()
    for person in incoming.persons:
        no = person.employee_no
        if not no:
            continue
        seen.add(no)
        mine = new_pos.get(person.id, [])
        before = old_by_no.get(no)
        if before is None:
            report.new.append({"employee_number": no, "name": person.name, "positions": len(mine)})
            report._pairs += [(None, p, no) for p in mine]
            continue
        olds = old_pos.get(before.id, [])
        news = mine
        if len(olds) > 1 or len(news) > 1:  # pair several positions in a stable order
            olds = sorted(olds, key=lambda p: _sort_key(p, old_unit))
            news = sorted(news, key=lambda p: _sort_key(p, new_unit))
        change = PersonChange(no, person.name)
        if person.name and before.name != person.name:
            change.fields["name"] = (before.name, person.name)
        if len(olds) != len(news):
            change.fields["positions"] = (len(olds), len(news))
        for n in range(max(len(olds), len(news))):
            a = olds[n] if n < len(olds) else None
            b = news[n] if n < len(news) else None
            report._pairs.append((a, b, no))
            if a is None or b is None:
                continue
            f = change.fields
            if a.fte_percent != b.fte_percent and "fte_percent" not in f:
                f["fte_percent"] = (a.fte_percent, b.fte_percent)
            if a.title != b.title and "title" not in f:
                f["title"] = (a.title, b.title)
            if a.code != b.code and "code" not in f:
                f["code"] = (a.code, b.code)
            ua, ub = old_unit(a.unit_id), new_unit(b.unit_id)
            if ua != ub and "unit" not in f:
                f["unit"] = (ua, ub)
            wa, wb = old_locs.get(a.work_place_id or "", ""), new_locs.get(b.work_place_id or "", "")
            if wa != wb and "work_place" not in f:
                f["work_place"] = (wa, wb)
            if a.salary != b.salary and "salary" not in f:
                f["salary"] = (a.salary, b.salary)
        if change.fields:
            report.changed.append(change)
        else:
            report.unchanged += 1
    rejected = incoming.rejected_employees
    for no, person in old_by_no.items():
        if no in seen:
            continue
        if no in rejected:
            report.not_compared.append(no)
            continue
        positions = old_pos.get(person.id, [])
        report.left.append({"employee_number": no, "name": person.name, "positions": len(positions)})
        report._pairs += [(p, None, no) for p in positions]
    return report


def apply_op(project: Project, report: ChangeReport, when: str | None = None) -> Op:
    """One op that brings the kommune's staff up to the new list (see the module docstring)."""
    inc = report._incoming
    sid = report.source_id
    src = project.sources.get(sid)
    if inc is None or src is None:
        raise ModelError(_("Endringsrapporten hører ikke til dette prosjektet"))
    when = when or dt.date.today().isoformat()
    ops: list[Op] = []
    # units: every path of the new list that the kommune lacks, under its matched parent
    old_paths = {p: uid for uid, p in _paths(src.units).items()}
    roots = src.roots()
    top = roots[0] if roots else None
    new_units = {u.id: u for u in inc.units}
    unit_map: dict[str, str | None] = {}
    added: list[Unit] = []
    for uid, path in sorted(_paths(new_units).items(), key=lambda kv: len(kv[1])):
        if not path:
            unit_map[uid] = top
        elif path in old_paths:
            unit_map[uid] = old_paths[path]
        else:
            u = new_units[uid]
            fresh = replace(
                u, id=new_id("u"), parent_id=unit_map.get(u.parent_id or ""), leader_position_id=None
            )
            fresh.sort_order = 1000 + len(added)
            added.append(fresh)
            old_paths[path] = unit_map[uid] = fresh.id
    if added:
        ops.append(AddItems("unit", sid, added))
    by_name = {loc.name.casefold(): loc.id for loc in project.locations.values()}
    new_loc: list[Location] = []
    loc_map: dict[str, str] = {}
    for loc in inc.locations:
        known = by_name.get(loc.name.casefold())
        if known is None:
            fresh_loc = replace(loc, id=new_id("loc"), territory=sid)
            new_loc.append(fresh_loc)
            known = by_name[loc.name.casefold()] = fresh_loc.id
        loc_map[loc.id] = known
    if new_loc:
        ops.append(AddItems("location", None, new_loc))

    def mapped(pos: Position) -> dict[str, Any]:
        return {
            "fte_percent": pos.fte_percent,
            "title": pos.title,
            "code": pos.code,
            "unit_id": unit_map.get(pos.unit_id or "", top),
            "work_place_id": loc_map.get(pos.work_place_id or ""),
            "salary": pos.salary,
            "kostra": pos.kostra,
            "cost_centre": pos.cost_centre,
        }

    new_people: list[Person] = []
    person_of: dict[str, str] = {}  # employee number → project person id
    for p in inc.persons:
        before = report._old_person.get(p.employee_no)
        if before is not None:
            person_of[p.employee_no] = before.id
            if p.name and p.name != before.name:
                ops.append(SetFields("person", None, before.id, {"name": p.name}))
        elif p.employee_no:
            fresh_p = replace(p, id=new_id("p"), source_id=sid)
            new_people.append(fresh_p)
            person_of[p.employee_no] = fresh_p.id
    if new_people:
        ops.append(AddItems("person", None, new_people))
    new_positions: list[Position] = []
    flag_text = f"{NOTE_PREFIX} {when}."
    for old, new, no in report._pairs:
        if old is not None and new is not None:
            changes = {k: v for k, v in mapped(new).items() if getattr(old, k) != v}
            if changes:
                ops.append(SetFields("position", None, old.id, changes))
        elif new is not None:
            fields = mapped(new)
            new_positions.append(
                replace(new, id=new_id("pos"), person_id=person_of.get(no), source_id=sid, **fields)
            )
        elif old is not None:
            ops.append(
                SetFields("position", None, old.id, {"attributes": {**old.attributes, LEFT_FLAG: when}})
            )
            for sc in project.scenarios.values():
                pl = sc.placements.get(old.id)
                if pl is not None and not pl.note.startswith(NOTE_PREFIX):
                    note = f"{flag_text} {pl.note}".strip()
                    ops.append(SetFields("placement", sc.id, old.id, {"note": note}))
    if new_positions:
        ops.append(AddItems("position", None, new_positions))
    for item in report.left:
        person = report._old_person[item["employee_number"]]
        ops.append(
            SetFields("person", None, person.id, {"attributes": {**person.attributes, LEFT_FLAG: when}})
        )
    n = len(report.left) + len(report.new) + len(report.changed)
    return Compound(
        ops,
        text=count_text(
            "Oppdater ansatte i {kommune} ({n} endring)",
            "Oppdater ansatte i {kommune} ({n} endringer)",
            n,
            kommune=src.name,
        ),
    )


def incoming_from(result: Any) -> Incoming:
    """The records of an importer's result (``persons``, ``positions``, ``units``, ``locations``)."""
    rejected: Iterable[str] = getattr(getattr(result, "report", None), "rejected_employees", ()) or ()
    return Incoming(
        list(result.persons),
        list(result.positions),
        list(result.units),
        list(result.locations),
        {r for r in rejected if r},
    )
