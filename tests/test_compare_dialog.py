"""The scenario comparison dialog on the real widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_metrics_fixtures import small_project

from orgdesigner.model import ops
from orgdesigner.ui.compare_dialog import CompareDialog
from orgdesigner.ui.controller import DocumentController


def test_table_and_diff(qtbot):
    p = small_project()
    ops.copy_scenario(p, "sc", "B", "sb").apply(p)
    ops.copy_scenario(p, "sc", "C", "sx").apply(p)
    ops.rename_unit(p, "sb", "b", "Skole og SFO").apply(p)
    ops.place_positions(p, "sb", ["p4"], "b").apply(p)
    dlg = CompareDialog(DocumentController(p))
    qtbot.addWidget(dlg)
    t = dlg.table
    assert [t.horizontalHeaderItem(i).text() for i in range(t.columnCount())] == ["A", "B", "C"]
    row = [t.verticalHeaderItem(i).text() for i in range(t.rowCount())].index("Innplasserte stillinger")
    assert [t.item(row, c).text() for c in range(3)] == ["3", "4", "3"]
    assert t.item(row, 1).font().bold()  # differs between alternatives
    dlg.choices.item(2).setCheckState(Qt.Unchecked)
    assert t.columnCount() == 2
    heads = [dlg.diff.topLevelItem(i) for i in range(dlg.diff.topLevelItemCount())]
    assert [h.text(0) for h in heads] == ["Nytt navn (1)", "Stillinger i en annen enhet (1)"]
    assert heads[0].child(0).text(0) == "Skole får navnet Skole og SFO"
    assert heads[1].child(0).text(0) == "1 stilling fra ikke innplassert til Skole og SFO"
    assert dlg.matching.text() == "Enhetene er koblet 3 på samme id."
    dlg.b.setCurrentIndex(2)  # A vs C: identical copies
    assert dlg.diff.topLevelItem(0).text(0) == "Ingen forskjeller"
