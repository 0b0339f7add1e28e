"""Rename in place, the type of a new unit, and the property panel on a multi-selection.

Real key events: Enter commits and closes the name editor (it must not reopen, so
what the user types next does not land in a name), Escape cancels.
"""

from __future__ import annotations

from chart_view_helpers import chart_fixture, units  # noqa: F401 (the fixture "chart")
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_support import make_window

from orgdesigner.model import UnitType
from orgdesigner.ui.chart_view import ChartView


def _type(text: str) -> None:
    """Keys go where the focus is, one at a time, as from a keyboard."""
    for ch in text:
        QTest.keyClicks(QApplication.focusWidget(), ch)


def test_enter_commits_the_chart_rename_and_closes_the_editor(chart: ChartView, qtbot) -> None:
    chart.activateWindow()
    assert QTest.qWaitForWindowActive(chart)
    chart.setFocus()
    chart.controller.select([("unit", "bhg")])
    QTest.keyClick(chart, Qt.Key.Key_F2)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("Barnehagene")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # a reopened editor would show up after the event loop ran
    assert units(chart)["bhg"].name == "Barnehagene"
    assert chart.editor is None
    assert not [e for e in chart.findChildren(QLineEdit) if e.isVisible()]
    assert QApplication.focusWidget() is chart
    assert chart.controller.undo_stack.count() == 1
    # Escape cancels: nothing changes, no undo step
    QTest.keyClick(chart, Qt.Key.Key_F2)
    _type("Feil")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert units(chart)["bhg"].name == "Barnehagene" and chart.editor is None
    assert chart.controller.undo_stack.count() == 1


def test_enter_commits_an_outline_rename_and_escape_cancels(qtbot, tmp_path, monkeypatch) -> None:
    win = make_window(qtbot, tmp_path, monkeypatch)
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)
    outline = win.outline
    model = outline.outline_model()
    outline.setFocus()
    outline.setCurrentIndex(model.index_of("skole"))
    QTest.keyClick(outline, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and outline.isAncestorOf(editor)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("Sentrum skole")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    sc = win.controller.scenario()
    assert sc.units["skole"].name == "Sentrum skole"
    assert outline.state() != outline.State.EditingState and QApplication.focusWidget() is outline
    QTest.keyClick(outline, Qt.Key.Key_F2)
    _type("Feil")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert sc.units["skole"].name == "Sentrum skole"
    assert win.controller.undo_stack.count() == 1


def test_a_new_sibling_follows_its_level_never_a_staff_type(qtbot, tmp_path, monkeypatch) -> None:
    win = make_window(qtbot, tmp_path, monkeypatch)
    c = win.controller
    c.select([("unit", "stab")])  # the neighbour is a staff unit under the kommunedirektør
    assert win.editing.add_sibling()
    new = c.selected_units()[0]
    assert c.scenario().units[new].type == UnitType.TJENESTEOMRADE
    c.select([("unit", "skole")])
    assert win.editing.add_sibling()
    assert c.scenario().units[c.selected_units()[0]].type == UnitType.VIRKSOMHET


def test_the_property_panel_edits_a_multi_selection_in_one_step(qtbot, tmp_path, monkeypatch) -> None:
    win = make_window(qtbot, tmp_path, monkeypatch)
    c = win.controller
    sc = c.scenario()
    sc.units["oppv"].kostra = ["202"]
    form = win.properties.unit_form
    c.select([("unit", "stab"), ("unit", "oppv"), ("unit", "helse")])
    assert "3 enheter" in win.properties.heading.text()
    assert form.type.currentText() == "(ulike verdier)"  # stab versus tjenesteområde
    assert form.kostra.text() == "" and form.kostra.placeholderText() == "(ulike verdier)"
    assert not form.name.isEnabled() and not form.leader.isEnabled()
    # leaving a mixed field untouched changes nothing
    form.kostra.setFocus()
    win.properties.setFocus()
    form.kostra.editingFinished.emit()
    assert sc.units["oppv"].kostra == ["202"] and c.undo_stack.count() == 0
    # a role for all three: one undo step
    form.role.setFocus()
    QTest.keyClick(form.role, Qt.Key.Key_Down)
    assert {sc.units[u].role for u in ("stab", "oppv", "helse")} == {"forvaltning"}
    assert c.undo_stack.count() == 1
    form.cost_centre.setFocus()
    QTest.keyClicks(form.cost_centre, "4100")
    QTest.keyClick(form.cost_centre, Qt.Key.Key_Return)
    assert {sc.units[u].cost_centre for u in ("stab", "oppv", "helse")} == {"4100"}
    assert c.undo_stack.count() == 2
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert {sc.units[u].role for u in ("stab", "oppv", "helse")} == {""}
    assert {sc.units[u].cost_centre for u in ("stab", "oppv", "helse")} == {""}
