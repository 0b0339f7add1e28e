"""Innplassering dock: the positions with their placement in the current scenario.

A filter (status, not placed, conflicts), a search, a by-level order for the
top-down work (leaders of level 1, then level 2, …, then everyone else) and
"only the selected units". Editing works like a spreadsheet without a save button:
new unit, work place, status, wishes and note are edited in the table's cells
(an edit in one of several selected rows applies to all of them, one undo step)
and in the form beside it (``placement_form``); every change is one op at once.

The table follows edits shortly after them and only while the panel is on screen
(see ``panel_refresh``); most edits update rows in place (``PlacementTableModel.update``),
the editor's lists are refilled only when the editor needs them after a unit change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..analysis import placement as pa
from ..model import ModelError, PlacementStatus, status_label
from ..model.project import Change
from .controller import DocumentController
from .panel_refresh import RefreshScheduler
from .placement_delegate import PlacementDelegate
from .placement_form import PlacementForm, _no_change, placement_op
from .placement_model import ALL, CONFLICTS, NOT_PLACED, PROGRESS, PlacementTableModel
from .placement_states import KeptStates


def _changes_choices(change: Change, scenario_id: str) -> bool:
    """Whether an edit changes the editor's lists (the scenario's unit paths, places)."""
    if change.kind == "unit" and change.org_id != scenario_id:
        return False
    if change.kind in ("unit", "location"):
        return change.action != "changed" or bool({"name", "parent_id", "sort_order"} & set(change.fields))
    return change.kind == "scenario"


class PlacementPanel(QWidget):
    """Dock widget for innplassering."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placement_panel")
        self.controller = controller
        self.model = PlacementTableModel(self)

        self.filter = QComboBox()
        self.filter.setObjectName("placement_filter")
        self.filter.setAccessibleName(self.tr("Vis stillinger"))
        self.filter.addItem(self.tr("Alle stillinger"), ALL)
        self.filter.addItem(self.tr("Ikke plassert"), NOT_PLACED)
        self.filter.addItem(self.tr("Konflikter"), CONFLICTS)
        for status in PlacementStatus.ALL:
            self.filter.addItem(self.tr("Status: {0}").format(status_label(status)), status)
        self.search = QLineEdit()
        self.search.setObjectName("placement_search")
        self.search.setPlaceholderText(self.tr("Søk navn eller tittel"))
        self.search.setAccessibleName(self.tr("Søk i stillinger"))
        self.by_level = QCheckBox(self.tr("Etter &nivå (ovenfra og ned)"))
        self.by_level.setObjectName("placement_by_level")
        self.only_selected = QCheckBox(self.tr("Bare val&gt enhet"))
        self.only_selected.setObjectName("placement_only_selected")
        self.progress = QLabel()
        self.progress.setObjectName("placement_progress")

        self.table = QTableView()
        self.table.setObjectName("placement_table")
        self.table.setAccessibleName(self.tr("Stillinger og innplassering"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragOnly)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 170, 110, 220, 150, 55, 240, 130, 95, 160)):
            header.resizeSection(col, width)

        self.delegate = PlacementDelegate(controller, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        self.model.commit = self._commit_cell
        self.form = PlacementForm(controller)
        self.editor = self.form  # the form's group box
        self.info, self.unit, self.work_place = self.form.info, self.form.unit, self.form.work_place
        self.status, self.note, self.wishes = self.form.status, self.form.note, self.form.wishes
        self.unplace_button = self.form.unplace_button

        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.by_level)
        top.addWidget(self.only_selected)
        box = self.form
        # the form scrolls, so the dock (and the main window) can be low
        scroll = QScrollArea()
        scroll.setObjectName("placement_editor_scroll")
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(box.minimumWidth() + scroll.verticalScrollBar().sizeHint().width())
        self.editor_scroll = scroll
        split = QSplitter(Qt.Horizontal)
        split.setObjectName("placement_splitter")
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(split, 1)

        self._updates = RefreshScheduler(self, self._flush)
        self._pending: list[Change] = []  # edits not yet followed
        self._full = False  # only a full refresh will do
        self._choices_stale = True
        self._states = KeptStates()  # the tables of alternatives shown before, for switching back
        self._progress: Any = None  # pa.progress of the table shown, None until computed
        self.filter.currentIndexChanged.connect(self._options_changed)
        self.search.textChanged.connect(self._options_changed)
        self.by_level.toggled.connect(self._options_changed)
        self.only_selected.toggled.connect(self._options_changed)
        self.table.selectionModel().selectionChanged.connect(self._rows_chosen)
        self.table.selectionModel().currentChanged.connect(self._current_moved)
        controller.edited.connect(self._edited)
        controller.scenarioChanged.connect(self._reload)
        controller.projectReplaced.connect(self._reload)
        controller.selectionChanged.connect(self._selection_changed)
        self.refresh()

    # -- refresh -------------------------------------------------------------------
    @property
    def _stale(self) -> bool:
        """Edits wait until the panel is on screen."""
        return self._updates.stale

    def _reload(self, *_args: Any) -> None:
        """Another project or scenario: one full refresh (open emits two signals)."""
        m = self.model
        if not self._full and not self._pending and m.project is self.controller.project:
            self._states.keep(m, self._progress)  # up to date: kept for switching back
        self._full = True
        self._pending = []
        self._choices_stale = True
        self._updates.request(0)

    def _edited(self, changes: list[Change]) -> None:
        """Follow an edit shortly after (several edits at once), only while on screen."""
        self._states.forget(changes)
        self._choices_stale = self._choices_stale or any(
            _changes_choices(c, self.controller.scenario_id) for c in changes
        )
        if not self._full:
            self._pending.extend(changes)
            if len(self._pending) > 5000:  # a long hidden spell: start afresh
                self._full, self._pending = True, []
        self._updates.request()

    def _flush(self) -> None:
        changes, self._pending = self._pending, []
        what = None if self._full else self.model.update(changes)
        if what is None:
            self.refresh()
            return
        if PROGRESS in what:
            self._progress = None
            self._update_progress()
        if self.chosen_positions():
            self._load_editor()

    def _options_changed(self, *_args: Any) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._full = False
        self._pending = []
        self._updates.done()
        chosen = self.chosen_positions()
        m = self.model
        m.filter = self.filter.currentData() or ALL
        m.text = self.search.text()
        m.by_level = self.by_level.isChecked()
        sc = self.controller.scenario()
        m.within = None
        if self.only_selected.isChecked() and sc is not None:
            units = [u for u in self.controller.selected_units() if u in sc.units]
            m.within = {d for u in units for d in (u, *sc.descendants(u))}
        self._progress = self._states.restore(m, self.controller.project, sc)
        if self._progress is None:
            m.set_scenario(self.controller.project, sc)
        self.table.setColumnHidden(0, not m.by_level)
        self._update_progress()
        self.select_positions(chosen)

    def _update_progress(self) -> None:
        sc = self.controller.scenario()
        if sc is None:
            self.progress.setText(self.tr("Ingen alternativ valgt"))
            return
        if self._progress is None:
            self._progress = pa.progress(self.controller.project, sc)
        prog = self._progress
        share = round(100 * prog.share_placed)
        self.progress.setText(
            self.tr("Plassert {0} av {1} ({2} %) · ikke plassert {3} · konflikter {4} · viser {5}").format(
                prog.placed,
                prog.total,
                share,
                prog.not_placed,
                self.model.conflict_count,
                len(self.model.rows),
            )
        )

    def _fill_choices(self) -> None:
        """Fill the form's lists (units, places); done when the form needs them."""
        self._choices_stale = False
        self.form.fill_choices()

    # -- selection -----------------------------------------------------------------
    def chosen_positions(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.position_id(r) for r in rows if r < len(self.model.rows)]

    def select_positions(self, position_ids: list[str]) -> None:
        sel = self.table.selectionModel()
        selection = QItemSelection()
        for pid in dict.fromkeys(position_ids):
            row = self.model.row_of(pid)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, 0))
        sel.blockSignals(True)
        sel.select(selection, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        sel.blockSignals(False)
        self.table.viewport().update()
        self._load_editor()

    def _rows_chosen(self, *_args: Any) -> None:
        self._load_editor()
        chosen = self.chosen_positions()
        if chosen:
            self.controller.select([("position", p) for p in chosen], origin=self)

    def _current_moved(self, current: Any, _previous: Any) -> None:
        """Tab into the table makes a row current without choosing it: choose it when none is."""
        if current.isValid() and self.table.hasFocus() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(current.row())

    def _selection_changed(self, items: list, origin: object) -> None:
        if origin is self:
            return
        if self.only_selected.isChecked():
            self.refresh()
        positions = [i for k, i in items if k == "position"]
        if positions:
            self.select_positions(positions)

    # -- editing -------------------------------------------------------------------
    def _load_editor(self) -> None:
        if self._choices_stale and self.chosen_positions():
            self._fill_choices()
        self.form.load(self.chosen_positions() if self.controller.scenario() is not None else [])

    def _commit_cell(self, position_id: str, changes: dict[str, Any]) -> bool:
        """A cell edit: on every selected row when the edited row is one of several selected."""
        chosen = self.chosen_positions()
        targets = chosen if position_id in chosen and len(chosen) > 1 else [position_id]
        if _no_change(self.controller, targets, changes):
            return False
        try:
            op = placement_op(self.controller, targets, changes)
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        if len(targets) > 1:
            self.controller.statusMessage.emit(self.tr("Endret %n valgte stillinger", "", len(targets)))
        return self.controller.run(op)

    def save(self) -> bool:
        """Apply a note typed in the form but not yet left (every other field applies at once)."""
        return self.form.apply_note()

    def unplace(self) -> bool:
        return self.form.unplace()
