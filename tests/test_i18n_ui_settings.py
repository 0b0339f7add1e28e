"""Fil → Innstillinger: the language is chosen, kept in the user's settings file, and applied by a
restart that reopens the open project; a real restart starts the app in the new language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu
from ui_support import make_window, small_project

from orgdesigner import config
from orgdesigner.storage import save
from orgdesigner.ui import app as app_module
from orgdesigner.ui import settings_dialog as sd


def _when_modal(qtbot, act) -> None:
    """Run ``act(modal)`` on the next modal dialog that opens."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
        else:
            act(modal)

    QTimer.singleShot(0, poll)


def test_the_action_sits_in_the_file_menu_above_quit(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path, monkeypatch)
    menu = win.findChild(QMenu, "menu_file")
    actions = [a for a in menu.actions() if not a.isSeparator()]
    names = [a.objectName() for a in actions]
    assert names.index("act_settings") == names.index("act_quit") - 1
    assert win.settings_action.text() == "&Innstillinger …"


def test_choosing_nynorsk_saves_it_and_a_restart_reopens_the_project(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "liten.orgd"
    save(small_project(), path)
    win = make_window(qtbot, tmp_path, monkeypatch)
    win.controller.path = str(path)
    win.controller.undo_stack.setClean()
    settings = config.user_settings_path()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"window_state": "x"}), encoding="utf-8")

    def choose_nynorsk(dialog):
        combo = dialog.findChild(type(dialog.language), "settings_language")
        combo.setCurrentIndex(combo.findData("nn"))
        dialog.accept()

    _when_modal(qtbot, choose_nynorsk)
    launched = []
    monkeypatch.setattr(sd, "restart", lambda window: launched.append(window) or True)
    chosen = sd.open_settings(win, "nb", ask=lambda _w: True)
    assert chosen == "nn"
    kept = json.loads(settings.read_text(encoding="utf-8"))
    assert kept == {"window_state": "x", "language": "nn"}  # other settings untouched
    assert app_module.choose_language() == "nn"
    assert launched == [win]


def test_restart_closes_the_window_and_starts_the_app_on_the_same_file(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "liten.orgd"
    save(small_project(), path)
    win = make_window(qtbot, tmp_path, monkeypatch)
    win.controller.path = str(path)
    win.controller.undo_stack.setClean()
    started = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))  # the test's app goes on
    assert sd.restart(win, launch=lambda program, args: started.append((program, args)))
    assert not win.isVisible()
    assert started == [(sys.executable, ["-m", "orgdesigner", str(path)])]


def test_restart_is_called_off_when_the_user_cancels_closing(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path, monkeypatch)
    monkeypatch.setattr(win.files, "maybe_save", lambda: False)  # the user pressed Avbryt
    started = []
    assert not sd.restart(win, launch=lambda program, args: started.append(args))
    assert win.isVisible() and started == []


def test_the_dialog_also_holds_the_theme_choice(qtbot):
    dialog = sd.SettingsDialog("nb")
    qtbot.addWidget(dialog)
    layout = dialog.layout()
    assert layout.itemAt(layout.count() - 2).widget() is dialog.theme_choice  # above the buttons
    assert dialog.theme_choice.title() == "Farger og kontrast"


def test_the_same_language_changes_nothing(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path, monkeypatch)
    _when_modal(qtbot, lambda dialog: dialog.accept())
    asked = []
    assert sd.open_settings(win, "nb", ask=lambda w: asked.append(w) or False) is None
    assert asked == [] and not config.user_settings_path().exists()


def test_the_restart_question_has_two_choices(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path, monkeypatch)
    seen = {}

    def later(box):
        seen["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if "Senere" in b.text()).click()

    _when_modal(qtbot, later)
    assert sd.ask_restart(win) is False
    assert seen["buttons"] == ["Start på &nytt nå", "&Senere"]


def test_the_restarted_app_comes_up_in_the_chosen_language(tmp_path):
    """The command restart() runs really starts OrgDesigner, in nynorsk, on the same file."""
    from test_ui_app import _lrelease

    tool = _lrelease()
    path = tmp_path / "liten.orgd"
    save(small_project(), path)
    (tmp_path / "settings.json").write_text(json.dumps({"language": "nn"}), encoding="utf-8")
    resources = tmp_path / "resources" / "translations"
    resources.mkdir(parents=True)
    translations = app_module.paths.resources_dir() / "translations"
    for ts in translations.glob("*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(resources / (ts.stem + ".qm"))], check=True)
    program, args = sd.restart_command(str(path))
    probe = (  # what "python -m orgdesigner <path>" runs, with the freshly compiled catalogues
        "import sys; from pathlib import Path; from orgdesigner.ui import app;"
        f"app.resources_dir = lambda: Path({str(tmp_path / 'resources')!r});"
        "from orgdesigner.__main__ import main; from PySide6.QtWidgets import QApplication;"
        "rc = main(sys.argv[1:]);"
        "print('MENUS', [[a.text() for a in w.menuBar().actions()] + [w.windowTitle()]"
        " for w in QApplication.topLevelWidgets() if w.objectName() == 'main_window']); sys.exit(rc)"
    )
    assert program == sys.executable and args[:2] == ["-m", "orgdesigner"]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ORGDESIGNER_SMOKE_EXIT_MS="600",
        ORGDESIGNER_USER_SETTINGS=str(tmp_path / "settings.json"),
        ORGDESIGNER_MACHINE_SETTINGS=str(tmp_path / "none.json"),
        ORGDESIGNER_DATA_DIR=str(tmp_path / "data"),
        ORGDESIGNER_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [program, "-c", probe, *args[2:]], env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "&Redigering" in done.stdout and "(liten.orgd)" in done.stdout, done.stdout
