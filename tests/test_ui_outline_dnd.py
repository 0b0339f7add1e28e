"""Drag and drop on the outline's viewport with constructed Qt drag events and the app's MIME data."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_support import make_window, send_drag

from orgdesigner.ui import dnd


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    return make_window(qtbot, tmp_path, monkeypatch)


def _rect(win, unit_id):
    view = win.outline
    view.expandAll()
    ix = view.outline_model().index_of(unit_id)
    view.scrollTo(ix)
    return view.visualRect(ix)


def _units(win):
    return copy.deepcopy(win.controller.scenario().units)


def test_drop_unit_onto_unit_moves_it_as_one_step(win):
    before = _units(win)
    mime = dnd.units_mime("s1", ["avd"])
    accepted, drop = send_drag(win.outline, mime, _rect(win, "hjem").center())
    sc = win.controller.scenario()
    assert accepted
    assert sc.units["avd"].parent_id == "hjem"
    assert win.controller.undo_stack.count() == 1
    assert drop.dropAction() == Qt.IgnoreAction  # a real drag must not remove rows again
    model = win.outline.outline_model()
    assert model.parent(model.index_of("avd")) == model.index_of("hjem")
    win.controller.undo_stack.undo()
    assert _units(win) == before
    assert model.parent(model.index_of("avd")) == model.index_of("skole")


def test_drop_on_upper_edge_reorders_siblings(win):
    sc = win.controller.scenario()
    assert sc.children("kd") == ["stab", "oppv", "helse"]
    rect = _rect(win, "stab")
    send_drag(win.outline, dnd.units_mime("s1", ["helse"]), QPoint(rect.center().x(), rect.top() + 1))
    assert sc.children("kd") == ["helse", "stab", "oppv"]
    assert win.controller.undo_stack.count() == 1
    model = win.outline.outline_model()
    assert [model.data(model.index(r, 0, model.index_of("kd"))) for r in range(3)] == [
        "Helse og mestring",
        "Kommunedirektørens stab",
        "Oppvekst",
    ]
    win.controller.undo_stack.undo()
    assert sc.children("kd") == ["stab", "oppv", "helse"]


def test_drop_on_lower_edge_puts_it_after(win):
    sc = win.controller.scenario()
    rect = _rect(win, "oppv")
    send_drag(win.outline, dnd.units_mime("s1", ["stab"]), QPoint(rect.center().x(), rect.bottom() - 1))
    assert sc.children("kd") == ["oppv", "stab", "helse"]


def test_several_units_move_in_one_step(win):
    sc = win.controller.scenario()
    before = _units(win)
    win.controller.select([("unit", "stab"), ("unit", "hjem")])
    assert win.outline.selected_unit_ids() == ["stab", "hjem"]
    mime = win.outline.outline_model().mimeData(win.outline.selectionModel().selectedRows(0))
    send_drag(win.outline, mime, _rect(win, "oppv").center())
    assert sc.units["stab"].parent_id == "oppv" and sc.units["hjem"].parent_id == "oppv"
    assert win.controller.undo_stack.count() == 1
    win.controller.undo_stack.undo()
    assert _units(win) == before


def test_drop_positions_onto_unit_places_them(win):
    sc = win.controller.scenario()
    assert sc.unit_of("p5") is None
    send_drag(win.outline, dnd.positions_mime(["p5", "p4"]), _rect(win, "avd").center())
    assert sc.unit_of("p5") == "avd" and sc.unit_of("p4") == "avd"
    assert win.controller.undo_stack.count() == 1
    model = win.outline.outline_model()
    assert model.data(model.index_of("avd", 2)) == 2
    win.controller.undo_stack.undo()
    assert sc.unit_of("p5") is None and sc.unit_of("p4") == "hjem"
    assert model.data(model.index_of("avd", 2)) == 0


@pytest.mark.parametrize(
    "unit,target,why",
    [
        ("oppv", "avd", "kan ikke ligge under"),  # into its own subtree, and a lower type
        ("helse", "skole", "kan ikke ligge under"),  # a service area under a virksomhet
        ("skole", "skole", "inn i seg selv"),
    ],
)
def test_refused_drop_changes_nothing_and_says_why(win, unit, target, why):
    before = _units(win)
    accepted, drop = send_drag(win.outline, dnd.units_mime("s1", [unit]), _rect(win, target).center())
    assert not accepted
    assert _units(win) == before
    assert win.controller.undo_stack.count() == 0
    assert why in win.statusBar().currentMessage()


def test_foreign_mime_is_ignored(win):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("skole")
    accepted, _drop = send_drag(win.outline, mime, _rect(win, "hjem").center())
    assert not accepted
    assert win.controller.undo_stack.count() == 0


def test_selection_is_shared_with_the_controller(win):
    view = win.outline
    view.expandAll()
    view.setCurrentIndex(view.outline_model().index_of("hjem"))
    assert win.controller.selection == [("unit", "hjem")]
    win.controller.select([("unit", "avd")], origin="chart")
    assert view.selected_unit_ids() == ["avd"]
    assert view.isExpanded(view.outline_model().index_of("skole"))


def test_a_move_keeps_expansion_and_selection(win):
    view = win.outline
    model = view.outline_model()
    view.collapseAll()
    view.expand(model.index_of("kd"))
    view.expand(model.index_of("oppv"))
    win.controller.select([("unit", "skole")])
    send_drag(view, dnd.units_mime("s1", ["hjem"]), view.visualRect(model.index_of("oppv")).center())
    assert win.controller.scenario().units["hjem"].parent_id == "oppv"
    assert view.isExpanded(model.index_of("kd")) and view.isExpanded(model.index_of("oppv"))
    assert not view.isExpanded(model.index_of("helse"))
    assert view.selected_unit_ids() == ["skole"]
    assert model.rowCount(model.index_of("oppv")) == 2 and model.rowCount(model.index_of("helse")) == 0
    win.controller.undo_stack.undo()
    assert model.rowCount(model.index_of("helse")) == 1
    assert model.index_of("hjem").parent() == model.index_of("helse")


def test_outline_and_chart_show_the_same_selection(win):
    scene = getattr(win.chart, "chart", None)
    if scene is None or not hasattr(scene, "selected_unit_ids"):
        pytest.skip("no chart")
    view = win.outline
    view.expandAll()
    view.setCurrentIndex(view.outline_model().index_of("hjem"))
    assert scene.selected_unit_ids() == ["hjem"]
    scene.clearSelection()
    scene.items_by_unit["skole"].setSelected(True)
    assert win.controller.selected_units() == ["skole"]
    assert view.selected_unit_ids() == ["skole"]
    scene.items_by_unit["avd"].setSelected(True)  # a second box, as Ctrl+click does
    assert sorted(view.selected_unit_ids()) == ["avd", "skole"]
