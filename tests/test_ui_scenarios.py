"""Alternativ menu: new, copy, rename, delete scenarios as undoable ops; the chooser follows."""

from __future__ import annotations

import pytest
from ui_support import make_window


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    w = make_window(qtbot, tmp_path, monkeypatch)
    monkeypatch.setattr(w.scenarios, "confirm", lambda title, text: True)
    return w


def _names(win):
    """The alternatives offered (group headings and today's organisations left out)."""
    box = win.scenario_box
    return [
        box.itemText(i)
        for i in range(box.count())
        if box.itemData(i) and not box.itemData(i).startswith("asis:")
    ]


def test_copy_rename_delete_with_undo(win, monkeypatch):
    project = win.controller.project
    monkeypatch.setattr(win.scenarios, "ask_name", lambda title, label, text: "Alternativ B")
    win.actions.scenario_copy.trigger()
    assert _names(win) == ["Alternativ A", "Alternativ B"]
    copy = win.controller.scenario()
    assert copy.name == "Alternativ B" and set(copy.units) == set(project.scenarios["s1"].units)
    assert win.scenario_box.currentText() == "Alternativ B"
    model = win.outline.outline_model()
    model.setData(model.index_of("skole"), "Bare i B")
    assert project.scenarios["s1"].units["skole"].name == "Nordby skole"
    monkeypatch.setattr(win.scenarios, "ask_name", lambda title, label, text: "Modell B")
    win.actions.scenario_rename.trigger()
    assert _names(win) == ["Alternativ A", "Modell B"]
    win.actions.scenario_delete.trigger()
    assert _names(win) == ["Alternativ A"]
    assert win.controller.scenario_id == "s1"
    assert win.outline.outline_model().data(win.outline.outline_model().index_of("skole")) == "Nordby skole"
    win.actions.undo.trigger()
    assert _names(win) == ["Alternativ A", "Modell B"]


def test_new_empty_scenario_and_choosing_in_the_box(win, monkeypatch):
    monkeypatch.setattr(win.scenarios, "ask_name", lambda title, label, text: "Tomt")
    win.actions.scenario_new.trigger()
    assert win.controller.scenario().name == "Tomt"
    assert win.outline.model().rowCount() == 0
    box = win.scenario_box
    box.setCurrentIndex(box.findData("s1"))
    box.activated.emit(box.currentIndex())
    assert win.controller.scenario_id == "s1"
    assert win.outline.model().rowCount() == 1


def test_cancelled_name_changes_nothing(win, monkeypatch):
    monkeypatch.setattr(win.scenarios, "ask_name", lambda title, label, text: None)
    win.actions.scenario_new.trigger()
    win.actions.scenario_rename.trigger()
    assert _names(win) == ["Alternativ A"]
    assert win.controller.undo_stack.count() == 0


def test_choose_scenario_from_the_menu(win, monkeypatch):
    from orgdesigner.ui.menus import fill_scenarios

    monkeypatch.setattr(win.scenarios, "ask_name", lambda title, label, text: "Tomt")
    win.actions.scenario_new.trigger()
    fill_scenarios(win)
    entries = [a for a in win.scenario_choice_menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in entries]
    # the alternatives, then today's organisation of the project's one old kommune (sections between)
    assert texts[:2] == ["&1 Alternativ A", "&2 Tomt"] and texts[2].startswith("&3 Dagens organisasjon – ")
    assert entries[1].isChecked()
    entries[0].trigger()
    assert win.controller.scenario_id == "s1"
    assert win.scenario_box.currentText() == "Alternativ A"
