"""Saving next to other programs and odd names: locks, read-only targets, long names, temp files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from orgdesigner import storage
from orgdesigner.model import Org, Project, SourceKommune, Unit
from orgdesigner.storage import ProjectFileError, tempfiles


def _project(name: str = "P") -> Project:
    p = Project(name=name)
    src = SourceKommune("k", "K")
    p.sources[src.id] = src
    for i in range(7):
        src.units[f"u{i}"] = Unit(f"u{i}", f"Enhet {i}", parent_id=f"u{(i - 1) // 2}" if i else None)
    return p


def test_another_writer_in_a_transaction_refuses_the_save_and_keeps_both_intact(tmp_path):
    path = tmp_path / "delt.orgd"
    storage.save(_project("Gammel"), path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE project SET name = 'Annet program'")
    with pytest.raises(ProjectFileError, match="et annet program skriver"):
        storage.save(_project("Ny"), path)
    other.execute("ROLLBACK")
    other.close()
    assert storage.load(path).name == "Gammel"
    storage.save(_project("Ny"), path)
    assert storage.load(path).name == "Ny"
    assert sorted(os.listdir(tmp_path)) == ["delt.orgd"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_target_is_refused_not_replaced(tmp_path):
    path = tmp_path / "les.orgd"
    storage.save(_project("Gammel"), path)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="skrivebeskyttet"):
        storage.save(_project("Ny"), path)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["les.orgd"]


def test_a_245_byte_name_saves_and_a_256_byte_name_gets_a_true_message(tmp_path):
    long_ok = tmp_path / ("å" * 120 + ".orgd")  # 240 + 5 bytes
    assert len(os.fsencode(long_ok.name)) == 245
    storage.save(_project(), long_ok)
    assert storage.load(long_ok) == _project()
    too_long = tmp_path / ("a" * 251 + ".orgd")
    with pytest.raises(ProjectFileError) as err:
        storage.save(_project(), too_long)
    assert "filnavnet er for langt" in str(err.value)
    assert "mappe" not in err.value.reason


def test_temp_file_of_a_killed_save_is_removed_by_the_next_save(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    left = tmp_path / f".orgd-{pid}-deadbeef.tmp"
    left.write_bytes(b"SQLite format 3\x00 personal data")
    old_style = tmp_path / ".x.orgd.abc123.tmp"
    old_style.write_bytes(b"old")
    past = time.time() - 3600
    os.utime(old_style, (past, past))
    mine = tmp_path / f".orgd-{os.getpid()}-cafe.tmp"  # a save in progress in this process
    mine.write_bytes(b"in progress")
    tempfiles._cleaned.discard(str(tmp_path.resolve()))
    storage.save(_project(), tmp_path / "x.orgd")
    assert sorted(os.listdir(tmp_path)) == sorted(["x.orgd", mine.name])


def test_temp_files_of_a_killed_save_are_removed_on_the_next_start(tmp_path):
    """A child process is SIGKILLed in the middle of writing; the next process cleans up."""
    script = (
        "import os, sys, signal\n"
        "from orgdesigner.storage import projectfile\n"
        "real = projectfile._fsync\n"
        "def die(*a, **k):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "projectfile._fsync = die\n"
        "from orgdesigner.model import Project\n"
        f"projectfile.save(Project(name='x'), {str(tmp_path / 'p.orgd')!r})\n"
    )
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True)
    assert proc.returncode == -9
    assert [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]
    cleaner = "from orgdesigner import storage\nimport sys\ntry:\n    storage.load(sys.argv[1])\nexcept Exception:\n    pass\n"
    subprocess.run([sys.executable, "-c", cleaner, str(tmp_path / "p.orgd")], env=env, check=True)
    assert os.listdir(tmp_path) == []


def test_walk_and_descendants_end_on_a_damaged_tree():
    org = Org("o", "O")
    org.units["a"] = Unit("a", "A", parent_id="a")  # its own parent
    org.units[None] = Unit(None, "Uten id")  # type: ignore[arg-type]
    org.units["b"] = Unit("b", "B", parent_id=None)
    org.units["c"] = Unit("c", "C", parent_id="b")
    walked = list(org.walk())
    assert len(walked) == len({u for u, _ in walked}) <= len(org.units)
    assert org.descendants("a") == []
    assert org.descendants("b") == ["c"]
