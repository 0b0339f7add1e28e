"""Keyboard equivalents of every drag, F6 through every open panel, Tab only over what is shown,
Vis › Paneler that raises a tabbed dock, menus without clashing mnemonics — with real key events
on the real window (offscreen)."""

from __future__ import annotations

import pytest
from keyboard_support import focused, key, type_text, when_modal
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from ui_support import make_window, send_drag

from orgdesigner.ui import dnd, keyboard_nav

K, Alt = Qt.Key, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    w = make_window(qtbot, tmp_path, monkeypatch)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    return w


@pytest.fixture
def demo_win(qtbot, tmp_path, monkeypatch):
    demo = pytest.importorskip("orgdesigner.demo")
    from orgdesigner.plugins import create_manager

    w = make_window(qtbot, tmp_path, monkeypatch, demo.build_demo_project())
    w.install_plugins(create_manager())  # as the app does: plugins after the window showed
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    qtbot.wait(50)
    return w


# -- reordering siblings ----------------------------------------------------------------------
@pytest.mark.parametrize("where", ["chart", "outline"])
def test_alt_arrows_reorder_siblings_as_one_undo_step(win, where):
    sc = win.controller.scenario()
    win.controller.select([("unit", "stab")])
    getattr(win, where).setFocus()
    assert sc.children("kd") == ["stab", "oppv", "helse"]
    key(K.Key_Down, Alt)
    assert sc.children("kd") == ["oppv", "stab", "helse"]
    key(K.Key_Down, Alt)
    assert sc.children("kd") == ["oppv", "helse", "stab"]
    assert win.controller.undo_stack.count() == 2
    key(K.Key_Down, Alt)  # already last: nothing happens, and the status bar says so
    assert win.controller.undo_stack.count() == 2
    assert "sist" in win.statusBar().currentMessage()
    key(K.Key_Up, Alt)
    assert sc.children("kd") == ["oppv", "stab", "helse"]
    key(K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sc.children("kd") == ["oppv", "helse", "stab"]
    assert win.controller.selected_units() == ["stab"]


def test_alt_down_is_the_same_step_as_a_drag_onto_the_gap(win):
    sc = win.controller.scenario()
    win.controller.select([("unit", "oppv")])
    win.outline.setFocus()
    key(K.Key_Down, Alt)
    by_key = (sc.children("kd"), win.controller.undo_stack.undoText())
    win.controller.undo_stack.undo()
    view = win.outline
    rect = view.visualRect(view.outline_model().index_of("helse"))
    send_drag(view, dnd.units_mime("s1", ["oppv"]), QPoint(rect.center().x(), rect.bottom() - 1))
    by_drag = (sc.children("kd"), win.controller.undo_stack.undoText())
    assert by_key == by_drag == (["stab", "helse", "oppv"], by_key[1])


def test_alt_down_in_a_list_box_still_opens_its_list(win):
    sc = win.controller.scenario()
    win.controller.select([("unit", "stab")])
    combo = win.placement_ui.placement_panel.filter
    win.placement_ui.placement_dock.raise_()
    combo.setFocus()
    key(K.Key_Down, Alt)
    assert sc.children("kd") == ["stab", "oppv", "helse"]
    assert win.controller.undo_stack.count() == 0
    combo.hidePopup()


# -- moving a unit or a position to another unit: Ctrl+M and a searchable picker -----------------
def _pick(text: str):
    def answer(dialog):
        type_text(text)
        key(K.Key_Return)

    when_modal(answer)


def test_ctrl_m_moves_a_unit_under_another_parent(win):
    sc = win.controller.scenario()
    win.controller.select([("unit", "avd")])
    win.chart.setFocus()
    _pick("hjemmetj")
    key(K.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert sc.units["avd"].parent_id == "hjem"
    assert win.controller.undo_stack.count() == 1


def test_ctrl_m_moves_a_position_from_the_people_panel(win, qtbot):
    sc = win.controller.scenario()
    win.people_dock.raise_()
    win.controller.select([("unit", "skole")])
    qtbot.wait(20)
    view = win.people.in_unit
    view.setFocus()
    key(K.Key_Home)  # the first position in Nordby skole
    key(K.Key_Space)
    (pid,) = view.selected_ids()
    _pick("helse mestring")
    key(K.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert sc.unit_of(pid) == "helse"
    assert win.controller.undo_stack.count() == 1
    assert view.contextMenuPolicy() == Qt.ActionsContextMenu and win.actions.move_to in view.actions()


def test_ctrl_m_moves_a_position_from_innplassering(win, qtbot):
    sc = win.controller.scenario()
    panel = win.placement_ui.placement_panel
    win.placement_ui.placement_dock.raise_()
    panel.search.setFocus()
    type_text("Lise Dahl")  # not placed yet
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    key(K.Key_Tab)
    assert focused() in (panel.by_level, panel.only_selected, panel.table)
    while focused() is not panel.table:
        key(K.Key_Tab)
    assert panel.chosen_positions() == ["p5"]  # Tab into the table chooses its first row
    _pick("småtrinnet")
    key(K.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert sc.unit_of("p5") == "avd"
    assert win.controller.undo_stack.count() == 1


def test_delete_takes_a_position_out_of_its_unit_like_a_drop_on_not_placed(win, qtbot):
    sc = win.controller.scenario()
    win.people_dock.raise_()
    win.controller.select([("unit", "hjem")])
    qtbot.wait(20)
    win.people.in_unit.setFocus()
    key(K.Key_Home)
    key(K.Key_Space)
    key(K.Key_Delete)
    assert sc.unit_of("p4") is None
    assert win.controller.undo_stack.count() == 1


# -- F6 ---------------------------------------------------------------------------------------
def test_f6_visits_every_open_dock_even_behind_a_tab(demo_win):
    win = demo_win
    open_docks = keyboard_nav.open_docks(win)
    names = {d.objectName() for d in open_docks}
    assert {"dock_placement", "dock_relocation", "dock_findings", "dock_history"} <= names
    assert {f"dock_metric_{k}" for k in win.analysis_ui.metric_docks} <= names  # the metric panels are open
    win.chart.setFocus()
    visited = []
    for _ in range(len(open_docks) + 1):
        key(K.Key_F6)
        w = focused()
        dock = next((d for d in open_docks if d.isAncestorOf(w)), None)
        visited.append(dock or w)
        if dock is not None:  # brought to the front, focus on a widget that is really shown
            assert keyboard_nav.in_front(win, dock) and keyboard_nav.shown(win, w)
    assert visited[-1] is win.chart  # round again
    assert visited[:-1] == open_docks
    key(K.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert open_docks[-1].isAncestorOf(focused())


def test_f6_lands_on_the_first_field_of_a_panel(win):
    win.chart.setFocus()
    win.placement_ui.relocation_dock.raise_()  # Innplassering behind Lokalisering
    for _ in range(12):
        key(K.Key_F6)
        if win.placement_ui.placement_dock.isAncestorOf(focused()):
            break
    assert focused() is win.placement_ui.placement_panel.filter
    assert keyboard_nav.in_front(win, win.placement_ui.placement_dock)


# -- Tab -------------------------------------------------------------------------------------------
def _tab_round(win, back: bool) -> list:
    """Tab (Shift+Tab) from the outline until it comes back; every stop must be on the window."""
    seen = []
    for _ in range(200):
        key(K.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) if back else key(K.Key_Tab)
        w = focused()
        if w is win.outline:
            return seen
        seen.append(w)
        where = w.rect().translated(w.mapTo(win, QPoint(0, 0)))  # behind a tab: moved off the window
        assert win.rect().intersects(where), f"Tab went to {w.objectName() or type(w).__name__}, not shown"
    raise AssertionError("Tab never came round")


@pytest.mark.parametrize("back", [False, True])
def test_tab_goes_round_the_window_over_shown_widgets_only(demo_win, back):
    win = demo_win
    table = win.placement_ui.placement_panel.table
    assert table.model().rowCount() > 1000
    win.placement_ui.placement_dock.raise_()
    win.properties_dock.raise_()  # Stillinger and Angrehistorikk behind Egenskaper
    win.outline.setFocus()
    seen = _tab_round(win, back)
    assert seen.count(table) == 1  # Tab leaves the 5 000-row table at once
    assert win.chart in seen and win.placement_ui.placement_panel.filter in seen
    assert win.people.in_unit not in seen and win.undo_view not in seen  # behind another tab


def test_item_views_give_up_tab(demo_win):
    from PySide6.QtWidgets import QAbstractItemView

    views = demo_win.findChildren(QAbstractItemView)
    assert views and not [v.objectName() for v in views if v.tabKeyNavigation()]


# -- Vis › Paneler ---------------------------------------------------------------------------------
def test_panels_menu_raises_a_tabbed_dock_and_focuses_it(win, qtbot):
    findings = win.analysis_ui.findings_dock
    win.placement_ui.placement_dock.raise_()
    assert not keyboard_nav.in_front(win, findings)
    win.chart.setFocus()
    act = findings.toggleViewAction()
    assert act in win.panels_menu.actions()
    act.trigger()  # choosing «Funn» in Vis › Paneler
    assert not findings.isHidden() and keyboard_nav.in_front(win, findings)
    assert findings.isAncestorOf(focused()) and act.isChecked()
    act.trigger()  # chosen again while in it: closes it
    assert findings.isHidden() and not act.isChecked()
    assert focused() is win.chart
    act.trigger()
    assert not findings.isHidden() and findings.isAncestorOf(focused())


def test_panels_menu_by_keyboard(win, qtbot):
    """Alt+V, P, then the arrow keys to «Funn» and Enter."""
    findings = win.analysis_ui.findings_dock
    win.placement_ui.placement_dock.raise_()
    win.chart.setFocus()
    key(K.Key_V, Alt)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    key(K.Key_P)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is win.panels_menu, timeout=2000)
    wanted = findings.toggleViewAction()
    for _ in range(len(win.panels_menu.actions())):
        if win.panels_menu.activeAction() is wanted:
            break
        key(K.Key_Down)
    key(K.Key_Return)
    qtbot.waitUntil(lambda: findings.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    assert keyboard_nav.in_front(win, findings)


# -- mnemonics ------------------------------------------------------------------------------------
def _menus(menu, path):
    yield path, menu
    for act in menu.actions():
        if act.menu() is not None and act.isVisible():
            yield from _menus(act.menu(), [*path, act.text()])


def test_no_menu_has_two_items_with_the_same_access_key(demo_win):
    clashes = []
    for path, menu in _menus(demo_win.menuBar(), ["menylinjen"]):
        keys: dict[str, list[str]] = {}
        for act in menu.actions():
            if act.isVisible() and not act.isSeparator():
                mnemonic = QKeySequence.mnemonic(act.text()).toString()
                if mnemonic:
                    keys.setdefault(mnemonic, []).append(act.text())
        clashes += [(" › ".join(path), texts) for texts in keys.values() if len(texts) > 1]
    assert not clashes


def test_the_panels_do_not_take_the_menu_bars_access_keys(demo_win):
    """Alt+V must open Vis: a check box «Bare &valgt enhet» made Qt alternate between the two."""
    from PySide6.QtWidgets import QAbstractButton

    bar = {QKeySequence.mnemonic(a.text()).toString() for a in demo_win.menuBar().actions()}
    panel = demo_win.placement_ui.placement_panel
    taken = [
        b.text()
        for b in panel.findChildren(QAbstractButton)
        if QKeySequence.mnemonic(b.text()).toString() in bar
    ]
    assert not taken
