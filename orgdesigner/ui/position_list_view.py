"""A list of positions that drags the app's positions MIME and may take drops of positions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from . import dnd
from .position_list_model import PositionListModel


class PositionListView(QTreeView):
    """Flat list of positions; ``on_drop(position_ids)`` (if given) takes dropped positions."""

    def __init__(
        self,
        model: PositionListModel,
        name: str,
        accessible: str,
        on_drop: Callable[[list[str]], Any] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._list = model
        self._on_drop = on_drop
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setRootIsDecorated(False)
        self.setMinimumHeight(48)  # the dock may be short; the list scrolls
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setDragEnabled(True)
        self.setAcceptDrops(on_drop is not None)
        self.setDragDropMode(QAbstractItemView.DragDrop if on_drop else QAbstractItemView.DragOnly)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measure the rows on screen, not thousands of them

    def selected_ids(self) -> list[str]:
        rows = sorted(ix.row() for ix in self.selectionModel().selectedRows(0))
        return [self._list.ids[r] for r in rows if r < len(self._list.ids)]

    def startDrag(self, supported: Qt.DropAction) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        drag = QDrag(self)
        drag.setMimeData(dnd.positions_mime(ids))
        drag.exec(Qt.MoveAction)  # the drop target ran the op; nothing to remove here

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._on_drop and event.source() is not self and event.mimeData().hasFormat(dnd.MIME_POSITIONS):
            event.setDropAction(Qt.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = dnd.dragged_positions(event.mimeData())
        if self._on_drop and ids and event.source() is not self:
            self._on_drop(ids)
            event.setDropAction(Qt.IgnoreAction)
            event.accept()
        else:
            event.ignore()
