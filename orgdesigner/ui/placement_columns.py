"""The columns of the innplassering table and which of them edit a placement field."""

from __future__ import annotations

COLUMNS = (
    "Rekkefølge",
    "Navn",
    "Gammel kommune",
    "Gammel enhet",
    "Tittel",
    "%",
    "Ny enhet",
    "Arbeidssted",
    "Status",
    "Ønsker",
    "Merknad",
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
