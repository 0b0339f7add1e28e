"""Atomic save, migrations and clear errors for bad .orgd files."""

from __future__ import annotations

import os
import sqlite3

import pytest

from orgdesigner import storage
from orgdesigner.model import Position, Project, SourceKommune, Unit
from orgdesigner.storage import ProjectFileError, projectfile, schema


def _project(n: int = 300) -> Project:
    p = Project(name="Lillestrøm")
    src = SourceKommune("k-fet", "Fet", number="3022")
    p.sources[src.id] = src
    for i in range(n):
        src.units[f"u{i}"] = Unit(f"u{i}", f"Enhet {i}", parent_id=f"u{i // 3}" if i else None)
        p.positions[f"p{i}"] = Position(f"p{i}", source_id=src.id, unit_id=f"u{i}", fte_percent=50.0)
    return p


# -- atomic save ---------------------------------------------------------------


@pytest.mark.parametrize("where", ["units", "positions", "fsync", "replace"])
def test_failed_save_leaves_previous_file_identical_and_no_temp(tmp_path, monkeypatch, where):
    path = tmp_path / "prosjekt.orgd"
    storage.save(_project(), path)
    before = path.read_bytes()

    changed = _project(400)
    changed.name = "Endret"
    if where in ("units", "positions"):
        real_insert = projectfile._insert

        def insert(con, table, rows):
            if table.name == where:
                rows = list(rows)
                real_insert(con, table, rows[: len(rows) // 2])  # half the rows are written …
                raise sqlite3.OperationalError("disk I/O error")  # … then the disk fails
            real_insert(con, table, rows)

        monkeypatch.setattr(projectfile, "_insert", insert)
    elif where == "fsync":
        monkeypatch.setattr(projectfile.os, "fsync", _raise_oserror)
    else:
        monkeypatch.setattr(projectfile.os, "replace", _raise_oserror)

    with pytest.raises(ProjectFileError) as err:
        storage.save(changed, path)
    assert "prosjekt.orgd" in str(err.value) and "lagre" in str(err.value)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["prosjekt.orgd"]
    monkeypatch.undo()
    assert storage.load(path) == _project()


def _raise_oserror(*args, **kwargs):
    raise OSError(28, "No space left on device")


def test_keyboard_interrupt_during_save_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "p.orgd"
    storage.save(_project(), path)
    before = path.read_bytes()

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(projectfile, "_fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        storage.save(_project(10), path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["p.orgd"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_save_keeps_the_permissions_of_the_replaced_file(tmp_path):
    path = tmp_path / "p.orgd"
    storage.save(_project(5), path)
    os.chmod(path, 0o640)
    storage.save(_project(6), path)
    assert (os.stat(path).st_mode & 0o777) == 0o640


# -- bad files -------------------------------------------------------------------


def _error(path) -> str:
    with pytest.raises(ProjectFileError) as err:
        storage.load(path)
    message = str(err.value)
    assert path.name in message
    assert "Traceback" not in message
    return message


def test_file_from_a_newer_version(tmp_path):
    path = tmp_path / "ny.orgd"
    storage.save(_project(5), path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    assert "nyere versjon av OrgDesigner" in _error(path)


@pytest.mark.parametrize("keep", [0.5, 0.9, 4096, 99])
def test_truncated_file(tmp_path, keep):
    path = tmp_path / "avkortet.orgd"
    storage.save(_project(2000), path)
    data = path.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    path.write_bytes(data[:cut])
    message = _error(path)
    assert "avkortet" in message or "skadet" in message


def test_non_sqlite_file(tmp_path):
    path = tmp_path / "liste.orgd"
    path.write_bytes(b"PK\x03\x04 this is really an xlsx file" * 50)
    assert "ikke en OrgDesigner-prosjektfil" in _error(path)


def test_other_sqlite_database_and_empty_and_missing_file(tmp_path):
    other = tmp_path / "annen.orgd"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert "ikke en OrgDesigner-prosjektfil" in _error(other)
    empty = tmp_path / "tom.orgd"
    empty.write_bytes(b"")
    assert "tom" in _error(empty)
    assert "finnes ikke" in _error(tmp_path / "borte.orgd")


def test_damaged_page_is_reported(tmp_path):
    path = tmp_path / "skadet.orgd"
    storage.save(_project(2000), path)
    data = bytearray(path.read_bytes())
    page = 4096
    for off in range(3 * page, len(data) - page, page):  # scribble over a run of pages
        data[off : off + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    assert "skadet" in _error(path) or "avkortet" in _error(path)


def test_bad_json_in_a_row_is_reported(tmp_path):
    path = tmp_path / "json.orgd"
    storage.save(_project(5), path)
    con = sqlite3.connect(path)
    con.execute("UPDATE units SET kostra = '[oops' WHERE id = 'u1'")
    con.commit()
    con.close()
    assert "units" in _error(path)


# -- migrations ------------------------------------------------------------------


def test_older_file_is_migrated_in_memory_and_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "gammel.orgd"
    storage.save(_project(5), path)  # a "version 1" file
    before = path.read_bytes()
    calls = []

    def v1_to_v2(con):
        calls.append(1)
        con.execute("UPDATE project SET name = name || ' (v2)'")

    def v2_to_v3(con):
        calls.append(2)
        con.execute("UPDATE units SET name = upper(name)")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(schema, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    p = storage.load(path)
    assert calls == [1, 2]
    assert p.name == "Lillestrøm (v2)"
    assert p.sources["k-fet"].units["u0"].name == "ENHET 0"
    assert path.read_bytes() == before  # only a save rewrites the file
    storage.save(p, path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    con.close()


def test_file_too_old_for_any_migration(tmp_path, monkeypatch):
    path = tmp_path / "eldgammel.orgd"
    storage.save(_project(5), path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(schema, "MIGRATIONS", {})
    assert "for gammelt" in _error(path)


def test_migrate_steps_and_sets_user_version():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x)")
    steps = {
        0: lambda c: c.execute("ALTER TABLE t ADD COLUMN y"),
        1: lambda c: c.execute("INSERT INTO t VALUES (1, 2)"),
    }
    original = schema.MIGRATIONS
    schema.MIGRATIONS = steps
    try:
        assert schema.migrate(con, 0, 2) == [0, 1]
    finally:
        schema.MIGRATIONS = original
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    assert con.execute("SELECT x, y FROM t").fetchall() == [(1, 2)]


@pytest.mark.parametrize(
    "name", ["Prosjekt ø #1 ?%20 (kopi).orgd", "a\\b.orgd" if os.name != "nt" else "ab.orgd"]
)
def test_awkward_file_names(tmp_path, name):
    folder = tmp_path / "Mine dokumenter æ #"
    folder.mkdir()
    path = folder / name
    storage.save(_project(3), path)
    assert storage.load(path) == _project(3)
    assert sorted(os.listdir(folder)) == [name]


def test_load_does_not_modify_the_file(tmp_path):
    path = tmp_path / "p.orgd"
    storage.save(_project(50), path)
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    storage.load(path)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert os.listdir(tmp_path) == ["p.orgd"]


def test_unsaveable_values_give_a_clear_message_and_keep_the_old_file(tmp_path):
    path = tmp_path / "p.orgd"
    storage.save(_project(5), path)
    before = path.read_bytes()
    bad = _project(5)
    bad.positions["p1"].fte_percent = float("nan")  # e.g. an empty cell read by pandas
    with pytest.raises(ProjectFileError) as err:
        storage.save(bad, path)
    assert "«fte_percent» i «positions»" in str(err.value)
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["p.orgd"]
