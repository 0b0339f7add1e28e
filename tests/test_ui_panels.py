"""Property panel, people panel and search on the real widgets."""

from __future__ import annotations

import pytest
from ui_support import make_window, send_drag

from orgdesigner.ui import dnd


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    return make_window(qtbot, tmp_path, monkeypatch)


def _enter(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


# -- property panel -------------------------------------------------------------------
def test_property_panel_refuses_fte_120(win):
    panel = win.properties
    win.controller.select([("position", "p2")])
    assert panel.stack.currentWidget() is panel.position_form
    _enter(panel.position_form.fte, "120")
    assert win.controller.project.positions["p2"].fte_percent == 100.0
    assert win.controller.undo_stack.count() == 0
    assert panel.message.isVisibleTo(panel) and "0 og 100" in panel.message.text()
    assert panel.position_form.fte.text() == "100"  # the field shows the model again
    assert "0 og 100" in win.statusBar().currentMessage()


def test_property_panel_edits_position_fields_each_one_step(win):
    form = win.properties.position_form
    win.controller.select([("position", "p3")])
    _enter(form.fte, "62,5")
    _enter(form.title, "Lektor")
    _enter(form.salary, "612 000")
    form.personnel.setChecked(True)
    form.work_place.setCurrentIndex(form.work_place.findData("l2"))
    form.work_place.activated.emit(form.work_place.currentIndex())
    pos = win.controller.project.positions["p3"]
    assert (pos.fte_percent, pos.title, pos.salary, pos.personnel_responsibility, pos.work_place_id) == (
        62.5,
        "Lektor",
        612000.0,
        True,
        "l2",
    )
    assert win.controller.undo_stack.count() == 5
    win.controller.undo_stack.undo()
    assert pos.work_place_id is None
    assert not win.properties.message.isVisibleTo(win.properties)


def test_property_panel_edits_unit_fields(win):
    form = win.properties.unit_form
    win.controller.select([("unit", "skole")])
    assert win.properties.stack.currentWidget() is form
    _enter(form.kostra, "202, 213 202")
    _enter(form.target_group, "barn og unge")
    _enter(form.cost_centre, "4100")
    form.role.setCurrentIndex(form.role.findData("tjenesteyting"))
    form.role.activated.emit(form.role.currentIndex())
    form.leader.setCurrentIndex(form.leader.findData("p2"))
    form.leader.activated.emit(form.leader.currentIndex())
    form.location.setCurrentIndex(form.location.findData("l2"))
    form.location.activated.emit(form.location.currentIndex())
    unit = win.controller.scenario().units["skole"]
    assert unit.kostra == ["202", "213"]
    assert (unit.target_group, unit.cost_centre, unit.role, unit.leader_position_id, unit.location_id) == (
        "barn og unge",
        "4100",
        "tjenesteyting",
        "p2",
        "l2",
    )
    assert win.controller.undo_stack.count() == 6
    assert form.leader.findData("p3") >= 0 and form.leader.findData("p4") < 0  # only positions in the unit


@pytest.mark.parametrize(
    "field,value,why",
    [
        ("name", "  ", "tomt"),
        ("kostra", "202, 21x", "KOSTRA"),
    ],
)
def test_property_panel_refuses_bad_unit_values(win, field, value, why):
    form = win.properties.unit_form
    win.controller.select([("unit", "skole")])
    _enter(getattr(form, field), value)
    unit = win.controller.scenario().units["skole"]
    assert unit.name == "Nordby skole" and unit.kostra == []
    assert win.controller.undo_stack.count() == 0
    assert why in win.properties.message.text()


def test_unit_type_that_breaks_the_hierarchy_is_refused(win):
    form = win.properties.unit_form
    win.controller.select([("unit", "skole")])
    form.type.setCurrentIndex(form.type.findData("team"))  # skole has an avdeling below it
    form.type.activated.emit(form.type.currentIndex())
    assert win.controller.scenario().units["skole"].type == "virksomhet"
    assert form.type.currentData() == "virksomhet"
    assert win.controller.undo_stack.count() == 0


def test_panel_follows_undo(win):
    form = win.properties.unit_form
    win.controller.select([("unit", "stab")])
    _enter(form.name, "Staben")
    assert win.controller.scenario().units["stab"].name == "Staben"
    win.controller.undo_stack.undo()
    assert form.name.text() == "Kommunedirektørens stab"


# -- people panel --------------------------------------------------------------------------
def test_people_panel_lists_unit_and_unplaced_with_filter(win, qtbot):
    people = win.people
    win.people_dock.raise_()  # the lists follow the document while on screen
    win.controller.select([("unit", "skole")])
    assert people.in_unit_model.ids == ["p2", "p3"]  # Ola Hansen, Per Olsen
    qtbot.waitUntil(lambda: people.unplaced_model.ids == ["p5"])
    win.controller.select([("position", "p4")])  # a position alone keeps the unit list
    assert people.in_unit_model.ids == ["p2", "p3"]
    people.unplace(["p2", "p4"])
    people.refresh()
    assert people.unplaced_model.ids == ["p4", "p5", "p2"]  # Anne Berg, Lise Dahl, Ola Hansen
    assert people.in_unit_model.ids == ["p3"]
    people.filter.setText("1005")
    assert people.unplaced_model.ids == ["p5"]
    people.filter.setText("sykepleier")
    assert people.unplaced_model.ids == ["p4"]
    assert win.controller.undo_stack.count() == 1


def test_drag_from_people_panel_onto_outline(win, qtbot):
    people = win.people
    win.people_dock.raise_()  # the lists follow the document while on screen
    qtbot.waitUntil(lambda: people.unplaced_model.ids == ["p5"])
    index = people.unplaced_model.index(0, 0)
    mime = people.unplaced_model.mimeData([index])
    assert dnd.dragged_positions(mime) == ["p5"]
    win.outline.expandAll()
    rect = win.outline.visualRect(win.outline.outline_model().index_of("hjem"))
    send_drag(win.outline, mime, rect.center())
    assert win.controller.scenario().unit_of("p5") == "hjem"
    people.refresh()
    assert people.unplaced_model.ids == []


def test_drop_on_unplaced_list_unplaces(win):
    accepted, drop = send_drag(
        win.people.unplaced, dnd.positions_mime(["p3"]), win.people.unplaced.rect().center()
    )
    assert accepted
    assert win.controller.scenario().unit_of("p3") is None
    assert win.controller.undo_stack.count() == 1


# -- search --------------------------------------------------------------------------------
def test_search_by_employee_number_selects_and_reveals(win, monkeypatch):
    centred = []
    monkeypatch.setattr(win, "chart_call", lambda name, *a: centred.append((name, *a)))
    win.outline.collapseAll()
    win.actions.find.trigger()
    assert win.search_dock.isVisible()
    win.search.query.setText("1003")
    hits = win.search.run()
    assert hits[0].kind == "position" and hits[0].id == "p3"
    win.search.choose(win.search.results.item(0))
    assert ("position", "p3") in win.controller.selection and ("unit", "skole") in win.controller.selection
    assert win.outline.selected_unit_ids() == ["skole"]
    assert win.outline.isExpanded(win.outline.outline_model().index_of("oppv"))
    assert ("center_on_unit", "skole") in centred
    assert win.properties.stack.currentWidget() is win.properties.position_form


@pytest.mark.parametrize(
    "text,first",
    [("nordby", ("unit", "skole")), ("per olsen", ("position", "p3")), ("sykepl", ("position", "p4"))],
)
def test_search_by_unit_name_person_and_title(win, text, first):
    win.search.query.setText(text)
    hits = win.search.run()
    assert (hits[0].kind, hits[0].id) == first


def test_search_follows_edits(win):
    model = win.outline.outline_model()
    model.setData(model.index_of("avd"), "Mellomtrinnet")
    win.search.query.setText("mellomtrinnet")
    assert [h.id for h in win.search.run()] == ["avd"]


def test_unplaced_list_keeps_name_order_after_renames_and_switches(win, qtbot):
    from orgdesigner.model import ops

    people, c = win.people, win.controller
    win.people_dock.raise_()  # the lists follow the document while on screen
    people.unplace(["p2", "p4"])
    c.run(ops.set_fields(c.project, "person", None, "e5", name="Aase Aas"))  # Lise Dahl → first
    # Aase Aas, Anne Berg, Ola Hansen
    qtbot.waitUntil(lambda: people.unplaced_model.ids == ["p5", "p4", "p2"])
    c.run(ops.copy_scenario(c.project, c.scenario().id, "Alternativ B"))
    c.run(ops.place_positions(c.project, c.scenario().id, ["p2"], "skole"))
    qtbot.waitUntil(lambda: people.unplaced_model.ids == ["p5", "p4"])
    c.undo_stack.undo()
    qtbot.waitUntil(lambda: people.unplaced_model.ids == ["p5", "p4", "p2"])


def test_people_panel_waits_while_a_hidden_tab_and_catches_up_when_shown(win, qtbot):
    from orgdesigner.ui.panel_refresh import on_screen

    people = win.people
    win.people_dock.raise_()
    qtbot.waitUntil(lambda: people.unplaced_model.ids == ["p5"])
    win.properties_dock.raise_()  # the people panel is a hidden tab now
    qtbot.waitUntil(lambda: not on_screen(people))
    people.unplace(["p2"])
    qtbot.wait(100)
    assert people.unplaced_model.ids == ["p5"]  # not recomputed off screen
    win.people_dock.raise_()
    qtbot.waitUntil(lambda: people.unplaced_model.ids == ["p5", "p2"])
