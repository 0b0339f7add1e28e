"""The main window fits a laptop screen, keeps a sane layout, and has the chart output in Fil."""

from __future__ import annotations

import pytest
from ui_support import make_window

from orgdesigner.ui import window_layout

LAPTOP = (1366, 768)


@pytest.fixture
def demo_window(qtbot, tmp_path, monkeypatch):
    demo = pytest.importorskip("orgdesigner.demo")
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow(plugins=create_manager())
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.controller.set_project(demo.build_demo_project(), None)
    win.show()
    return win


def _fits_laptop(win) -> bool:
    hint = win.minimumSizeHint()
    return hint.width() <= LAPTOP[0] - 86 and hint.height() <= LAPTOP[1] - 68  # ≈ 1280×700


def test_window_minimum_fits_a_laptop_screen_on_the_demo(demo_window, qtbot):
    win = demo_window
    assert win.analysis_ui.metric_docks, "the built-in metric panels are installed"
    assert _fits_laptop(win), win.minimumSizeHint()
    sc = win.controller.scenario()
    top = sc.roots()[0]
    win.controller.select([("unit", top)])  # a unit's form in the property panel
    qtbot.wait(50)
    assert _fits_laptop(win), win.minimumSizeHint()
    big = max(sc.units, key=lambda u: len(sc.children(u)))
    win.controller.select([("unit", big)])  # the metric charts grow with the number of subunits
    qtbot.wait(50)
    assert _fits_laptop(win), win.minimumSizeHint()


def test_docks_are_tabbed_as_designed(demo_window, qtbot):
    win = demo_window
    right = {d.objectName() for d in win.tabifiedDockWidgets(win.properties_dock)}
    assert right == {"dock_people", "dock_history"}
    placement = win.placement_ui.placement_dock
    bottom = {d.objectName() for d in win.tabifiedDockWidgets(placement)}
    assert {"dock_relocation", "dock_findings"} <= bottom
    assert {f"dock_metric_{k}" for k in win.analysis_ui.metric_docks} <= bottom
    # on a laptop-sized window the chart gets more room than any dock
    win.resize(1350, 700)
    qtbot.waitUntil(lambda: win.width() == 1350, timeout=2000)
    window_layout.size_docks(win)
    qtbot.wait(20)
    assert win.chart.width() * win.chart.height() > max(
        d.width() * d.height() for d in win.findChildren(type(placement)) if d.isVisible()
    )


def _current_tab(win, title):
    from PySide6.QtWidgets import QTabBar

    bar = next(b for b in win.findChildren(QTabBar) if title in [b.tabText(i) for i in range(b.count())])
    return bar.tabText(bar.currentIndex())


def test_f6_reaches_a_pane_behind_another_tab(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    win = make_window(qtbot, tmp_path, monkeypatch)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    win.controller.select([("unit", "skole")])
    win.properties_dock.raise_()
    qtbot.waitUntil(lambda: _current_tab(win, "Stillinger") == "Egenskaper", timeout=2000)
    people = win.people.in_unit
    assert win.people_dock in win.focus_order()
    for _ in win.focus_order():
        win.cycle_focus(1)
        if QApplication.focusWidget() is people:
            break
    assert QApplication.focusWidget() is people
    qtbot.waitUntil(lambda: _current_tab(win, "Stillinger") == "Stillinger", timeout=2000)


def test_layout_of_an_earlier_version_is_not_restored(qtbot, tmp_path, monkeypatch):
    from orgdesigner import config
    from orgdesigner.ui.main_window import MainWindow

    win = make_window(qtbot, tmp_path, monkeypatch)
    win.removeDockWidget(win.history_dock)  # an old arrangement: history on its own, floating
    win.history_dock.setFloating(True)
    old = {
        "window_state": bytes(win.saveState().toBase64()).decode(),  # version 0, no version key
        "window_geometry": bytes(win.saveGeometry().toBase64()).decode(),
    }
    config.save_user_settings(old)
    second = MainWindow()
    qtbot.addWidget(second, before_close_func=lambda w: w.controller.undo_stack.setClean())
    second.restore_layout()
    second.show()
    assert second._layout_restored is False
    assert not second.history_dock.isFloating()
    assert second.history_dock in second.tabifiedDockWidgets(second.properties_dock)


def test_too_big_saved_geometry_is_fitted_to_the_screen(qtbot, tmp_path, monkeypatch):
    from orgdesigner import config
    from orgdesigner.ui.main_window import MainWindow

    win = make_window(qtbot, tmp_path, monkeypatch)
    avail = window_layout.available_rect(win)
    win.setGeometry(avail.x() + 3000, avail.y(), avail.width() * 3, avail.height() * 3)
    win.save_layout()
    assert config.user_settings().values["window_layout_version"] == window_layout.LAYOUT_VERSION
    second = MainWindow()
    qtbot.addWidget(second, before_close_func=lambda w: w.controller.undo_stack.setClean())
    second.restore_layout()
    assert second._layout_restored is True  # same version: the dock state is kept
    second.show()
    qtbot.wait(20)
    least = second.minimumSizeHint()  # the offscreen test screen is smaller than a laptop's
    assert second.width() <= max(avail.width(), least.width()) < win.width()
    assert second.height() <= max(avail.height(), least.height()) < win.height()
    assert avail.intersects(second.geometry())


def test_fil_menu_has_chart_export_and_print(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path, monkeypatch)
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.menu().objectName() == "menu_file")
    entries = file_menu.actions()
    assert win.actions.export_chart in entries and win.actions.print_chart in entries
    assert win.actions.print_chart.shortcut().toString() == "Ctrl+P"

    out = tmp_path / "kart.png"
    monkeypatch.setattr(  # the save dialog (file, paper, orientation, tiling) answered
        "orgdesigner.ui.chart_export_dialog.ask_chart_export",
        lambda *a, **k: {"path": str(out), "paper": "A4", "orientation": "auto", "mode": "fit"},
    )
    win.actions.export_chart.trigger()
    assert out.exists() and out.stat().st_size > 0

    from orgdesigner.ui import chart_print

    calls = []
    monkeypatch.setattr(
        chart_print,
        "print_chart",
        lambda controller, parent=None, **kw: calls.append((controller, parent, kw.get("chart_view"))),
    )
    win.actions.print_chart.trigger()
    assert calls == [(win.controller, win, win.chart)]


def test_no_two_actions_share_a_shortcut(demo_window):
    """An ambiguous shortcut does nothing at all in Qt; menus added by installers must not collide."""
    from collections import defaultdict

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    owners = defaultdict(list)
    for action in demo_window.findChildren(QAction):
        if action.shortcutContext() in (Qt.WindowShortcut, Qt.ApplicationShortcut):
            for key in action.shortcuts():
                if not key.isEmpty():
                    owners[key.toString()].append(action.text())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
