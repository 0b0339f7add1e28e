"""Innplassering dock: the positions with their placement in the current scenario.

A filter (status, not placed, conflicts), a search, a by-level order for the
top-down work (leaders of level 1, then level 2, …, then everyone else) and
"only the selected units". Below the table an editor for the chosen positions:
new unit, work place, status, note and up to three wishes; "Lagre" runs one op
(several positions: one undo step) and changes only the fields the user touched.

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
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..analysis import placement as pa
from ..model import ModelError, PlacementStatus, ops
from ..model.ops import Compound
from ..model.project import Change
from .controller import DocumentController
from .panel_refresh import RefreshScheduler
from .placement_model import ALL, CONFLICTS, NOT_PLACED, PROGRESS, PlacementTableModel

_KEEP = "\x00keep"  # combo data: several positions with different values, leave as is


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
        self._loading = False
        self._dirty: set[str] = set()

        self.filter = QComboBox()
        self.filter.setObjectName("placement_filter")
        self.filter.setAccessibleName(self.tr("Vis stillinger"))
        self.filter.addItem(self.tr("Alle stillinger"), ALL)
        self.filter.addItem(self.tr("Ikke plassert"), NOT_PLACED)
        self.filter.addItem(self.tr("Konflikter"), CONFLICTS)
        for status in PlacementStatus.ALL:
            self.filter.addItem(self.tr("Status: {0}").format(status), status)
        self.search = QLineEdit()
        self.search.setObjectName("placement_search")
        self.search.setPlaceholderText(self.tr("Søk navn eller tittel"))
        self.search.setAccessibleName(self.tr("Søk i stillinger"))
        self.by_level = QCheckBox(self.tr("Etter &nivå (ovenfra og ned)"))
        self.by_level.setObjectName("placement_by_level")
        self.only_selected = QCheckBox(self.tr("Bare &valgt enhet"))
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
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 170, 110, 220, 150, 55, 240, 130, 95, 160)):
            header.resizeSection(col, width)

        self.info = QLabel()
        self.info.setObjectName("placement_info")
        self.info.setWordWrap(True)
        self.unit = self._combo("placement_unit", self.tr("Ny enhet"), "unit")
        self.work_place = self._combo("placement_work_place", self.tr("Arbeidssted"), "work_place")
        self.status = self._combo("placement_status", self.tr("Status"), "status")
        self.note = QLineEdit()
        self.note.setObjectName("placement_note")
        self.note.setAccessibleName(self.tr("Merknad"))
        self.note.textEdited.connect(lambda _t: self._touch("note"))
        self.wishes = [
            self._combo(f"placement_wish{n}", self.tr("Ønske {0}").format(n), "wishes") for n in (1, 2, 3)
        ]
        self.save_button = QPushButton(self.tr("&Lagre innplassering"))
        self.save_button.setObjectName("placement_save")
        self.save_button.clicked.connect(self.save)
        self.unplace_button = QPushButton(self.tr("&Fjern innplassering"))
        self.unplace_button.setObjectName("placement_unplace")
        self.unplace_button.clicked.connect(self.unplace)

        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.by_level)
        top.addWidget(self.only_selected)
        form = QFormLayout()
        form.addRow(self.tr("Ny &enhet:"), self.unit)
        form.addRow(self.tr("&Arbeidssted:"), self.work_place)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Merknad:"), self.note)
        for n, w in enumerate(self.wishes, 1):
            form.addRow(self.tr("Ønske {0}:").format(n), w)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unplace_button)
        buttons.addWidget(self.save_button)
        box = QGroupBox(self.tr("Innplassering"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.info)
        box_layout.addLayout(form)
        box_layout.addStretch(1)
        box_layout.addLayout(buttons)
        self.editor = box
        box.setMinimumWidth(340)
        box.setToolTip(self.tr("Ønskene er den ansattes egne og ikke bindende"))
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
        self.filter.currentIndexChanged.connect(self._options_changed)
        self.search.textChanged.connect(self._options_changed)
        self.by_level.toggled.connect(self._options_changed)
        self.only_selected.toggled.connect(self._options_changed)
        self.table.selectionModel().selectionChanged.connect(self._rows_chosen)
        controller.edited.connect(self._edited)
        controller.scenarioChanged.connect(self._reload)
        controller.projectReplaced.connect(self._reload)
        controller.selectionChanged.connect(self._selection_changed)
        self.refresh()

    def _combo(self, name: str, label: str, field: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.activated.connect(lambda _i: self._touch(field))
        return combo

    def _touch(self, field: str) -> None:
        if not self._loading:
            self._dirty.add(field)

    # -- refresh -------------------------------------------------------------------
    @property
    def _stale(self) -> bool:
        """Edits wait until the panel is on screen."""
        return self._updates.stale

    def _reload(self, *_args: Any) -> None:
        """Another project or scenario: one full refresh (open emits two signals)."""
        self._full = True
        self._pending = []
        self._choices_stale = True
        self._updates.request(0)

    def _edited(self, changes: list[Change]) -> None:
        """Follow an edit shortly after (several edits at once), only while on screen."""
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
        m.set_scenario(self.controller.project, sc)
        self.table.setColumnHidden(0, not m.by_level)
        self._update_progress()
        self.select_positions(chosen)

    def _update_progress(self) -> None:
        sc = self.controller.scenario()
        if sc is None:
            self.progress.setText(self.tr("Ingen alternativ valgt"))
            return
        prog = pa.progress(self.controller.project, sc)
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
        """Fill the editor's lists (units, places); done when the editor needs them."""
        self._choices_stale = False
        self._loading = True
        sc = self.controller.scenario()
        project = self.controller.project
        units = list(pa.unit_paths(sc).items()) if sc else []  # chart order
        for combo, none_label in [(self.unit, self.tr("(ikke plassert)"))] + [
            (w, self.tr("–")) for w in self.wishes
        ]:
            combo.clear()
            combo.addItem(none_label, None)
            for uid, path in units:
                combo.addItem(path, uid)
        self.work_place.clear()
        self.work_place.addItem(self.tr("(enhetens lokasjon)"), None)
        for loc in sorted(project.locations.values(), key=lambda loc: loc.name.casefold()):
            self.work_place.addItem(loc.name, loc.id)
        self.status.clear()
        for s in PlacementStatus.ALL:
            self.status.addItem(s, s)
        self._loading = False

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

    def _selection_changed(self, items: list, origin: object) -> None:
        if origin is self:
            return
        if self.only_selected.isChecked():
            self.refresh()
        positions = [i for k, i in items if k == "position"]
        if positions:
            self.select_positions(positions)

    # -- editor --------------------------------------------------------------------
    def _load_editor(self) -> None:
        self._loading = True
        self._dirty.clear()
        chosen = self.chosen_positions()
        sc = self.controller.scenario()
        self.editor.setEnabled(bool(chosen) and sc is not None)
        project = self.controller.project
        if not chosen or sc is None:
            self.info.setText(self.tr("Velg en eller flere stillinger i tabellen."))
            self._loading = False
            return
        if self._choices_stale:
            self._fill_choices()
            self._loading = True
        pls = [sc.placements.get(p) for p in chosen]
        if len(chosen) == 1:
            pos = project.positions[chosen[0]]
            person = project.persons.get(pos.person_id or "")
            src = project.sources.get(pos.source_id)
            old_unit = src.path(pos.unit_id) if src and pos.unit_id in src.units else "–"
            old_place = (
                project.locations[pos.work_place_id].name if pos.work_place_id in project.locations else "–"
            )
            text = self.tr("{0} – {1} {2} % · {3}: {4} · arbeidssted {5}").format(
                person.name if person else self.tr("Vakant"),
                pos.title,
                f"{pos.fte_percent:g}".replace(".", ","),
                src.name if src else "",
                old_unit,
                old_place,
            )
            history = pa.history_of(project, sc, chosen[0])
            if history:
                last = history[-1]
                text += "\n" + self.tr("{0} endringer, sist {1} av {2}").format(
                    len(history), last.at.replace("T", " "), last.by or "?"
                )
            self.info.setText(text)
        else:
            self.info.setText(
                self.tr("{0} stillinger valgt – bare feltene du endrer, lagres").format(len(chosen))
            )
        self._show(self.unit, [pa.placed_unit(sc, p) for p in chosen])
        self._show(self.work_place, [pl.work_place_id if pl else None for pl in pls])
        self._show(self.status, [pl.status if pl else PlacementStatus.FORESLATT for pl in pls])
        notes = sorted({pl.note if pl else "" for pl in pls})
        self.note.setText(notes[0] if len(notes) == 1 else "")
        self.note.setPlaceholderText("" if len(notes) == 1 else self.tr("(ulike merknader)"))
        for n, combo in enumerate(self.wishes):
            self._show(combo, [(pl.wishes[n] if pl and len(pl.wishes) > n else None) for pl in pls])
        self._loading = False

    def _show(self, combo: QComboBox, values: list[Any]) -> None:
        keep = combo.findData(_KEEP)
        if keep >= 0:
            combo.removeItem(keep)
        if len(set(values)) > 1:
            combo.insertItem(0, self.tr("(ulike verdier)"), _KEEP)
            combo.setCurrentIndex(0)
            return
        idx = combo.findData(values[0])
        combo.setCurrentIndex(idx if idx >= 0 else 0)

    def save(self) -> bool:
        """Run one op for the fields the user changed on the chosen positions."""
        chosen = self.chosen_positions()
        sc = self.controller.scenario()
        if not chosen or sc is None or not self._dirty:
            return False
        changes: dict[str, Any] = {}
        if "unit" in self._dirty and self.unit.currentData() != _KEEP:
            changes["unit_id"] = self.unit.currentData()
        if "work_place" in self._dirty and self.work_place.currentData() != _KEEP:
            changes["work_place_id"] = self.work_place.currentData()
        if "status" in self._dirty and self.status.currentData() != _KEEP:
            changes["status"] = self.status.currentData()
        if "note" in self._dirty:
            changes["note"] = self.note.text().strip()
        wishes = [w.currentData() for w in self.wishes]
        if "wishes" in self._dirty and _KEEP not in wishes:
            changes["wishes"] = list(dict.fromkeys(w for w in wishes if w))
        if not changes:
            return False
        project = self.controller.project
        try:
            children = [ops.set_placement(project, sc.id, pid, **changes) for pid in chosen]
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        text = (
            self.tr("Innplassering")
            if len(chosen) == 1
            else self.tr("Innplassering av {0} stillinger").format(len(chosen))
        )
        ok = self.controller.run(Compound(children, text=text))
        self._dirty.clear()
        return ok

    def unplace(self) -> bool:
        chosen = self.chosen_positions()
        sc = self.controller.scenario()
        if not chosen or sc is None:
            return False
        return self.controller.run(ops.place_positions(self.controller.project, sc.id, chosen, None))
