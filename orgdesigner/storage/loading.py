"""Loading ``.orgd`` files: the file is untrusted input.

:func:`load` opens the file read-only, refuses files that are not OrgDesigner
projects, are truncated or damaged, come from a newer version or carry a schema
that is not the app's (views, triggers: nothing from the file is ever run);
every cell is checked (:mod:`.checks`: column by column as rows are read, a
suspect row judged in SQL) before its object is built, JSON
is bounded in depth, and references between tables are checked. Older
versions are migrated in memory.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..gcpause import gc_paused
from ..i18n import _
from ..model import Project, Scenario, SourceKommune
from . import checks, schema, tempfiles
from .projectfile import SQLITE_MAGIC, ProjectFileError
from .schema import HISTORY, LOCATIONS, PERSONS, PLACEMENTS, POSITIONS, RELATIONS, UNITS, Table

# ---------------------------------------------------------------------------


def _check_header(path: Path) -> None:
    """Refuse missing, empty, non-SQLite and truncated files before SQLite sees them."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise ProjectFileError(path, _("filen finnes ikke")) from None
    except IsADirectoryError:
        raise ProjectFileError(path, _("det er en mappe, ikke en fil")) from None
    except OSError as exc:
        raise ProjectFileError(
            path, _("filen kan ikke leses ({value})").format(value=exc.strerror or exc)
        ) from exc
    if size == 0:
        raise ProjectFileError(path, _("filen er tom"))
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError(path, _("filen er ikke en OrgDesigner-prosjektfil (ikke en SQLite-database)"))
    if len(header) < 100:
        raise ProjectFileError(path, _("filen er avkortet (ufullstendig) – prøv en sikkerhetskopi"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_count = header[24:28] == header[92:96] and pages > 0
    if page_size < 512 or size % page_size or (valid_count and size < pages * page_size):
        raise ProjectFileError(path, _("filen er avkortet (ufullstendig) – prøv en sikkerhetskopi"))


def _open(path: Path) -> tuple[sqlite3.Connection, dict[str, set[int]]]:
    """A connection to a checked, current-version copy of the file, and the rows
    (table → seq) whose text holds control characters."""
    _check_header(path)
    # A plain path, not a read-only URI: SQLite URIs cannot name a Windows UNC
    # path (\\server\share), where many kommuner keep their documents.
    # The file was just checked to exist, so connect() does not create one.
    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA query_only = ON")
        con.execute("PRAGMA trusted_schema = OFF")  # no function calls from the file's schema
        con.execute("PRAGMA cell_size_check = ON")
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise ProjectFileError(
                path, _("filen er en SQLite-database, men ikke en OrgDesigner-prosjektfil")
            )
        if version > schema.SCHEMA_VERSION:
            raise ProjectFileError(
                path,
                _(
                    "filen er laget med en nyere versjon av OrgDesigner (filformat {version}, denne versjonen leser til og med {supported}). Oppdater OrgDesigner."
                ).format(version=version, supported=schema.SCHEMA_VERSION),
            )
        con.text_factory = bytes  # a damaged page can make SQLite's report invalid UTF-8
        check = con.execute("PRAGMA quick_check").fetchone()[0]
        con.text_factory = str
        if check != b"ok":
            text = check.decode("utf-8", errors="replace") if isinstance(check, bytes) else str(check)
            raise ProjectFileError(
                path, _("filen er skadet ({value})").format(value=checks.clean_text(text)[:200])
            )
        if version < schema.SCHEMA_VERSION:
            mem = sqlite3.connect(":memory:", isolation_level=None)
            con.backup(mem)
            con.close()
            con = mem
            try:
                con.execute("BEGIN")
                schema.migrate(con, version)
                con.execute("COMMIT")
            except LookupError:
                raise ProjectFileError(
                    path, _("filformat {version} er for gammelt til å kunne leses").format(version=version)
                ) from None
        try:
            checks.check_schema(con)
            dirty = checks.check_rows(con)
        except checks.FileCheckError as exc:
            raise ProjectFileError(path, str(exc)) from None
        return con, dirty
    except BaseException:
        con.close()
        raise


def _reject_constant(name: str) -> Any:
    raise ValueError(_("{name} er ikke et gyldig tall").format(name=name))


def _loads(path: Path, table: str, text: Any, shape: str = "any", seq: Any = None, column: str = "") -> Any:
    if text == "{}":  # the common case, ten times faster than json.loads
        return {}
    if text == "[]":
        return []
    if shape == "list":  # KOSTRA codes, wishes: the same short lists on thousands of rows
        known = _LISTS.get(text)
        if known is not None:
            return list(known)
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise ProjectFileError(
            path, _("{value}: en verdi er nestet for dypt").format(value=checks.where(table, seq, column))
        ) from None
    except (TypeError, ValueError):
        raise ProjectFileError(
            path, _("{value}: ugyldig JSON-verdi").format(value=checks.where(table, seq, column))
        ) from None
    problem = checks.check_json(value, shape)
    if problem:
        raise ProjectFileError(
            path,
            _("{where}: verdien {problem}").format(where=checks.where(table, seq, column), problem=problem),
        )
    if shape == "list" and len(text) <= 200 and len(_LISTS) < 10_000:
        _LISTS[text] = tuple(value)
    return value


#: JSON text → its (checked) list of text, for short lists seen before; each row gets a copy
_LISTS: dict[str, tuple[str, ...]] = {}


def _positional(table: Table) -> bool:
    """True when the columns are exactly the dataclass's init fields in order."""
    init = [f.name for f in dataclasses.fields(table.cls) if f.init]
    return list(table.columns) == init


_LIST_FIELDS = {"kostra", "wishes"}


_BIG = 1_000_000_000


def _row_maker(path: Path, table: Table) -> Callable[[tuple[Any, ...]], Any]:
    """A function building one record from a row (seq, [scope], columns…), generated once per
    table like a namedtuple's: no per-row list, loop or dict."""
    off = 2 if table.scope else 1
    args = []
    for j, col in enumerate(table.columns):
        i = j + off
        if col in table.json:
            shape = "list" if col in _LIST_FIELDS else "dict"
            empty = "[]" if shape == "list" else "{}"
            value = f"({empty} if r[{i}] == {empty!r} else _loads(path, {table.name!r}, r[{i}], {shape!r}, r[0], {col!r}))"
        elif col in table.bools:
            value = f"(r[{i}] == 1)"  # checked to be 0 or 1
        else:
            value = f"r[{i}]"
        args.append(value if _positional(table) else f"{col}={value}")
    namespace = {"cls": table.cls, "_loads": _loads, "path": path}
    return eval(f"lambda r: cls({', '.join(args)})", namespace)  # noqa: S307 — our own column names


def _objects(con: sqlite3.Connection, path: Path, table: Table) -> Iterator[tuple[Any, Any]]:
    """(scope, object) for every row of ``table`` in saved order.

    Rows come in chunks; one regex pass over a chunk's text finds control characters
    (NUL and the others XML cannot hold), and only such rows are cleaned."""
    cols = ["seq"] + ([table.scope] if table.scope else []) + list(table.columns)
    names = ", ".join(f'"{c}"' for c in cols)
    scoped = table.scope is not None
    kinds = checks.KINDS[table.name]
    text_pos = [i for i, c in enumerate(cols) if i and kinds.get(c) in ("id", "ref", "text", "long", "json")]
    long_pos = {i for i in text_pos if kinds[cols[i]] in ("long", "json")}
    make = _row_maker(path, table)
    texts_of = itemgetter(*text_pos) if len(text_pos) > 1 else (lambda row: (row[text_pos[0]],))
    suspect = checks.chunk_checker(table.name, cols)
    cur = con.execute(f"SELECT {names} FROM {table.name} ORDER BY seq")
    while True:
        chunk = cur.fetchmany(5000)
        if not chunk:
            return
        if suspect(chunk):  # a cell of wrong type or size, perhaps: SQL judges row by row
            for row in chunk:
                if suspect([row]):
                    try:
                        checks.explain(con, table.name, row[0])
                    except checks.FileCheckError as exc:
                        raise ProjectFileError(path, str(exc)) from None
        if checks.CONTROL_RE.search("\n".join(filter(None, chain.from_iterable(map(texts_of, chunk))))):
            chunk = [_clean_row(row, text_pos, long_pos) for row in chunk]
        for row in chunk:
            if scoped:
                if row[1] is None:
                    raise ProjectFileError(
                        path, _("{value}: mangler eier").format(value=checks.where(table.name, row[0]))
                    )
                yield row[1], make(row)
            else:
                yield None, make(row)


def _clean_row(row: tuple[Any, ...], text_pos: list[int], long_pos: set[int]) -> tuple[Any, ...]:
    if not any(v.__class__ is str and checks.CONTROL_RE.search(v) for v in row):
        return row
    out = list(row)
    for i in text_pos:
        out[i] = checks.clean_text(out[i], i in long_pos)
    return tuple(out)


def _clean(row: tuple[Any, ...], seq: Any, dirty: dict[str, set[int]], table: str) -> tuple[Any, ...]:
    if seq in dirty.get(table, ()):
        kinds = list(checks.KINDS[table].values())
        return tuple(checks.clean_text(v, k in ("long", "json")) for v, k in zip(row, kinds, strict=False))
    return row


def _read(con: sqlite3.Connection, path: Path, dirty: dict[str, set[int]]) -> Project:
    row = con.execute("SELECT name FROM project WHERE id = 1").fetchone()
    if row is None:
        raise ProjectFileError(path, _("prosjektopplysningene mangler i filen"))
    project = Project(name=_clean(row, 1, dirty, "project")[0])
    for seq, key, value in con.execute("SELECT seq, key, value FROM settings ORDER BY seq"):
        key = checks.clean_text(key) if seq in dirty.get("settings", ()) else key
        project.settings[key] = _loads(path, "settings", value, "any", seq, "value")
    for seq, *vals in con.execute("SELECT seq, id, name, attributes, number FROM sources ORDER BY seq"):
        sid, name, attrs, number = _clean(tuple(vals), seq, dirty, "sources")
        project.sources[sid] = SourceKommune(
            sid, name, attributes=_loads(path, "sources", attrs, "dict", seq, "attributes"), number=number
        )
    for seq, *vals in con.execute(
        "SELECT seq, id, name, attributes, description FROM scenarios ORDER BY seq"
    ):
        sid, name, attrs, desc = _clean(tuple(vals), seq, dirty, "scenarios")
        if sid in project.sources:
            raise ProjectFileError(
                path, _("alternativene, rad {seq}: samme id som en kildekommune").format(seq=seq)
            )
        project.scenarios[sid] = Scenario(
            sid,
            name,
            attributes=_loads(path, "scenarios", attrs, "dict", seq, "attributes"),
            description=desc,
        )
    project.locations = {loc.id: loc for _, loc in _objects(con, path, LOCATIONS)}
    orgs = {**project.sources, **project.scenarios}
    for org_id, unit in _objects(con, path, UNITS):
        org = orgs.get(org_id)
        if org is None:
            raise ProjectFileError(
                path, _("enheten «{value}» hører til en ukjent organisasjon").format(value=unit.name[:80])
            )
        org.units[unit.id] = unit
    for org in orgs.values():
        _check_tree(path, org)
    project.persons = {p.id: p for _, p in _objects(con, path, PERSONS)}
    project.positions = {p.id: p for _, p in _objects(con, path, POSITIONS)}
    for sc_id, pl in _objects(con, path, PLACEMENTS):
        sc = project.scenarios.get(sc_id)
        if sc is None:
            raise ProjectFileError(path, _("en innplassering hører til et ukjent alternativ"))
        sc.placements[pl.position_id] = pl
    for sc_id, rel in _objects(con, path, RELATIONS):
        sc = project.scenarios.get(sc_id)
        if sc is None:
            raise ProjectFileError(path, _("en relasjon hører til et ukjent alternativ"))
        sc.relations[rel.id] = rel
    project.history = [h for _, h in _objects(con, path, HISTORY)]
    return project


def _check_tree(path: Path, org: Any) -> None:
    """Refuse units whose parents form a circle (the tree code assumes none)."""
    units = org.units
    done: set[str] = set()
    for start in units:
        if start in done:
            continue
        trail: list[str] = []
        on_trail: set[str] = set()
        cur: str | None = start
        while cur is not None and cur in units and cur not in done:
            if cur in on_trail:
                raise ProjectFileError(
                    path,
                    _(
                        "enheten «{value}» i «{value2}» ligger under seg selv (en sirkel av overordnede enheter)"
                    ).format(value=units[cur].name[:80], value2=org.name[:80]),
                )
            trail.append(cur)
            on_trail.add(cur)
            cur = units[cur].parent_id
        done.update(trail)


def load(path: str | os.PathLike[str]) -> Project:
    """Read a project from a ``.orgd`` file. Raises :class:`ProjectFileError`.

    The file is untrusted: its schema must be the app's own, every cell is
    checked for type and size before its object is built, JSON is
    bounded in depth, and references between tables are checked.
    """
    file = Path(path)
    tempfiles.clean_stale(file.parent)
    try:
        con, dirty = _open(file)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    except UnicodeDecodeError:  # SQLite's own report about a damaged page is not even text
        raise ProjectFileError(
            file, _("filen er skadet (ugyldig tegnkoding) – prøv en sikkerhetskopi")
        ) from None
    try:
        with gc_paused():
            return _read(con, file, dirty)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    except (KeyError, TypeError, ValueError, UnicodeError, RecursionError, MemoryError) as exc:
        if isinstance(exc, ProjectFileError):
            raise
        raise ProjectFileError(
            file, _("filen har uventet innhold ({type})").format(type=type(exc).__name__)
        ) from exc
    finally:
        con.close()


def _damaged(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "decode" in text:  # SQLite's message quotes the cell: never show it
        return _("filen er skadet (tekst med ugyldig tegnkoding)")
    if "not a database" in text:
        return _("filen er ikke en OrgDesigner-prosjektfil (ikke en SQLite-database)")
    if "malformed" in text or "corrupt" in text:
        return _("filen er skadet eller avkortet – prøv en sikkerhetskopi")
    if "no such" in text:
        return _("filen mangler deler av prosjektet ({text})").format(text=text)
    if "locked" in text or "unable to open" in text:
        return _("filen kan ikke åpnes nå ({text})").format(text=text)
    return _("filen kan ikke leses ({text})").format(text=text)


def read_meta(path: str | os.PathLike[str]) -> dict[str, str]:
    """The ``meta`` table of a project file (app version, save time, recovery origin).

    The app lists its recovery copies with this at start: temporary files a killed
    save left in that folder are removed then."""
    file = Path(path)
    tempfiles.clean_stale(file.parent)
    try:
        con, dirty = _open(file)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    except UnicodeDecodeError:  # SQLite's own report about a damaged page is not even text
        raise ProjectFileError(
            file, _("filen er skadet (ugyldig tegnkoding) – prøv en sikkerhetskopi")
        ) from None
    try:
        return {
            k: checks.clean_text(v, True)
            for k, v in con.execute("SELECT key, value FROM meta")
            if isinstance(k, str) and isinstance(v, str)
        }
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    finally:
        con.close()
