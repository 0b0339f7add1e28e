"""People: the positions in the selected unit and the positions not placed, with a filter.

Drag positions from either list onto the chart or the outline; drop positions
onto the "not placed" list to take them out of their unit (one undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from ..model import Change, ModelError, ops
from .controller import DocumentController
from .panel_refresh import RefreshScheduler
from .position_list_model import PositionListModel
from .position_list_view import PositionListView


class PeoplePanel(QWidget):
    """Two position lists that follow the controller's selection."""

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("people_panel")
        self.setAccessibleName(self.tr("Stillinger"))
        self.unit_id: str | None = None
        self._hay: dict[str, str] = {}
        self._syncing = False
        project = lambda: self.controller.project  # noqa: E731
        self.in_unit_model = PositionListModel(project, self)
        self.unplaced_model = PositionListModel(project, self)
        self.in_unit = PositionListView(
            self.in_unit_model, "people_in_unit", self.tr("Stillinger i valgt enhet")
        )
        self.unplaced = PositionListView(
            self.unplaced_model,
            "people_unplaced",
            self.tr("Stillinger som ikke er plassert"),
            on_drop=self.unplace,
        )
        self.unit_label = QLabel()
        self.unit_label.setObjectName("people_unit_label")
        self.unit_label.setWordWrap(True)
        self.unplaced_label = QLabel()
        self.unplaced_label.setObjectName("people_unplaced_label")
        self.filter = QLineEdit()
        self.filter.setObjectName("people_filter")
        self.filter.setPlaceholderText(self.tr("Filtrer på navn, ansattnummer eller tittel"))
        self.filter.setAccessibleName(self.tr("Filter for stillinger som ikke er plassert"))
        self.filter.setClearButtonEnabled(True)
        self.unit_label.setBuddy(self.in_unit)
        self.unplaced_label.setBuddy(self.filter)
        top, bottom = QWidget(), QWidget()
        t = QVBoxLayout(top)
        t.setContentsMargins(0, 0, 0, 0)
        t.addWidget(self.unit_label)
        t.addWidget(self.in_unit)
        b = QVBoxLayout(bottom)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(self.unplaced_label)
        b.addWidget(self.filter)
        b.addWidget(self.unplaced)
        split = QSplitter(Qt.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self._sorted: list[str] | None = None  # every position in the lists' order
        # the lists follow a switch or a placement a frame later, and only while on screen
        self._updates = RefreshScheduler(self, self.refresh, delay_ms=0)
        self.filter.textChanged.connect(lambda _t: self.refresh_unplaced())
        for view in (self.in_unit, self.unplaced):
            view.selectionModel().selectionChanged.connect(lambda *_a, v=view: self._push_selection(v))
        controller.selectionChanged.connect(self._follow)
        controller.projectReplaced.connect(self._project_replaced)
        controller.scenarioChanged.connect(lambda *_: self._updates.request())
        controller.edited.connect(self._on_edited)
        self.refresh()

    # -- content ------------------------------------------------------------------
    def refresh(self) -> None:
        self._updates.done()
        self.refresh_unit()
        self.refresh_unplaced()

    def refresh_unit(self) -> None:
        sc = self.controller.scenario()
        if sc is None or self.unit_id not in sc.units:
            self.unit_id = None
            self.unit_label.setText(self.tr("Stillinger i valgt enhet: velg en enhet"))
            self.in_unit_model.set_ids([])
            return
        ids = sorted(sc.positions_in(self.unit_id), key=self._sort_key)
        self.unit_label.setText(
            self.tr("Stillinger i «%1» (%2)")
            .replace("%1", sc.units[self.unit_id].name)
            .replace("%2", str(len(ids)))
        )
        self.in_unit_model.set_ids(ids)

    def unplaced_ids(self) -> list[str]:
        """Positions not placed in the current alternative, in the lists' order (by name)."""
        sc = self.controller.scenario()
        if sc is None:
            return []
        placements = sc.placements
        return [pid for pid in self._order() if (pl := placements.get(pid)) is None or pl.unit_id is None]

    def _order(self) -> list[str]:
        """Every position sorted once by the lists' key; kept until persons or positions change
        (switching alternative or placing someone then costs a filter, not a sort)."""
        if self._sorted is None:
            self._sorted = sorted(self.controller.project.positions, key=self._sort_key)
        return self._sorted

    def refresh_unplaced(self) -> None:
        ids = self.unplaced_ids()
        total = len(ids)
        words = self.filter.text().lower().split()
        if words:
            ids = [pid for pid in ids if all(w in self._haystack(pid) for w in words)]
        if words:
            text = self.tr("Ikke plassert: %1 av %2").replace("%1", str(len(ids))).replace("%2", str(total))
        else:
            text = self.tr("Ikke plassert (%1)").replace("%1", str(total))
        self.unplaced_label.setText(text)
        self.unplaced_model.set_ids(ids)

    def _sort_key(self, pid: str) -> tuple[str, str]:
        project = self.controller.project
        pos = project.positions.get(pid)
        person = project.persons.get(pos.person_id or "") if pos else None
        return ((person.name if person else "~").lower(), pos.title.lower() if pos else "")

    def _haystack(self, pid: str) -> str:
        hay = self._hay.get(pid)
        if hay is None:
            project = self.controller.project
            pos = project.positions[pid]
            person = project.persons.get(pos.person_id or "")
            parts = [pos.title, pos.code]
            if person:
                parts += [person.name, person.employee_no]
            hay = self._hay[pid] = " ".join(parts).lower()
        return hay

    # -- edits --------------------------------------------------------------------------
    def unplace(self, position_ids: list[str]) -> bool:
        """Take positions out of their units (one undo step)."""
        sc = self.controller.scenario()
        if sc is None:
            return False
        placed = [p for p in position_ids if sc.unit_of(p) is not None]
        if not placed:
            self.controller.statusMessage.emit(self.tr("Stillingene er ikke plassert"))
            return False
        try:
            op = ops.place_positions(self.controller.project, sc.id, placed, None)
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        return self.controller.run(op)

    # -- selection ------------------------------------------------------------------------
    def _push_selection(self, view: PositionListView) -> None:
        if self._syncing:
            return
        ids = view.selected_ids()
        if not ids:
            return
        other = self.unplaced if view is self.in_unit else self.in_unit
        self._syncing = True
        other.clearSelection()
        self._syncing = False
        units = [("unit", self.unit_id)] if self.unit_id and view is self.in_unit else []
        self.controller.select(units + [("position", p) for p in ids], self)

    def _follow(self, items: list[tuple[str, str]], origin: object) -> None:
        if origin is self:
            return
        units = [i for k, i in items if k == "unit"]
        if units and units[0] != self.unit_id:
            self.unit_id = units[0]
            self.refresh_unit()
        positions = {i for k, i in items if k == "position"}
        self._syncing = True
        try:
            for view, model in ((self.in_unit, self.in_unit_model), (self.unplaced, self.unplaced_model)):
                sel = QItemSelection()
                for pid in positions:
                    row = model.row_of(pid)
                    if row >= 0:
                        sel.select(model.index(row, 0), model.index(row, 2))
                view.selectionModel().select(sel, QItemSelectionModel.ClearAndSelect)
                if not sel.isEmpty():
                    view.scrollTo(sel.indexes()[0])
        finally:
            self._syncing = False

    def _project_replaced(self) -> None:
        # scenarioChanged follows at once and refreshes the lists
        self._hay = {}
        self._sorted = None
        self.unit_id = None

    def _on_edited(self, changes: list[Change]) -> None:
        kinds = {c.kind for c in changes}
        if kinds & {"person", "position"}:
            self._hay = {}
            self._sorted = None
        if kinds & {"placement", "position", "person", "scenario"}:
            self._updates.request()
        elif "unit" in kinds:  # names only; unplaced positions did not change
            self.refresh_unit()
