"""``orgdesigner server …`` and server projects in the headless commands, against a real PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from orgdesigner.cli import run
from orgdesigner.demo import build_demo_project
from orgdesigner.storage import load, save

pytest_plugins = ["pg_cluster"]


def test_init_sql_prints_what_it_would_run(capsys):
    assert run(["server", "init", "--dsn", "host=/nonexistent", "--sql"]) == 0
    out = capsys.readouterr().out
    for piece in (
        "CREATE SCHEMA IF NOT EXISTS orgdesigner",
        "CREATE OR REPLACE FUNCTION orgdesigner.apply_ops",
        "CREATE ROLE orgdesigner_tillitsvalgt NOLOGIN",
        "GRANT EXECUTE ON FUNCTION orgdesigner.apply_ops(text, bigint, text, jsonb) TO orgdesigner_editor",
    ):
        assert piece in out
    assert out.startswith("BEGIN;") and out.rstrip().endswith("COMMIT;")


def test_push_list_grant_pull_and_headless_commands(pg_cluster, tmp_path, capsys):
    db = pg_cluster.new_database()
    dsn = pg_cluster.dsn(db=db)
    assert run(["server", "init", "--dsn", dsn]) == 0
    assert run(["server", "init", "--dsn", dsn]) == 0  # again: updates in place
    project = build_demo_project()
    src = tmp_path / "demo.orgd"
    save(project, src)
    assert run(["server", "push", str(src), "--dsn", dsn, "--project", "nye-kommune"]) == 0
    assert run(["server", "push", str(src), "--dsn", dsn, "--project", "nye-kommune"]) == 1  # exists already
    assert run(["server", "push", str(tmp_path / "mangler.orgd"), "--dsn", dsn, "--project", "x"]) == 2
    capsys.readouterr()
    assert run(["server", "list", "--dsn", dsn, "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["title"], listed["version"], listed["role"]) == (
        "nye-kommune",
        project.name,
        0,
        "editor",
    )
    out = tmp_path / "tilbake.orgd"
    assert run(["server", "pull", "--dsn", dsn, "--project", "nye-kommune", "-o", str(out)]) == 0
    assert load(out) == load(src)
    assert run(["server", "pull", "--dsn", dsn, "--project", "finnes-ikke", "-o", str(out)]) == 1
    pg_cluster.create_login("kari")
    assert (
        run(
            [
                "server",
                "grant",
                "--dsn",
                dsn,
                "--project",
                "nye-kommune",
                "--user",
                "kari",
                "--role",
                "reader",
            ]
        )
        == 0
    )
    assert (
        run(
            [
                "server",
                "grant",
                "--dsn",
                dsn,
                "--project",
                "nye-kommune",
                "--user",
                "ukjent",
                "--role",
                "reader",
            ]
        )
        == 1
    )
    assert "finnes ikke" in capsys.readouterr().err
    # headless commands take the server project as postgresql://…#project=NAME
    capsys.readouterr()
    assert run(["info", str(src), "--json"]) == 0
    from_file = json.loads(capsys.readouterr().out)
    ref = pg_cluster.url("kari", db, "nye-kommune")
    assert run(["info", ref, "--json"]) == 0
    from_server = json.loads(capsys.readouterr().out)
    assert {k: v for k, v in from_server.items() if k != "file"} == {
        k: v for k, v in from_file.items() if k != "file"
    }
    assert run(["validate", ref]) == run(["validate", str(src)])


def test_exit_2_when_the_server_cannot_be_reached(tmp_path, capsys):
    dsn = f"host={tmp_path} connect_timeout=2"
    assert run(["server", "list", "--dsn", dsn]) == 2
    assert "Får ikke kontakt med serveren" in capsys.readouterr().err
    code = subprocess.run(
        [
            sys.executable,
            "-m",
            "orgdesigner",
            "server",
            "pull",
            "--dsn",
            dsn,
            "--project",
            "x",
            "-o",
            "x.orgd",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert code.returncode == 2 and "Traceback" not in code.stderr
    assert not (tmp_path / "x.orgd").exists()


def test_no_password_in_the_app_pgpass_and_service_files_do_it(pg_cluster, tmp_path, monkeypatch, capsys):
    import psycopg
    from psycopg import sql

    db = pg_cluster.new_database()
    dsn = pg_cluster.dsn(db=db)
    run(["server", "init", "--dsn", dsn])
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE passordbruker LOGIN PASSWORD 'hemmelig-9'"))
    from orgdesigner.storage import pg

    pg.push(dsn, "p", build_demo_project())
    pg.grant(dsn, "p", "passordbruker", "reader")
    service = tmp_path / "pg_service.conf"
    service.write_text(f"[kommune-od]\nhost={pg_cluster.socket_dir}\ndbname={db}\nuser=passordbruker\n")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "ingen"))
    capsys.readouterr()
    assert run(["server", "list", "--dsn", "service=kommune-od"]) == 2  # no password anywhere: refused
    assert "password" in capsys.readouterr().err
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{pg_cluster.socket_dir}:5432:{db}:passordbruker:hemmelig-9\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert run(["server", "list", "--dsn", "service=kommune-od", "--json"]) == 0
    assert [p["role"] for p in json.loads(capsys.readouterr().out)] == ["reader"]
    assert run(["info", "postgresql:///?service=kommune-od#project=p", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scenarios"]
