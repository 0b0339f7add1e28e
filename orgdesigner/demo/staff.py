"""The staff list of one source kommune as flat rows — what an HR system would export.

``resources/demo/make_demo.py`` writes these rows into differently shaped .xlsx
files; tests compare those files with the project through the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Project


@dataclass(frozen=True)
class StaffRow:
    """One position held by one employee, with the columns HR exports carry."""

    position_id: str
    employee_no: str
    first_name: str
    last_name: str
    code: str
    title: str
    fte_percent: float
    salary: float
    cost_centre: str
    kostra: str
    unit: str
    work_place: str
    leader_first: str  # the nearest leader above the position ("" for the top leader)
    leader_last: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def leader(self) -> str:
        return f"{self.leader_first} {self.leader_last}".strip()


def _names(project: Project, person_id: str) -> tuple[str, str]:
    person = project.persons[person_id]
    first = person.attributes.get("fornavn") or person.name.rsplit(" ", 1)[0]
    last = person.attributes.get("etternavn") or person.name.rsplit(" ", 1)[-1]
    return first, last


def _leader_of(project: Project, source_id: str, position_id: str) -> tuple[str, str]:
    org = project.sources[source_id]
    pos = project.positions[position_id]
    uid = pos.unit_id
    while uid is not None and uid in org.units:
        unit = org.units[uid]
        lead = project.positions.get(unit.leader_position_id or "")
        if lead is not None and lead.id != pos.id and lead.person_id and lead.person_id != pos.person_id:
            return _names(project, lead.person_id)
        uid = unit.parent_id
    return "", ""


def staff_rows(project: Project, source_id: str) -> list[StaffRow]:
    """Every filled position of a source kommune, ordered by employee number."""
    org = project.sources[source_id]
    rows: list[StaffRow] = []
    for pos in project.positions.values():
        if pos.source_id != source_id or not pos.person_id:
            continue
        person = project.persons[pos.person_id]
        first, last = _names(project, person.id)
        leader_first, leader_last = _leader_of(project, source_id, pos.id)
        loc = project.locations.get(pos.work_place_id or "")
        rows.append(
            StaffRow(
                position_id=pos.id,
                employee_no=person.employee_no,
                first_name=first,
                last_name=last,
                code=pos.code,
                title=pos.title,
                fte_percent=pos.fte_percent,
                salary=pos.salary,
                cost_centre=pos.cost_centre,
                kostra=pos.kostra,
                unit=org.units[pos.unit_id].name if pos.unit_id in org.units else "",
                work_place=loc.name if loc else "",
                leader_first=leader_first,
                leader_last=leader_last,
            )
        )
    rows.sort(key=lambda r: (int(r.employee_no), r.position_id))
    return rows
