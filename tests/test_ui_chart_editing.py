"""Editing from the chart widget: rename, delete, dotted lines, context menu, badges."""

from __future__ import annotations

import copy

import pytest
from chart_view_helpers import centre, chart_fixture, drag, units  # noqa: F401 (the fixture "chart")
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from orgdesigner.hookspecs import Finding, Validator
from orgdesigner.model import ops
from orgdesigner.ui.chart_view import ChartView


def test_delete_key_removes_the_subtree_and_undo_restores_it(chart: ChartView, qtbot) -> None:
    before = copy.deepcopy(chart.controller.scenario())
    chart.setFocus()
    chart.controller.select([("unit", "hjemme")])
    qtbot.keyClick(chart, Qt.Key.Key_Delete)
    sc = chart.controller.scenario()
    assert "hjemme" not in sc.units and "avd1" not in sc.units
    assert "avd1" not in chart.chart.items_by_unit
    assert chart.controller.undo_stack.count() == 1
    chart.controller.undo_stack.undo()
    assert chart.controller.scenario() == before
    assert "avd1" in chart.chart.items_by_unit


def test_f2_renames_in_place(chart: ChartView, qtbot) -> None:
    chart.setFocus()
    chart.controller.select([("unit", "bhg")])
    qtbot.keyClick(chart, Qt.Key.Key_F2)
    editor = chart.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.setText("Barnehagene")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert units(chart)["bhg"].name == "Barnehagene"
    assert chart.chart.data.boxes["bhg"].name == "Barnehagene"
    chart.controller.undo_stack.undo()
    assert units(chart)["bhg"].name == "Barnehager"


def test_dotted_line_by_two_clicks_with_undo(chart: ChartView, qtbot) -> None:
    chart.begin_relation("skole1")
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre(chart, "sykehjem"))
    sc = chart.controller.scenario()
    assert [(r.source_id, r.target_unit_id) for r in sc.relations.values()] == [("skole1", "sykehjem")]
    rid = next(iter(sc.relations))
    assert chart.chart.relation_items[rid].isVisible()
    assert chart.controller.undo_stack.count() == 1
    menu = chart.build_menu("sykehjem")
    remove = [a for a in menu.actions() if "Fjern stiplet" in a.text()]
    assert len(remove) == 1
    remove[0].trigger()
    assert not sc.relations and rid not in chart.chart.relation_items
    chart.controller.undo_stack.undo()
    assert rid in chart.chart.relation_items


def test_validator_findings_show_as_a_badge(chart: ChartView) -> None:
    def check(project, scenario, settings):
        return [
            Finding("t", "warning", "for stor", unit_ids=["oppv"]),
            Finding("t", "error", "feil", unit_ids=["oppv", "bhg"]),
        ]

    def broken(project, scenario, settings):
        raise RuntimeError("boom")

    class Plugins:
        reported: list = []

        def validators(self):
            return [Validator("x", "Ødelagt", "error", broken), Validator("t", "Test", "warning", check)]

        def plugin_of(self, validator):
            return "testplugin"

        def report(self, name, message, exc=None):
            self.reported.append((name, message))

    chart.controller.plugins = Plugins()
    chart.chart.refresh_findings()
    assert chart.chart.data.boxes["oppv"].findings == 2
    assert chart.chart.data.boxes["oppv"].severity == "error"
    assert chart.chart.data.boxes["bhg"].findings == 1
    assert Plugins.reported and Plugins.reported[0][0] == "testplugin"
    assert chart.chart.items_by_unit["oppv"].isVisible()
    chart.controller.plugins = None
    chart.chart.refresh_findings()
    assert chart.chart.data.boxes["oppv"].findings == 0


def test_badges_with_the_real_plugin_manager(chart: ChartView) -> None:
    plugins = pytest.importorskip("orgdesigner.plugins")
    chart.controller.plugins = plugins.create_manager()
    sc = chart.controller.scenario()
    sc.units["oppv"].leader_position_id = None  # a unit without a leader is a finding in most rule sets
    chart.chart.refresh_findings()
    assert chart.chart.data.boxes["oppv"].findings >= 1
    assert chart.chart.data.boxes["oppv"].severity in ("warning", "error")


def test_relation_from_a_position_is_drawn_from_its_unit(chart: ChartView) -> None:
    c = chart.controller
    sc = c.scenario()
    pid = sc.positions_in("skole1")[0]
    c.run(ops.add_relation(c.project, "s1", "position", pid, "helse"))
    rid = next(iter(sc.relations))
    item = chart.chart.relation_items[rid]
    assert item.isVisible()
    path = item.path().boundingRect()
    assert path.intersects(chart.chart.items_by_unit["skole1"].scene_box().adjusted(-2, -2, 2, 2))
    chart.chart.toggle("oppv")  # the source is hidden: the line starts at its visible ancestor
    assert item.isVisible()
    assert (
        item.path()
        .boundingRect()
        .intersects(chart.chart.items_by_unit["oppv"].scene_box().adjusted(-2, -2, 2, 2))
    )
    c.run(ops.move_units(c.project, "s1", ["skole1"], "helse"))
    chart.chart.toggle("helse")  # both ends inside one collapsed unit: nothing to draw
    assert not item.isVisible()


def test_escape_cancels_the_two_click_mode(chart: ChartView, qtbot) -> None:
    chart.setFocus()
    chart.begin_relation("skole1")
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre(chart, "sykehjem"))
    assert not chart.controller.scenario().relations
    assert chart.controller.selected_units() == ["sykehjem"]


def test_context_menu_adds_a_child_and_starts_rename(chart: ChartView, qtbot) -> None:
    menu = chart.build_menu("avd2")
    [add] = [a for a in menu.actions() if a.text() == "Legg til underenhet"]
    add.trigger()
    sc = chart.controller.scenario()
    [new] = [u for u in sc.units.values() if u.parent_id == "avd2"]
    assert new.type == "seksjon"
    assert new.id in chart.chart.items_by_unit
    assert chart.controller.selected_units() == [new.id]
    assert chart.editor is not None
    chart.editor.setText("Seksjon A")
    qtbot.keyClick(chart.editor, Qt.Key.Key_Return)
    assert sc.units[new.id].name == "Seksjon A"
    assert chart.controller.undo_stack.count() == 2
    empty = chart.build_menu(None)
    assert any(a.text() == "Utvid alle" for a in empty.actions())


def test_enter_renames_and_escape_cancels(chart: ChartView, qtbot) -> None:
    chart.setFocus()
    chart.controller.select([("unit", "avd1")])
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert chart.editor is not None
    chart.editor.setText("Skal ikke lagres")
    qtbot.keyClick(chart.editor, Qt.Key.Key_Escape)
    assert chart.editor is None
    assert units(chart)["avd1"].name == "Avdeling nord"
    chart.start_rename("avd1")
    chart.editor.setText("   ")
    qtbot.keyClick(chart.editor, Qt.Key.Key_Return)
    assert units(chart)["avd1"].name == "Avdeling nord"  # refused: empty name
    assert "tomt" in chart.messages[-1]


def test_dotted_line_by_keyboard(chart: ChartView, qtbot, monkeypatch) -> None:
    menus: list = []
    monkeypatch.setattr(chart, "_context_menu", lambda uid, pos: menus.append(uid))
    chart.setFocus()
    chart.controller.select([("unit", "skole1")])
    qtbot.keyClick(chart, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # the context menu key
    assert menus == ["skole1"]
    [start] = [a for a in chart.build_menu("skole1").actions() if a.text().startswith("Legg til stiplet")]
    start.trigger()
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # oppv -> helse
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    rels = list(chart.controller.scenario().relations.values())
    assert [(r.source_id, r.target_unit_id) for r in rels] == [("skole1", "helse")]
    assert chart.editor is None  # Enter picked the target, it did not start a rename


def test_leaving_the_rename_field_keeps_the_new_name(chart: ChartView, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit as Other

    other = Other()
    qtbot.addWidget(other)
    other.show()
    chart.start_rename("sykehjem")
    chart.editor.setText("Sykehjemmet")
    other.setFocus()
    other.activateWindow()
    QApplication.sendEvent(chart.editor, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))
    qtbot.waitUntil(lambda: chart.editor is None)
    assert units(chart)["sykehjem"].name == "Sykehjemmet"
    assert chart.controller.undo_stack.count() == 1


def test_save_the_chart_as_shown_from_the_context_menu(
    chart: ChartView, qtbot, tmp_path, monkeypatch
) -> None:
    import xml.etree.ElementTree as ET

    out = tmp_path / "kart.svg"
    monkeypatch.setattr(  # the save dialog (file, paper, orientation, tiling) answered
        "orgdesigner.ui.chart_export_dialog.ask_chart_export",
        lambda *a, **k: {"path": str(out), "paper": "A4", "orientation": "auto", "mode": "fit"},
    )
    chart.chart.toggle("hjemme")  # collapsed in the chart: collapsed in the file
    [save] = [a for a in chart.build_menu("helse").actions() if a.text().startswith("Lagre kartet under")]
    save.trigger()
    text = " ".join(ET.parse(out).getroot().itertext())
    assert "Sykehjem" in text and "Hjemmetjenesten" in text
    assert "Avdeling nord" not in text and "Oppvekst" not in text
    assert "Lagret kartet" in chart.messages[-1]
    assert chart.save_chart_as(path=str(tmp_path / "x.doc")) is False
    assert "ukjent format" in chart.messages[-1]
    dialog = chart.print_preview()
    qtbot.addWidget(dialog)
    dialog.close()
