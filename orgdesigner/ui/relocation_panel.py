"""Lokalisering dock: the relocation impact of the current scenario.

Three tables from ``analysis.relocation`` — per unit, old place → new place,
and jobs per old kommune's territory before and after — and a summary line.
Recomputed after each edit (batched: once per undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
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

from ..analysis import relocation as rl
from .controller import DocumentController


def _num(value: float, decimals: int = 0) -> str:
    """Norwegian number text: 1 234,5."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")


class RowsModel(QAbstractTableModel):
    """Read-only rows of text (figures right-aligned); cheap at 50 000 rows."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

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
            return self.rows[index.row()][index.column()]
        if role == Qt.TextAlignmentRole and index.column() > 0:
            text = self.rows[index.row()][index.column()]
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
        self.only_moves.toggled.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("relocation_tabs")
        self.per_unit = self._table(
            "relocation_per_unit",
            [
                self.tr("Enhet"),
                self.tr("Lokasjon"),
                self.tr("Innplassert"),
                self.tr("Bytter"),
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._stale = False
        controller.edited.connect(lambda _c: self._edited())
        controller.scenarioChanged.connect(lambda _s: self.refresh())
        controller.projectReplaced.connect(self.refresh)
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
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, len(headers)):
            header.resizeSection(col, max(90, self.fontMetrics().horizontalAdvance(headers[col]) + 24))
        return t

    @staticmethod
    def _fill(table: QTableView, rows: list[list[str]]) -> None:
        table.model().set_rows(rows)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _edited(self) -> None:
        """Recompute now when shown; a hidden panel waits until it is shown."""
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        project = self.controller.project
        sc = self.controller.scenario()
        if sc is None:
            self.summary.setText(self.tr("Ingen alternativ valgt"))
            for t in (self.per_unit, self.pairs, self.territories, self.movers):
                self._fill(t, [])
            return
        ms = rl.moves(project, sc)  # once, for every table
        s = rl.summary(project, sc, ms)
        text = self.tr("{0} av {1} innplasserte bytter arbeidssted ({2} årsverk).").format(
            s.relocated, s.placed, _num(s.fte_relocated, 1)
        )
        unknown = s.unknown_new_place + s.unknown_old_place
        if unknown:
            text += " " + self.tr("For {0} er gammelt eller nytt arbeidssted ukjent.").format(unknown)
        self.summary.setText(text)
        only = self.only_moves.isChecked()
        unit_rows = []
        for r in rl.per_unit(project, sc, ms):
            if only and not r.relocated:
                continue
            u = sc.units[r.unit_id]
            place = rl.place_name(project, u.location_id) if u.location_id else "–"
            unit_rows.append(
                [sc.path(u.id), place, _num(r.placed), _num(r.relocated), _num(r.fte_relocated, 1)]
            )
        self._fill(self.per_unit, unit_rows)
        self._fill(
            self.pairs,
            [
                [
                    rl.place_name(project, p.old_place),
                    rl.place_name(project, p.new_place),
                    _num(p.positions),
                    _num(p.fte, 1),
                ]
                for p in rl.place_table(project, sc, only_relocated=only, ms=ms)
            ],
        )
        self._fill(
            self.territories,
            [
                [
                    rl.territory_name(project, t.territory),
                    _num(t.positions_before),
                    _num(t.positions_after),
                    f"{t.change:+d}",
                    _num(t.fte_before, 1),
                    _num(t.fte_after, 1),
                ]
                for t in rl.territories(project, sc)
            ],
        )
        movers = []
        for m in rl.relocated(project, sc, ms):
            pos = project.positions[m.position_id]
            person = project.persons.get(pos.person_id or "")
            movers.append(
                [
                    person.name if person else self.tr("Vakant"),
                    pos.title,
                    sc.units[m.unit_id].name,
                    rl.place_name(project, m.old_place),
                    rl.place_name(project, m.new_place),
                ]
            )
        self._fill(self.movers, movers)
