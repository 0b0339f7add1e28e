"""F1 lists every shortcut there is (it cannot go stale), and no label shows a literal «&»."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from ui_support import make_window

from orgdesigner.ui import chart_keys
from orgdesigner.ui.chart_view import ChartView
from orgdesigner.ui.shortcuts_dialog import ShortcutsDialog, window_actions


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    from orgdesigner.plugins import create_manager

    w = make_window(qtbot, tmp_path, monkeypatch)
    w.install_plugins(create_manager())
    return w


def _keys(keys) -> str:
    return ", ".join(k.toString(QKeySequence.NativeText) for k in keys)


def test_f1_lists_every_action_with_a_shortcut(win, qtbot):
    dialog = ShortcutsDialog(window_actions(win), win)
    qtbot.addWidget(dialog)
    listed = {(r[0], r[1]) for r in dialog.rows()}
    actions = [a for a in window_actions(win) if a.shortcuts()]
    assert len(actions) >= 25
    for act in actions:
        assert (act.text().replace("&", ""), _keys(act.shortcuts())) in listed, act.text()
    keys = {r[1] for r in dialog.rows()}
    assert "Ctrl+Shift+E" in keys  # Fil › Eksporter liste, added by the placement installer
    assert {"Alt+Up", "Alt+Down", "F6", "Shift+F6", "Ctrl+M"} <= {k for ks in keys for k in ks.split(", ")}
    where = {r[0]: r[2] for r in dialog.rows()}
    assert "Organisasjonskart" in where["Flytt opp"] and "Enhetstre" in where["Flytt opp"]


def test_f1_lists_the_charts_own_keys(win, qtbot):
    dialog = ShortcutsDialog(window_actions(win), win)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    for keys, what in chart_keys.rows():
        assert (what, keys, "Organisasjonskart", "") in rows
    dialog.filter.setText("shift+f10")
    assert [r[0] for r in dialog.rows()] == ["Kontekstmenyen for enheten"]


def _keys_named_in(function) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    return {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr.startswith("Key_")}


def test_the_chart_key_table_matches_the_charts_key_handler():
    """Every key ChartView.keyPressEvent handles is in the F1 table, and nothing else is."""
    handled = _keys_named_in(ChartView.keyPressEvent)
    listed = {k.name for keys, _what in chart_keys.CHART_KEYS for k, _mods in keys}
    assert handled == listed


def test_f1_opens_the_list_from_the_keyboard(win, qtbot):
    from keyboard_support import key, when_modal

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    win.outline.setFocus()
    seen = []
    when_modal(lambda d: (seen.append(d.objectName()), key(Qt.Key.Key_Escape)))
    key(Qt.Key.Key_F1)
    assert seen == ["shortcuts_dialog"]


# -- labels -----------------------------------------------------------------------------------------
def _literal_ampersands(root: QWidget) -> list[str]:
    """Plain-text labels with an access key («&X») but no buddy: Qt shows the & itself."""
    bad = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if label.textFormat() == Qt.RichText or (
            label.textFormat() == Qt.AutoText and "<" in text and ">" in text
        ):
            continue
        if QKeySequence.mnemonic(text).toString() and label.buddy() is None:
            bad.append(text)
    return bad


def _dialogs(win):
    from orgdesigner.ui.bulk_place_dialog import BulkPlaceDialog
    from orgdesigner.ui.chart_export_dialog import ChartExportDialog
    from orgdesigner.ui.export_dialog import ExportDialog
    from orgdesigner.ui.import_wizard import ImportWizard
    from orgdesigner.ui.locations_dialog import LocationsDialog
    from orgdesigner.ui.move_dialog import MoveDialog

    c = win.controller
    yield "ExportDialog", lambda: ExportDialog(c, win)
    yield "MoveDialog", lambda: MoveDialog(c, set(), win)
    yield "BulkPlaceDialog", lambda: BulkPlaceDialog(c, win)
    yield "LocationsDialog", lambda: LocationsDialog(c, win)
    yield "ShortcutsDialog", lambda: ShortcutsDialog(window_actions(win), win)
    yield "ChartExportDialog", lambda: ChartExportDialog("kart.pdf", win)
    staff = next(i for i in c.plugins.importers() if callable(getattr(i, "wizard", None)))
    yield "staff import wizard", lambda: staff.wizard(c, win)
    other = next(i for i in c.plugins.importers() if not callable(getattr(i, "wizard", None)))
    yield "generic import wizard", lambda: ImportWizard(c, other, win)


def test_no_label_shows_a_literal_ampersand(win, qtbot):
    problems = {"MainWindow": _literal_ampersands(win)}
    for name, make in _dialogs(win):
        try:
            dialog = make()
        except TypeError as exc:  # a changed constructor: say which, do not pass silently
            raise AssertionError(f"{name}: {exc}") from exc
        qtbot.addWidget(dialog)
        problems[name] = _literal_ampersands(dialog)
    assert not {k: v for k, v in problems.items() if v}


def test_a_label_without_buddy_is_caught():
    label_host = QWidget()
    QLabel("&Fil:", label_host)
    assert _literal_ampersands(label_host) == ["&Fil:"]
