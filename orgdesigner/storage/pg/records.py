"""A project as rows of the server's tables, and back.

Pushing sends the whole project as one JSON document to
``orgdesigner.create_project`` (the same records :mod:`orgdesigner.model.opjson`
sends in ops). Loading reads every table in the project's saved order
(``ord``) in one snapshot. A tillitsvalgt's project comes from the
pseudonymised views: persons carry a pseudonym instead of a name and no
employee number, positions no salary.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...model import (
    HistoryEntry,
    Location,
    Person,
    Placement,
    Position,
    Project,
    Relation,
    Scenario,
    SourceKommune,
    Unit,
)


def project_doc(project: Project) -> dict[str, Any]:
    """The JSON document ``create_project`` takes (the records ``opjson.record`` gives)."""
    return {
        "name": project.name,
        "settings": [[k, v] for k, v in project.settings.items()],
        "sources": [_org(s) for s in project.sources.values()],
        "scenarios": [_org(s) for s in project.scenarios.values()],
        "locations": _rows(project.locations.values(), Location),
        "persons": _rows(project.persons.values(), Person),
        "positions": _rows(project.positions.values(), Position),
        "history": _rows(project.history, HistoryEntry),
    }


def _rows(items: Any, cls: type) -> list[dict[str, Any]]:
    """Field dicts (shallow: the values are only serialised, never changed)."""
    cols = _cols(cls)
    return [{c: getattr(x, c) for c in cols} for x in items]


def _org(org: Any) -> dict[str, Any]:
    out = {
        "id": org.id,
        "name": org.name,
        "attributes": org.attributes,
        "units": _rows(org.units.values(), Unit),
    }
    if isinstance(org, Scenario):
        out["description"] = org.description
        out["placements"] = _rows(org.placements.values(), Placement)
        out["relations"] = _rows(org.relations.values(), Relation)
    else:
        out["number"] = org.number
    return out


def _cols(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.init]


def _sql_cols(cls: type) -> str:
    return ", ".join(f'"{c}"' for c in _cols(cls))


def _int_sort(unit: Unit) -> Unit:
    if isinstance(unit.sort_order, float) and unit.sort_order.is_integer():
        unit.sort_order = int(unit.sort_order)
    return unit


def read_project(cur: Any, pid: int, title: str, pseudonymised: bool = False) -> Project:
    """Every record of project ``pid`` (inside the caller's snapshot transaction)."""
    p = Project(name=title)
    cur.execute("SELECT key, value FROM orgdesigner.settings WHERE project_id = %s ORDER BY ord", (pid,))
    p.settings = {k: v for k, v in cur.fetchall()}
    cur.execute(
        "SELECT id, name, attributes, number FROM orgdesigner.sources WHERE project_id = %s ORDER BY ord",
        (pid,),
    )
    for sid, name, attrs, number in cur.fetchall():
        p.sources[sid] = SourceKommune(sid, name, attributes=attrs, number=number)
    cur.execute(
        "SELECT id, name, attributes, description FROM orgdesigner.scenarios WHERE project_id = %s ORDER BY ord",
        (pid,),
    )
    for sid, name, attrs, desc in cur.fetchall():
        p.scenarios[sid] = Scenario(sid, name, attributes=attrs, description=desc)
    orgs = {**p.sources, **p.scenarios}
    cur.execute(
        f"SELECT org_id, {_sql_cols(Unit)} FROM orgdesigner.units WHERE project_id = %s ORDER BY ord", (pid,)
    )
    for org_id, *row in cur.fetchall():
        if org_id in orgs:
            unit = _int_sort(Unit(*row))
            orgs[org_id].units[unit.id] = unit
    cur.execute(
        f"SELECT {_sql_cols(Location)} FROM orgdesigner.locations WHERE project_id = %s ORDER BY ord", (pid,)
    )
    p.locations = {row[0]: Location(*row) for row in cur.fetchall()}
    if pseudonymised:
        cur.execute(
            "SELECT id, pseudonym, source_id FROM orgdesigner.persons_pseudo WHERE project_id = %s ORDER BY ord",
            (pid,),
        )
        p.persons = {i: Person(i, "", name, source_id=src) for i, name, src in cur.fetchall()}
        cols = [c for c in _cols(Position) if c not in ("salary", "attributes")]
        cur.execute(
            f"SELECT {', '.join(cols)} FROM orgdesigner.positions_pseudo WHERE project_id = %s ORDER BY ord",
            (pid,),
        )
        p.positions = {row[0]: Position(**dict(zip(cols, row, strict=True))) for row in cur.fetchall()}
    else:
        cur.execute(
            f"SELECT {_sql_cols(Person)} FROM orgdesigner.persons WHERE project_id = %s ORDER BY ord", (pid,)
        )
        p.persons = {row[0]: Person(*row) for row in cur.fetchall()}
        cur.execute(
            f"SELECT {_sql_cols(Position)} FROM orgdesigner.positions WHERE project_id = %s ORDER BY ord",
            (pid,),
        )
        p.positions = {row[0]: Position(*row) for row in cur.fetchall()}
    cur.execute(
        f"SELECT org_id, {_sql_cols(Placement)} FROM orgdesigner.placements WHERE project_id = %s ORDER BY ord",
        (pid,),
    )
    for org_id, *row in cur.fetchall():
        if org_id in p.scenarios:
            p.scenarios[org_id].placements[row[0]] = Placement(*row)
    cur.execute(
        f"SELECT org_id, {_sql_cols(Relation)} FROM orgdesigner.relations WHERE project_id = %s ORDER BY ord",
        (pid,),
    )
    for org_id, *row in cur.fetchall():
        if org_id in p.scenarios:
            p.scenarios[org_id].relations[row[0]] = Relation(*row)
    cur.execute(
        f"SELECT {_sql_cols(HistoryEntry)} FROM orgdesigner.history WHERE project_id = %s ORDER BY seq",
        (pid,),
    )
    p.history = [HistoryEntry(*row) for row in cur.fetchall()]
    return p
