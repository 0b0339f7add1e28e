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
_ROOT_FLAGS = Qt.ItemIsDropEnabled
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled
_NAME_FLAGS = _FLAGS | Qt.ItemIsEditable


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
        self._parent: dict[str, str | None] = {}
        self._placed: dict[str, str | None] = {}
        self._rebuild()
        # set_project emits projectReplaced and then scenarioChanged: one reset is enough
        controller.scenarioChanged.connect(self.reset)
        controller.edited.connect(self._on_edited)

    # -- index bookkeeping ---------------------------------------------------
    def scenario(self) -> Scenario | None:
        return self.controller.scenario()

    def _rebuild(self) -> None:
        sc = self.scenario()
        self._kids, self._row, self._parent, self._counts = {}, {}, {}, {}
        self._placed = {}
        if sc is None:
            return
        for uid, _depth in sc.walk():
            self._place(uid, sc)
        self._placed = {pid: pl.unit_id for pid, pl in sc.placements.items()}

    def _place(self, uid: str, sc: Scenario) -> None:
        parent = sc.units[uid].parent_id
        parent = parent if parent in sc.units else None
        siblings = self._kids.setdefault(parent, [])
        self._row[uid] = len(siblings)
        self._parent[uid] = parent
        siblings.append(uid)
        if uid not in self._keys:
            self._keys[uid] = len(self._ids)
            self._ids.append(uid)

    def _update_tree(self, sc: Scenario, touched: set[str]) -> None:
        """Re-read the children of every parent that ``touched`` units left or joined."""
        parents: set[str | None] = set()
        for uid in touched:
            if uid in self._parent:
                parents.add(self._parent[uid])
            unit = sc.units.get(uid)
            if unit is not None:
                parents.add(unit.parent_id if unit.parent_id in sc.units else None)
            else:  # removed
                self._row.pop(uid, None)
                self._parent.pop(uid, None)
                self._kids.pop(uid, None)
                self._counts.pop(uid, None)
        for parent in parents:
            if parent is not None and parent not in sc.units:
                continue
            kids = sc.children(parent)
            if kids:
                self._kids[parent] = kids
            else:
                self._kids.pop(parent, None)
            for row, uid in enumerate(kids):
                self._row[uid] = row
                self._parent[uid] = parent
                if uid not in self._keys:
                    self._keys[uid] = len(self._ids)
                    self._ids.append(uid)

    def _relayout(self, sc: Scenario, touched: set[str]) -> None:
        """A structural edit: update the index and move persistent indexes, so the view
        keeps expansion, selection and scroll position (no model reset)."""
        self.layoutAboutToBeChanged.emit()
        self._update_tree(sc, touched)
        old = self.persistentIndexList()
        new = []
        for ix in old:
            row = self._row.get(self._ids[ix.internalId()])
            new.append(QModelIndex() if row is None else self.createIndex(row, ix.column(), ix.internalId()))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def counts(self, unit_id: str) -> tuple[int, float]:
        """(positions placed in the unit, their FTE), cached until a placement changes."""
        cached = self._counts.get(unit_id)
        if cached is None:
            sc = self.scenario()
            positions = self.controller.project.positions
            ids = [p for p in sc.positions_in(unit_id) if p in positions] if sc else []
            cached = self._counts[unit_id] = (len(ids), sum(positions[p].fte_percent for p in ids) / 100)
        return cached

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
            return [
                self.tr("Enhet"),
                self.tr("Type"),
                self.tr("Stillinger plassert i enheten"),
                self.tr("Årsverk plassert i enheten"),
            ][section]
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
            n, fte = self.counts(uid)
            if col == 2:
                return n
            return QLocale().toString(fte, "f", 1)
        if role == Qt.AccessibleTextRole and col == 0:
            n, _ = self.counts(uid)
            return (
                self.tr("%1, %2, %3 stillinger")
                .replace("%1", unit.name)
                .replace("%2", unit.type)
                .replace("%3", str(n))
            )
        if role == Qt.TextAlignmentRole and col >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and col == 0:
            return f"{sc.path(uid)} ({unit.type})"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _ROOT_FLAGS
        return _NAME_FLAGS if index.column() == 0 else _FLAGS

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

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return dnd.accepts(data)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return False  # OutlineView.dropEvent runs the drop as one op

    # -- following the model ---------------------------------------------------
    def _on_edited(self, changes: list[Change]) -> None:
        sc = self.scenario()
        if sc is None:
            return
        structural: set[str] = set()
        changed: set[str] = set()
        for ch in changes:
            if ch.kind == "unit" and ch.org_id == sc.id:
                if ch.action != "changed" or _STRUCTURAL & set(ch.fields) - {"name"}:
                    structural.update(ch.ids)
                elif "name" in ch.fields:
                    for uid in ch.ids:
                        parent = self._parent.get(uid)
                        if sc.children(parent) != self._kids.get(parent, []):
                            structural.add(uid)
                changed.update(ch.ids)
            elif ch.kind == "placement" and ch.org_id == sc.id:
                for pid in ch.ids:
                    old = self._placed.get(pid)
                    pl = sc.placements.get(pid)
                    new = pl.unit_id if pl else None
                    self._placed[pid] = new
                    changed.update(u for u in (old, new) if u)
            elif ch.kind == "position":
                changed.update(u for pid in ch.ids if (u := self._placed.get(pid)))
        for uid in changed:
            self._counts.pop(uid, None)
        if structural:
            self._relayout(sc, structural)
        for uid in changed:
            if uid in self._row:
                self.dataChanged.emit(self.index_of(uid, 0), self.index_of(uid, self.COLUMNS - 1))
