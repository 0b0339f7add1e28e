"""A semicolon-separated staff list as some payroll systems write it.

::

    Ansattnr;Navn;Stillingskode;Stillingstittel;Stillingsprosent;Enhet;Overordnet enhet
    1001;Kari Nordmann;9451;Rektor;100;Berg skole;Oppvekst

``read`` never changes the project: it returns an :class:`EksempelImport`
whose ``op(project)`` adds the source kommune as one undoable edit. A bad row
is reported with its row and column, never dropped silently; a file that
cannot be read gives ``ok`` False and a message naming the file.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orgdesigner.api import (
    AddItems,
    Compound,
    ModelError,
    Op,
    Person,
    Position,
    Project,
    SourceKommune,
    Unit,
    UnitType,
    new_id,
)

ID = "eksempel.visma"
COLUMNS = ["Ansattnr", "Navn", "Stillingskode", "Stillingstittel", "Stillingsprosent", "Enhet"]
PARENT = "Overordnet enhet"


@dataclass
class Issue:
    """One problem; ``row`` is the line number in the file (1 = the header)."""

    row: int | None
    column: str
    severity: str
    message: str

    def where(self) -> str:
        parts = [f"rad {self.row}"] if self.row else []
        if self.column:
            parts.append(f"kolonne «{self.column}»")
        return ", ".join(parts)


@dataclass
class EksempelImport:
    file: str
    kommune: str
    issues: list[Issue] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(i.severity == "error" for i in self.issues)

    @property
    def message(self) -> str:
        errors = [i for i in self.issues if i.severity == "error"]
        return f"{self.file}: {errors[0].where()}: {errors[0].message}" if errors else ""

    def summary(self) -> str:
        return f"{self.kommune}: {len(self.positions)} stillinger i {len(self.units)} enheter"

    def op(self, project: Project | None = None) -> Op:
        """One undo step that adds the kommune, its units, employees and positions."""
        if not self.ok:
            raise ModelError(self.message)
        if project is not None and any(s.name == self.kommune for s in project.sources.values()):
            raise ModelError(f"Prosjektet har allerede kildekommunen «{self.kommune}»")
        source = SourceKommune(new_id("k"), self.kommune)
        for item in (*self.persons, *self.positions):
            item.source_id = source.id
        return Compound(
            [
                AddItems("source", None, [source]),
                AddItems("unit", source.id, self.units),
                AddItems("person", None, self.persons),
                AddItems("position", None, self.positions),
            ],
            text=f"Importer Visma-liste «{Path(self.file).name}»",
        )


def read(
    path: str | Path, project: Project | None = None, kommune: str | None = None, **_: Any
) -> EksempelImport:
    """Read the list (UTF-8, or Windows-1252 as older exports are)."""
    path = Path(path)
    result = EksempelImport(str(path), kommune or path.stem)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        result.issues.append(Issue(None, "", "error", f"kan ikke leses: {exc.strerror or exc}"))
        return result
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    if not rows:
        result.issues.append(Issue(None, "", "error", "fila er tom"))
        return result
    header = [h.strip() for h in rows[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        result.issues.append(Issue(1, ", ".join(missing), "error", "kolonnen mangler i overskriftsraden"))
        return result
    col = {name: header.index(name) for name in [*COLUMNS, PARENT] if name in header}
    units: dict[str, Unit] = {}
    persons: dict[str, Person] = {}
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[i].strip() if i < len(row) else "") for name, i in col.items()}
        if not cells["Ansattnr"]:
            result.issues.append(Issue(line_no, "Ansattnr", "error", "ansattnummeret mangler"))
            continue
        try:
            fte = float(cells["Stillingsprosent"].replace(",", ".") or "100")
        except ValueError:
            result.issues.append(
                Issue(line_no, "Stillingsprosent", "error", f"«{cells['Stillingsprosent']}» er ikke et tall")
            )
            continue
        unit = _unit(units, cells["Enhet"] or "Uten enhet", cells.get(PARENT, ""))
        person = persons.get(cells["Ansattnr"])
        if person is None:
            person = persons[cells["Ansattnr"]] = Person(new_id("a"), cells["Ansattnr"], cells["Navn"])
        result.positions.append(
            Position(
                new_id("p"),
                person.id,
                unit_id=unit.id,
                code=cells["Stillingskode"],
                title=cells["Stillingstittel"],
                fte_percent=fte,
            )
        )
    result.units = list(units.values())
    result.persons = list(persons.values())
    return result


def _unit(units: dict[str, Unit], name: str, parent: str) -> Unit:
    if parent and parent not in units:
        units[parent] = Unit(new_id("u"), parent, type=UnitType.TJENESTEOMRADE)
    if name not in units:
        units[name] = Unit(new_id("u"), name, parent_id=units[parent].id if parent else None)
    return units[name]
