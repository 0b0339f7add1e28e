"""The core model of OrgDesigner: plain dataclasses and invertible operations, no Qt."""

from . import ops
from .entities import (
    HistoryEntry,
    Location,
    Person,
    Placement,
    PlacementStatus,
    Position,
    Relation,
    Role,
    Unit,
    UnitType,
    new_id,
    role_label,
    status_label,
    unit_type_label,
)
from .org import Org, Scenario, SourceKommune
from .project import DEFAULT_SETTINGS, Change, ModelError, Project

__all__ = [
    "DEFAULT_SETTINGS",
    "Change",
    "HistoryEntry",
    "Location",
    "ModelError",
    "Org",
    "Person",
    "Placement",
    "PlacementStatus",
    "Position",
    "Project",
    "Relation",
    "Role",
    "Scenario",
    "SourceKommune",
    "Unit",
    "UnitType",
    "new_id",
    "ops",
    "role_label",
    "status_label",
    "unit_type_label",
]
