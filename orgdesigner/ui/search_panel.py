"""Søk (Ctrl+F): units by name, positions by person name, employee number or title.

Choosing a result selects it (the outline and chart follow), and ``chosen``
tells the main window to expand its ancestors and centre it in the chart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..analysis.search import Hit, SearchIndex
from ..model import Change
from .controller import DocumentController


class SearchPanel(QWidget):
    """A query field and a results list."""

    #: (kind, id) of the result the user chose
    chosen = Signal(str, str)
    LIMIT = 200

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("search_panel")
        self.setAccessibleName(self.tr("Søk"))
        self.index = SearchIndex(controller.project, controller.scenario())
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setPlaceholderText(self.tr("Enhet, navn, ansattnummer eller tittel"))
        self.query.setAccessibleName(self.tr("Søketekst"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("Søkeresultater"))
        self.summary = QLabel()
        self.summary.setObjectName("search_summary")
        label = QLabel(self.tr("&Søk etter:"))
        label.setBuddy(self.query)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self.choose)
        controller.projectReplaced.connect(self._rebind)
        controller.scenarioChanged.connect(lambda *_: self._rebind())
        controller.edited.connect(self._on_edited)

    def focus_query(self) -> None:
        self.query.setFocus(Qt.ShortcutFocusReason)
        self.query.selectAll()

    def _rebind(self) -> None:
        self.index = SearchIndex(self.controller.project, self.controller.scenario())
        if self.query.text():
            self._timer.start()

    def _on_edited(self, changes: list[Change]) -> None:
        if any(c.kind in ("unit", "position", "person", "placement", "scenario") for c in changes):
            self.index.scenario = self.controller.scenario()
            self.index.invalidate()
            if self.query.text():
                self._timer.start()

    def run(self) -> list[Hit]:
        """Search now for the query text; fills the results list."""
        self._timer.stop()
        hits = self.index.search(self.query.text(), limit=self.LIMIT)
        self.results.clear()
        for hit in hits:
            prefix = self.tr("Enhet") if hit.kind == "unit" else self.tr("Stilling")
            item = QListWidgetItem(f"{hit.label}\n    {prefix}: {hit.detail}")
            item.setData(Qt.UserRole, (hit.kind, hit.id))
            item.setData(Qt.AccessibleTextRole, f"{prefix}: {hit.label}, {hit.detail}")
            item.setToolTip(hit.detail)
            self.results.addItem(item)
        if not self.query.text().strip():
            self.summary.setText("")
        elif len(hits) >= self.LIMIT:
            self.summary.setText(
                self.tr("Viser de første %n treffene; skriv mer for å snevre inn", "", len(hits))
            )
        elif hits:
            self.summary.setText(self.tr("%n treff", "", len(hits)))
        else:
            self.summary.setText(self.tr("Ingen treff"))
        if hits:
            self.results.setCurrentRow(0)
        return hits

    def _enter(self) -> None:
        if self._timer.isActive() or self.results.count() == 0:
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self.choose(item)

    def keyPressEvent(self, event: Any) -> None:
        if self.query.hasFocus() and event.key() in (Qt.Key_Down, Qt.Key_Up):
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def choose(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(Qt.UserRole)
        sc = self.controller.scenario()
        if kind == "unit":
            self.controller.select([("unit", item_id)], self)
        else:
            unit = sc.unit_of(item_id) if sc else None
            selection = [("unit", unit)] if unit else []
            self.controller.select([*selection, ("position", item_id)], self)
        self.chosen.emit(kind, item_id)
