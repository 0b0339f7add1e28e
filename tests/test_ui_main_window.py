"""The main window on real widgets: start, rename with undo, save and reopen, modified mark."""

from __future__ import annotations

import pytest
from ui_support import small_project

from orgdesigner.storage import load


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.controller.set_project(small_project(), None)
    win.show()
    return win


def test_window_starts_on_a_small_project(window):
    model = window.outline.model()
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert model.data(root) == "Kommunedirektør"
    assert model.rowCount(root) == 3
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Fil", "&Rediger", "&Vis"] and "&Hjelp" in titles
    assert window.windowTitle().endswith("– OrgDesigner")


def test_rename_in_outline_with_undo(window, qtbot):
    model = window.outline.outline_model()
    ix = model.index_of("skole")
    assert model.setData(ix, "Sørby skole")
    sc = window.controller.scenario()
    assert sc.units["skole"].name == "Sørby skole"
    assert model.data(model.index_of("skole")) == "Sørby skole"
    assert window.controller.undo_stack.count() == 1
    assert window.isWindowModified()
    window.actions.undo.trigger()
    assert sc.units["skole"].name == "Nordby skole"
    assert model.data(model.index_of("skole")) == "Nordby skole"
    assert not window.isWindowModified()
    window.actions.redo.trigger()
    assert sc.units["skole"].name == "Sørby skole"
    assert window.isWindowModified()


def test_empty_name_is_refused(window):
    model = window.outline.outline_model()
    assert not model.setData(model.index_of("skole"), "   ")
    assert window.controller.scenario().units["skole"].name == "Nordby skole"
    assert window.controller.undo_stack.count() == 0


def test_f2_edits_the_selected_unit_in_place(window, qtbot):
    window.controller.select([("unit", "hjem")])
    window.actions.rename.trigger()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    assert window.outline.state() == window.outline.State.EditingState
    editor = window.outline.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Hjemmetjenesten"
    editor.setText("Hjemmebaserte tjenester")
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(
        lambda: window.controller.scenario().units["hjem"].name == "Hjemmebaserte tjenester", timeout=2000
    )
    assert window.controller.undo_stack.count() == 1


def test_save_and_reopen(window, tmp_path, monkeypatch):
    path = tmp_path / "prosjekt.orgd"
    model = window.outline.outline_model()
    model.setData(model.index_of("avd"), "Mellomtrinnet")
    monkeypatch.setattr(
        "orgdesigner.ui.file_commands.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(tmp_path / "prosjekt"), ""),
    )
    assert window.files.save()  # untitled: Save asks for a name, .orgd is added
    assert path.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith(f"{window.controller.project.name} (prosjekt.orgd)")
    assert load(path).scenarios["s1"].units["avd"].name == "Mellomtrinnet"
    window.controller.set_project(small_project(), None)
    assert window.files.open_path(str(path))
    assert window.controller.scenario().units["avd"].name == "Mellomtrinnet"
    assert (
        window.outline.outline_model().data(window.outline.outline_model().index_of("avd")) == "Mellomtrinnet"
    )
    assert str(path.resolve()) in window.files.recent_files()


def test_bad_file_shows_message_and_keeps_project(window, tmp_path, monkeypatch):
    bad = tmp_path / "tull.orgd"
    bad.write_text("ikke en database")
    shown = []
    monkeypatch.setattr(window.files, "error", lambda title, text: shown.append(text))
    assert not window.files.open_path(str(bad))
    assert shown and "tull.orgd" in shown[0]
    assert "skole" in window.controller.scenario().units


def test_modified_mark_follows_clean_state(window):
    stack = window.controller.undo_stack
    model = window.outline.outline_model()
    model.setData(model.index_of("stab"), "Stab 1")
    model.setData(model.index_of("stab"), "Stab 2")
    assert window.isWindowModified()
    stack.setClean()
    assert not window.isWindowModified()
    stack.undo()
    assert window.isWindowModified()
    stack.redo()
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    "answer,expected,saved", [("save", True, 1), ("discard", True, 0), ("cancel", False, 0)]
)
def test_prompt_on_unsaved_changes(window, monkeypatch, answer, expected, saved):
    from PySide6.QtWidgets import QMessageBox

    model = window.outline.outline_model()
    model.setData(model.index_of("stab"), "Stab X")
    buttons = {"save": QMessageBox.Save, "discard": QMessageBox.Discard, "cancel": QMessageBox.Cancel}
    monkeypatch.setattr(QMessageBox, "exec", lambda self: buttons[answer])
    calls = []
    monkeypatch.setattr(window.files, "save", lambda: calls.append(1) or True)
    assert window.files.maybe_save() is expected
    assert len(calls) == saved


def test_f6_moves_focus_through_the_panes(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from orgdesigner.ui import keyboard_nav

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.controller.select([("unit", "skole")])
    panes = window.focus_order()
    assert window.chart in panes and window.outline_dock in panes and window.properties_dock in panes
    window.outline.setFocus()
    seen, focused = [], []
    for _ in panes:
        window.actions.next_pane.trigger()
        focused.append(QApplication.focusWidget())
        seen.append(keyboard_nav.pane_of(window, focused[-1], panes))
    assert sorted(seen) == list(range(len(panes)))
    assert window.properties.unit_form.name in focused  # the form's first field, not its scroll area
    window.actions.previous_pane.trigger()
    assert keyboard_nav.pane_of(window, QApplication.focusWidget(), panes) == seen[-2]


def test_window_starts_on_the_demo(qtbot, tmp_path, monkeypatch):
    demo = pytest.importorskip("orgdesigner.demo")
    from ui_support import make_window

    project = demo.build_demo_project()
    win = make_window(qtbot, tmp_path, monkeypatch, project)
    sc = win.controller.scenario()
    model = win.outline.outline_model()
    root = model.index(0, 0)
    assert model.rowCount() == len(sc.roots()) == 1
    assert model.rowCount(root) == len(sc.children(sc.roots()[0])) >= 6
    assert win.scenario_box.currentText() == sc.name
    top = sc.children(sc.roots()[0])[0]
    assert model.setData(model.index_of(top), "Omdøpt stab")
    win.actions.undo.trigger()
    assert sc.units[top].name != "Omdøpt stab"


def test_new_project_is_ready_for_its_first_unit(window):
    assert window.files.new()
    sc = window.controller.scenario()
    assert sc is not None and sc.units == {}
    window.actions.add_child.trigger()
    (top,) = sc.units.values()
    assert top.type == "kommunedirektør" and top.parent_id is None
    assert window.controller.undo_stack.count() == 1


def test_shortcuts_dialog_lists_the_keyboard_moves(window, qtbot):
    from orgdesigner.ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.actions.all_actions(), window)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
    }
    assert rows["Flytt til …"] == "Ctrl+M"
    assert rows["Klipp ut"].startswith("Ctrl+X")
    assert rows["Søk …"].startswith("Ctrl+F")


def test_window_layout_is_kept_between_sessions(window, qtbot):
    from orgdesigner.ui.main_window import MainWindow

    window.people_dock.hide()
    window.save_layout()
    second = MainWindow()
    qtbot.addWidget(second, before_close_func=lambda w: w.controller.undo_stack.setClean())
    second.restore_layout()
    second.show()
    assert not second.people_dock.isVisible()
    assert second.outline_dock.isVisible()
