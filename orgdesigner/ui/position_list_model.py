"""A flat list of positions (name, title, FTE, origin) for the people panel; drags positions MIME."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ..model import Project
from . import dnd
from .fields import format_number

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


_ROW_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemNeverHasChildren


class PositionListModel(QAbstractTableModel):
    """Rows are position ids; ``set_ids`` replaces them."""

    def __init__(self, project_getter: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._project = project_getter
        self.ids: list[str] = []

    def project(self) -> Project:
        return self._project()

    def set_ids(self, ids: list[str]) -> None:
        if ids == self.ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, 2))
            return
        self.beginResetModel()
        self.ids = list(ids)
        self.endResetModel()

    def position_id(self, index: Index) -> str | None:
        return self.ids[index.row()] if index.isValid() and index.row() < len(self.ids) else None

    def row_of(self, position_id: str) -> int:
        try:
            return self.ids.index(position_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return [self.tr("Navn"), self.tr("Stilling"), self.tr("%")][section]
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        pid = self.position_id(index)
        project = self.project()
        pos = project.positions.get(pid or "")
        if pos is None:
            return None
        person = project.persons.get(pos.person_id or "")
        name = person.name if person else self.tr("(vakant)")
        if role == Qt.DisplayRole:
            return [name, pos.title or pos.code, format_number(pos.fte_percent)][index.column()]
        if role == Qt.ToolTipRole:
            source = project.sources.get(pos.source_id)
            parts = [name]
            if person:
                parts.append(self.tr("ansattnr. %1").replace("%1", person.employee_no))
            parts.append(f"{pos.title} ({pos.code})" if pos.code else pos.title)
            if source:
                parts.append(source.name)
            return " · ".join(p for p in parts if p)
        if role == Qt.AccessibleTextRole and index.column() == 0:
            return f"{name}, {pos.title}, {format_number(pos.fte_percent)} %"
        if role == Qt.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        return _ROW_FLAGS  # asked once per row when the view lays out: a constant, not three enum ORs

    def mimeTypes(self) -> list[str]:
        return [dnd.MIME_POSITIONS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for ix in indexes:
            pid = self.position_id(ix)
            if pid and pid not in ids:
                ids.append(pid)
        return dnd.positions_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.MoveAction
