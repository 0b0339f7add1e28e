"""Every dialog and the main window fit a 1366×768 laptop screen at 150 % and 200 % zoom.

The probe (``screen_fit_probe.py``) runs in a subprocess: Qt reads ``QT_SCALE_FACTOR`` once at
start, and the offscreen platform takes its screen size from a configuration file. It opens the
demo project in the main window, then every QDialog subclass in ``orgdesigner.ui`` and the
built-in plugins (a wizard page by page), and reports each window's frame against the screen's
available area and whether the OK/default and Next/Finish buttons lie inside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

HERE = Path(__file__).parent
LAPTOP = (1366, 768)
PORTRAIT = (768, 1366)  # the same screen turned


def _probe(tmp_path: Path, scale: str, fit: bool = True, size: tuple[int, int] = LAPTOP) -> list[dict]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=scale,
        PYTHONPATH=os.pathsep.join([str(HERE.parent), str(HERE)]),
        ORGDESIGNER_CONFIG_DIR=str(tmp_path / "config"),
        ORGDESIGNER_DATA_DIR=str(tmp_path / "data"),
        FIT_PROBE_OFF="" if fit else "1",
    )
    out = subprocess.run(
        [sys.executable, str(HERE / "screen_fit_probe.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(("scale", "size"), [("1.5", LAPTOP), ("2", LAPTOP), ("1.5", PORTRAIT)])
def test_every_dialog_and_the_window_fit_a_zoomed_laptop_screen(
    tmp_path: Path, scale: str, size: tuple[int, int]
) -> None:
    rows = _probe(tmp_path, scale, size=size)
    names = {r["name"] for r in rows}
    assert {"MainWindow", "MainWindow-restored"} <= names and len(names) > 20
    missing = [r["name"] for r in rows if r.get("missing")]
    assert not missing, f"dialogs without a factory in screen_fit_probe.py: {missing}"
    side = size[0] / float(scale), size[1] / float(scale)
    for r in rows:
        assert r["avail"][2:] == [round(side[0]), round(side[1])], r
        assert r["fits"], f"{r['name']} at {scale}: frame {r['frame']} outside {r['avail']}"
        if not r["name"].startswith("MainWindow"):
            assert r["buttons"], f"{r['name']}: no OK/Next button found"
        for b in r["buttons"]:
            assert b["inside"], f"{r['name']} at {scale}: «{b['text']}» not reachable on screen"
    wizard_pages = [n for n in names if "wizard_qt.ImportWizard" in n]
    assert len(wizard_pages) >= 4, wizard_pages  # the staff wizard was walked page by page


def test_without_the_fitting_the_probe_sees_dialogs_off_screen(tmp_path: Path) -> None:
    """The probe can fail: the unfitted wizard and bulk-place dialog are taller than the screen."""
    rows = {r["name"]: r for r in _probe(tmp_path, "2", fit=False) if not r.get("missing")}
    assert not rows["orgdesigner.ui.bulk_place_dialog.BulkPlaceDialog"]["fits"]
    assert not rows["orgdesigner_plugins.staff_import.wizard_qt.ImportWizard"]["fits"]


def test_content_scrolls_and_the_buttons_stay_outside(qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

    from orgdesigner.ui.fit_screen import FitArea, fit_to_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    edits = [QLineEdit(dialog) for _ in range(40)]
    for edit in edits:
        layout.addWidget(edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    dialog.resize(400, 5000)  # asked for more than any screen has
    fit_to_screen(dialog)
    fit_to_screen(dialog)  # a second call changes nothing
    area = dialog.findChild(FitArea)
    assert len(dialog.findChildren(FitArea)) == 1
    assert all(area.isAncestorOf(e) for e in edits) and not area.isAncestorOf(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    avail = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= avail.height() and avail.contains(dialog.frameGeometry())
    assert area.verticalScrollBar().maximum() > 0  # the fields scroll
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.rect().contains(
        ok.geometry().translated(ok.parentWidget().mapTo(dialog, ok.pos()) - ok.pos())
    )
    # Tab goes from field to field (the scroll area is no stop of its own) and scrolls along
    edits[0].setFocus()
    for _ in range(len(edits) - 1):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is edits[-1]
    assert area.verticalScrollBar().value() > 0 and edits[-1].visibleRegion().boundingRect().height() > 0
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ok


def test_dialogs_made_under_the_window_are_fitted_nested_ones_too(qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

    from orgdesigner.ui import fit_screen

    class PluginDialog(QDialog):  # a dialog class of ours or a plugin's, not Qt's own
        def __init__(self, parent: QWidget) -> None:
            super().__init__(parent)
            tall = QLabel("x")
            tall.setMinimumHeight(5000)
            QVBoxLayout(self).addWidget(tall)

    window = QWidget()
    qtbot.addWidget(window)
    fit_screen.install(window)
    fit_screen.install(window)  # once is enough
    assert len(window.findChildren(fit_screen._ChildWatcher, "fit_screen_watch")) == 1
    dialog = PluginDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    avail = dialog.screen().availableGeometry()
    assert dialog.findChild(fit_screen.FitArea) is not None and avail.contains(dialog.frameGeometry())
    inner = PluginDialog(dialog)  # opened from the dialog
    inner.show()
    qtbot.waitExposed(inner)
    assert inner.findChild(fit_screen.FitArea) is not None and avail.contains(inner.frameGeometry())
    window.setGeometry(avail.right() - 100, avail.bottom() - 100, 600, 600)  # mostly off-screen
    box = QMessageBox(QMessageBox.Icon.Information, "Tittel", "Lagret.", parent=window)
    box.show()  # Qt's own: moved into the screen, its layout left alone
    qtbot.waitExposed(box)
    assert box.findChild(fit_screen.FitArea) is None and avail.contains(box.frameGeometry())
    fit_screen.uninstall(window)
    later = PluginDialog(window)
    later.show()
    qtbot.waitExposed(later)
    assert later.findChild(fit_screen.FitArea) is None  # not watched any more
