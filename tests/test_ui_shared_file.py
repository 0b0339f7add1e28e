"""Two app instances on one .orgd (real second processes): nothing is silently overwritten.

The other instance is a real MainWindow in a child process that opens the file
through the Fil commands, edits, and saves or crashes on command. This process's
window meets the lock (read-only or a copy), a save refused because the file on
disk changed (then «Lagre som»), and per-instance recovery copies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from ui_support import make_window, small_project

from orgdesigner.model import ops
from orgdesigner.storage import load, save
from orgdesigner.storage import lock as lk
from orgdesigner.ui.recovery_dialog import pending_recoveries

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from orgdesigner.ui.main_window import MainWindow
    from orgdesigner.model import ops
    win = MainWindow()
    assert win.files.open_path({path!r})
    win.controller.run(ops.rename_unit(win.controller.project, "s1", "skole", "Andres skole"))
    print("READY", win.files.write_recovery(), flush=True)
    for line in sys.stdin:
        if line.strip() == "save":
            print("SAVED", win.files.save(), flush=True)
        elif line.strip() == "quit":
            win.files.release_lock()
            break
""")


class Other:
    """The other instance, in its own process."""

    def __init__(self, tmp_path: Path, path: Path) -> None:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            ORGDESIGNER_DATA_DIR=str(tmp_path / "data"),
            ORGDESIGNER_CONFIG_DIR=str(tmp_path / "config-other"),
            PYTHONPATH=os.pathsep.join([str(Path(__file__).parents[1]), os.environ.get("PYTHONPATH", "")]),
        )
        script = CHILD.format(tests=str(Path(__file__).parent), path=str(path))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        line = self.proc.stdout.readline()
        assert line.startswith("READY"), line
        self.recovery = Path(line.split(" ", 1)[1].strip())

    def command(self, what: str) -> str:
        self.proc.stdin.write(what + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip() if what != "quit" else ""

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.command("quit")
            self.proc.wait(20)


def _answer(button: str) -> None:
    """Click ``button`` (object name) in the next modal box, as the user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        box.findChild(QPushButton, button).click()

    QTimer.singleShot(0, click)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "felles.orgd"
    save(small_project(), path)
    return path


def test_opening_a_file_another_instance_has_says_who_and_opens_read_only(
    qtbot, tmp_path, monkeypatch, shared
):
    other = Other(tmp_path, shared)
    try:
        win = make_window(qtbot, tmp_path, monkeypatch)
        texts = []
        monkeypatch.setattr(win.files, "ask_locked", _record(win.files.ask_locked, texts))
        _answer("locked_read_only")
        assert win.files.open_path(str(shared))
        assert win.files.read_only and win.files.lock is None
        assert str(other.proc.pid) in texts[0] and lk.this_machine() in texts[0]
        win.controller.run(ops.rename_unit(win.controller.project, "s1", "stab", "Min stab"))
        before = shared.read_bytes()
        mine = tmp_path / "min-versjon.orgd"
        monkeypatch.setattr(
            "orgdesigner.ui.file_commands.QFileDialog.getSaveFileName", lambda *a, **k: (str(mine), "")
        )
        assert win.files.save()  # read-only: Lagre writes a new file, never the shared one
        assert shared.read_bytes() == before
        assert load(mine).scenarios["s1"].units["stab"].name == "Min stab"
        assert other.command("save") == "SAVED True"  # the holder saves as usual
        assert load(shared).scenarios["s1"].units["skole"].name == "Andres skole"
    finally:
        other.close()
    assert not lk.lock_path(shared).exists()


def test_a_copy_instead_and_cancel(qtbot, tmp_path, monkeypatch, shared):
    other = Other(tmp_path, shared)
    try:
        win = make_window(qtbot, tmp_path, monkeypatch)
        _answer("locked_cancel")
        assert not win.files.open_path(str(shared))
        assert win.controller.path is None
        _answer("locked_copy")
        assert win.files.open_path(str(shared))
        assert win.controller.path is None and win.controller.is_modified()
        assert win.controller.project.name.endswith("(kopi)")
    finally:
        other.close()


def test_a_save_over_a_file_changed_on_disk_is_refused_and_offers_save_as(
    qtbot, tmp_path, monkeypatch, shared
):
    win = make_window(qtbot, tmp_path, monkeypatch)
    assert win.files.open_path(str(shared))
    assert lk.read_lock(shared).pid == os.getpid()
    # someone deletes the lock on the share, and another instance replaces the file
    lk.lock_path(shared).unlink()
    other = Other(tmp_path, shared)
    assert other.command("save") == "SAVED True"
    other.close()
    win.controller.run(ops.rename_unit(win.controller.project, "s1", "stab", "Min stab"))
    theirs = shared.read_bytes()
    _answer("changed_cancel")
    assert not win.files.save()
    assert shared.read_bytes() == theirs  # their work is still there
    mine = tmp_path / "mine.orgd"
    monkeypatch.setattr(
        "orgdesigner.ui.file_commands.QFileDialog.getSaveFileName", lambda *a, **k: (str(mine), "")
    )
    _answer("changed_save_as")
    assert win.files.save()
    assert shared.read_bytes() == theirs
    assert load(mine).scenarios["s1"].units["stab"].name == "Min stab"
    assert win.controller.path == str(mine) and lk.read_lock(mine).pid == os.getpid()
    # the new file is ours: the next save goes through
    win.controller.run(ops.rename_unit(win.controller.project, "s1", "stab", "Min stab 2"))
    assert win.files.save()


def test_recovery_copies_are_per_instance_and_a_crashed_ones_is_offered(qtbot, tmp_path, monkeypatch, shared):
    first = Other(tmp_path, shared)
    second = None
    try:
        win = make_window(qtbot, tmp_path, monkeypatch)
        _answer("locked_read_only")
        assert win.files.open_path(str(shared))
        win.controller.run(ops.rename_unit(win.controller.project, "s1", "stab", "Min stab"))
        mine = win.files.write_recovery()
        assert mine is not None and mine != first.recovery and first.recovery.exists()
        assert pending_recoveries() == []  # the other instance still runs: its copy is not orphaned
        first.kill()
        assert [r.path for r in pending_recoveries()] == [first.recovery]  # offered now, same file
        win.files.discard_recovery()  # this instance's save or close removes only its own copy
        assert first.recovery.exists() and not mine.exists()
    finally:
        if second is not None:
            second.close()
        if first.proc.poll() is None:
            first.close()


def _record(ask, texts):
    def wrapped(exc):
        texts.append(str(exc))
        return ask(exc)

    return wrapped


def test_a_restored_copy_never_overwrites_a_newer_save_of_its_original(qtbot, tmp_path, monkeypatch, shared):
    from orgdesigner.ui.recovery_dialog import RESTORE, offer_recovery

    crashed = Other(tmp_path, shared)  # opens, edits, writes its recovery copy …
    crashed.kill()  # … and dies
    newer = small_project()
    newer.name = "Lagret av en annen etterpå"
    save(newer, shared)  # someone else saved the original meanwhile
    theirs = shared.read_bytes()
    win = make_window(qtbot, tmp_path, monkeypatch)
    assert offer_recovery(win, lambda w, info: RESTORE) is not None
    assert win.controller.scenario().units["skole"].name == "Andres skole"  # the edits are back
    _answer("changed_cancel")
    assert not win.files.save()
    assert shared.read_bytes() == theirs
