"""Lokalisering dock: the relocation impact of the current scenario.

Three tables from ``analysis.relocation`` — per unit, old place → new place,
and jobs per old kommune's territory before and after — and a summary line.
Recomputed after the edits that change it (placements, positions, places, units'
location, names and order), shortly after them, and only while the panel is on screen
(a hidden dock tab catches up when raised). Cell texts are made when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..analysis import placement as pa
from ..analysis import relocation as rl
from ..gcpause import gc_paused
from ..model.project import Change
from .controller import DocumentController
from .panel_refresh import RefreshScheduler

FULL = "full"  # recompute everything
UNITS = "units"  # unit names or order changed: the per-unit table and the names of units


def _num(value: float, decimals: int = 0) -> str:
    """A number in the app's language (orgdesigner.formatting): 1 234,5."""
    return formatting.number(value, decimals)


def _same(row: Any) -> list[str]:
    return row


class RowsModel(QAbstractTableModel):
    """Read-only rows of text (figures right-aligned); cheap at 50 000 rows.

    ``set_rows(items, text)``: one item per row, ``text(item)`` makes the row's
    cells when the view first asks for them.
    """

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.items: list[Any] = []
        self._text: Callable[[Any], list[str]] = _same
        self._cache: dict[int, list[str]] = {}

    def set_rows(self, items: list[Any], text: Callable[[Any], list[str]] = _same) -> None:
        self.beginResetModel()
        self.items, self._text, self._cache = items, text, {}
        self.endResetModel()

    def repaint(self) -> None:
        """The texts may have changed (a renamed unit): make them again."""
        self._cache = {}
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(self.headers) - 1))

    def row(self, n: int) -> list[str]:
        cells = self._cache.get(n)
        if cells is None:
            cells = self._cache[n] = self._text(self.items[n])
        return cells

    @property
    def rows(self) -> list[list[str]]:
        return [self.row(n) for n in range(len(self.items))]

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Any, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return self.row(index.row())[index.column()]
        if role == Qt.TextAlignmentRole and index.column() > 0:
            text = self.row(index.row())[index.column()]
            if text[:1] in "+-0123456789":
                return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class RelocationPanel(QWidget):
    """Who changes work place, per unit, from where to where, and per old kommune."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relocation_panel")
        self.controller = controller
        self.summary = QLabel()
        self.summary.setObjectName("relocation_summary")
        self.summary.setWordWrap(True)
        self.only_moves = QCheckBox(self.tr("Bare de som bytter arbeidssted"))
        self.only_moves.setObjectName("relocation_only_moves")
        self.only_moves.toggled.connect(lambda _on: self.refresh())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("relocation_tabs")
        self.per_unit = self._table(
            "relocation_per_unit",
            [
                self.tr("Enhet"),
                self.tr("Lokasjon"),
                self.tr("Innplassert"),
                self.tr("Bytter"),
                self.tr("Ukjent sted"),
                self.tr("Andel som bytter"),
                self.tr("Årsverk som bytter"),
            ],
        )
        self.pairs = self._table(
            "relocation_pairs",
            [self.tr("Fra"), self.tr("Til"), self.tr("Stillinger"), self.tr("Årsverk")],
        )
        self.territories = self._table(
            "relocation_territories",
            [
                self.tr("Område (gammel kommune)"),
                self.tr("Stillinger før"),
                self.tr("Stillinger etter"),
                self.tr("Endring"),
                self.tr("Årsverk før"),
                self.tr("Årsverk etter"),
            ],
        )
        self.movers = self._table(
            "relocation_movers",
            [self.tr("Navn"), self.tr("Tittel"), self.tr("Ny enhet"), self.tr("Fra"), self.tr("Til")],
        )
        self.tabs.addTab(self.per_unit, self.tr("Per enhet"))
        self.tabs.addTab(self.pairs, self.tr("Fra – til"))
        self.tabs.addTab(self.territories, self.tr("Per kommune"))
        self.tabs.addTab(self.movers, self.tr("Hvem bytter"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.only_moves)
        self._updates = RefreshScheduler(self, self._flush)
        self._todo: str | None = None  # FULL or UNITS: what the next update must redo
        self._ms: list[rl.Move] = []  # the moves of the last refresh
        self._impacts: dict[str, rl.UnitImpact] = {}
        controller.edited.connect(self._edited)
        controller.scenarioChanged.connect(self._reload)
        controller.projectReplaced.connect(self._reload)
        self.refresh()

    def _table(self, name: str, headers: list[str]) -> QTableView:
        t = QTableView()
        t.setObjectName(name)
        t.setModel(RowsModel(headers, t))
        t.setAccessibleName(headers[0])
        t.setEditTriggers(QAbstractItemView.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectRows)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)  # columns as wide as what they hold
        header.setStretchLastSection(True)
        return t

    @staticmethod
    def _fill(table: QTableView, items: list[Any], text: Callable[[Any], list[str]] = _same) -> None:
        table.model().set_rows(items, text)

    @property
    def _stale(self) -> bool:
        """Edits wait until the panel is on screen."""
        return self._updates.stale

    def _reload(self, *_args: Any) -> None:
        """Another project or scenario: one refresh (opening a file emits two signals)."""
        self._todo = FULL
        self._updates.request(0)

    def _edited(self, changes: list[Change]) -> None:
        """Recompute shortly after an edit that matters here, only while on screen."""
        need = self._need(changes)
        if need is None:
            return
        if self._todo != FULL:
            self._todo = need
        self._updates.request()

    def _need(self, changes: list[Change]) -> str | None:
        """FULL, UNITS (unit names or order: the per-unit table) or None (nothing shown changes)."""
        sc = self.controller.scenario()
        need = None
        for c in changes:
            if c.kind in ("relation", "settings", "scenario"):
                continue
            if c.kind in ("unit", "placement"):
                if sc is None or c.org_id != sc.id:
                    continue  # another scenario, or an old kommune's units (not shown here)
                if c.kind == "unit" and c.action == "changed" and "location_id" not in c.fields:
                    if set(c.fields) & {"name", "parent_id", "sort_order"}:
                        need = UNITS
                    continue
            return FULL  # placements, positions, persons, places, sources, units added/removed
        return need

    def _flush(self) -> None:
        todo, self._todo = self._todo, None
        if todo == UNITS and self.controller.scenario() is not None:
            self._fill_units()
            self.movers.model().repaint()
        elif todo is not None:
            self.refresh()

    def _fill_units(self) -> None:
        """The per-unit table, in chart order, from the figures of the last refresh."""
        project = self.controller.project
        sc = self.controller.scenario()
        impacts = self._impacts
        order = [uid for uid, _ in sc.walk()]
        seen = set(order)
        order += [uid for uid in impacts if uid not in seen]
        rows = [impacts.get(uid) or rl.UnitImpact(uid) for uid in order if uid in sc.units]
        if self.only_moves.isChecked():
            rows = [r for r in rows if r.relocated]
        paths = pa.unit_paths(sc)

        def text(r: rl.UnitImpact) -> list[str]:
            u = sc.units.get(r.unit_id)
            if u is None:
                return ["", "", "", "", "", "", ""]
            place = rl.place_name(project, u.location_id) if u.location_id else "–"
            share = r.share
            return [
                paths.get(u.id, u.name),
                place,
                _num(r.placed),
                _num(r.relocated) if r.known or not r.placed else "–",
                _num(r.unknown),
                "–" if share is None else f"{round(100 * share)} %",
                _num(r.fte_relocated, 1),
            ]

        self._fill(self.per_unit, rows, text)

    def refresh(self) -> None:
        self._todo = None
        self._updates.done()
        project = self.controller.project
        sc = self.controller.scenario()
        if sc is None:
            self.summary.setText(self.tr("Ingen alternativ valgt"))
            self._ms, self._impacts = [], {}
            for t in (self.per_unit, self.pairs, self.territories, self.movers):
                self._fill(t, [])
            return
        with gc_paused():
            self._compute(project, sc)

    def _compute(self, project: Any, sc: Any) -> None:
        ms = self._ms = rl.moves(project, sc)  # once, for every table
        s = rl.summary(project, sc, ms)
        text = self.tr("{0} av {1} innplasserte bytter arbeidssted ({2} årsverk).").format(
            s.relocated, s.placed, _num(s.fte_relocated, 1)
        )
        if s.unknown:
            text += " " + self.tr(
                "For {0} er gammelt eller nytt arbeidssted ukjent; de er holdt utenfor, ikke regnet som «bytter ikke»."
            ).format(s.unknown)
        self.summary.setText(text)
        only = self.only_moves.isChecked()
        self._impacts = {r.unit_id: r for r in rl.per_unit(project, sc, ms)}
        self._fill_units()
        self._fill(
            self.pairs,
            rl.place_table(project, sc, only_relocated=only, ms=ms),
            lambda p: [
                rl.place_name(project, p.old_place),
                rl.place_name(project, p.new_place),
                _num(p.positions),
                _num(p.fte, 1),
            ],
        )
        self._fill(
            self.territories,
            rl.territories(project, sc, ms),
            lambda t: [
                rl.territory_name(project, t.territory),
                _num(t.positions_before),
                _num(t.positions_after),
                f"{t.change:+d}",
                _num(t.fte_before, 1),
                _num(t.fte_after, 1),
            ],
        )
        vacant = self.tr("Vakant")

        def mover(m: rl.Move) -> list[str]:
            pos = project.positions.get(m.position_id)
            if pos is None:
                return ["", "", "", "", ""]
            person = project.persons.get(pos.person_id or "")
            unit = sc.units.get(m.unit_id)
            return [
                person.name if person else vacant,
                pos.title,
                unit.name if unit else "",
                rl.place_name(project, m.old_place),
                rl.place_name(project, m.new_place),
            ]

        self._fill(self.movers, rl.relocated(project, sc, ms), mover)
