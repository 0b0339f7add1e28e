"""Support: the rotating log file, crash stacks in it, the error dialog and Hjelp → Om."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from orgdesigner import __version__, logsetup, paths

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def log_dir(tmp_path):
    folder = tmp_path / "log"
    path = logsetup.setup_logging(folder)
    assert path == folder / logsetup.LOG_NAME
    yield folder
    logsetup.close_logging()


def test_the_log_folder_is_the_platforms(monkeypatch, tmp_path):
    monkeypatch.delenv("ORGDESIGNER_LOG_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert paths.user_log_dir() == tmp_path / ".local/state/orgdesigner/log"
    monkeypatch.setenv("ORGDESIGNER_LOG_DIR", str(tmp_path / "x"))
    assert paths.user_log_dir() == tmp_path / "x"


def test_records_and_versions_go_to_the_log_file(log_dir):
    logging.getLogger("orgdesigner.something").warning("Noe var rart")
    logging.getLogger("orgdesigner_plugins.validators").error("Validatoren feilet")
    text = (log_dir / logsetup.LOG_NAME).read_text(encoding="utf-8")
    assert f"OrgDesigner {__version__}" in text and "Python" in text
    assert "WARNING orgdesigner.something: Noe var rart" in text
    assert "orgdesigner_plugins.validators: Validatoren feilet" in text


def test_an_unwritable_folder_never_stops_the_program(tmp_path, capsys):
    blocker = tmp_path / "fil"
    blocker.write_text("ikke en mappe")
    assert logsetup.setup_logging(blocker / "log") is None
    assert "kan ikke skrive loggfilen" in capsys.readouterr().err
    assert logsetup.log_file() is None


CRASH = """
import logging, faulthandler, sys
from orgdesigner import logsetup
logsetup.MAX_BYTES = 2000
logsetup.setup_logging(sys.argv[1])
for n in range(100):
    logging.getLogger("orgdesigner").info("linje %d %s", n, "x" * 40)
def inner_function_of_the_crash():
    faulthandler._sigsegv()
inner_function_of_the_crash()
"""


def test_the_log_rotates_and_a_hard_crash_leaves_its_stack_in_the_current_file(tmp_path):
    folder = tmp_path / "log"
    r = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASH), str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode != 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["orgdesigner.log", "orgdesigner.log.1", "orgdesigner.log.2", "orgdesigner.log.3"]
    current = (folder / "orgdesigner.log").read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error" in current and "inner_function_of_the_crash" in current
    assert "linje 99" in current  # the last records and the crash are in the same, current file


def _close_when_shown(qtbot, found: dict, action) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        found["dialog"] = dialog
        found["texts"] = [w.text() for w in dialog.findChildren(QLabel)]
        action(dialog)
        dialog.reject()

    QTimer.singleShot(0, poll)


def test_an_uncaught_exception_is_logged_and_shown_with_kopier_detaljer(qtbot, log_dir, monkeypatch):
    from orgdesigner.ui import error_dialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(logsetup, "setup_logging", lambda *a: None)  # keep the test's log folder
    error_dialog.install_error_handling()
    assert sys.excepthook is error_dialog._hook
    found: dict = {}

    def copy(dialog) -> None:
        found["details"] = dialog.findChild(type(dialog.text), "error_details").toPlainText()
        dialog.findChild(QPushButton, "copy_details").click()

    _close_when_shown(qtbot, found, copy)
    try:
        raise ValueError("enheten «Skole» finnes ikke")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert found["dialog"].windowTitle() == "Uventet feil"
    assert any("ValueError: enheten «Skole» finnes ikke" in t for t in found["texts"])
    assert any(str(log_dir / logsetup.LOG_NAME) in t for t in found["texts"])
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard == found["details"]
    assert "Traceback (most recent call last)" in clipboard and f"OrgDesigner: {__version__}" in clipboard
    log_text = (log_dir / logsetup.LOG_NAME).read_text(encoding="utf-8")
    assert "CRITICAL orgdesigner: Uventet feil" in log_text and "ValueError: enheten" in log_text


def test_hjelp_om_shows_versions_and_the_log_file(qtbot, log_dir, tmp_path, monkeypatch):
    from PySide6.QtGui import QAction
    from ui_support import make_window

    win = make_window(qtbot, tmp_path, monkeypatch)
    found: dict = {}

    def copy(dialog) -> None:
        dialog.findChild(QPushButton, "about_copy").click()

    _close_when_shown(qtbot, found, copy)
    win.findChild(QAction, "act_about").trigger()  # Hjelp → Om OrgDesigner
    texts = "\n".join(found["texts"])
    assert f"OrgDesigner {__version__}" in texts
    assert str(log_dir / logsetup.LOG_NAME) in texts
    import PySide6

    assert PySide6.__version__ in texts and "Programtillegg-API" in QGuiApplication.clipboard().text()


def test_the_dialogs_are_translated(qapp, tmp_path, monkeypatch):
    import shutil as _shutil

    from orgdesigner.ui import app as app_module
    from orgdesigner.ui.about_dialog import AboutDialog
    from orgdesigner.ui.error_dialog import ErrorDialog

    tool = Path(sys.executable).parent / "pyside6-lrelease"
    if not tool.exists() and not _shutil.which("pyside6-lrelease"):
        pytest.skip("pyside6-lrelease is not installed")
    source = Path(app_module.resources_dir()) / "translations"
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang in ("en", "nn"):
        subprocess.run(
            [str(tool) if tool.exists() else "pyside6-lrelease", "-silent",
             str(source / f"orgdesigner_{lang}.ts"), "-qm", str(folder / f"orgdesigner_{lang}.qm")],
            check=True,
        )  # fmt: skip
    monkeypatch.setattr(app_module, "resources_dir", lambda: tmp_path)
    from PySide6.QtCore import QLocale

    before = QLocale()
    for lang, about, error, copy in (
        ("en", "About OrgDesigner", "Unexpected error", "&Copy Details"),
        ("nn", "Om OrgDesigner", "Uventa feil", "&Kopiera detaljar"),
    ):
        installed = app_module.install_translators(qapp, lang)
        try:
            dialog = AboutDialog()
            assert dialog.windowTitle() == about
            err = ErrorDialog("ValueError: x", "detaljer")
            assert err.windowTitle() == error and err.copy_button.text() == copy
        finally:
            for t in installed:
                qapp.removeTranslator(t)
            QLocale.setDefault(before)
