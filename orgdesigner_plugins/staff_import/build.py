"""Building a source kommune's as-is organisation, staff and work places from records."""

from __future__ import annotations

import uuid
from collections import Counter

from orgdesigner.api import Location, Person, Position, SourceKommune, Unit, UnitType, _, formatting, new_id

from .report import ERROR, WARNING, ImportReport
from .rows import Record
from .values import name_key


def build_entities(
    kommune: str,
    records: list[Record],
    report: ImportReport,
    has_unit_columns: bool,
    columns: dict[str, tuple[str, str]] | None = None,
) -> tuple[SourceKommune, list[Unit], list[Person], list[Position], list[Location]]:
    """``columns`` gives field → (letter, header) so issues can name their column."""
    cols = columns or {}
    none = ("", "")
    unit_col = cols.get("department") or cols.get("unit") or cols.get("cost_centre") or none
    base = uuid.uuid4().hex[:7]
    counter = iter(range(1 << 20))

    def fresh(prefix: str) -> str:
        """Ids like new_id's (12 hex digits): one random stem per import and a counter."""
        n = next(counter, None)
        return new_id(prefix) if n is None else f"{prefix}-{base}{n:05x}"

    source = SourceKommune(new_id("k"), kommune)
    sid = source.id
    root = Unit(new_id("u"), kommune, type=UnitType.KOMMUNEDIREKTOR)
    units: dict[tuple[str, ...], Unit] = {(): root}
    order = Counter[str]()

    def unit_for(path: tuple[str, ...], utype: str, parent: Unit) -> Unit:
        u = units.get(path)
        if u is None:
            u = Unit(fresh("u"), path[-1], type=utype, parent_id=parent.id, sort_order=order[parent.id])
            order[parent.id] += 1
            units[path] = u
        return u

    persons: dict[str, Person] = {}
    by_employee: dict[str, Person] = {}
    fte_total: dict[str, float] = {}
    positions: list[Position] = []
    locations: dict[str, Location] = {}
    row_of: dict[str, Record] = {}  # position id → record
    unit_cc: dict[str, set[str]] = {}
    for rec in records:
        v = rec.values
        person: Person | None = None
        if not rec.vacant:
            if rec.employee_no and rec.employee_no in by_employee:
                person = by_employee[rec.employee_no]
                if name_key(person.name) != name_key(rec.name) and rec.name:
                    report.rows_rejected += 1
                    report.rejected_employees.append(rec.employee_no)
                    report.add(
                        rec.row,
                        *cols.get("employee_no", none),
                        ERROR,
                        _(
                            "Ansattnummer {employee_no} er brukt for en annen person på en tidligere rad"
                        ).format(employee_no=rec.employee_no),
                    )
                    continue
            else:
                person = Person(fresh("p"), rec.employee_no, rec.name, source_id=sid)
                persons[person.id] = person
                if rec.employee_no:
                    by_employee[rec.employee_no] = person
        # unit: Enhet / Avdeling, else Ansvar
        parent = root
        unit = root
        if v.get("unit"):
            unit = parent = unit_for((v["unit"],), UnitType.VIRKSOMHET, root)
        if v.get("department"):
            path = (v.get("unit", ""), v["department"]) if v.get("unit") else ("", v["department"])
            unit = unit_for(path, UnitType.AVDELING, parent)
        if unit is root and v.get("cost_centre"):
            unit = unit_for(("#", f"Ansvar {v['cost_centre']}"), UnitType.AVDELING, root)
            unit.cost_centre = v["cost_centre"]
        if unit is root and has_unit_columns:
            report.add(
                rec.row, *unit_col, WARNING, _("Mangler enhet; stillingen er lagt rett under kommunen")
            )
        if v.get("cost_centre"):
            ccs = unit_cc.get(unit.id)
            if ccs is None:
                ccs = unit_cc[unit.id] = set()
            ccs.add(v["cost_centre"])
        place = None
        if v.get("work_place"):
            place = locations.get(v["work_place"].casefold())
            if place is None:
                place = Location(fresh("loc"), v["work_place"], territory=sid)
                locations[v["work_place"].casefold()] = place
        attributes = {}
        if "employment_type" in v:
            attributes["employment_type"] = v["employment_type"]
        if "start_date" in v:
            attributes["start_date"] = v["start_date"]
        pos = Position(
            fresh("pos"),
            person_id=person.id if person else None,
            source_id=sid,
            unit_id=unit.id,
            code=v.get("code", ""),
            title=v.get("title", ""),
            fte_percent=rec.fte,
            salary=rec.salary,
            work_place_id=place.id if place else None,
            kostra=v.get("kostra", ""),
            cost_centre=v.get("cost_centre", ""),
            attributes=attributes,
        )
        positions.append(pos)
        row_of[pos.id] = rec
        report.rows_imported += 1
        if person is not None:
            before = fte_total.get(person.id, 0)
            fte_total[person.id] = total = before + rec.fte
            if before <= 100 + 1e-9 < total:
                report.add(
                    rec.row,
                    *cols.get("fte", none),
                    WARNING,
                    _("{value} har til sammen {value2} % stilling (over 100 %)").format(
                        value=person.name or person.employee_no, value2=_pct(fte_total[person.id])
                    ),
                )
    all_units = {u.id: u for u in units.values()}
    for uid, ccs in unit_cc.items():
        if len(ccs) == 1 and not all_units[uid].cost_centre:
            all_units[uid].cost_centre = next(iter(ccs))
    _leaders(all_units, root, positions, persons, by_employee, row_of)
    _unit_types(all_units, root)
    return source, list(units.values()), list(persons.values()), positions, list(locations.values())


def _unit_types(units: dict[str, Unit], root: Unit) -> None:
    """A staff unit is a stab; a unit under the root that others hang under is a service area."""
    has_child_units = {u.parent_id for u in units.values() if u.type == UnitType.VIRKSOMHET}
    for u in units.values():
        if u is root:
            continue
        words = u.name.casefold()
        if "stab" in words.split() or words.endswith("stab"):
            u.type = UnitType.STAB
        elif u.parent_id == root.id and u.id in has_child_units:
            u.type = UnitType.TJENESTEOMRADE


def _pct(x: float) -> str:
    return formatting.decimal(x, 2)


def _leaders(
    units: dict[str, Unit],
    root: Unit,
    positions: list[Position],
    persons: dict[str, Person],
    by_employee: dict[str, Person],
    row_of: dict[str, Record],
) -> None:
    """Use «Nærmeste leder»: the leader of a unit is the manager most of its staff name,
    when that person holds a position there; a top unit hangs under its leader's leader's unit."""
    if not any("manager" in r.values for r in row_of.values()):
        return
    by_name: dict[str, Person] = {}
    for p in persons.values():
        by_name.setdefault(name_key(p.name), p)
    first_pos: dict[str, Position] = {}
    for pos in positions:
        if pos.person_id and pos.person_id not in first_pos:
            first_pos[pos.person_id] = pos

    def manager_of(pos: Position) -> Person | None:
        ref = row_of[pos.id].values.get("manager", "")
        if not ref:
            return None
        return by_employee.get(ref) or by_name.get(name_key(ref))

    staff: dict[str, list[Position]] = {}
    for pos in positions:
        staff.setdefault(pos.unit_id or "", []).append(pos)
    below: dict[str, list[Position]] = {}  # positions in a unit and its subunits
    for pos in positions:
        cur: str | None = pos.unit_id
        while cur and cur in units:
            below.setdefault(cur, []).append(pos)
            cur = units[cur].parent_id
    leader_of: dict[str, Position] = {}
    for uid, members in below.items():
        votes = Counter(m.id for pos in members if (m := manager_of(pos)) and m.id != pos.person_id)
        own_staff = staff.get(uid, [])
        for pid, _n in votes.most_common():
            own = [p for p in own_staff if p.person_id == pid]
            if own:
                leader_of[uid] = own[0]
                break
    # the top of the chain: managers who have no manager themselves
    tops = {
        m.id
        for pos in positions
        if (m := manager_of(pos)) and m.id in first_pos and manager_of(first_pos[m.id]) is None
    }
    top = first_pos[next(iter(tops))] if len(tops) == 1 else None
    if top is not None:
        root.leader_position_id = top.id
        top.personnel_responsibility = True
    for uid, pos in leader_of.items():
        if uid != root.id:
            units[uid].leader_position_id = pos.id
            pos.personnel_responsibility = True

    def ancestors(uid: str) -> set[str]:
        out, cur = set(), units[uid].parent_id
        while cur and cur not in out:
            out.add(cur)
            cur = units[cur].parent_id if cur in units else None
        return out

    for uid, unit in units.items():
        if unit.parent_id != root.id:
            continue
        members = staff.get(uid, [])
        lead = leader_of.get(uid)
        if lead is not None:
            boss = manager_of(lead)
        else:
            votes = Counter(m.id for pos in members if (m := manager_of(pos)))
            boss = persons.get(votes.most_common(1)[0][0]) if votes else None
        if boss is None or boss.id not in first_pos or (top is not None and boss.id == top.person_id):
            continue
        target = first_pos[boss.id].unit_id
        if target and target != uid and target in units and uid not in ancestors(target) | {target}:
            unit.parent_id = target
            unit.sort_order = sum(1 for u in units.values() if u.parent_id == target)
