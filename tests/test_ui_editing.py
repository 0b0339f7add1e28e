"""Keyboard equivalents of every drag (cut/paste, Flytt til …) and the Rediger commands."""

from __future__ import annotations

import copy

import pytest
from ui_support import make_window

from orgdesigner.ui.move_dialog import MoveDialog


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    return make_window(qtbot, tmp_path, monkeypatch)


def _snapshot(win):
    sc = win.controller.scenario()
    return copy.deepcopy(sc.units), copy.deepcopy(sc.placements)


def test_cut_and_paste_moves_a_unit_like_a_drag(win):
    sc = win.controller.scenario()
    before = _snapshot(win)
    win.controller.select([("unit", "avd")])
    win.actions.cut.trigger()
    assert sc.units["avd"].parent_id == "skole"  # cut alone changes nothing
    win.controller.select([("unit", "hjem")])
    win.actions.paste.trigger()
    assert sc.units["avd"].parent_id == "hjem"
    assert win.controller.undo_stack.count() == 1
    win.actions.undo.trigger()
    assert _snapshot(win) == before


def test_cut_and_paste_several_units_is_one_step(win):
    sc = win.controller.scenario()
    win.controller.select([("unit", "stab"), ("unit", "helse")])
    win.actions.cut.trigger()
    win.controller.select([("unit", "oppv")])
    win.actions.paste.trigger()
    assert sc.children("oppv") == ["skole", "stab", "helse"]
    assert win.controller.undo_stack.count() == 1


def test_cut_and_paste_positions(win):
    sc = win.controller.scenario()
    win.controller.select([("position", "p5")])
    win.actions.cut.trigger()
    win.controller.select([("unit", "skole")])
    win.actions.paste.trigger()
    assert sc.unit_of("p5") == "skole"
    win.actions.undo.trigger()
    assert sc.unit_of("p5") is None


def test_refused_paste_changes_nothing(win):
    before = _snapshot(win)
    win.controller.select([("unit", "oppv")])
    win.actions.cut.trigger()
    win.controller.select([("unit", "avd")])
    win.actions.paste.trigger()
    assert _snapshot(win) == before
    assert win.controller.undo_stack.count() == 0
    assert "kan ikke ligge under" in win.statusBar().currentMessage()


def test_move_into_own_subtree_is_refused(win):
    sc = win.controller.scenario()
    win.controller.select([("unit", "helse")])
    win.actions.cut.trigger()
    win.controller.select([("unit", "oppv")])
    win.actions.paste.trigger()  # same rank nests
    assert sc.units["helse"].parent_id == "oppv"
    win.controller.select([("unit", "oppv")])
    win.actions.cut.trigger()
    win.controller.select([("unit", "helse")])
    win.actions.paste.trigger()
    assert sc.units["oppv"].parent_id == "kd"
    assert "egen underenhet" in win.statusBar().currentMessage()


class FakeDialog:
    chosen = "hjem"
    seen_exclude: set[str] = set()

    def __init__(self, controller, exclude, parent):
        FakeDialog.seen_exclude = set(exclude)

    def choose(self):
        return FakeDialog.chosen


def test_flytt_til_moves_units_and_positions(win):
    sc = win.controller.scenario()
    win.editing.move_dialog_factory = FakeDialog
    win.controller.select([("unit", "skole")])
    win.actions.move_to.trigger()
    assert sc.units["skole"].parent_id == "hjem"
    assert FakeDialog.seen_exclude == {"skole", "avd"}  # not into itself or below
    win.controller.select([("position", "p3")])
    FakeDialog.chosen = "stab"
    win.actions.move_to.trigger()
    assert sc.unit_of("p3") == "stab"
    assert win.controller.undo_stack.count() == 2
    FakeDialog.chosen = "hjem"


def test_move_dialog_filters_and_excludes(win, qtbot):
    dialog = MoveDialog(win.controller, {"skole", "avd"})
    qtbot.addWidget(dialog)
    listed = [dialog.list.item(r).data(0x0100) for r in range(dialog.list.count())]
    assert "skole" not in listed and "avd" not in listed and "hjem" in listed
    dialog.filter.setText("hjemme")
    assert dialog.selected_unit() == "hjem"
    dialog.filter.setText("finnes ikke")
    assert dialog.selected_unit() is None


def test_add_child_and_sibling(win):
    sc = win.controller.scenario()
    win.controller.select([("unit", "skole")])
    win.actions.add_child.trigger()
    new_child = win.controller.selected_units()[0]
    assert sc.units[new_child].parent_id == "skole"
    assert sc.units[new_child].type == "avdeling"
    win.outline.closePersistentEditor(win.outline.currentIndex())
    win.controller.select([("unit", "stab")])
    win.actions.add_sibling.trigger()
    sibling = win.controller.selected_units()[0]
    assert sc.children("kd") == ["stab", sibling, "oppv", "helse"]
    assert win.controller.undo_stack.count() == 2
    win.actions.undo.trigger()
    win.actions.undo.trigger()
    assert sibling not in sc.units and new_child not in sc.units


def test_delete_unplaces_positions_and_undo_restores_all(win):
    sc = win.controller.scenario()
    before = _snapshot(win)
    win.controller.select([("unit", "oppv")])
    win.actions.delete.trigger()
    assert "oppv" not in sc.units and "skole" not in sc.units and "avd" not in sc.units
    assert sc.unit_of("p2") is None and sc.unit_of("p3") is None
    assert win.controller.selection == []
    assert win.controller.undo_stack.count() == 1
    win.actions.undo.trigger()
    assert _snapshot(win) == before
    model = win.outline.outline_model()
    assert model.index_of("avd").isValid()


def test_every_editing_action_has_a_shortcut_shown_in_menus(win):
    a = win.actions
    for act in [
        a.new,
        a.open,
        a.save,
        a.save_as,
        a.undo,
        a.redo,
        a.cut,
        a.paste,
        a.move_to,
        a.add_child,
        a.add_sibling,
        a.delete,
        a.rename,
        a.find,
        a.zoom_in,
        a.zoom_out,
        a.zoom_fit,
        a.zoom_100,
    ]:
        assert not act.shortcut().isEmpty(), act.text()
    menu_actions = {act for m in win.menuBar().actions() for act in m.menu().actions()}
    assert {a.cut, a.paste, a.move_to, a.rename, a.find, a.undo, a.redo} <= menu_actions


def test_dotted_line_from_the_keyboard(win):
    sc = win.controller.scenario()
    win.editing.move_dialog_factory = FakeDialog
    FakeDialog.chosen = "helse"
    win.controller.select([("unit", "skole")])
    win.actions.add_relation.trigger()
    rels = list(sc.relations.values())
    assert [(r.source_kind, r.source_id, r.target_unit_id) for r in rels] == [("unit", "skole", "helse")]
    assert FakeDialog.seen_exclude == {"skole"}
    win.actions.undo.trigger()
    assert sc.relations == {}
    FakeDialog.chosen = "hjem"


def test_show_levels_in_the_outline(win):
    win.expand_to_level(2)
    model = win.outline.outline_model()
    assert win.outline.isExpanded(model.index_of("kd"))
    assert not win.outline.isExpanded(model.index_of("oppv"))
    win.expand_to_level(3)
    assert win.outline.isExpanded(model.index_of("oppv"))


def test_delete_with_positions_selected_only_unplaces_them(win):
    sc = win.controller.scenario()
    win.controller.select([("unit", "skole"), ("position", "p3")])  # as the people panel selects
    win.actions.delete.trigger()
    assert "skole" in sc.units
    assert sc.unit_of("p3") is None and sc.unit_of("p2") == "skole"
    assert win.controller.undo_stack.count() == 1
