"""Checks that treat a ``.orgd`` file as untrusted input, before the model is built.

* :func:`check_schema` compares the file's schema (``sqlite_master``) with the
  one this version writes: a file with a view, a trigger, an extra index or a
  table of another shape is refused, so no SQL from the file is ever run.
* :func:`check_rows` scans each small table once in SQL (C speed) for wrong storage
  types, oversized text, non-finite numbers, and control characters; the record tables
  are checked chunk by chunk while they are read (:func:`chunk_checker`, column by column
  at C speed), and a flagged row is judged again in SQL (:func:`explain`). The first bad
  cell is named (table, row, column). Rows with control characters are cleaned by the
  loader rather than refused (the app itself may once have let one through from a staff
  list; refusing the whole project for it would lock the user out).
* :func:`check_json` bounds nesting depth and shape of JSON values.

Limits (:data:`MAX_SHORT`, :data:`MAX_LONG`, :data:`MAX_DEPTH`) are far above
anything the app writes (an Excel cell holds at most 32 767 characters).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from .. import formatting
from ..i18n import N_, _, label
from . import schema
from .schema import HISTORY, LOCATIONS, PERSONS, PLACEMENTS, POSITIONS, RELATIONS, UNITS, Table

#: ids, names, titles, codes (characters): above Excel's 32 767 per cell, so nothing the
#: app itself let in from a staff list can lock a user out of their own file
MAX_SHORT = 40_000
#: notes, descriptions, JSON text (characters)
MAX_LONG = 1_000_000
#: nesting of a JSON value (settings); attributes are flat
MAX_DEPTH = 32
#: largest number allowed in a salary or percentage column
MAX_NUMBER = 1e12

#: control characters no text may hold: those XML cannot hold (exports would fail) and DEL;
#: tab, newline and CR are ordinary text
CONTROL = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r") + "\x7f"
CONTROL_IN_LONG = CONTROL
CONTROL_RE = re.compile(f"[\x00{CONTROL}]")

# column kinds: id (text, not null), ref (text or null), text, long, json, int, real, bool
_KINDS: dict[str, dict[str, str]] = {
    "project": {"name": "text"},
    "meta": {"key": "text", "value": "long"},
    "settings": {"key": "text", "value": "json"},
    "sources": {"id": "id", "name": "text", "attributes": "json", "number": "text"},
    "scenarios": {"id": "id", "name": "text", "attributes": "json", "description": "long"},
}
_LONG_FIELDS = {"note", "description", "old", "new"}
_REAL_FIELDS = {"fte_percent", "salary"}
_INT_FIELDS = {"sort_order"}
_REF_FIELDS = {
    "parent_id",
    "leader_position_id",
    "location_id",
    "person_id",
    "unit_id",
    "work_place_id",
}


def _table_kinds(table: Table) -> dict[str, str]:
    kinds: dict[str, str] = {}
    if table.scope:
        kinds[table.scope] = "id"
    for col in table.columns:
        if col in table.json:
            kinds[col] = "json"
        elif col in table.bools:
            kinds[col] = "bool"
        elif col in _REAL_FIELDS:
            kinds[col] = "real"
        elif col in _INT_FIELDS:
            kinds[col] = "int"
        elif col in _REF_FIELDS and not (table is PLACEMENTS and col == "position_id"):
            kinds[col] = "ref"
        elif col == "id" or col.endswith("_id"):
            kinds[col] = "id"
        elif col in _LONG_FIELDS:
            kinds[col] = "long"
        else:
            kinds[col] = "text"
    return kinds


for _t in (LOCATIONS, UNITS, PERSONS, POSITIONS, PLACEMENTS, RELATIONS, HISTORY):
    _KINDS[_t.name] = _table_kinds(_t)

#: tables of records (read in chunks by the loader)
RECORD_TABLES = {t.name for t in (LOCATIONS, UNITS, PERSONS, POSITIONS, PLACEMENTS, RELATIONS, HISTORY)}

#: table → column → kind (also the set of tables a file may hold)
KINDS = _KINDS

TABLE_LABELS = {
    "project": N_("prosjektet"),
    "meta": N_("metadata"),
    "settings": N_("innstillingene"),
    "sources": N_("kildekommunene"),
    "scenarios": N_("alternativene"),
    "locations": N_("arbeidsstedene"),
    "units": N_("enhetene"),
    "persons": N_("personene"),
    "positions": N_("stillingene"),
    "placements": N_("innplasseringene"),
    "relations": N_("relasjonene"),
    "history": N_("historikken"),
}


def where(table: str, seq: Any = None, column: str = "") -> str:
    """«enhetene (tabellen units), rad 3, feltet «kostra»» for a message."""
    out = _("{what} (tabellen «{table}»)").format(what=label(TABLE_LABELS, table), table=table)
    if seq is not None:
        out += ", " + _("rad {row}").format(row=seq)
    if column:
        out += ", " + _("feltet «{field}»").format(field=column)
    return out


class FileCheckError(ValueError):
    """What is wrong with the file, in bokmål (the caller adds the file name)."""


@functools.lru_cache(maxsize=1)
def expected_schema() -> frozenset[tuple[str, str, str, str | None]]:
    """(type, name, table, sql) of every schema object this version writes."""
    con = sqlite3.connect(":memory:")
    try:
        schema.create_schema(con)
        return frozenset(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        con.close()


def check_schema(con: sqlite3.Connection) -> None:
    """Refuse a schema that is not exactly the app's (views, triggers, other tables)."""
    found = set(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    expected = expected_schema()
    if found == expected:
        return
    odd = sorted(found - expected, key=lambda r: (str(r[0]), str(r[1])))
    for kind, name, *_rest in odd:
        if kind in ("view", "trigger"):
            what = _("en visning (view)") if kind == "view" else _("en utløser (trigger)")
            raise FileCheckError(
                _(
                    "filen inneholder {what} «{value}» som ikke hører til en OrgDesigner-prosjektfil (den kan være laget for å skade); filen åpnes ikke"
                ).format(what=what, value=_safe(name))
            )
    if odd:
        kind, name, *_rest = odd[0]
        raise FileCheckError(
            _(
                "filen har en {value} «{value2}» som ikke er slik OrgDesigner lager den; filen åpnes ikke"
            ).format(value="tabell" if kind == "table" else "del", value2=_safe(name))
        )
    missing = sorted(str(r[1]) for r in expected - found)
    raise FileCheckError(
        _("filen mangler deler av prosjektet ({value})").format(value=", ".join(missing[:3]))
    )


def _conditions(col: str, kind: str) -> list[tuple[str, str]]:
    """(SQL condition that is true for a bad cell, reason) for one column."""
    q = f'"{col}"'
    text_ok = "'text','null'" if kind == "ref" else "'text'"
    if kind in ("id", "ref", "text", "long", "json"):
        limit = MAX_LONG if kind in ("long", "json") else MAX_SHORT
        return [
            (f"typeof({q}) NOT IN ({text_ok})", _("har feil type (skal være tekst)")),
            # bytes, not characters: SQLite knows a value's size without reading it
            (
                f"length(CAST({q} AS BLOB)) > {4 * limit}",
                _("er for lang (over {limit} tegn)").format(limit=formatting.number(limit)),
            ),
        ]
    if kind == "real":
        return [
            (
                f"typeof({q}) NOT IN ('real','integer') OR abs({q}) > {MAX_NUMBER}",
                _("er ikke et gyldig tall"),
            )
        ]
    if kind == "int":
        return [(f"typeof({q}) != 'integer' OR abs({q}) > 1000000000", _("er ikke et gyldig heltall"))]
    if kind == "bool":
        return [(f"typeof({q}) != 'integer' OR {q} NOT IN (0, 1)", _("er ikke ja/nei (0 eller 1)"))]
    raise AssertionError(kind)


def _control_condition(col: str, kind: str) -> str:
    q = f'"{col}"'
    chars = CONTROL_IN_LONG if kind in ("long", "json") else CONTROL
    return f"(instr(CAST({q} AS BLOB), x'00') > 0 OR {q} GLOB '*[{chars}]*')"


def _table_conditions(table: str) -> list[tuple[str, str, str]]:
    return [(col, cond, why) for col, kind in KINDS[table].items() for cond, why in _conditions(col, kind)]


def bad_row_condition(table: str) -> str:
    """SQL that is true for a row with a cell of wrong type or size (for a flag column)."""
    return " OR ".join(f"({c})" for _col, c, _why in _table_conditions(table))


_NONE = type(None)
_TEXT_KINDS = ("id", "ref", "text", "long", "json")


def chunk_checker(table: str, cols: list[str]) -> Callable[[list[tuple[Any, ...]]], bool]:
    """A test over a chunk of rows (``cols`` in order) that is True when some cell may be of a
    wrong type or size: column by column at C speed (types, longest text, largest number).

    It flags every cell :func:`bad_row_condition` flags (text is measured in characters, a
    bound the byte limit implies), so a chunk it passes is clean; a flagged row is judged by
    :func:`explain`, in SQL, which names the cell."""
    kinds = KINDS[table]
    plan = [(i, kinds[c]) for i, c in enumerate(cols) if c in kinds]
    text_ok, ref_ok, numbers = {str}, {str, _NONE}, {float, int}

    def suspect(chunk: list[tuple[Any, ...]]) -> bool:
        columns = list(zip(*chunk, strict=True))
        for i, kind in plan:
            col = columns[i]
            types = set(map(type, col))
            if kind in _TEXT_KINDS:
                if not types <= (ref_ok if kind == "ref" else text_ok):
                    return True
                limit = MAX_LONG if kind in ("long", "json") else MAX_SHORT
                if max(map(len, filter(None, col)), default=0) > limit:
                    return True
            elif kind == "real":
                if not types <= numbers or max(map(abs, col), default=0) > MAX_NUMBER:
                    return True
            elif kind == "int":
                if not types <= {int} or max(map(abs, col), default=0) > 1_000_000_000:
                    return True
            elif not types <= {int} or not set(col) <= {0, 1}:  # bool
                return True
        return False

    return suspect


def explain(con: sqlite3.Connection, table: str, key: Any = None) -> None:
    """Raise :class:`FileCheckError` naming the first bad cell (of row ``key``, or any row)."""
    name = "id" if table == "project" else "rowid" if table == "meta" else "seq"
    conds = _table_conditions(table)
    flags = ", ".join(f"({c})" for _col, c, _why in conds)
    any_bad = bad_row_condition(table)
    only = f"{name} = ? AND " if key is not None else ""
    row = con.execute(
        f"SELECT {name}, {flags} FROM {table} WHERE {only}({any_bad}) LIMIT 1",
        (key,) if key is not None else (),
    ).fetchone()
    if row is not None:
        for (col, _cond, why), hit in zip(conds, row[1:], strict=True):
            if hit:
                raise FileCheckError(
                    _("{value} {why}; filen er skadet eller laget av et annet program").format(
                        value=where(table, row[0], col), why=why
                    )
                )


def check_rows(con: sqlite3.Connection) -> dict[str, set[int]]:
    """Refuse the first cell of a wrong type or size in the small tables; return table → keys of
    their rows with control characters. (Record tables are checked while they are read, with
    :func:`chunk_checker`, so each is scanned once.)"""
    dirty: dict[str, set[int]] = {}
    for table, kinds in KINDS.items():
        if table in RECORD_TABLES:
            continue
        explain(con, table)
        key = "id" if table == "project" else "rowid" if table == "meta" else "seq"
        text_cols = [(c, k) for c, k in kinds.items() if k in ("id", "ref", "text", "long", "json")]
        ctrl = " OR ".join(_control_condition(c, k) for c, k in text_cols)
        seqs = {r[0] for r in con.execute(f"SELECT {key} FROM {table} WHERE {ctrl}")}
        if seqs:
            dirty[table] = seqs
    return dirty


_CLEAN = {ord(c): " " for c in CONTROL}
_CLEAN[0] = None
_CLEAN_LONG = {ord(c): " " for c in CONTROL_IN_LONG}
_CLEAN_LONG[0] = None


def clean_text(value: Any, long: bool = False) -> Any:
    """``value`` without NUL and with other control characters as spaces (non-text unchanged)."""
    if isinstance(value, str):
        return value.translate(_CLEAN_LONG if long else _CLEAN)
    return value


def check_json(value: Any, shape: str) -> str:
    """'' when ``value`` fits ``shape`` ("dict": flat object, "list": list of text,
    "any": any JSON up to :data:`MAX_DEPTH` deep); else the reason."""
    if shape == "dict":
        if not isinstance(value, dict):
            return _("skal være et JSON-objekt")
        for v in value.values():
            if isinstance(v, (dict, list)):
                return _depth_problem(v, 1)
        return ""
    if shape == "list":
        if not isinstance(value, list):
            return _("skal være en JSON-liste")
        if not all(isinstance(v, str) for v in value):
            return _("skal være en liste med tekst")
        return ""
    return _depth_problem(value, 0)


def _depth_problem(value: Any, start: int) -> str:
    stack = [(value, start)]
    while stack:
        v, d = stack.pop()
        if d > MAX_DEPTH:
            return _("er nestet for dypt (over {levels} nivåer)").format(levels=MAX_DEPTH)
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v)
    return ""


def _safe(text: Any) -> str:
    """Schema names for a message: printable, short."""
    s = str(text).translate(_CLEAN)
    return s if len(s) <= 60 else s[:60] + "…"
