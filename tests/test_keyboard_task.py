"""The whole task of an HR adviser with the keyboard only: key events on the real window
(offscreen), no model calls to do a step (the assertions read the model).

Add a unit, rename it, move it among its siblings and under another parent, place a person in
Innplassering, reach Funn with F6, undo and redo, export a list through the Fil menu, save.
"""

from __future__ import annotations

import pytest
from keyboard_support import f6_until, focused, key, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from ui_support import make_window

from orgdesigner.ui import keyboard_nav

K = Qt.Key
Ctrl, Alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    from orgdesigner.plugins import create_manager

    w = make_window(qtbot, tmp_path, monkeypatch)  # a project with one alternative is open
    w.install_plugins(create_manager())
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    qtbot.wait(50)
    return w


def _answer(*steps):
    """Keys for the next modal dialog: strings are typed, keys pressed (key or (key, mods))."""

    def run(_dialog):
        for step in steps:
            if isinstance(step, str):
                type_text(step)
            elif isinstance(step, tuple):
                key(*step)
            else:
                key(step)

    when_modal(run)


def _unit_named(sc, name):
    found = [u for u in sc.units.values() if u.name == name]
    return found[0] if len(found) == 1 else None


def test_the_whole_task_with_keys_only(win, qtbot, tmp_path):
    sc = win.controller.scenario()
    stack = win.controller.undo_stack

    # to the chart, onto the top unit
    f6_until(win, lambda w: w is win.chart)
    key(K.Key_Down)
    key(K.Key_Up)
    assert win.controller.selected_units() == ["kd"]

    # a new unit under it, named at once in the chart
    key(K.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)  # the name
    key(K.Key_A, Ctrl)
    type_text("Prosjektgruppe")
    key(K.Key_Return)
    unit = _unit_named(sc, "Prosjektgruppe")
    assert unit is not None and unit.parent_id == "kd"

    # rename it (F2)
    assert focused() is win.chart  # back from the name editor
    key(K.Key_F2)
    key(K.Key_A, Ctrl)
    type_text("Prosjektkontor")
    key(K.Key_Return)
    assert sc.units[unit.id].name == "Prosjektkontor"

    # one place up among its siblings (it was added last)
    assert sc.children("kd")[-1] == unit.id
    key(K.Key_Up, Alt)
    assert sc.children("kd")[-2] == unit.id

    # under another parent: Ctrl+M and the searchable list
    _answer("helse og mestring", K.Key_Return)
    key(K.Key_M, Ctrl)
    assert sc.units[unit.id].parent_id == "helse"

    # Innplassering: F6 there, Tab to the search, find Lise Dahl, Tab into the table, Ctrl+M
    panel = win.placement_ui.placement_panel
    f6_until(win, lambda w: win.placement_ui.placement_dock.isAncestorOf(w))
    key(K.Key_Tab)
    assert focused() is panel.search
    type_text("Lise Dahl")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    for _ in range(5):
        if focused() is panel.table:
            break
        key(K.Key_Tab)
    assert focused() is panel.table and panel.chosen_positions() == ["p5"]
    assert sc.unit_of("p5") is None
    _answer("prosjektkontor", K.Key_Return)
    key(K.Key_M, Ctrl)
    assert sc.unit_of("p5") == unit.id

    # Funn, reached with F6 although Innplassering is in front of it
    findings = win.analysis_ui.findings_dock
    assert not keyboard_nav.in_front(win, findings)
    f6_until(win, lambda w: findings.isAncestorOf(w))
    assert keyboard_nav.in_front(win, findings)

    # undo and redo the placement
    steps = stack.count()
    key(K.Key_Z, Ctrl)
    assert sc.unit_of("p5") is None
    key(K.Key_Y, Ctrl)
    assert sc.unit_of("p5") == unit.id and stack.count() == steps

    # Fil › Eksporter liste… by its access keys; the list to a file typed in the dialog
    target = tmp_path / "innplassering.xlsx"
    _answer((K.Key_I, Alt), (K.Key_A, Ctrl), str(target), K.Key_Return)
    key(K.Key_F, Alt)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    key(K.Key_E)
    qtbot.waitUntil(target.exists, timeout=15000)
    from openpyxl import load_workbook

    book = load_workbook(target, read_only=True)
    cells = " ".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row)
    assert "Dahl" in cells and "Prosjektkontor" in cells  # the placement made above is in the list

    # save (Ctrl+S asks where: the file name typed in the save dialog)
    saved = tmp_path / "prosjekt.orgd"
    _answer(str(saved), K.Key_Return)
    key(K.Key_S, Ctrl)
    qtbot.waitUntil(saved.exists, timeout=10000)
    assert not win.isWindowModified()
    from orgdesigner.storage import load

    project = load(saved)
    again = project.scenarios[sc.id]
    assert again.units[unit.id].name == "Prosjektkontor" and again.unit_of("p5") == unit.id
