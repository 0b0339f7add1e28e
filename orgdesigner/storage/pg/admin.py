"""Setting up a server and moving projects onto and off it (``orgdesigner server …``)."""

from __future__ import annotations

from typing import Any

from psycopg import sql
from psycopg.types.json import Jsonb

from ...model import Project
from ..backend import AccessDenied
from .apply_sql import APPLY_SQL
from .client import PgBackend, connect, server_errors
from .records import project_doc
from .schema_sql import GRANTS_SQL, ROLES, SCHEMA_SQL


def init_sql() -> str:
    """All SQL ``server init`` runs, in order (``--sql`` prints it for IT)."""
    return "BEGIN;\n" + SCHEMA_SQL + APPLY_SQL + GRANTS_SQL + "COMMIT;\n"


def init(dsn: str) -> None:
    """Create (or update) the schema, roles and functions in one transaction."""
    conn = connect(dsn)
    try:
        with server_errors(), conn.transaction():
            conn.execute(SCHEMA_SQL + APPLY_SQL + GRANTS_SQL)
    finally:
        conn.close()


def push(dsn: str, name: str, project: Project) -> int:
    """Put ``project`` on the server as ``name``; the caller becomes its editor. Returns its id."""
    conn = connect(dsn)
    try:
        with server_errors():
            row = conn.execute(
                "SELECT orgdesigner.create_project(%s, %s)", (name, Jsonb(project_doc(project)))
            ).fetchone()
        return int(row[0])
    finally:
        conn.close()


def pull(dsn: str, name: str) -> Project:
    backend = PgBackend(dsn, name)
    try:
        return backend.load()[0]
    finally:
        backend.close()


def list_projects(dsn: str) -> list[dict[str, Any]]:
    """Projects the login may open: name, title, version, its role, created by/at."""
    conn = connect(dsn)
    try:
        with server_errors():
            rows = conn.execute(
                "SELECT name, title, version, orgdesigner.my_role(id), created_by, "
                "to_char(created_at, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM orgdesigner.projects ORDER BY name"
            ).fetchall()
    finally:
        conn.close()
    keys = ("name", "title", "version", "role", "created_by", "created_at")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def grant(dsn: str, name: str, login: str, role: str) -> None:
    """Give ``login`` ``role`` (editor, reader or tillitsvalgt) in project ``name``.

    Needs the right to write ``orgdesigner.members`` and to grant the group
    role (the owner of the schema, or IT's admin login).
    """
    if role not in ROLES:
        raise AccessDenied(f"Ukjent rolle «{role}» (bruk editor, reader eller tillitsvalgt)")
    conn = connect(dsn)
    try:
        with server_errors(), conn.transaction():
            row = conn.execute("SELECT id FROM orgdesigner.projects WHERE name = %s", (name,)).fetchone()
            if row is None:
                raise AccessDenied(f"Prosjektet «{name}» finnes ikke på serveren")
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
                raise AccessDenied(
                    f"Brukeren «{login}» finnes ikke på databaseserveren (IT oppretter brukere)"
                )
            conn.execute(
                "INSERT INTO orgdesigner.members (project_id, login, role) VALUES (%s, %s, %s) "
                "ON CONFLICT (project_id, login) DO UPDATE SET role = EXCLUDED.role",
                (row[0], login, role),
            )
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), sql.Identifier(login)))
    finally:
        conn.close()
