"""The chart widget on real Qt widgets: selection, drag and drop, keyboard, zoom, collapse."""

from __future__ import annotations

import copy
import json

import pytest
from chart_view_helpers import centre, chart_fixture, drag, units  # noqa: F401 (the fixture "chart")
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication

from orgdesigner.model import ops
from orgdesigner.ui import dnd
from orgdesigner.ui.chart_view import ChartView
from orgdesigner.ui.controller import DocumentController


def test_scene_shows_every_unit_with_figures(chart: ChartView) -> None:
    sc = chart.controller.scenario()
    assert set(chart.chart.items_by_unit) == set(sc.units)
    data = chart.chart.data.boxes["hjemme"]
    assert data.persons == 3 and data.persons_total == 9
    assert (
        data.leader
        == chart.controller.project.persons[
            chart.controller.project.positions[sc.units["hjemme"].leader_position_id].person_id
        ].name
    )
    assert data.fte_total == pytest.approx(
        sum(
            chart.controller.project.positions[p].fte_percent / 100
            for u in ("hjemme", "avd1", "avd2")
            for p in sc.positions_in(u)
        )
    )


def test_selection_follows_the_controller_and_clicks(chart: ChartView, qtbot) -> None:
    chart.controller.select([("unit", "helse")])
    assert chart.chart.items_by_unit["helse"].isSelected()
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre(chart, "oppv"))
    assert chart.controller.selection == [("unit", "oppv")]
    assert not chart.chart.items_by_unit["helse"].isSelected()
    qtbot.mouseClick(
        chart.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=centre(chart, "bhg"),
    )
    assert chart.controller.selected_units() == ["oppv", "bhg"]
    assert chart.chart.selected_unit_ids() and set(chart.chart.selected_unit_ids()) == {"oppv", "bhg"}


def test_dropping_a_unit_on_another_moves_it_as_one_undo_step(chart: ChartView) -> None:
    before = copy.deepcopy(units(chart))
    placed = {u: it.pos() for u, it in chart.chart.items_by_unit.items()}
    move, drop = drag(chart, dnd.units_mime("s1", ["skole1"]), "helse")
    assert move.isAccepted() and drop.isAccepted()
    assert units(chart)["skole1"].parent_id == "helse"
    assert chart.messages[-1] == "Flytt «Fet skole» → «Helse og omsorg»"
    assert chart.controller.undo_stack.count() == 1
    # the box really moved under its new parent in the chart
    boxes = chart.chart.layout.boxes
    assert boxes["skole1"].y == boxes["sykehjem"].y
    assert chart.chart.items_by_unit["skole1"].pos().x() == boxes["skole1"].x
    chart.controller.undo_stack.undo()
    assert units(chart) == before
    assert {u: it.pos() for u, it in chart.chart.items_by_unit.items()} == placed  # stable layout


def test_moving_several_selected_units_is_one_step(chart: ChartView) -> None:
    drag(chart, dnd.units_mime("s1", ["skole1", "skole2"]), "helse")
    assert units(chart)["skole1"].parent_id == units(chart)["skole2"].parent_id == "helse"
    assert chart.controller.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("moving", "target", "why"),
    [
        ("oppv", "oppv", "seg selv"),
        ("hjemme", "avd1", "egen underenhet"),
        ("helse", "avd1", "kan ikke ligge under"),
    ],
)
def test_a_refused_drop_changes_nothing_and_says_why(chart: ChartView, moving, target, why) -> None:
    units(chart)["avd1"].type = "virksomhet"  # same rank: only the cycle refuses it
    before = copy.deepcopy(units(chart))
    move, drop = drag(chart, dnd.units_mime("s1", [moving]), target)
    assert not move.isAccepted()
    assert not drop.isAccepted()
    assert units(chart) == before
    assert chart.controller.undo_stack.count() == 0
    assert chart.messages and why in chart.messages[-1]
    assert chart.chart.style.drop_target is None  # indicator cleared after the drop


def test_drop_indicator_shows_during_the_drag(chart: ChartView) -> None:
    vp, pt = chart.viewport(), centre(chart, "helse")
    mime = dnd.units_mime("s1", ["skole1"])
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, QDragEnterEvent(pt, *args))
    QApplication.sendEvent(vp, QDragMoveEvent(pt, *args))
    assert chart.chart.style.drop_target == ("helse", True)
    assert chart.messages[-1] == "Slipp for: Flytt «Fet skole» → «Helse og omsorg»"
    QApplication.sendEvent(vp, QDragMoveEvent(centre(chart, "avd1"), *args))
    assert chart.chart.style.drop_target == ("avd1", False)
    assert "kan ikke ligge under" in chart.messages[-1]
    QApplication.sendEvent(vp, QDragMoveEvent(centre(chart, "skole1"), *args))
    assert chart.chart.style.drop_target is None  # over its own box: quiet
    edge = chart.viewport().rect().bottomRight() - chart.viewport().rect().topLeft()
    QApplication.sendEvent(vp, QDragMoveEvent(edge - type(edge)(2, 2), *args))
    assert chart._scroll_timer.isActive()  # auto-scroll near the edge


def test_dropping_positions_on_a_box_places_them(chart: ChartView) -> None:
    sc = chart.controller.scenario()
    pid = sc.positions_in("stab")[0]
    before = copy.deepcopy(sc.placements)
    move, drop = drag(chart, dnd.positions_mime([pid]), "avd2")
    assert drop.isAccepted()
    assert sc.unit_of(pid) == "avd2"
    assert chart.controller.undo_stack.count() == 1
    assert chart.chart.data.boxes["avd2"].persons == 4
    chart.controller.undo_stack.undo()
    assert sc.placements == before
    assert chart.chart.data.boxes["avd2"].persons == 3


def test_keyboard_moves_the_selection_through_the_chart(chart: ChartView, qtbot) -> None:
    chart.setFocus()
    chart.controller.select([("unit", "root")])
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.controller.selected_units() == ["stab"]
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.controller.selected_units() == ["hr"]
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.controller.selected_units() == ["oppv"]
    qtbot.keyClick(chart, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert chart.controller.selected_units() == ["oppv", "helse"]
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.controller.selected_units() == ["root"]
    assert chart.current_unit() == "root"
    assert chart.accessibleDescription().startswith("Kommunedirektør (kommunedirektør). Leder: ")


def test_zoom_keys_and_slots_change_the_transform(chart: ChartView, qtbot) -> None:
    chart.setFocus()
    chart.zoom_reset()
    assert chart.zoom_factor() == 1.0
    qtbot.keyClick(chart, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom_factor() == pytest.approx(1.25)
    qtbot.keyClick(chart, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(chart, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom_factor() == pytest.approx(0.8)
    qtbot.keyClick(chart, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom_factor() == 1.0
    chart.resize(400, 300)
    qtbot.keyClick(chart, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom_factor() < 0.5
    assert chart.visible_scene_rect().contains(chart.chart.itemsBoundingRect().center())


def test_collapse_hides_descendants_and_expand_brings_them_back(chart: ChartView, qtbot) -> None:
    chart.chart.toggle("helse")
    assert not {"sykehjem", "hjemme", "avd1"} & set(chart.chart.items_by_unit)
    assert chart.chart.layout.boxes["helse"].collapsed
    item = chart.chart.items_by_unit["helse"]
    toggle = chart.mapFromScene(item.mapToScene(item.toggle_rect().center()))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=toggle)
    assert "avd1" in chart.chart.items_by_unit
    chart.collapse_all()
    assert set(chart.chart.items_by_unit) == {"root"}
    chart.expand_to_level(2)
    assert set(chart.chart.items_by_unit) == {"root", "stab", "hr", "oppv", "helse"}
    chart.center_on_unit("avd2")
    assert "avd2" in chart.chart.items_by_unit
    assert chart.visible_scene_rect().contains(chart.chart.items_by_unit["avd2"].scene_box().center())
    chart.expand_all()
    assert len(chart.chart.items_by_unit) == len(units(chart))


def test_edits_from_elsewhere_update_the_chart(chart: ChartView) -> None:
    c = chart.controller
    c.run(ops.rename_unit(c.project, "s1", "avd1", "Nord"))
    assert chart.chart.data.boxes["avd1"].name == "Nord"
    c.run(ops.move_units(c.project, "s1", ["avd1"], "oppv"))
    boxes = chart.chart.layout.boxes
    assert boxes["avd1"].x == boxes["bhg"].x and boxes["avd1"].y > boxes["bhg"].y  # last in oppv's column
    assert chart.chart.items_by_unit["avd1"].pos().x() == chart.chart.layout.boxes["avd1"].x


def test_ctrl_wheel_zooms_and_tooltip_names_the_figures(chart: ChartView) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    chart.zoom_reset()
    pos = QPointF(centre(chart, "oppv"))
    wheel = QWheelEvent(
        pos,
        QPointF(chart.viewport().mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart.viewport(), wheel)
    assert chart.zoom_factor() > 1.2
    text = chart.tooltip_text("hjemme")
    assert "Hjemmetjenesten" in text and "3 direkte, 9 totalt" in text


def test_colour_by_origin_paints(chart: ChartView) -> None:
    chart.set_colour_mode("origin")
    assert chart.chart.style.colour_mode == "origin"
    shares = chart.chart.data.boxes["root"].origin
    assert set(shares) == {"k1", "k2"} and sum(shares.values()) == pytest.approx(1.0)
    image = chart.grab().toImage()
    assert not image.isNull()


def test_middle_button_and_space_drag_pan(chart: ChartView, qtbot) -> None:
    chart.zoom_reset()
    chart.resize(400, 300)
    h = chart.horizontalScrollBar()
    h.setValue((h.minimum() + h.maximum()) // 2)
    start = h.value()
    vp = chart.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.MiddleButton, pos=QPoint(200, 150))
    qtbot.mouseMove(vp, QPoint(140, 150))
    qtbot.mouseRelease(vp, Qt.MouseButton.MiddleButton, pos=QPoint(140, 150))
    assert h.value() == start + 60
    before = copy.deepcopy(units(chart))
    chart.setFocus()
    qtbot.keyPress(chart, Qt.Key.Key_Space)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    qtbot.mouseMove(vp, QPoint(230, 150))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(230, 150))
    qtbot.keyRelease(chart, Qt.Key.Key_Space)
    assert h.value() == start + 30
    assert units(chart) == before and chart.controller.undo_stack.count() == 0


def test_a_large_scenario_opens_collapsed_to_three_levels(qtbot) -> None:
    from chart_fixtures import big_project

    controller = DocumentController(big_project(600, 1200))
    view = ChartView(controller)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.initial_view()
    boxes = view.chart.layout.boxes
    assert max(b.depth for b in boxes.values()) == 2
    assert len(boxes) < 600
    assert view.zoom_factor() == 1.0  # readable, the top in view
    root = view.chart.items_by_unit["root"]
    assert view.visible_scene_rect().intersects(root.scene_box())
    view.expand_all()
    assert len(view.chart.items_by_unit) == len(controller.scenario().units)


def test_legend_follows_the_colour_mode(chart: ChartView) -> None:
    assert chart.legend_label.isVisible()
    assert "kommunedirektør" in chart.legend_label.text() and "team" not in chart.legend_label.text()
    chart.set_colour_mode("origin")
    assert [label for _, label in chart.legend()] == ["Fet", "Sørum"]
    assert "Sørum" in chart.legend_label.text()


def test_pressing_and_moving_a_box_starts_a_drag_with_the_selected_units(
    chart: ChartView, qtbot, monkeypatch
) -> None:
    started: list = []

    def fake_exec(self, *args):
        started.append(json.loads(bytes(self.mimeData().data(dnd.MIME_UNITS)).decode()))
        return Qt.DropAction.IgnoreAction

    monkeypatch.setattr("orgdesigner.ui.chart_dnd.QDrag.exec", fake_exec)
    chart.controller.select([("unit", "skole1"), ("unit", "skole2")])
    vp, start = chart.viewport(), centre(chart, "skole2")
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(2, 0))
    assert not started  # not past the drag distance yet
    qtbot.mouseMove(vp, start + QPoint(QApplication.startDragDistance() + 5, 0))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton)
    assert started == [{"scenario": "s1", "units": ["skole1", "skole2"]}]
    assert chart.controller.undo_stack.count() == 0


def test_resting_a_drag_on_a_collapsed_box_opens_it(chart: ChartView, qtbot) -> None:
    chart.chart.toggle("hjemme")
    assert "avd1" not in chart.chart.items_by_unit
    vp, pt = chart.viewport(), centre(chart, "hjemme")
    mime = dnd.units_mime("s1", ["skole1"])
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, QDragEnterEvent(pt, *args))
    QApplication.sendEvent(vp, QDragMoveEvent(pt, *args))
    qtbot.waitUntil(lambda: "avd1" in chart.chart.items_by_unit, timeout=3000)
    QApplication.sendEvent(vp, QDragLeaveEvent())
    assert units(chart)["skole1"].parent_id == "oppv"  # opening is not a drop
