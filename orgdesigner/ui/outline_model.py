"""The outline: a thin QAbstractItemModel over the current scenario's unit tree.

It keeps its own copy of the tree's shape (children, rows, parents) and answers
``index``/``parent``/``rowCount`` from that copy only. After a structural edit it
walks the new tree and brings the copy there one step at a time, each step inside
its own ``beginRemoveRows``/``beginMoveRows``/``beginInsertRows`` pair, so views keep
expansion, selection and scroll position and Qt's model contract holds
(``qtmodeltester`` checks it in the tests). Field edits emit ``dataChanged``.
"""

from __future__ import annotations

import heapq
import itertools
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ..model import Change, Scenario, unit_type_label
from ..model.ops import rename_unit
from . import dnd
from .controller import DocumentController

_ROOT = 0  # internal id of the invisible root
KEEP = 4  # alternatives not shown whose tree is kept for switching back
_STRUCTURAL = {"parent_id", "sort_order", "name"}

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_ROOT_FLAGS = Qt.ItemIsDropEnabled
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled
_NAME_FLAGS = _FLAGS | Qt.ItemIsEditable
# roles as plain ints: comparing the int a view passes with a PySide6 enum member
# goes through the enum machinery on every call (most of data()'s time in a big tree)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


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
        # the trees of alternatives shown before: scenario id → (scenario, kids, row, parent, counts, placed)
        self._kept: dict[str, tuple[Any, ...]] = {}
        self._shown: Scenario | None = None
        self._project = controller.project
        self._rebuild()
        # set_project emits projectReplaced and then scenarioChanged: one reset is enough
        controller.scenarioChanged.connect(self.reset)
        controller.edited.connect(self._on_edited)

    # -- index bookkeeping ---------------------------------------------------
    def scenario(self) -> Scenario | None:
        return self.controller.scenario()

    def _rebuild(self) -> None:
        sc = self.scenario()
        self._shown = sc
        kept = self._kept.pop(sc.id, None) if sc is not None else None
        if kept is not None and kept[0] is sc:  # followed its edits while not shown
            _sc, self._kids, self._row, self._parent, self._counts, self._placed = kept
            return
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
        self._key(uid)

    def _key(self, uid: str) -> int:
        if uid not in self._keys:
            self._keys[uid] = len(self._ids)
            self._ids.append(uid)
        return self._keys[uid]

    def _renumber(self, parent: str | None) -> None:
        for row, uid in enumerate(self._kids.get(parent, ())):
            self._row[uid] = row

    def _drop(self, uid: str) -> None:
        """Forget ``uid`` and its cached subtree."""
        stack = [uid]
        while stack:
            u = stack.pop()
            stack.extend(self._kids.pop(u, ()))
            self._row.pop(u, None)
            self._parent.pop(u, None)
            self._counts.pop(u, None)

    def _sync_tree(self, sc: Scenario, touched: set[str]) -> None:
        """Bring the cached tree to the scenario's, one notified row operation at a time.

        Only the parents ``touched`` units left or joined (and added units) are re-read.
        """
        # 1. units that are gone (the top-most of each removed subtree)
        gone = [u for u in touched if u in self._row and u not in sc.units]
        gone_set = set(gone)
        for uid in gone:
            parent = self._parent.get(uid)
            if uid not in self._row or parent in gone_set:
                continue
            row = self._row[uid]
            self.beginRemoveRows(self.index_of(parent) if parent else QModelIndex(), row, row)
            self._kids[parent].pop(row)
            if not self._kids[parent]:
                del self._kids[parent]
            self._drop(uid)
            self._renumber(parent)
            self.endRemoveRows()
        # 2. top down: each parent's children in the new order (moves, then inserts)
        parents: set[str | None] = set()
        for uid in touched:
            unit = sc.units.get(uid)
            if unit is None:
                continue
            parents.add(self._parent.get(uid))
            parents.add(unit.parent_id if unit.parent_id in sc.units else None)
            parents.add(uid)
        # top down (an ancestor's children are right before a descendant's are read)
        depth = lambda u: -1 if u is None else sc.depth(u)  # noqa: E731
        seq = itertools.count()
        queue = [(depth(p), next(seq), p) for p in parents if p is None or p in sc.units]
        heapq.heapify(queue)
        done: set[str | None] = set()
        while queue:
            _d, _n, parent = heapq.heappop(queue)
            if parent in done:
                continue
            done.add(parent)
            target = sc.children(parent)
            if self._kids.get(parent, []) == target:
                continue
            for i, uid in enumerate(target):
                current = self._kids.setdefault(parent, [])
                if i < len(current) and current[i] == uid:
                    continue
                parent_ix = self.index_of(parent) if parent else QModelIndex()
                if uid in self._row:
                    src = self._parent[uid]
                    row = self._row[uid]
                    src_ix = self.index_of(src) if src else QModelIndex()
                    if not self.beginMoveRows(src_ix, row, row, parent_ix, i):  # pragma: no cover
                        raise RuntimeError(f"outline: refused move of {uid}")
                    self._kids[src].pop(row)
                    current.insert(i, uid)
                    if src != parent and not self._kids[src]:
                        del self._kids[src]
                    self._parent[uid] = parent
                    self._renumber(src)
                    self._renumber(parent)
                    self.endMoveRows()
                else:
                    self.beginInsertRows(parent_ix, i, i)
                    self._key(uid)
                    current.insert(i, uid)
                    self._parent[uid] = parent
                    self._renumber(parent)
                    self.endInsertRows()
                    if sc.children(uid):  # its subtree follows
                        heapq.heappush(queue, (depth(uid), next(seq), uid))
            if not self._kids.get(parent):
                self._kids.pop(parent, None)

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
        self._keep_shown()
        self._rebuild()
        self.endResetModel()

    def _keep_shown(self) -> None:
        """Keep the tree of the alternative shown until now when another one is shown."""
        project, old = self.controller.project, self._shown
        if project is not self._project:
            self._project, self._kept = project, {}
            return
        if old is None or old is self.scenario() or project.scenarios.get(old.id) is not old:
            return
        self._kept[old.id] = (old, self._kids, self._row, self._parent, self._counts, self._placed)
        while len(self._kept) > KEEP:
            self._kept.pop(next(iter(self._kept)))

    def _forget_kept(self, changes: list[Change]) -> None:
        """Drop kept trees an edit changed; a position's count or FTE: every kept count."""
        for ch in changes:
            if ch.kind in ("unit", "placement") and ch.org_id in self._kept:
                del self._kept[ch.org_id]
            elif ch.kind == "position":
                for kept in self._kept.values():
                    kept[4].clear()

    def parents(self) -> list[str]:
        """The units shown with children (the ones a view can expand)."""
        return [u for u in self._kids if u is not None]

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
        pid = self._parent.get(uid) if uid is not None else None
        if pid is None:
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

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role != _DISPLAY and role != _EDIT and role != _ACCESSIBLE and role != _ALIGN and role != _TOOLTIP:
            return None
        uid = self.unit_id(index)
        sc = self.scenario()
        if uid is None or sc is None or uid not in sc.units:
            return None
        unit = sc.units[uid]
        col = index.column()
        if role == _DISPLAY or role == _EDIT:
            if col == 0:
                return unit.name
            if col == 1:  # the type's name in the UI language; editing works on the stored code
                return unit_type_label(unit.type) if role == _DISPLAY else unit.type
            n, fte = self.counts(uid)
            if col == 2:
                return n
            return QLocale().toString(fte, "f", 1)
        if role == _ACCESSIBLE and col == 0:
            n, _ = self.counts(uid)
            return (
                self.tr("%1, %2, %3 stillinger")
                .replace("%1", unit.name)
                .replace("%2", unit_type_label(unit.type))
                .replace("%3", str(n))
            )
        if role == _ALIGN and col >= 2:
            return _RIGHT
        if role == _TOOLTIP and col == 0:
            return f"{sc.path(uid)} ({unit_type_label(unit.type)})"
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
        if self._kept:
            self._forget_kept(changes)
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
            self._sync_tree(sc, structural)
        for uid in changed:
            if uid in self._row:
                self.dataChanged.emit(self.index_of(uid, 0), self.index_of(uid, self.COLUMNS - 1))
