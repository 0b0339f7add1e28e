"""The outline tree: units of the current scenario, drag and drop, rename in place.

Drops go through ``dnd.drop`` (one op, one undo step). Following DESIGN.md the
view accepts drops from any source (``source()`` is None for a constructed or
foreign drag), runs the move as an op, then sets ``Qt.IgnoreAction`` so a real
drag never removes rows a second time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView

from . import dnd
from .controller import DocumentController
from .outline_model import OutlineModel


class OutlineView(QTreeView):
    """The unit tree, in step with the controller's selection."""

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._model = OutlineModel(controller, self)
        self.setModel(self._model)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Enhetstre"))
        self.setAccessibleDescription(
            self.tr("Enhetene i alternativet. F2 gir nytt navn, Ctrl+X og Ctrl+V flytter.")
        )
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setAutoScroll(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.setColumnHidden(1, True)  # the type is in the property panel and the tooltip
        self.setColumnHidden(3, True)  # FTE: in the chart boxes; the header menu can show it
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.setMinimumWidth(240)
        self._expanded: set[str] = set()
        self._syncing = False
        self._last_refusal = ""
        self._model.modelAboutToBeReset.connect(self._remember_expanded)
        self._model.modelReset.connect(self._restore)
        self.selectionModel().selectionChanged.connect(self._push_selection)
        controller.selectionChanged.connect(self._follow)
        self._restore()

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for col in range(1, self._model.COLUMNS):
            act = menu.addAction(str(self._model.headerData(col, Qt.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not self.isColumnHidden(col))
            act.toggled.connect(lambda on, c=col: self.setColumnHidden(c, not on))
        menu.exec(self.header().mapToGlobal(pos))

    def outline_model(self) -> OutlineModel:
        return self._model

    # -- selection in step with the controller -------------------------------
    def selected_unit_ids(self) -> list[str]:
        rows = self.selectionModel().selectedRows(0)
        rows.sort(key=lambda ix: self.visualRect(ix).top())
        return [u for u in (self._model.unit_id(ix) for ix in rows) if u]

    def current_unit_id(self) -> str | None:
        return self._model.unit_id(self.currentIndex())

    def _push_selection(self, *_args: Any) -> None:
        if self._syncing:
            return
        self.controller.select([("unit", u) for u in self.selected_unit_ids()], self)

    def _follow(self, items: list[tuple[str, str]], origin: object) -> None:
        if origin is self:
            return
        self._apply_selection([i for k, i in items if k == "unit"])

    def _apply_selection(self, unit_ids: list[str]) -> None:
        self._syncing = True
        try:
            selection = QItemSelection()
            first = QModelIndex()
            for uid in unit_ids:
                ix = self._model.index_of(uid)
                if not ix.isValid():
                    continue
                self.expand_to(uid)
                selection.select(ix, self._model.index_of(uid, self._model.COLUMNS - 1))
                if not first.isValid():
                    first = ix
            sm = self.selectionModel()
            sm.select(selection, QItemSelectionModel.ClearAndSelect)
            if first.isValid():
                sm.setCurrentIndex(first, QItemSelectionModel.NoUpdate)
                self.scrollTo(first)
        finally:
            self._syncing = False

    def expand_to(self, unit_id: str) -> None:
        """Expand every ancestor of ``unit_id`` so it is visible."""
        sc = self.controller.scenario()
        if sc is None or unit_id not in sc.units:
            return
        for anc in reversed(sc.ancestors(unit_id)):
            self.expand(self._model.index_of(anc))

    def _remember_expanded(self) -> None:
        # only units with children can be expanded (a quarter of a big tree)
        self._expanded = {u for u in self._model.parents() if self.isExpanded(self._model.index_of(u))}

    def _restore(self) -> None:
        sc = self.controller.scenario()
        if sc is None:
            return
        if not self._expanded:  # first show: open the top two levels
            self._expanded = {u for u, depth in sc.walk() if depth < 2}
        for uid in self._expanded:
            ix = self._model.index_of(uid)
            if ix.isValid():
                self.setExpanded(ix, True)
        self._apply_selection(self.controller.selected_units())

    def forget_expansion(self) -> None:
        """Start from the default expansion (after a different project or scenario)."""
        self._expanded = set()

    def rename_current(self) -> None:
        ix = self.currentIndex()
        if ix.isValid():
            self.edit(ix.siblingAtColumn(0))

    # -- drag and drop --------------------------------------------------------
    def startDrag(self, supported: Qt.DropAction) -> None:
        ids = self.selected_unit_ids()
        if not ids:
            return
        drag = QDrag(self)
        drag.setMimeData(dnd.units_mime(self.controller.scenario_id, ids))
        drag.exec(Qt.MoveAction)  # the drop ran the op; nothing to remove here

    def drop_target(self, pos: QPoint, mime: Any) -> tuple[str | None, int | None]:
        """(parent unit, sibling index) a drop at ``pos`` means; index None: last."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None, None
        uid = self._model.unit_id(index)
        if not mime.hasFormat(dnd.MIME_UNITS):
            return uid, None
        rect = self.visualRect(index)
        margin = max(2, min(12, round(rect.height() / 5.5)))
        if pos.y() - rect.top() >= margin and rect.bottom() - pos.y() >= margin:
            return uid, None
        sc = self.controller.scenario()
        parent = sc.units[uid].parent_id if sc and uid in sc.units else None
        movers = set(dnd.dragged_units(mime))
        before = [s for s in self._model.children_of(parent) if s not in movers]
        at = before.index(uid) if uid in before else 0
        if pos.y() - rect.top() >= margin:  # lower edge: after the item
            at += 1
        return parent, at

    def _check(self, event: QDragMoveEvent | QDropEvent) -> tuple[Any, str, str | None, int | None]:
        mime = event.mimeData()
        target, at = self.drop_target(event.position().toPoint(), mime)
        op, why = dnd.check_drop(self.controller, mime, target, at)
        return op, why, target, at

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not dnd.accepts(event.mimeData()):
            event.ignore()
            return
        self._last_refusal = ""
        self.setState(QAbstractItemView.DraggingState)
        event.setDropAction(Qt.MoveAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not dnd.accepts(event.mimeData()):
            event.ignore()
            return
        super().dragMoveEvent(event)  # drop indicator and auto-scroll
        op, why, _target, _at = self._check(event)
        if op is None:
            event.ignore()
            if why != self._last_refusal:
                self._last_refusal = why
                self.controller.statusMessage.emit(why)
        else:
            if self._last_refusal:
                self._last_refusal = ""
                self.controller.statusMessage.emit("")
            event.setDropAction(Qt.MoveAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if dnd.accepts(mime):
            target, at = self.drop_target(event.position().toPoint(), mime)
            dnd.drop(self.controller, mime, target, at)
            event.setDropAction(Qt.IgnoreAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.NoState)
        self.viewport().update()
