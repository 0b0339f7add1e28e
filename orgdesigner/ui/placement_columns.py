"""The columns of the innplassering table and which of them edit a placement field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("PlacementTableModel", "Rekkefølge"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Navn"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Gammel kommune"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Gammel enhet"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Tittel"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "%"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Ny enhet"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Arbeidssted"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Status"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Ønsker"),
    QT_TRANSLATE_NOOP("PlacementTableModel", "Merknad"),
)
FTE_COLUMN = COLUMNS.index("%")
UNIT_COLUMN, PLACE_COLUMN, STATUS_COLUMN, WISH_COLUMN, NOTE_COLUMN = 6, 7, 8, 9, 10
#: editable column -> the placement field it edits
EDITABLE = {
    UNIT_COLUMN: "unit_id",
    PLACE_COLUMN: "work_place_id",
    STATUS_COLUMN: "status",
    WISH_COLUMN: "wishes",
    NOTE_COLUMN: "note",
}


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and r == out[-1][1] + 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out
