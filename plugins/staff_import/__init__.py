"""Built-in plugin: import staff lists (ansattlister) and organisation structure tables.

Staff lists (.xlsx, .xlsm, .csv as HR systems export them) become a new source
kommune with its as-is organisation, employees, positions and work places;
structure tables (unit, parent unit, unit type) become a new scenario. Both
are applied as one undoable op. See :mod:`.importer` and :mod:`.structure`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from orgdesigner.hookspecs import Importer, hookimpl

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


@hookimpl
def orgdesigner_importers() -> list[Importer]:
    return [
        Importer("staff_list", "Ansattliste (Excel/CSV)", EXTENSIONS, _read_staff),
        Importer("org_structure", "Organisasjonsstruktur (Excel/CSV)", EXTENSIONS, _read_structure),
    ]
