"""Table model of the innplassering panel: one row per position, old and new side by side.

Rows are computed from the project; filters and the by-level order are applied here
so the view stays a plain QTableView. A row holds only the position id and what the
filters need (placed, in a conflict, level group); the text of a cell is made in
:meth:`PlacementTableModel.data` when the view asks for it, with per-build caches of
unit paths. :meth:`PlacementTableModel.update` brings the rows up to date after an
edit without a reset when the changes allow it (50 000 positions: a few ms).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from .. import formatting, theme
from ..analysis import placement as pa
from ..analysis.relocation import new_work_place, place_name
from ..gcpause import gc_paused
from ..model import PlacementStatus, Project, Scenario, status_label
from ..model.project import Change
from . import dnd, theme_qt
from .placement_columns import (  # noqa: F401 (re-exported for the panel and delegate)
    COLUMNS,
    EDITABLE,
    FTE_COLUMN,
    NOTE_COLUMN,
    PLACE_COLUMN,
    STATUS_COLUMN,
    UNIT_COLUMN,
    WISH_COLUMN,
)
from .placement_columns import runs as _runs

NAME_COLUMN = 1  # «Navn»: carries the conflict icon


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


# filter keys
ALL = "all"
NOT_PLACED = "not_placed"
CONFLICTS = "conflicts"

#: what :meth:`PlacementTableModel.update` reports
PROGRESS = "progress"  # placements or positions changed: the progress figures too


class Row:
    """One position in the table; its cell texts come from the model on demand."""

    __slots__ = ("model", "position_id", "group", "conflict", "placed")

    def __init__(
        self, model: PlacementTableModel, position_id: str, group: str, conflict: bool, placed: bool
    ):
        self.model = model
        self.position_id = position_id
        self.group = group
        self.conflict = conflict
        self.placed = placed

    @property
    def values(self) -> tuple[Any, ...]:
        """Every cell of the row (as shown, before number formatting)."""
        return tuple(self.model.value(self, col) for col in range(len(COLUMNS)))


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
        self.conflict_count = 0
        self._conflicts: list[pa.Conflict] | None = []
        self._in_conflict: set[str] = set()
        self._index: dict[str, int] | None = None
        self._sc_paths: dict[str, str] | None = None
        self._src_paths: dict[tuple[str, str], str] = {}
        #: set by the panel: commit(row position id, {field: value}) -> bool (runs the op)
        self.commit: Callable[[str, dict[str, Any]], bool] | None = None

    # -- data --------------------------------------------------------------------
    @property
    def conflicts(self) -> list[pa.Conflict]:
        """The scenario's conflicts (recomputed on demand after a rename or move)."""
        if self._conflicts is None:
            sc = self.scenario
            self._conflicts = pa.conflicts(self.project, sc) if self.project is not None and sc else []
        return self._conflicts

    def set_scenario(self, project: Project | None, scenario: Scenario | None) -> None:
        self.project, self.scenario = project, scenario
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._clear_caches()
        with gc_paused():
            self.rows = self._build()
        self._index = None
        self.endResetModel()

    def _clear_caches(self) -> None:
        self._sc_paths = None
        self._src_paths = {}

    def _set_conflicts(self, found: list[pa.Conflict]) -> None:
        self._conflicts = found
        self._in_conflict = {p for c in found for p in c.position_ids}
        self.conflict_count = len(found)

    def _build(self) -> list[Row]:
        project, sc = self.project, self.scenario
        if project is None or sc is None:
            self._set_conflicts([])
            return []
        at_of = pa.placed_units(sc)
        self._set_conflicts(pa.conflicts(project, sc, at_of))
        in_conflict = self._in_conflict
        if self.by_level:
            ordered = [(g.title, pid) for g in pa.by_level(project, sc) for pid in g.position_ids]
        else:
            ordered = [("", pid) for pid in project.positions]
        plain = self.filter == ALL and self.within is None and not self.text.strip()
        if plain:
            return [Row(self, pid, group, pid in in_conflict, pid in at_of) for group, pid in ordered]
        placements = sc.placements
        needle = self.text.casefold().strip()
        rows = []
        for group, pid in ordered:
            at = at_of.get(pid)
            conflict = pid in in_conflict
            if self._keep(pid, at, placements.get(pid), conflict, needle):
                rows.append(Row(self, pid, group, conflict, at is not None))
        return rows

    def _keep(self, pid: str, at: str | None, pl: Any, conflict: bool, needle: str) -> bool:
        """Whether the current filter, unit choice and search show the position."""
        f = self.filter
        if f == NOT_PLACED and (at is not None or (pl and pl.status == PlacementStatus.OVERTALLIG)):
            return False
        if f == CONFLICTS and not conflict:
            return False
        if f not in (ALL, NOT_PLACED, CONFLICTS) and (pl.status if pl else None) != f:
            return False
        if self.within is not None and at not in self.within:
            return False
        if needle:
            pos = self.project.positions[pid]
            if needle not in self._name(pos).casefold() and needle not in pos.title.casefold():
                return False
        return True

    def _name(self, pos: Any) -> str:
        person = self.project.persons.get(pos.person_id or "")
        return person.name if person else tr("Vakant")

    def value(self, row: Row, col: int) -> Any:
        """The content of one cell, read from the project now."""
        project, sc = self.project, self.scenario
        pos = project.positions.get(row.position_id) if project is not None else None
        if pos is None or sc is None:
            return ""
        pid = row.position_id
        if col == 0:
            return row.group
        if col == 1:
            return self._name(pos)
        if col in (2, 3):
            src = project.sources.get(pos.source_id)
            if col == 2:
                return src.name if src else ""
            key = (pos.source_id, pos.unit_id or "")
            if key not in self._src_paths:
                self._src_paths[key] = src.path(pos.unit_id) if src and pos.unit_id in src.units else ""
            return self._src_paths[key]
        if col == 4:
            return pos.title
        if col == FTE_COLUMN:
            return pos.fte_percent
        if col == 6:
            at = pa.placed_unit(sc, pid)
            if at is None:
                return ""
            if self._sc_paths is None:
                self._sc_paths = pa.unit_paths(sc)
            return self._sc_paths.get(at, "")
        if col == 7:
            wp = new_work_place(project, sc, pid)
            return place_name(project, wp) if wp else ""
        pl = sc.placements.get(pid)
        if col == 8:
            return status_label(pl.status) if pl else ""
        if col == 9:
            return ", ".join(sc.units[w].name for w in (pl.wishes if pl else []) if w in sc.units)
        return pl.note if pl else ""

    # -- incremental update after an edit -------------------------------------------
    def update(self, changes: Iterable[Change]) -> set[str] | None:
        """Follow ``changes`` without a reset; None when only :meth:`refresh` can (then call it).

        Cells are read live, so most edits need only a repaint; placement and position
        edits recheck their own rows and the conflict set; a row that would appear or
        disappear under the current filter, and structural edits the by-level order or
        "only the selected unit" depend on, need the full rebuild.
        """
        project, sc = self.project, self.scenario
        if project is None or sc is None or project.scenarios.get(sc.id) is not sc:
            return None
        ids: set[str] = set()
        repaint = recheck = False
        for c in changes:
            kind = c.kind
            if kind in ("relation", "settings", "scenario"):
                continue  # a removed current scenario comes as scenarioChanged
            if kind == "unit":
                if c.org_id == sc.id:
                    if c.action != "changed":
                        if self.by_level or self.within is not None:
                            return None  # the level groups or the unit choice change
                        # the placements that change with it come as placement changes
                        recheck = repaint = True
                        continue
                    fields = set(c.fields)
                    if "leader_position_id" in fields:
                        if self.by_level:
                            return None
                        recheck = True
                    if fields & {"parent_id", "sort_order"} and (self.by_level or self.within is not None):
                        return None
                    repaint = True
                elif c.org_id in project.sources:
                    if self.by_level:
                        return None  # as-is leadership orders the levels
                    repaint = True
                continue
            if kind == "placement":
                if c.org_id == sc.id:
                    ids.update(c.ids)
                    recheck = recheck or self._leaders_among(c.ids)
                continue
            if kind == "position":
                if c.action != "changed":
                    return None
                ids.update(c.ids)
                recheck = repaint = True
                continue
            if kind == "person":
                if self.text.strip():
                    return None
                repaint = True
                continue
            if kind == "location":
                repaint = True
                continue
            return None  # sources and anything new
        changed: set[str] = set()
        if recheck:
            before = self._in_conflict
            self._set_conflicts(pa.conflicts(project, sc))
            changed = before ^ self._in_conflict
            ids |= changed
        elif repaint:
            self._conflicts = None  # same positions and count; messages may name a renamed unit
        rows = self._row_index()
        needle = self.text.casefold().strip()
        touched = []
        leaving: list[int] = []
        joining: list[tuple[str, bool, bool]] = []
        for pid in ids:
            if pid not in project.positions:
                return None
            at = pa.placed_unit(sc, pid)
            conflict = pid in self._in_conflict
            n = rows.get(pid)
            keep = self._keep(pid, at, sc.placements.get(pid), conflict, needle)
            if n is None:
                if keep:
                    joining.append((pid, conflict, at is not None))
                continue
            if not keep:
                leaving.append(n)
                continue
            row = self.rows[n]
            row.conflict, row.placed = conflict, at is not None
            touched.append(n)
        if joining and self.by_level:
            return None  # the level groups decide where a row goes
        if leaving or joining:
            self._move_rows(sorted(leaving), joining)
            touched = [r for pid in ids if (r := self._row_index().get(pid)) is not None]
        self._clear_caches()
        last = len(COLUMNS) - 1
        if repaint and self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))
        elif touched:
            self.dataChanged.emit(self.index(min(touched), 0), self.index(max(touched), last))
        return {PROGRESS} if ids or recheck else set()

    def _move_rows(self, leaving: list[int], joining: list[tuple[str, bool, bool]]) -> None:
        """Rows that stop or start matching the filter: removed and inserted with row signals
        (in project order), so the view keeps its selection and scroll position."""
        for first, last in reversed(_runs(leaving)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.rows[first : last + 1]
            self.endRemoveRows()
        self._index = None
        if joining:
            order = {pid: n for n, pid in enumerate(self.project.positions)}
            keys = [order.get(r.position_id, -1) for r in self.rows]
            for pid, conflict, placed in sorted(joining, key=lambda j: order[j[0]]):
                at = bisect.bisect_left(keys, order[pid])
                self.beginInsertRows(QModelIndex(), at, at)
                self.rows.insert(at, Row(self, pid, "", conflict, placed))
                keys.insert(at, order[pid])
                self.endInsertRows()
            self._index = None

    def _leaders_among(self, position_ids: Iterable[str]) -> bool:
        """Whether any of the positions can take part in a conflict (a unit's leader or leader flags).

        Only such positions are counted by :func:`analysis.placement.conflicts`, so placing
        anyone else leaves the conflicts as they are.
        """
        led = {u.leader_position_id for u in self.scenario.units.values() if u.leader_position_id}
        for pid in position_ids:
            pos = self.project.positions.get(pid)
            if pid in led or pos is None or pos.personnel_responsibility or pos.budget_responsibility:
                return True
        return False

    def position_id(self, row: int) -> str:
        return self.rows[row].position_id

    def _row_index(self) -> dict[str, int]:
        if self._index is None:
            self._index = {r.position_id: n for n, r in enumerate(self.rows)}
        return self._index

    def row_of(self, position_id: str) -> int:
        return self._row_index().get(position_id, -1)

    # -- Qt ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("PlacementTableModel", COLUMNS[section])
        return None

    # -- drag: positions onto a unit in the chart or outline places them there --------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        base |= Qt.ItemIsDragEnabled
        if index.column() in EDITABLE and self.commit is not None:
            base |= Qt.ItemIsEditable
        return base

    def edit_value(self, row: Row, col: int) -> Any:
        """What a cell's editor starts from: ids and lists, not display text."""
        sc = self.scenario
        pid = row.position_id
        if sc is None:
            return None
        if col == UNIT_COLUMN:
            return pa.placed_unit(sc, pid)
        pl = sc.placements.get(pid)
        if col == STATUS_COLUMN:
            return pl.status if pl else PlacementStatus.FORESLATT
        if col == WISH_COLUMN:
            return list(pl.wishes) if pl else []
        if col == PLACE_COLUMN:
            return pl.work_place_id if pl else None
        if col == NOTE_COLUMN:
            return pl.note if pl else ""
        return self.value(row, col)

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.EditRole
    ) -> bool:
        """Edit a placement field through the panel's op (the table follows from the edit signal)."""
        if (
            not index.isValid()
            or role != Qt.EditRole
            or index.column() not in EDITABLE
            or self.commit is None
        ):
            return False
        return self.commit(self.rows[index.row()].position_id, {EDITABLE[index.column()]: value})

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
            value = self.value(row, col)
            if col == FTE_COLUMN:
                return formatting.number(value, 1) if isinstance(value, (int, float)) else value
            return value
        if role == Qt.EditRole:
            return self.edit_value(row, col)
        if role == Qt.ToolTipRole and row.conflict:
            return tr("Stillingen inngår i en konflikt")
        if role == Qt.AccessibleTextRole and row.conflict and col == NAME_COLUMN:  # in words, not only red
            return tr("Konflikt: %1").replace("%1", str(self.data(index, Qt.DisplayRole) or ""))
        if role == Qt.AccessibleDescriptionRole and row.conflict:
            return tr("Stillingen inngår i en konflikt")
        if role == Qt.ForegroundRole and row.conflict:
            return QBrush(theme_qt.qcolor(theme.current().conflict_text))
        if role == Qt.DecorationRole and row.conflict and col == NAME_COLUMN:
            return theme_qt.severity_icon("warning")  # not by colour alone
        if role == Qt.TextAlignmentRole and col == FTE_COLUMN:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return row.position_id
        return None
