"""A project on a PostgreSQL server (psycopg 3), behind the :class:`~..backend.Backend` protocol.

No password is kept by OrgDesigner: the DSN is handed to libpq as it is, so a
service file (``service=…``), ``~/.pgpass``, Kerberos/GSSAPI (SSPI on Windows)
and ``sslmode=verify-full`` work as IT sets them up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ...i18n import _
from ...model import Project
from ..backend import AccessDenied, BackendError, CommitResult, Refusal, RemoteChange
from .records import read_project

#: how long a connection attempt may take (seconds)
CONNECT_TIMEOUT = 10


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


@contextlib.contextmanager
def server_errors() -> Iterator[None]:
    """Turn psycopg errors into :class:`BackendError` / :class:`AccessDenied` with bokmål messages."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise AccessDenied(_("Ingen tilgang: {value}").format(value=_short(exc))) from exc
    except (psycopg.errors.UniqueViolation, psycopg.errors.NoDataFound, psycopg.errors.RaiseException) as exc:
        raise AccessDenied(_short(exc)) from exc
    except psycopg.errors.UndefinedTable as exc:
        raise BackendError(
            _("Databasen er ikke satt opp for OrgDesigner (kjør «orgdesigner server init»): {value}").format(
                value=_short(exc)
            )
        ) from exc
    except psycopg.OperationalError as exc:
        raise BackendError(_("Får ikke kontakt med serveren: {value}").format(value=_short(exc))) from exc
    except psycopg.Error as exc:
        raise BackendError(_("Serveren svarte med en feil: {value}").format(value=_short(exc))) from exc


def connect(dsn: str, application: str = "orgdesigner") -> psycopg.Connection:
    """An autocommit connection; raises :class:`BackendError` when the server cannot be reached."""
    with server_errors():
        return psycopg.connect(
            dsn, autocommit=True, application_name=application[:63], connect_timeout=CONNECT_TIMEOUT
        )


class PgBackend:
    """One project (by name) on one server."""

    def __init__(self, dsn: str, project: str) -> None:
        self.dsn = dsn
        self.project = project
        self.project_id: int | None = None
        self.role: str | None = None
        self._conn: psycopg.Connection | None = None
        self._listen: psycopg.Connection | None = None
        self._listeners: list[Callable[[int], None]] = []

    @property
    def application(self) -> str:
        return f"orgdesigner:{self.project}"

    def _connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = connect(self.dsn, self.application)
            self.project_id = None
        return self._conn

    def _project_id(self) -> int:
        if self.project_id is None:
            with server_errors():
                row = (
                    self._connection()
                    .execute(
                        "SELECT id, orgdesigner.my_role(id) FROM orgdesigner.projects WHERE name = %s AND NOT importing",
                        (self.project,),
                    )
                    .fetchone()
                )
            if row is None:
                raise AccessDenied(
                    _("Prosjektet «{project}» finnes ikke på serveren, eller du har ikke tilgang").format(
                        project=self.project
                    )
                )
            self.project_id, self.role = row
        return self.project_id

    # -- the protocol -----------------------------------------------------------
    def load(self) -> tuple[Project, int]:
        conn = self._connection()
        with server_errors():
            pid = self._project_id()
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                with conn.cursor() as cur:
                    row = cur.execute(
                        "SELECT title, version FROM orgdesigner.projects WHERE id = %s", (pid,)
                    ).fetchone()
                    if row is None:
                        raise AccessDenied(
                            _("Prosjektet «{project}» finnes ikke lenger").format(project=self.project)
                        )
                    project = read_project(cur, pid, row[0], pseudonymised=self.role == "tillitsvalgt")
            finally:
                conn.execute("COMMIT")
        return project, int(row[1])

    def commit(self, base: int, ops: list[dict[str, Any]], client: str = "") -> CommitResult:
        if not ops:
            return CommitResult(base)
        with server_errors():
            out = (
                self._connection()
                .execute(
                    "SELECT orgdesigner.apply_ops(%s, %s, %s, %s)", (self.project, base, client, Jsonb(ops))
                )
                .fetchone()[0]
            )
        result = CommitResult(int(out["version"]))
        for n, (data, res) in enumerate(zip(ops, out["results"], strict=True)):
            if res.get("ok"):
                result.accepted.append(int(res["version"]))
            else:
                result.refused.append(
                    Refusal(
                        n,
                        data,
                        str(res.get("reason", "")),
                        res.get("kind"),
                        res.get("id"),
                        res.get("field"),
                        res.get("current"),
                        res.get("by"),
                        res.get("at"),
                        res.get("text"),
                    )
                )
        return result

    def changes_since(self, version: int) -> list[RemoteChange]:
        with server_errors():
            rows = (
                self._connection()
                .execute(
                    "SELECT version, login, to_char(at, 'YYYY-MM-DD\"T\"HH24:MI:SS'), client, op "
                    "FROM orgdesigner.oplog WHERE project_id = %s AND version > %s ORDER BY version",
                    (self._project_id(), version),
                )
                .fetchall()
            )
        return [RemoteChange(int(v), login, at, client, op) for v, login, at, client, op in rows]

    def version(self) -> int:
        with server_errors():
            row = (
                self._connection()
                .execute("SELECT version FROM orgdesigner.projects WHERE id = %s", (self._project_id(),))
                .fetchone()
            )
        return int(row[0]) if row else 0

    # -- notifications ----------------------------------------------------------
    def listen(self) -> psycopg.Connection:
        """The connection that LISTENs for this project's changes (its ``fileno()`` can be watched)."""
        if self._listen is None or self._listen.closed or self._listen.broken:
            pid = self._project_id()
            self._listen = connect(self.dsn, self.application)
            with server_errors():
                self._listen.execute(f'LISTEN "od_{int(pid)}"')
        return self._listen

    def fileno(self) -> int:
        return self.listen().fileno()

    def wait(self, timeout: float) -> list[int]:
        """Versions notified within ``timeout`` seconds (returns at the first notification)."""
        versions: list[int] = []
        with server_errors():
            for note in self.listen().notifies(timeout=timeout, stop_after=1):
                versions.append(_version_of(note.payload))
            for note in self.listen().notifies(timeout=0):
                versions.append(_version_of(note.payload))
        for v in versions:
            for listener in list(self._listeners):
                listener(v)
        return versions

    def poll(self) -> list[int]:
        """Notifications that have arrived, without waiting."""
        return self.wait(0)

    def subscribe(self, callback: Callable[[int], None]) -> Callable[[], None]:
        self.listen()
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def presence(self) -> list[str]:
        """Logins that have this project open right now (including this one)."""
        with server_errors():
            rows = (
                self._connection()
                .execute(
                    "SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = %s ORDER BY 1",
                    (self.application,),
                )
                .fetchall()
            )
        return [r[0] for r in rows if r[0]]

    def close(self) -> None:
        for conn in (self._conn, self._listen):
            if conn is not None and not conn.closed:
                conn.close()
        self._conn = self._listen = None
        self._listeners.clear()


def _version_of(payload: str) -> int:
    import json

    try:
        return int(json.loads(payload)["version"])
    except (ValueError, KeyError, TypeError):
        return 0
