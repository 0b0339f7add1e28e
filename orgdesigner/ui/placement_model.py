"""Table model of the innplassering panel: one row per position, old and new side by side.

Rows are computed from the project (no state of its own beyond a cache that
:meth:`PlacementTableModel.refresh` rebuilds); filters and the by-level order
are applied here so the view stays a plain QTableView.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..analysis import placement as pa
from ..analysis.relocation import new_work_place, place_name
from ..model import Project, Scenario
from . import dnd


def tr(text: str) -> str:
    return QCoreApplication.translate("PlacementTableModel", text)


# filter keys
ALL = "all"
NOT_PLACED = "not_placed"
CONFLICTS = "conflicts"

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


@dataclass
class Row:
    position_id: str
    values: tuple[Any, ...]
    conflict: bool
    placed: bool


class PlacementTableModel(QAbstractTableModel):
    """Positions of the project with their placement in one scenario."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.scenario: Scenario | None = None
        self.filter = ALL
        self.text = ""
        self.by_level = False
        self.within: set[str] | None = None  # only positions placed in these scenario units
        self.rows: list[Row] = []
        self.conflicts: list[pa.Conflict] = []

    # -- data --------------------------------------------------------------------
    def set_scenario(self, project: Project | None, scenario: Scenario | None) -> None:
        self.project, self.scenario = project, scenario
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self._build()
        self.endResetModel()

    def _build(self) -> list[Row]:
        project, sc = self.project, self.scenario
        if project is None or sc is None:
            self.conflicts = []
            return []
        self.conflicts = pa.conflicts(project, sc)
        in_conflict = {p for c in self.conflicts for p in c.position_ids}
        if self.by_level:
            ordered = [(g.title, pid) for g in pa.by_level(project, sc) for pid in g.position_ids]
        else:
            ordered = [("", pid) for pid in project.positions]
        needle = self.text.casefold().strip()
        src_paths: dict[tuple[str, str], str] = {}
        sc_paths: dict[str, str] = {}
        rows = []
        for group, pid in ordered:
            pos = project.positions[pid]
            at = pa.placed_unit(sc, pid)
            pl = sc.placements.get(pid)
            if self.filter == NOT_PLACED and (at is not None or (pl and pl.status == "overtallig")):
                continue
            if self.filter == CONFLICTS and pid not in in_conflict:
                continue
            if self.filter not in (ALL, NOT_PLACED, CONFLICTS) and (pl.status if pl else None) != self.filter:
                continue
            if self.within is not None and at not in self.within:
                continue
            person = project.persons.get(pos.person_id or "")
            name = person.name if person else tr("Vakant")
            if needle and needle not in name.casefold() and needle not in pos.title.casefold():
                continue
            src = project.sources.get(pos.source_id)
            key = (pos.source_id, pos.unit_id or "")
            if key not in src_paths:
                src_paths[key] = src.path(pos.unit_id) if src and pos.unit_id in src.units else ""
            if at and at not in sc_paths:
                sc_paths[at] = sc.path(at)
            wp = new_work_place(project, sc, pid)
            wishes = ", ".join(sc.units[w].name for w in (pl.wishes if pl else []) if w in sc.units)
            values = (
                group,
                name,
                src.name if src else "",
                src_paths[key],
                pos.title,
                pos.fte_percent,
                sc_paths.get(at, "") if at else "",
                place_name(project, wp) if wp else "",
                pl.status if pl else "",
                wishes,
                pl.note if pl else "",
            )
            rows.append(Row(pid, values, pid in in_conflict, at is not None))
        return rows

    def position_id(self, row: int) -> str:
        return self.rows[row].position_id

    def row_of(self, position_id: str) -> int:
        for n, r in enumerate(self.rows):
            if r.position_id == position_id:
                return n
        return -1

    # -- Qt ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return tr(COLUMNS[section])
        return None

    # -- drag: positions onto a unit in the chart or outline places them there --------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [dnd.MIME_POSITIONS]

    def mimeData(self, indexes: list[QModelIndex]) -> Any:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return dnd.positions_mime([self.rows[r].position_id for r in rows])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            value = row.values[col]
            if COLUMNS[col] == "%":
                return f"{value:.1f}".replace(".", ",")
            return value
        if role == Qt.ToolTipRole and row.conflict:
            return tr("Stillingen inngår i en konflikt")
        if role == Qt.ForegroundRole and row.conflict:
            return QBrush(QColor("#a40000"))
        if role == Qt.TextAlignmentRole and COLUMNS[col] == "%":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return row.position_id
        return None
