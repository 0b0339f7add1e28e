"""Setting up a server and moving projects onto and off it (``orgdesigner server …``)."""

from __future__ import annotations

from typing import Any

from psycopg import sql

from ...i18n import _
from ...model import Project
from ..backend import AccessDenied
from .apply_sql import APPLY_SQL
from .client import PgBackend, connect, server_errors
from .records import push_rows
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
    """Put ``project`` on the server as ``name``; the caller becomes its editor. Returns its id.

    One transaction: ``begin_push``, every table through ``COPY`` into a
    temporary table and one ``INSERT … SELECT``, ``finish_push``.
    """
    conn = connect(dsn)
    try:
        with server_errors(), conn.transaction():
            pid = int(
                conn.execute("SELECT orgdesigner.begin_push(%s, %s)", (name, project.name)).fetchone()[0]
            )
            with conn.cursor() as cur:
                for table, cols, rows in push_rows(project):
                    names = sql.SQL(", ").join(map(sql.Identifier, cols))
                    tmp = sql.Identifier(f"push_{table}")
                    cur.execute(
                        sql.SQL(
                            "CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM orgdesigner.{} WITH NO DATA"
                        ).format(tmp, names, sql.Identifier(table))
                    )
                    with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(tmp, names)) as copy:
                        for row in rows:
                            copy.write_row(row)
                    cur.execute(
                        sql.SQL("INSERT INTO orgdesigner.{} (project_id, {}) SELECT %s, {} FROM {}").format(
                            sql.Identifier(table), names, names, tmp
                        ),
                        (pid,),
                    )
            conn.execute("SELECT orgdesigner.finish_push(%s)", (pid,))
        return pid
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
                "to_char(created_at, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM orgdesigner.projects WHERE NOT importing ORDER BY name"
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
        raise AccessDenied(
            _("Ukjent rolle «{role}» (bruk editor, reader eller tillitsvalgt)").format(role=role)
        )
    conn = connect(dsn)
    try:
        with server_errors(), conn.transaction():
            row = conn.execute("SELECT id FROM orgdesigner.projects WHERE name = %s", (name,)).fetchone()
            if row is None:
                raise AccessDenied(_("Prosjektet «{name}» finnes ikke på serveren").format(name=name))
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
                raise AccessDenied(
                    _("Brukeren «{login}» finnes ikke på databaseserveren (IT oppretter brukere)").format(
                        login=login
                    )
                )
            conn.execute(
                "INSERT INTO orgdesigner.members (project_id, login, role) VALUES (%s, %s, %s) "
                "ON CONFLICT (project_id, login) DO UPDATE SET role = EXCLUDED.role",
                (row[0], login, role),
            )
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), sql.Identifier(login)))
    finally:
        conn.close()
