"""A throwaway PostgreSQL cluster for the team-mode tests (no mock).

``initdb`` and ``pg_ctl`` from Debian's ``postgresql`` package
(``/usr/lib/postgresql/*/bin``) start a server that listens only on a unix
socket in a fresh temporary folder, trusting local logins. As root it runs as
the ``postgres`` user (initdb refuses root). Tests are skipped with a message
only when the binaries are missing.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import sql


@dataclass
class Cluster:
    socket_dir: str
    bindir: str

    def dsn(self, user: str = "postgres", db: str = "postgres") -> str:
        return f"host={self.socket_dir} user={user} dbname={db}"

    def url(self, user: str, db: str, project: str) -> str:
        return f"postgresql://{user}@/{db}?host={self.socket_dir}#project={project}"

    def new_database(self) -> str:
        name = "od_" + uuid.uuid4().hex[:10]
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def create_login(self, login: str) -> None:
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))


def _bindir() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return os.path.dirname(found[-1]) if found else None


def start_cluster():
    """Yield a running :class:`Cluster`; stop and delete it afterwards."""
    bindir = _bindir() or (os.path.dirname(shutil.which("initdb")) if shutil.which("initdb") else None)
    if bindir is None:
        pytest.skip("PostgreSQL mangler (initdb finnes ikke): installer Debian-pakken «postgresql»")
    base = tempfile.mkdtemp(prefix="odpg-")
    prefix: list[str] = []
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data, log = os.path.join(base, "data"), os.path.join(base, "log")
    run = lambda *args: subprocess.run([*prefix, *args], check=True, capture_output=True, text=True)  # noqa: E731
    run(
        f"{bindir}/initdb",
        "-D",
        data,
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
    )
    # one login must give a password (scram), so tests can show .pgpass at work
    hba = os.path.join(data, "pg_hba.conf")
    with open(hba, encoding="utf-8") as fh:
        rules = fh.read()
    with open(hba, "w", encoding="utf-8") as fh:
        fh.write("local all passordbruker scram-sha-256\n" + rules)
    opts = f"-k {base} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c max_connections=200"
    try:
        run(f"{bindir}/pg_ctl", "-D", data, "-l", log, "-o", opts, "-w", "-t", "60", "start")
    except subprocess.CalledProcessError:
        with open(log, encoding="utf-8", errors="replace") as fh:
            pytest.fail(f"PostgreSQL startet ikke: {fh.read()[-2000:]}")
    try:
        yield Cluster(base, bindir)
    finally:
        subprocess.run(
            [*prefix, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster():
    yield from start_cluster()


@pytest.fixture
def pg_db(pg_cluster):
    """A fresh database with the OrgDesigner schema; its DSN (as the superuser ``postgres``)."""
    from orgdesigner.storage import pg

    db = pg_cluster.new_database()
    dsn = pg_cluster.dsn(db=db)
    pg.init(dsn)
    return dsn
