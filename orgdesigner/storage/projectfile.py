"""Reading and writing ``.orgd`` files (SQLite, stdlib ``sqlite3``).

:func:`save` writes the whole project in one transaction into a temporary
file in the target's folder, fsyncs it and moves it over the target with
``os.replace``; a save that fails leaves the previous file untouched and no
temporary file behind. :func:`load` opens the file read-only, refuses files
that are not OrgDesigner projects, are truncated or damaged, or come from a
newer version, and migrates older versions in memory.
"""

from __future__ import annotations

import datetime as _dt
import errno
import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

from .. import __version__
from ..i18n import _
from ..model import Project
from . import schema, tempfiles
from .schema import HISTORY, LOCATIONS, PERSONS, PLACEMENTS, POSITIONS, RELATIONS, UNITS, Table

SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectFileError(Exception):
    """A project file cannot be read or written; the message (bokmål) names the file."""

    def __init__(self, path: str | os.PathLike[str], reason: str, *, action: str = _("åpne")) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(
            _("Kan ikke {action} «{path}»: {reason}").format(action=action, path=self.path, reason=reason)
        )


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


def _refuse_target(target: Path) -> None:
    """Refuse a target name that is too long or a read-only target file."""
    if len(os.fsencode(target.name)) > 255:
        raise ProjectFileError(
            target, _("filnavnet er for langt (høyst 255 byte; æ, ø og å teller to)"), action="lagre"
        )
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ProjectFileError(target, _reason(exc), action="lagre") from exc
    if stat.S_ISDIR(st.st_mode):
        raise ProjectFileError(target, _("det finnes en mappe med dette navnet"), action="lagre")
    if not st.st_mode & stat.S_IWUSR or (os.name != "nt" and not os.access(target, os.W_OK)):
        raise ProjectFileError(
            target, _("filen er skrivebeskyttet; lagre under et annet navn"), action="lagre"
        )


def _lock_target(target: Path) -> sqlite3.Connection | None:
    """An exclusive SQLite lock on the existing target, so that no other program is
    in the middle of writing it when it is replaced (its journal would otherwise
    apply to the new file). None when the target is missing or not a database."""
    if not target.exists():
        return None
    con = sqlite3.connect(str(target), timeout=2.0, isolation_level=None)
    try:
        con.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        con.close()
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise ProjectFileError(
                target,
                _("et annet program skriver i filen akkurat nå; lukk det og prøv igjen"),
                action="lagre",
            ) from exc
        return None  # not a database (or damaged): nothing to protect, it is replaced
    except sqlite3.DatabaseError:
        con.close()
        return None
    return con


def save(project: Project, path: str | os.PathLike[str], *, meta: dict[str, str] | None = None) -> None:
    """Write ``project`` to ``path`` atomically (all or nothing).

    The project is written into a fresh temporary database beside the target,
    fsynced, and moved over the target while an exclusive SQLite lock on the
    old file keeps any other writer out. ``meta`` adds key/value text to the
    file's ``meta`` table (the recovery helper records the original path
    there). Raises :class:`ProjectFileError`.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectFileError(
            target, _("mappen «{folder}» finnes ikke").format(folder=folder), action="lagre"
        )
    _refuse_target(target)
    tempfiles.clean_stale(folder)
    info = {
        "app_version": __version__,
        "saved_at": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        **(meta or {}),
    }
    try:
        tmp = str(tempfiles.create(folder))
    except OSError as exc:
        raise ProjectFileError(
            target,
            _("kan ikke skrive i mappen «{folder}» ({value})").format(
                folder=folder, value=exc.strerror or exc
            ),
            action="lagre",
        ) from exc
    con: sqlite3.Connection | None = None
    lock: sqlite3.Connection | None = None
    try:
        con = sqlite3.connect(tmp, isolation_level=None)
        con.execute("PRAGMA journal_mode = MEMORY")  # a fresh file no one else knows
        con.execute("PRAGMA synchronous = OFF")  # fsync happens below, once
        con.execute("BEGIN")
        _write(con, project, info)
        con.execute("COMMIT")
        con.close()
        con = None
        _fsync(tmp)
        os.chmod(tmp, _target_mode(target))
        lock = _lock_target(target)
        os.replace(tmp, target)
        _fsync(str(folder), directory=True)
    except BaseException as exc:
        if con is not None:
            con.close()
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, ProjectFileError):
            raise
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise ProjectFileError(target, _reason(exc), action="lagre") from exc
        if isinstance(exc, (TypeError, ValueError, OverflowError)):
            raise ProjectFileError(
                target,
                _("prosjektet inneholder en verdi som ikke kan lagres ({exc})").format(exc=exc),
                action="lagre",
            ) from exc
        raise
    finally:
        if lock is not None:
            lock.close()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
        return _("filnavnet eller stien er for lang for filsystemet")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return _("disken er full")
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("ingen skrivetilgang ({value})").format(value=exc.strerror or exc)
    if isinstance(exc, OSError):
        return f"filsystemfeil ({exc.strerror or exc})"
    text = str(exc)
    if "full" in text:
        return _("disken er full")
    if text.startswith("NOT NULL constraint failed: "):
        table, _dot, column = text.rsplit(" ", 1)[-1].partition(".")
        return _("feltet «{column}» i «{table}» mangler en verdi (eller er ikke et gyldig tall)").format(
            column=column, table=table
        )
    if text.startswith("UNIQUE constraint failed: "):
        return _("samme id finnes to ganger ({value})").format(value=text.rsplit(" ", 1)[-1])
    return f"databasefeil ({text})"


from .loading import load, read_meta  # noqa: E402  (loading needs ProjectFileError from here)

__all__ = ["SQLITE_MAGIC", "ProjectFileError", "load", "read_meta", "save"]
