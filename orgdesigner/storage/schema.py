"""The relational schema of a ``.orgd`` file and its forward migrations.

Each table lists its columns explicitly (no column is derived from the
dataclasses at run time), so adding a field to the model without adding it
here makes the round-trip test fail instead of silently changing the file
format. Lists and dicts are stored as JSON text; booleans as 0/1; dict order
is kept in an explicit ``seq`` column.

The schema version lives in ``PRAGMA user_version``; ``PRAGMA application_id``
marks the file as an OrgDesigner project. A file of an older version is
brought up to date by :data:`MIGRATIONS` (version n → n + 1) in memory when it
is opened; the user's file is only rewritten when the project is saved.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from ..model import HistoryEntry, Location, Person, Placement, Position, Relation, Unit

#: the version this code writes; files with a higher version are refused
SCHEMA_VERSION = 1

#: "ORGD" — tells an OrgDesigner file apart from any other SQLite database
APPLICATION_ID = 0x4F524744

#: version n → function that upgrades a connection from n to n + 1
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


@dataclass(frozen=True)
class Table:
    """One table that holds records of one dataclass.

    ``scope`` is the column naming the owner (org or scenario) for records
    that live inside an org; ``columns`` are dataclass field names, in order.
    """

    name: str
    cls: type
    columns: tuple[str, ...]
    json: tuple[str, ...] = ()
    bools: tuple[str, ...] = ()
    scope: str | None = None


LOCATIONS = Table(
    "locations", Location, ("id", "name", "address", "territory", "attributes"), json=("attributes",)
)
UNITS = Table(
    "units",
    Unit,
    (
        "id",
        "name",
        "type",
        "parent_id",
        "sort_order",
        "leader_position_id",
        "location_id",
        "target_group",
        "role",
        "kostra",
        "cost_centre",
        "attributes",
    ),
    json=("kostra", "attributes"),
    scope="org_id",
)
PERSONS = Table(
    "persons", Person, ("id", "employee_no", "name", "source_id", "attributes"), json=("attributes",)
)
POSITIONS = Table(
    "positions",
    Position,
    (
        "id",
        "person_id",
        "source_id",
        "unit_id",
        "code",
        "title",
        "fte_percent",
        "salary",
        "work_place_id",
        "personnel_responsibility",
        "budget_responsibility",
        "kostra",
        "cost_centre",
        "attributes",
    ),
    json=("attributes",),
    bools=("personnel_responsibility", "budget_responsibility"),
)
PLACEMENTS = Table(
    "placements",
    Placement,
    ("position_id", "unit_id", "work_place_id", "status", "note", "wishes", "changed_at", "changed_by"),
    json=("wishes",),
    scope="scenario_id",
)
RELATIONS = Table(
    "relations",
    Relation,
    ("id", "source_kind", "source_id", "target_unit_id", "kind", "note"),
    scope="scenario_id",
)
HISTORY = Table("history", HistoryEntry, ("scenario_id", "position_id", "field", "old", "new", "at", "by"))

#: columns of the org tables besides id, seq, name and attributes
SOURCE_EXTRA = ("number",)
SCENARIO_EXTRA = ("description",)

DDL_V1 = """
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE settings (
    seq INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL               -- JSON
);
CREATE TABLE sources (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    attributes TEXT NOT NULL,         -- JSON object
    number TEXT NOT NULL
);
CREATE TABLE scenarios (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    attributes TEXT NOT NULL,         -- JSON object
    description TEXT NOT NULL
);
CREATE TABLE locations (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    territory TEXT NOT NULL,
    attributes TEXT NOT NULL
);
CREATE TABLE units (
    seq INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL,             -- a source kommune or a scenario
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    parent_id TEXT,
    sort_order INTEGER NOT NULL,
    leader_position_id TEXT,
    location_id TEXT,
    target_group TEXT NOT NULL,
    role TEXT NOT NULL,
    kostra TEXT NOT NULL,             -- JSON list
    cost_centre TEXT NOT NULL,
    attributes TEXT NOT NULL,
    UNIQUE (org_id, id)
);
CREATE TABLE persons (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    employee_no TEXT NOT NULL,
    name TEXT NOT NULL,
    source_id TEXT NOT NULL,
    attributes TEXT NOT NULL
);
CREATE TABLE positions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT,
    source_id TEXT NOT NULL,
    unit_id TEXT,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    fte_percent REAL NOT NULL,
    salary REAL NOT NULL,
    work_place_id TEXT,
    personnel_responsibility INTEGER NOT NULL,
    budget_responsibility INTEGER NOT NULL,
    kostra TEXT NOT NULL,
    cost_centre TEXT NOT NULL,
    attributes TEXT NOT NULL
);
CREATE TABLE placements (
    seq INTEGER PRIMARY KEY,
    scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    position_id TEXT NOT NULL,
    unit_id TEXT,
    work_place_id TEXT,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    wishes TEXT NOT NULL,             -- JSON list of unit ids
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    UNIQUE (scenario_id, position_id)
);
CREATE TABLE relations (
    seq INTEGER PRIMARY KEY,
    scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    target_unit_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    UNIQUE (scenario_id, id)
);
CREATE TABLE history (
    seq INTEGER PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    position_id TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT NOT NULL,
    new TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL
);
"""


def create_schema(con: sqlite3.Connection) -> None:
    """Create the current schema in an empty database (inside the caller's transaction)."""
    for statement in DDL_V1.split(";"):
        if statement.strip():
            con.execute(statement)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def migrate(con: sqlite3.Connection, version: int, target: int | None = None) -> list[int]:
    """Upgrade ``con`` from ``version`` to ``target`` (default: :data:`SCHEMA_VERSION`).

    Returns the versions migrated from. Raises ``LookupError`` when a step is missing.
    """
    target = SCHEMA_VERSION if target is None else target
    done: list[int] = []
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise LookupError(version)
        step(con)
        version += 1
        con.execute(f"PRAGMA user_version = {version}")
        done.append(version - 1)
    return done
