"""The project-file lock and the on-disk check (storage/lock.py), with real second processes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from test_import_support import HEADERS, staff_rows, write_xlsx

from orgdesigner.model import Project
from orgdesigner.storage import load, save
from orgdesigner.storage import lock as lk

ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


def _holder(path: Path) -> subprocess.Popen:
    """A second process that takes the lock and holds it until its stdin closes."""
    code = textwrap.dedent(
        f"""
        import sys
        from orgdesigner.storage.lock import ProjectLock
        lock = ProjectLock.acquire({str(path)!r}, app="Testholder")
        print("locked", flush=True)
        sys.stdin.read()
        lock.release()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env()
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture()
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "felles.orgd"
    save(Project(name="Felles"), path)
    return path


def test_a_second_process_is_told_who_holds_the_file_and_gets_it_when_released(project_file) -> None:
    proc = _holder(project_file)
    try:
        with pytest.raises(lk.ProjectLocked) as err:
            lk.ProjectLock.acquire(project_file)
        info = err.value.info
        assert info.pid == proc.pid and info.machine == lk.this_machine() and info.app == "Testholder"
        assert str(proc.pid) in str(err.value) and "felles.orgd" in str(err.value)
        assert not info.is_stale()
    finally:
        proc.stdin.close()
        proc.wait(10)
    assert not lk.lock_path(project_file).exists()  # released on a normal exit
    with lk.ProjectLock.acquire(project_file) as mine:
        assert mine.owned()
    assert not lk.lock_path(project_file).exists()


def test_the_lock_of_a_killed_process_is_stale_and_taken_over(project_file) -> None:
    proc = _holder(project_file)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    held = lk.read_lock(project_file)
    assert held is not None and held.pid == proc.pid and held.is_stale()  # left behind by the crash
    lock = lk.ProjectLock.acquire(project_file)
    assert lock.owned() and lk.read_lock(project_file).pid == os.getpid()
    lock.release()


def test_waiting_for_a_holder_that_lets_go(project_file) -> None:
    proc = _holder(project_file)
    t0 = time.monotonic()
    subprocess.Popen(["sh", "-c", "sleep 0.5"]).wait()
    proc.stdin.close()  # the holder lets go while we wait
    lock = lk.ProjectLock.acquire(project_file, wait=10)
    assert lock.owned() and time.monotonic() - t0 < 10
    lock.release()
    proc.wait(10)


def test_other_machines_count_by_heartbeat(project_file) -> None:
    now = dt.datetime.now().astimezone()
    fresh = lk.LockInfo("ola", "annen-pc", 12345, now.isoformat(), now.isoformat(), "t1")
    lk.lock_path(project_file).write_text(json.dumps(dataclasses.asdict(fresh)), encoding="utf-8")
    with pytest.raises(lk.ProjectLocked) as err:
        lk.ProjectLock.acquire(project_file)
    assert "ola på annen-pc" in str(err.value)
    old = (now - dt.timedelta(seconds=lk.STALE_AFTER + 60)).isoformat()
    stale = dataclasses.replace(fresh, heartbeat=old)
    lk.lock_path(project_file).write_text(json.dumps(dataclasses.asdict(stale)), encoding="utf-8")
    lock = lk.ProjectLock.acquire(project_file)
    assert lock.owned()
    # the heartbeat keeps a long session fresh
    before = lock.info.heartbeat
    time.sleep(1.1)
    assert lock.refresh() and lk.read_lock(project_file).heartbeat > before
    lock.release()


def test_a_half_written_lock_counts_as_held_for_a_moment(project_file) -> None:
    lk.lock_path(project_file).write_text("{", encoding="utf-8")
    with pytest.raises(lk.ProjectLocked):
        lk.ProjectLock.acquire(project_file)
    old = time.time() - 60
    os.utime(lk.lock_path(project_file), (old, old))
    lk.ProjectLock.acquire(project_file).release()


def test_the_stamp_sees_another_save_but_not_a_mere_touch(project_file) -> None:
    seen = lk.stamp(project_file)
    assert not lk.changed_since(project_file, seen)
    later = time.time() + 5
    os.utime(project_file, (later, later))  # a new time, the same content
    assert not lk.changed_since(project_file, seen)
    code = f"from orgdesigner.model import Project; from orgdesigner.storage import save; save(Project(name='Annen'), {str(project_file)!r})"
    subprocess.run([sys.executable, "-c", code], check=True, env=_env())
    assert lk.changed_since(project_file, seen)


def test_two_imports_into_one_file_at_once_lose_nothing(tmp_path: Path) -> None:
    target = tmp_path / "sammen.orgd"
    lists = []
    for n, name in enumerate(("Fet", "Sørum", "Aurskog", "Nes")):
        lists.append(
            (name, write_xlsx(tmp_path / f"k{n}.xlsx", {"A": [HEADERS, *staff_rows(40, start=100 * n)]}))
        )
    for pair in (lists[:2], lists[2:]):
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "orgdesigner",
                    "import",
                    str(f),
                    "--into",
                    str(target),
                    "--kommune",
                    name,
                ],
                env=_env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name, f in pair
        ]
        for p in procs:
            _out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
    assert sorted(s.name for s in load(target).sources.values()) == ["Aurskog", "Fet", "Nes", "Sørum"]
    assert not lk.lock_path(target).exists()


def test_an_import_into_a_file_someone_has_open_refuses_with_who(tmp_path: Path, monkeypatch) -> None:
    from orgdesigner.cli import import_cmd

    target = tmp_path / "åpen.orgd"
    save(Project(name="Åpen"), target)
    before = target.read_bytes()
    f = write_xlsx(tmp_path / "fet.xlsx", {"A": [HEADERS, *staff_rows(3)]})
    proc = _holder(target)
    monkeypatch.setattr(import_cmd, "LOCK_WAIT", 0.5)
    try:
        run = subprocess.run(
            [sys.executable, "-c", f"import sys; from orgdesigner.cli import import_cmd; import_cmd.LOCK_WAIT = 0.5; "
             f"from orgdesigner import cli; sys.exit(cli.run(['import', {str(f)!r}, '--into', {str(target)!r}]))"],
            env=_env(), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        proc.stdin.close()
        proc.wait(10)
    assert run.returncode == 3
    assert (
        "åpen.orgd» er åpen hos" in run.stderr
        and "Testholder" in run.stderr
        and "Traceback" not in run.stderr
    )
    assert target.read_bytes() == before


def test_import_org_into_a_held_file_refuses_too(tmp_path: Path, monkeypatch, capsys) -> None:
    from orgdesigner import cli
    from orgdesigner.cli import import_cmd

    rows = [["Enhet", "Overordnet enhet", "Enhetstype"], ["Kommunedirektør", None, "Kommunedirektør"]]
    f = write_xlsx(tmp_path / "org.xlsx", {"Struktur": rows})
    target = tmp_path / "holdt.orgd"
    save(Project(name="Holdt"), target)
    before = target.read_bytes()
    monkeypatch.setattr(import_cmd, "LOCK_WAIT", 0.3)
    proc = _holder(target)
    try:
        status = cli.run(["import-org", str(f), "--into", str(target), "--scenario", "A"])
    finally:
        proc.stdin.close()
        proc.wait(10)
    assert status == 3 and "er åpen hos" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert cli.run(["import-org", str(f), "--into", str(target), "--scenario", "A"]) == 0  # free again
