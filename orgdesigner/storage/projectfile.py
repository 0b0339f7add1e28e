"""Reading and writing ``.orgd`` files (SQLite, stdlib ``sqlite3``).

:func:`save` writes the whole project in one transaction into a temporary
file in the target's folder, fsyncs it and moves it over the target with
``os.replace``; a save that fails leaves the previous file untouched and no
temporary file behind. :func:`load` opens the file read-only, refuses files
that are not OrgDesigner projects, are truncated or damaged, or come from a
newer version, and migrates older versions in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import Project, Scenario, SourceKommune
from . import schema
from .schema import HISTORY, LOCATIONS, PERSONS, PLACEMENTS, POSITIONS, RELATIONS, UNITS, Table

SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectFileError(Exception):
    """A project file cannot be read or written; the message (bokmål) names the file."""

    def __init__(self, path: str | os.PathLike[str], reason: str, *, action: str = "åpne") -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"Kan ikke {action} «{self.path}»: {reason}")


# ---------------------------------------------------------------------------
# encoding
# ---------------------------------------------------------------------------


def _dumps(value: Any) -> str:
    if not value:
        return "[]" if isinstance(value, list) else "{}" if isinstance(value, dict) else json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


def _encode(table: Table, items: Iterable[Any], scope: str | None = None) -> Iterator[tuple[Any, ...]]:
    get = attrgetter(*table.columns)
    json_idx = [table.columns.index(c) for c in table.json]
    for item in items:
        row = list(get(item))
        for i in json_idx:
            row[i] = _dumps(row[i])
        yield (scope, *row) if table.scope else tuple(row)


def _insert(con: sqlite3.Connection, table: Table, rows: Iterable[tuple[Any, ...]]) -> None:
    cols = ([table.scope] if table.scope else []) + list(table.columns)
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" * len(cols))
    con.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)


def _write(con: sqlite3.Connection, project: Project, meta: dict[str, str]) -> None:
    schema.create_schema(con)
    con.execute("INSERT INTO project (id, name) VALUES (1, ?)", (project.name,))
    con.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
    con.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [(k, json.dumps(v, ensure_ascii=False)) for k, v in project.settings.items()],
    )
    con.executemany(
        "INSERT INTO sources (id, name, attributes, number) VALUES (?, ?, ?, ?)",
        [(s.id, s.name, _dumps(s.attributes), s.number) for s in project.sources.values()],
    )
    con.executemany(
        "INSERT INTO scenarios (id, name, attributes, description) VALUES (?, ?, ?, ?)",
        [(s.id, s.name, _dumps(s.attributes), s.description) for s in project.scenarios.values()],
    )
    _insert(con, LOCATIONS, _encode(LOCATIONS, project.locations.values()))
    for org in [*project.sources.values(), *project.scenarios.values()]:
        _insert(con, UNITS, _encode(UNITS, org.units.values(), org.id))
    _insert(con, PERSONS, _encode(PERSONS, project.persons.values()))
    _insert(con, POSITIONS, _encode(POSITIONS, project.positions.values()))
    for sc in project.scenarios.values():
        _insert(con, PLACEMENTS, _encode(PLACEMENTS, sc.placements.values(), sc.id))
        _insert(con, RELATIONS, _encode(RELATIONS, sc.relations.values(), sc.id))
    _insert(con, HISTORY, _encode(HISTORY, project.history))


def _fsync(path: str, directory: bool = False) -> None:
    if directory:
        if os.name == "nt":  # a folder cannot be opened for fsync on Windows
            return
        fd = os.open(path, os.O_RDONLY)
    else:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _target_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save(project: Project, path: str | os.PathLike[str], *, meta: dict[str, str] | None = None) -> None:
    """Write ``project`` to ``path`` atomically (all or nothing).

    ``meta`` adds key/value text to the file's ``meta`` table (the recovery
    helper records the original path there). Raises :class:`ProjectFileError`.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectFileError(target, f"mappen «{folder}» finnes ikke", action="lagre")
    info = {
        "app_version": __version__,
        "saved_at": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        **(meta or {}),
    }
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ProjectFileError(
            target, f"kan ikke skrive i mappen ({exc.strerror or exc})", action="lagre"
        ) from exc
    con: sqlite3.Connection | None = None
    try:
        con = sqlite3.connect(tmp, isolation_level=None)
        con.execute("PRAGMA journal_mode = MEMORY")
        con.execute("PRAGMA synchronous = OFF")  # fsync happens below, once
        con.execute("BEGIN")
        _write(con, project, info)
        con.execute("COMMIT")
        con.close()
        con = None
        _fsync(tmp)
        os.chmod(tmp, _target_mode(target))
        os.replace(tmp, target)
        _fsync(str(folder), directory=True)
    except BaseException as exc:
        if con is not None:
            con.close()
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise ProjectFileError(target, _reason(exc), action="lagre") from exc
        if isinstance(exc, (TypeError, ValueError)):
            raise ProjectFileError(
                target, f"prosjektet inneholder en verdi som ikke kan lagres ({exc})", action="lagre"
            ) from exc
        raise


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return f"filsystemfeil ({exc.strerror or exc})"
    text = str(exc)
    if "full" in text:
        return "disken er full"
    if text.startswith("NOT NULL constraint failed: "):
        table, _, column = text.rsplit(" ", 1)[-1].partition(".")
        return f"feltet «{column}» i «{table}» mangler en verdi (eller er ikke et gyldig tall)"
    if text.startswith("UNIQUE constraint failed: "):
        return f"samme id finnes to ganger ({text.rsplit(' ', 1)[-1]})"
    return f"databasefeil ({text})"


# ---------------------------------------------------------------------------
# loading
# ---------------------------------------------------------------------------


def _check_header(path: Path) -> None:
    """Refuse missing, empty, non-SQLite and truncated files before SQLite sees them."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise ProjectFileError(path, "filen finnes ikke") from None
    except IsADirectoryError:
        raise ProjectFileError(path, "det er en mappe, ikke en fil") from None
    except OSError as exc:
        raise ProjectFileError(path, f"filen kan ikke leses ({exc.strerror or exc})") from exc
    if size == 0:
        raise ProjectFileError(path, "filen er tom")
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError(path, "filen er ikke en OrgDesigner-prosjektfil (ikke en SQLite-database)")
    if len(header) < 100:
        raise ProjectFileError(path, "filen er avkortet (ufullstendig) – prøv en sikkerhetskopi")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_count = header[24:28] == header[92:96] and pages > 0
    if page_size < 512 or size % page_size or (valid_count and size < pages * page_size):
        raise ProjectFileError(path, "filen er avkortet (ufullstendig) – prøv en sikkerhetskopi")


def _open(path: Path) -> sqlite3.Connection:
    """A connection to a checked, current-version copy of the file."""
    _check_header(path)
    # A plain path, not a read-only URI: SQLite URIs cannot name a Windows UNC
    # path (\\server\share), where many kommuner keep their documents.
    # The file was just checked to exist, so connect() does not create one.
    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA query_only = ON")
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise ProjectFileError(path, "filen er en SQLite-database, men ikke en OrgDesigner-prosjektfil")
        if version > schema.SCHEMA_VERSION:
            raise ProjectFileError(
                path,
                f"filen er laget med en nyere versjon av OrgDesigner (filformat {version}, "
                f"denne versjonen leser til og med {schema.SCHEMA_VERSION}). Oppdater OrgDesigner.",
            )
        check = con.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise ProjectFileError(path, f"filen er skadet ({check})")
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
                    path, f"filformat {version} er for gammelt til å kunne leses"
                ) from None
        return con
    except BaseException:
        con.close()
        raise


def _loads(path: Path, table: str, text: Any) -> Any:
    if text == "{}":  # the common case, ten times faster than json.loads
        return {}
    if text == "[]":
        return []
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        raise ProjectFileError(path, f"ugyldig verdi i tabellen «{table}»: {str(text)[:40]!r}") from None


def _positional(table: Table) -> bool:
    """True when the columns are exactly the dataclass's init fields in order."""
    init = [f.name for f in dataclasses.fields(table.cls) if f.init]
    return list(table.columns) == init


def _objects(con: sqlite3.Connection, path: Path, table: Table) -> Iterator[tuple[Any, Any]]:
    """(scope, object) for every row of ``table`` in saved order."""
    cols = ([table.scope] if table.scope else []) + list(table.columns)
    names = ", ".join(f'"{c}"' for c in cols)
    off = 1 if table.scope else 0
    json_idx = [table.columns.index(c) + off for c in table.json]
    bool_idx = [table.columns.index(c) + off for c in table.bools]
    fields = table.columns
    cls = table.cls
    positional = _positional(table)
    for row in con.execute(f"SELECT {names} FROM {table.name} ORDER BY seq"):
        if json_idx or bool_idx:
            row = list(row)
            for i in json_idx:
                row[i] = _loads(path, table.name, row[i])
            for i in bool_idx:
                row[i] = bool(row[i])
        if positional:
            obj = cls(*row[off:])
        else:
            obj = cls(**dict(zip(fields, row[off:], strict=True)))
        yield (row[0] if off else None), obj


def _read(con: sqlite3.Connection, path: Path) -> Project:
    row = con.execute("SELECT name FROM project WHERE id = 1").fetchone()
    if row is None:
        raise ProjectFileError(path, "prosjektopplysningene mangler i filen")
    project = Project(name=row[0])
    for key, value in con.execute("SELECT key, value FROM settings ORDER BY seq"):
        project.settings[key] = _loads(path, "settings", value)
    for sid, name, attrs, number in con.execute(
        "SELECT id, name, attributes, number FROM sources ORDER BY seq"
    ):
        project.sources[sid] = SourceKommune(
            sid, name, attributes=_loads(path, "sources", attrs), number=number
        )
    for sid, name, attrs, desc in con.execute(
        "SELECT id, name, attributes, description FROM scenarios ORDER BY seq"
    ):
        project.scenarios[sid] = Scenario(
            sid, name, attributes=_loads(path, "scenarios", attrs), description=desc
        )
    project.locations = {loc.id: loc for _, loc in _objects(con, path, LOCATIONS)}
    orgs = {**project.sources, **project.scenarios}
    for org_id, unit in _objects(con, path, UNITS):
        if org_id not in orgs:
            raise ProjectFileError(path, f"enheten «{unit.name}» hører til en ukjent organisasjon")
        orgs[org_id].units[unit.id] = unit
    project.persons = {p.id: p for _, p in _objects(con, path, PERSONS)}
    project.positions = {p.id: p for _, p in _objects(con, path, POSITIONS)}
    for sc_id, pl in _objects(con, path, PLACEMENTS):
        project.scenarios[sc_id].placements[pl.position_id] = pl
    for sc_id, rel in _objects(con, path, RELATIONS):
        project.scenarios[sc_id].relations[rel.id] = rel
    project.history = [h for _, h in _objects(con, path, HISTORY)]
    return project


def load(path: str | os.PathLike[str]) -> Project:
    """Read a project from a ``.orgd`` file. Raises :class:`ProjectFileError`."""
    file = Path(path)
    try:
        con = _open(file)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    try:
        return _read(con, file)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise ProjectFileError(file, f"filen har uventet innhold ({exc})") from exc
    finally:
        con.close()


def _damaged(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "not a database" in text:
        return "filen er ikke en OrgDesigner-prosjektfil (ikke en SQLite-database)"
    if "malformed" in text or "corrupt" in text:
        return "filen er skadet eller avkortet – prøv en sikkerhetskopi"
    if "no such" in text:
        return f"filen mangler deler av prosjektet ({text})"
    if "locked" in text or "unable to open" in text:
        return f"filen kan ikke åpnes nå ({text})"
    return f"filen kan ikke leses ({text})"


def read_meta(path: str | os.PathLike[str]) -> dict[str, str]:
    """The ``meta`` table of a project file (app version, save time, recovery origin)."""
    file = Path(path)
    try:
        con = _open(file)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    try:
        return dict(con.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(file, _damaged(exc)) from exc
    finally:
        con.close()
