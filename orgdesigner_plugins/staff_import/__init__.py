"""Built-in plugin: import staff lists (ansattlister) and organisation structure tables.

Staff lists (.xlsx, .xls, .xlsm, .csv as HR systems export them) become a new source
kommune with its as-is organisation, employees, positions and work places;
structure tables (unit, parent unit, unit type) become a new scenario. Both
are applied as one undoable op. See :mod:`.importer` and :mod:`.structure`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from orgdesigner.api import Importer, hookimpl

from .importer import Options, StaffImport, read_staff_list
from .reading import EXTENSIONS, ImportFileError
from .report import ImportReport, Issue
from .structure import StructureImport, read_structure_table

__all__ = [
    "EXTENSIONS",
    "ImportFileError",
    "ImportReport",
    "Issue",
    "Options",
    "StaffImport",
    "StructureImport",
    "read_staff_list",
    "read_structure_table",
]


def _read_staff(path: str | Path, project: Any, **options: Any) -> StaffImport:
    """Importer.read for staff lists: returns the :class:`StaffImport`; apply
    ``result.op(project)`` (or push it on the undo stack) to add it."""
    return read_staff_list(path, Options(**options), project=project)


def _read_structure(path: str | Path, project: Any, **options: Any) -> StructureImport:
    return read_structure_table(path, project=project, **options)


def _staff_wizard(controller: Any, parent: Any = None, path: str | None = None, finish: Any = None) -> Any:
    """The wizard this importer contributes to the app (sheet, header row, kommune, mapping)."""
    from .wizard_qt import ImportWizard

    return ImportWizard(controller, parent, path, finish=finish)


@hookimpl
def orgdesigner_importers() -> list[Importer]:
    staff = Importer("staff_list", "Ansattliste (Excel/CSV)", EXTENSIONS, _read_staff)
    # optional extras the app looks for: its own wizard, and what a result means to the project
    staff.wizard = _staff_wizard  # type: ignore[attr-defined]
    staff.kind = "staff_list"  # type: ignore[attr-defined]
    structure = Importer("org_structure", "Organisasjonsstruktur (Excel/CSV)", EXTENSIONS, _read_structure)
    structure.kind = "structure"  # type: ignore[attr-defined]
    return [staff, structure]
