"""The outline: a thin QAbstractItemModel over the current scenario's unit tree.

It holds no state of its own beyond an index of the tree; it rebuilds that
index when the controller reports a structural edit (the view keeps expansion
and selection across the reset) and emits ``dataChanged`` for field edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ..model import Change, Scenario
from ..model.ops import rename_unit
from . import dnd
from .controller import DocumentController

_ROOT = 0  # internal id of the invisible root
_STRUCTURAL = {"parent_id", "sort_order", "name"}

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class OutlineModel(QAbstractItemModel):
    """Units of ``controller.scenario()`` as a tree; columns name, type, positions, FTE."""

    COLUMNS = 4

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._keys: dict[str, int] = {}
        self._ids: list[str] = [""]
        self._kids: dict[str | None, list[str]] = {}
        self._row: dict[str, int] = {}
        self._counts: dict[str, tuple[int, float]] = {}
        self._rebuild()
        controller.projectReplaced.connect(self.reset)
        controller.scenarioChanged.connect(self.reset)
        controller.edited.connect(self._on_edited)

    # -- index bookkeeping ---------------------------------------------------
    def scenario(self) -> Scenario | None:
        return self.controller.scenario()

    def _rebuild(self) -> None:
        sc = self.scenario()
        self._kids, self._row = {}, {}
        if sc is None:
            self._counts = {}
            return
        for uid, _depth in sc.walk():
            parent = sc.units[uid].parent_id
            parent = parent if parent in sc.units else None
            siblings = self._kids.setdefault(parent, [])
            self._row[uid] = len(siblings)
            siblings.append(uid)
            if uid not in self._keys:
                self._keys[uid] = len(self._ids)
                self._ids.append(uid)
        self._counts = self._compute_counts(sc)

    def _compute_counts(self, sc: Scenario) -> dict[str, tuple[int, float]]:
        counts: dict[str, tuple[int, float]] = {}
        positions = self.controller.project.positions
        for pl in sc.placements.values():
            if pl.unit_id is None or pl.position_id not in positions:
                continue
            n, fte = counts.get(pl.unit_id, (0, 0.0))
            counts[pl.unit_id] = (n + 1, fte + positions[pl.position_id].fte_percent / 100)
        return counts

    def reset(self, *_args: Any) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def unit_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        return self._ids[index.internalId()]

    def index_of(self, unit_id: str, column: int = 0) -> QModelIndex:
        row = self._row.get(unit_id)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, column, self._keys[unit_id])

    def children_of(self, unit_id: str | None) -> list[str]:
        return list(self._kids.get(unit_id, ()))

    # -- QAbstractItemModel ----------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        kids = self._kids.get(self.unit_id(parent), [])
        if not (0 <= row < len(kids)) or not (0 <= column < self.COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, self._keys[kids[row]])

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        uid = self.unit_id(index)
        sc = self.scenario()
        if uid is None or sc is None or uid not in sc.units:
            return QModelIndex()
        pid = sc.units[uid].parent_id
        if pid is None or pid not in self._row:
            return QModelIndex()
        return self.index_of(pid)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids.get(self.unit_id(parent), ()))

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return self.COLUMNS

    def hasChildren(self, parent: Index = _NO_INDEX) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return [self.tr("Enhet"), self.tr("Type"), self.tr("Stillinger plassert i enheten"),
                    self.tr("Årsverk plassert i enheten")][section]
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return [self.tr("Enhet"), self.tr("Type"), self.tr("Ant."), self.tr("Årsverk")][section]
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        uid = self.unit_id(index)
        sc = self.scenario()
        if uid is None or sc is None or uid not in sc.units:
            return None
        unit = sc.units[uid]
        col = index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col == 0:
                return unit.name
            if col == 1:
                return unit.type
            n, fte = self._counts.get(uid, (0, 0.0))
            if col == 2:
                return n
            return QLocale().toString(fte, "f", 1)
        if role == Qt.AccessibleTextRole and col == 0:
            n, _ = self._counts.get(uid, (0, 0.0))
            return self.tr("%1, %2, %3 stillinger").replace("%1", unit.name).replace(
                "%2", unit.type).replace("%3", str(n))
        if role == Qt.TextAlignmentRole and col >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and col == 0:
            return f"{sc.path(uid)} ({unit.type})"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled
        if index.column() == 0:
            f |= Qt.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.EditRole) -> bool:
        uid = self.unit_id(index)
        sc = self.scenario()
        if role != Qt.EditRole or index.column() != 0 or uid is None or sc is None:
            return False
        name = str(value).strip()
        if name == sc.units[uid].name:
            return False
        try:
            op = rename_unit(self.controller.project, sc.id, uid, name)
        except ValueError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        return self.controller.run(op)

    # -- drag and drop (the view does the drop through dnd.drop) ----------------
    def mimeTypes(self) -> list[str]:
        return [dnd.MIME_UNITS, dnd.MIME_POSITIONS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for ix in indexes:
            uid = self.unit_id(ix)
            if uid and uid not in ids:
                ids.append(uid)
        return dnd.units_mime(self.controller.scenario_id, ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.MoveAction | Qt.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return dnd.accepts(data)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        return False  # OutlineView.dropEvent runs the drop as one op

    # -- following the model ---------------------------------------------------
    def _order_changed(self, sc: Scenario, unit_id: str) -> bool:
        unit = sc.units.get(unit_id)
        return unit is not None and sc.children(unit.parent_id) != self._kids.get(unit.parent_id, [])

    def _on_edited(self, changes: list[Change]) -> None:
        sc = self.scenario()
        if sc is None:
            self.reset()
            return
        changed: set[str] = set()
        placements = False
        for ch in changes:
            if ch.kind == "scenario" and ch.action != "changed":
                self.reset()
                return
            if ch.kind == "unit" and ch.org_id == sc.id:
                if ch.action != "changed" or _STRUCTURAL & set(ch.fields) - {"name"}:
                    self.reset()
                    return
                if "name" in ch.fields and any(self._order_changed(sc, u) for u in ch.ids):
                    self.reset()
                    return
                changed.update(ch.ids)
            elif (ch.kind == "placement" and ch.org_id == sc.id) or ch.kind == "position":
                placements = True
        if placements:
            old, self._counts = self._counts, self._compute_counts(sc)
            changed.update(u for u in set(old) | set(self._counts) if old.get(u) != self._counts.get(u))
        for uid in changed:
            if uid in self._row:
                self.dataChanged.emit(self.index_of(uid, 0), self.index_of(uid, self.COLUMNS - 1))
