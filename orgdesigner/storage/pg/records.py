"""A project as rows of the server's tables, and back.

Pushing copies every table's rows (``COPY`` into a temporary table, then one
``INSERT … SELECT`` each, which row security allows only into a project the
caller is pushing). Loading reads every table in the project's saved order
(``ord``) in one snapshot. A tillitsvalgt's project comes from the
pseudonymised views: persons carry a pseudonym instead of a name and no
employee number, positions no salary.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from psycopg.types.json import Jsonb

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


def push_rows(project: Project) -> Iterator[tuple[str, list[str], Iterator[tuple[Any, ...]]]]:
    """``(table, columns, rows)`` for every table ``server push`` fills; ``ord`` keeps dict order.

    Rows start with ``org_id`` and ``ord``; lists and dicts are :class:`Jsonb`.
    """
    yield (
        "settings",
        ["key", "value", "ord"],
        ((k, Jsonb(v), n) for n, (k, v) in enumerate(project.settings.items())),
    )
    orgs = [
        ("sources", project.sources, SourceKommune, ["number"]),
        ("scenarios", project.scenarios, Scenario, ["description"]),
    ]
    for table, coll, _cls, extra in orgs:
        cols = ["org_id", "ord", "id", "name", "attributes", *extra]
        yield (
            table,
            cols,
            (
                ("", n, o.id, o.name, Jsonb(o.attributes), *(getattr(o, e) for e in extra))
                for n, o in enumerate(coll.values())
            ),
        )
    for table, cls, items in (
        ("locations", Location, project.locations.values()),
        ("persons", Person, project.persons.values()),
        ("positions", Position, project.positions.values()),
    ):
        yield table, ["org_id", "ord", *_cols(cls)], _plain_rows("", items, cls)
    all_orgs = [*project.sources.values(), *project.scenarios.values()]
    yield (
        "units",
        ["org_id", "ord", *_cols(Unit)],
        (r for o in all_orgs for r in _plain_rows(o.id, o.units.values(), Unit)),
    )
    scenarios = list(project.scenarios.values())
    for table, cls, attr in (("placements", Placement, "placements"), ("relations", Relation, "relations")):
        yield (
            table,
            ["org_id", "ord", *_cols(cls)],
            (r for sc in scenarios for r in _plain_rows(sc.id, getattr(sc, attr).values(), cls)),
        )
    yield (
        "history",
        _cols(HistoryEntry),
        (tuple(getattr(h, c) for c in _cols(HistoryEntry)) for h in project.history),
    )


def _plain_rows(org_id: str, items: Any, cls: type) -> Iterator[tuple[Any, ...]]:
    cols = _cols(cls)
    for n, item in enumerate(items):
        yield (
            org_id,
            n,
            *(Jsonb(v) if isinstance(v, (list, dict)) else v for v in (getattr(item, c) for c in cols)),
        )


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
