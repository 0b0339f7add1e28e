"""Innplassering edited like a spreadsheet: real key and mouse events on the real table view.

No save button anywhere: a cell edit or a form change is an op at once; an edit in
one of several selected rows applies to all of them as one undo step; moving to
another row never discards what was typed; the pickers can be searched by typing
and ignore the wheel unless focused.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.model import Person, PlacementStatus, Position
from orgdesigner.ui.controller import DocumentController
from orgdesigner.ui.placement_model import NOTE_COLUMN, STATUS_COLUMN, UNIT_COLUMN


def _with_new_hires(n: int):
    p = small_project()
    place_default(p)
    for i in range(n):
        p.persons[f"nx{i}"] = Person(f"nx{i}", str(9000 + i), f"Nyansatt {i:02d}", source_id="fet")
        p.positions[f"nxp{i}"] = Position(f"nxp{i}", f"nx{i}", "fet", "fet-helse", title="Helsefagarbeider")
    return p


@pytest.fixture()
def panel(qtbot):
    from orgdesigner.ui.placement_panel import PlacementPanel

    c = DocumentController(_with_new_hires(50))
    c.set_scenario(SC)
    w = PlacementPanel(c)
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    w.activateWindow()
    assert QTest.qWaitForWindowActive(w)
    return w


def _cell(panel, pid: str, col: int) -> QPoint:
    table = panel.table
    index = panel.model.index(panel.model.row_of(pid), col)
    table.scrollTo(index)
    return table.visualRect(index).center()


def _click(panel, pid: str, col: int, modifier=Qt.NoModifier) -> None:
    QTest.mouseClick(panel.table.viewport(), Qt.LeftButton, modifier, _cell(panel, pid, col))


def _double_click(panel, pid: str, col: int) -> None:
    """Press, release, double-click: QTest.mouseDClick alone sends only the last of a real double click."""
    _click(panel, pid, col)
    QTest.mouseDClick(panel.table.viewport(), Qt.LeftButton, Qt.NoModifier, _cell(panel, pid, col))


def _editor(panel):
    w = QApplication.focusWidget()
    assert w is not None and panel.table.isAncestorOf(w), "no cell editor open"
    return w


def _type_and_enter(qtbot, panel, text: str) -> None:
    QTest.keyClicks(_editor(panel), text)
    QTest.qWait(30)  # the search pop-up fills, its first match becomes current
    popup = QApplication.activePopupWidget()
    QTest.keyClick(popup or _editor(panel), Qt.Key_Return)


def test_an_adviser_places_fifty_people_in_the_table_and_one_undo_reverts_them(qtbot, panel) -> None:
    c = panel.controller
    sc = c.project.scenarios[SC]
    ids = [f"nxp{i}" for i in range(50)]
    # select the 50 rows with the mouse: click the first, shift+click the last
    _click(panel, ids[0], UNIT_COLUMN)
    _click(panel, ids[-1], UNIT_COLUMN, Qt.ShiftModifier)
    assert sorted(panel.chosen_positions()) == sorted(ids)
    QTest.keyClick(panel.table, Qt.Key_F2)  # edit the current cell (Ny enhet)
    _type_and_enter(qtbot, panel, "helse og mest")  # type-to-search in the unit picker
    assert [sc.unit_of(p) for p in ids] == ["n-helse"] * 50
    assert c.undo_stack.count() == 1
    qtbot.waitUntil(
        lambda: panel.model.value(panel.model.rows[panel.model.row_of(ids[7])], UNIT_COLUMN) != ""
    )
    assert "Helse og mestring" in panel.model.index(panel.model.row_of(ids[7]), UNIT_COLUMN).data()
    # the status for all 50, by typing on the keyboard straight into the cell
    for _ in range(2):  # Ctrl+arrow moves to another column and keeps the selection
        QTest.keyClick(panel.table, Qt.Key_Right, Qt.ControlModifier)
    assert panel.table.currentIndex().column() == STATUS_COLUMN
    QTest.keyClick(panel.table, Qt.Key_F2)
    QTest.keyClick(_editor(panel), Qt.Key_Down)  # arrow keys pick the next status and commit it
    assert {sc.placements[p].status for p in ids} == {PlacementStatus.PLASSERT}
    assert c.undo_stack.count() == 2
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert all(sc.unit_of(p) is None for p in ids)
    assert c.undo_stack.index() == 0


def test_one_row_at_a_time_and_a_note_is_kept_when_moving_to_another_row(qtbot, panel) -> None:
    c = panel.controller
    sc = c.project.scenarios[SC]
    for i in range(3):  # double-click a cell, search, Enter: one row each, one step each
        pid = f"nxp{i}"
        _double_click(panel, pid, UNIT_COLUMN)
        _type_and_enter(qtbot, panel, "oppvekst")
        assert sc.unit_of(pid) == "n-opp"
    assert c.undo_stack.count() == 3 and sc.unit_of("nxp3") is None
    # a note typed in a cell and left by clicking another row is committed, not discarded
    _click(panel, "nxp4", NOTE_COLUMN)
    for ch in "Ønsker deltid":  # typing starts the editor (any key); keys go where the focus is
        QTest.keyClicks(QApplication.focusWidget(), ch)
    _click(panel, "nxp9", UNIT_COLUMN)
    assert sc.placements["nxp4"].note == "Ønsker deltid"
    # a note typed in the form and left by clicking another row is applied to the row it was for
    _click(panel, "nxp5", UNIT_COLUMN)
    assert panel.form.positions == ["nxp5"]
    QTest.mouseClick(panel.note, Qt.LeftButton)
    QTest.keyClicks(panel.note, "Samtale avtalt")
    _click(panel, "nxp6", UNIT_COLUMN)
    assert sc.placements["nxp5"].note == "Samtale avtalt"
    assert "nxp6" not in sc.placements or not sc.placements["nxp6"].note
    # a form change applies at once: status via the keyboard on the focused picker
    panel.status.setFocus()
    QTest.keyClick(panel.status, Qt.Key_Down)
    assert sc.placements["nxp6"].status == PlacementStatus.PLASSERT
    # Escape in a cell editor cancels
    _double_click(panel, "nxp7", NOTE_COLUMN)
    QTest.keyClicks(_editor(panel), "kladd")
    QTest.keyClick(_editor(panel), Qt.Key_Escape)
    assert "nxp7" not in sc.placements or sc.placements["nxp7"].note == ""


def test_the_wheel_changes_a_picker_only_when_it_has_focus(qtbot, panel) -> None:
    _click(panel, "nxp1", UNIT_COLUMN)
    wish = panel.wishes[0]
    before = wish.currentIndex()
    panel.table.setFocus()

    def wheel() -> None:
        pos = QPointF(wish.rect().center())
        ev = QWheelEvent(
            pos, QPointF(wish.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, -120),
            Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(wish, ev)

    wheel()
    assert wish.currentIndex() == before and not wish.hasFocus()
    assert panel.controller.undo_stack.count() == 0
    wish.setFocus()
    wheel()
    assert wish.currentIndex() != before


def test_rows_leave_and_return_under_a_filter_with_row_signals_not_resets(qtbot, panel) -> None:
    c = panel.controller
    m = panel.model
    panel.filter.setCurrentIndex(panel.filter.findData("not_placed"))
    shown = [r.position_id for r in m.rows]
    assert "nxp3" in shown and "nxp4" in shown
    seen: list[str] = []
    for sig in ("modelReset", "layoutChanged", "rowsRemoved", "rowsInserted"):
        getattr(m, sig).connect(lambda *_a, s=sig: seen.append(s))
    _click(panel, "nxp3", UNIT_COLUMN)
    _click(panel, "nxp4", UNIT_COLUMN, Qt.ControlModifier)
    QTest.keyClick(panel.table, Qt.Key_F2)
    _type_and_enter(qtbot, panel, "oppvekst")
    qtbot.waitUntil(lambda: "rowsRemoved" in seen)
    assert "modelReset" not in seen and "layoutChanged" not in seen
    assert [r.position_id for r in m.rows] == [p for p in shown if p not in ("nxp3", "nxp4")]
    seen.clear()
    c.undo_stack.undo()
    qtbot.waitUntil(lambda: "rowsInserted" in seen)
    assert "modelReset" not in seen
    assert [r.position_id for r in m.rows] == shown  # back in their places


def test_bulk_dialog_search_kostra_names_counts_and_saved_rules(qtbot, tmp_path) -> None:
    from orgdesigner.storage import load, save
    from orgdesigner.ui.bulk_place_dialog import BulkPlaceDialog

    p = small_project()
    c = DocumentController(p)
    c.set_scenario(SC)
    dlg = BulkPlaceDialog(c)
    qtbot.addWidget(dlg)
    dlg.show()
    assert QTest.qWaitForWindowActive(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData("enhet"))
    dlg.source.setCurrentIndex(dlg.source.findData("fet"))
    # type part of an old unit's own name: the entry starts with it, not with the kommune
    dlg.value.setFocus()
    QTest.keyClick(dlg.value, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(dlg.value, "helse")
    QTest.qWait(30)
    QTest.keyClick(QApplication.activePopupWidget() or dlg.value, Qt.Key_Return)
    assert dlg.value.currentData() == "fet-helse" and dlg.value.currentText().startswith("Helse Fet")
    dlg.target.setFocus()
    QTest.keyClick(dlg.target, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(dlg.target, "mestring")
    QTest.qWait(30)
    QTest.keyClick(QApplication.activePopupWidget() or dlg.target, Qt.Key_Return)
    assert dlg.target.currentData() == "n-helse"
    assert dlg.add_rule()
    # KOSTRA codes with their names
    dlg.kind.setCurrentIndex(dlg.kind.findData("kostra"))
    assert dlg.value.itemText(dlg.value.findData("202")) == "202 Grunnskole"
    dlg.value.setCurrentIndex(dlg.value.findData("202"))
    dlg.target.setCurrentIndex(dlg.target.findData("n-skole"))
    assert dlg.add_rule()
    # each rule says how many it places (the first rule wins a position both match)
    texts = [dlg.list.item(n).text() for n in range(dlg.list.count())]
    counts = [int(t.rsplit("(", 1)[1].split()[0]) for t in texts]
    assert "KOSTRA-funksjon 202 Grunnskole" in texts[1]
    assert sum(counts) == int(dlg.preview.text().split()[0])
    # saved with the project, fetched again in a new dialog after a save and load
    assert dlg.save_rules()
    path = tmp_path / "p.orgd"
    save(p, path)
    c2 = DocumentController(load(path))
    c2.set_scenario(SC)
    again = BulkPlaceDialog(c2)
    qtbot.addWidget(again)
    assert again.load_rules()
    assert [again.list.item(n).text() for n in range(again.list.count())] == texts


def test_adding_and_removing_units_updates_rows_without_a_reset(qtbot, panel) -> None:
    from orgdesigner.model import ops

    c = panel.controller
    m = panel.model
    sc = c.scenario()
    resets: list[int] = []
    m.modelAboutToBeReset.connect(lambda: resets.append(1))
    row = m.row_of("fp2")
    assert sc.unit_of("fp2") == "n-skole"
    c.run(ops.remove_units(c.project, SC, ["n-skole"]))  # its people become unplaced
    qtbot.waitUntil(lambda: m.index(row, UNIT_COLUMN).data() == "")
    c.undo_stack.undo()
    qtbot.waitUntil(lambda: "skole" in m.index(row, UNIT_COLUMN).data().lower())
    assert resets == []
