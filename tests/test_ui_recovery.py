"""Crash recovery: a child process edits and autosaves, is killed, and the next start offers the copy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ui_support import make_window

from orgdesigner.storage import recovery as rec
from orgdesigner.ui import recovery_dialog
from orgdesigner.ui.recovery_dialog import DISCARD, LATER, RESTORE, offer_recovery, pending_recoveries

CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui_support import small_project
    from orgdesigner.ui.main_window import MainWindow
    from orgdesigner.model import ops
    win = MainWindow()
    win.controller.set_project(small_project(), {original!r} or None)
    win.controller.run(ops.rename_unit(win.controller.project, "s1", "skole", "Krasjskolen"))
    assert win.files.autosave.isActive()
    win.files.autosave.setInterval(50)  # the minute, shortened
    deadline = time.time() + 20
    while win.files.recovery_file is None and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("READY", win.files.recovery_file, flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def _crash_child(tmp_path: Path, original: str = "") -> Path:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ORGDESIGNER_DATA_DIR=str(tmp_path / "data"),
        ORGDESIGNER_CONFIG_DIR=str(tmp_path / "config"),
    )
    script = CHILD.format(tests=str(Path(__file__).parent), original=original)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    return Path(line.split(" ", 1)[1].strip())


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    return make_window(qtbot, tmp_path, monkeypatch)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_editor_leaves_a_copy_that_the_next_start_offers(win, tmp_path):
    copy = _crash_child(tmp_path)
    assert copy.is_file()
    pending = pending_recoveries()
    assert [p.path for p in pending] == [copy]
    assert pending[0].project_name == "Testkommune"
    asked = []
    restored = offer_recovery(win, lambda w, info: asked.append(info) or RESTORE)
    assert restored is not None and len(asked) == 1
    assert win.controller.scenario().units["skole"].name == "Krasjskolen"
    assert win.isWindowModified()  # recovered edits are not saved yet
    assert not copy.exists() or win.files.recovery_file == copy
    assert pending_recoveries() == []  # the copy now belongs to this process


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_recovered_copy_of_a_saved_file_saves_to_the_original(win, tmp_path):
    from ui_support import small_project

    from orgdesigner.storage import load, save

    original = tmp_path / "prosjekt.orgd"
    save(small_project(), original)
    _crash_child(tmp_path, str(original))
    offer_recovery(win, lambda w, info: RESTORE)
    assert win.controller.path == str(original.resolve())
    assert win.files.save()
    assert load(original).scenarios["s1"].units["skole"].name == "Krasjskolen"
    assert rec.list_recoveries() == []  # discarded on save


def test_discard_and_later(win, tmp_path, monkeypatch):
    from ui_support import small_project

    copy = rec.write_recovery(small_project(), None)
    monkeypatch.setattr(recovery_dialog, "_alive", lambda pid: False)
    monkeypatch.setattr(rec.RecoveryInfo, "from_this_process", property(lambda self: False))
    assert offer_recovery(win, lambda w, info: LATER) is None
    assert copy.exists()
    assert offer_recovery(win, lambda w, info: DISCARD) is None
    assert not copy.exists()


def test_the_question_box_restores_on_its_first_button(win, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from ui_support import small_project

    rec.write_recovery(small_project(), None)
    monkeypatch.setattr(rec.RecoveryInfo, "from_this_process", property(lambda self: False))
    monkeypatch.setattr(recovery_dialog, "_alive", lambda pid: False)
    texts = []

    def fake_exec(box):
        texts.append(box.text())
        for b in box.buttons():
            if b.text() == "&Gjenopprett":
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert offer_recovery(win) is not None
    assert "Testkommune" in texts[0]


def test_autosave_runs_only_while_modified_and_is_discarded_on_save(win, tmp_path, monkeypatch):
    files = win.files
    assert not files.autosave.isActive()
    model = win.outline.outline_model()
    model.setData(model.index_of("stab"), "Staben")
    assert files.autosave.isActive() and files.autosave.interval() == 60_000
    copy = files.write_recovery()
    assert copy is not None and copy.is_file()
    monkeypatch.setattr(
        "orgdesigner.ui.file_commands.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(tmp_path / "x.orgd"), ""),
    )
    assert files.save()
    assert not copy.exists()
    assert not files.autosave.isActive()
    assert files.write_recovery() is None  # nothing unsaved
