"""Fil → Kildekommuner: the old kommuner in the project. Rename one, set its
kommunenummer, show its organisation today, update it from a new staff list, or
remove it with everything it brought (confirmed; each one undo step)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Change, ModelError
from ..model.asis import asis_id
from ..model.sources import remove_source, rename_source, set_source_number


class SourcesDialog(QDialog):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sources_dialog")
        self.setWindowTitle(self.tr("Kildekommuner"))
        self.resize(760, 360)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("sources_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Navn"),
                self.tr("Kommunenr."),
                self.tr("Enheter"),
                self.tr("Ansatte"),
                self.tr("Stillinger"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00;")
        self.rename_button = QPushButton(self.tr("&Gi nytt navn …"))
        self.rename_button.clicked.connect(lambda: self.rename())
        self.number_button = QPushButton(self.tr("&Kommunenummer …"))
        self.number_button.clicked.connect(lambda: self.set_number())
        self.show_button = QPushButton(self.tr("&Vis dagens organisasjon"))
        self.show_button.clicked.connect(self.show_asis)
        self.update_button = QPushButton(self.tr("&Oppdater fra ny ansattliste …"))
        self.update_button.clicked.connect(self.update_from_list)
        self.remove_button = QPushButton(self.tr("&Fjern …"))
        self.remove_button.clicked.connect(lambda: self.remove())
        side = QVBoxLayout()
        for b in (
            self.rename_button,
            self.number_button,
            self.show_button,
            self.update_button,
            self.remove_button,
        ):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(row, 1)
        box.addWidget(self.message)
        box.addWidget(buttons)
        controller.edited.connect(self._on_edited)
        self.fill()

    def _on_edited(self, changes: list[Change]) -> None:
        if any(c.kind in ("source", "person", "position") for c in changes):
            self.fill()

    def fill(self) -> None:
        project = self.controller.project
        keep = self.current()
        persons: dict[str, int] = {}
        positions: dict[str, int] = {}
        for p in project.persons.values():
            persons[p.source_id] = persons.get(p.source_id, 0) + 1
        for p in project.positions.values():
            positions[p.source_id] = positions.get(p.source_id, 0) + 1
        self.ids = list(project.sources)
        self.table.setRowCount(len(self.ids))
        for n, sid in enumerate(self.ids):
            src = project.sources[sid]
            for c, text in enumerate(
                [
                    src.name,
                    src.number,
                    str(len(src.units)),
                    str(persons.get(sid, 0)),
                    str(positions.get(sid, 0)),
                ]
            ):
                self.table.setItem(n, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.ids:
            self.table.selectRow(self.ids.index(keep) if keep in self.ids else 0)
        for b in (
            self.rename_button,
            self.number_button,
            self.show_button,
            self.update_button,
            self.remove_button,
        ):
            b.setEnabled(bool(self.ids))

    def current(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        ids = getattr(self, "ids", [])
        return ids[rows[0].row()] if rows and rows[0].row() < len(ids) else None

    # -- asking (tests replace these) ---------------------------------------------
    def ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def _run(self, build: Any) -> bool:
        try:
            op = build()
        except ModelError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        return self.controller.run(op)

    # -- commands -------------------------------------------------------------------
    def rename(self, name: str | None = None) -> bool:
        sid = self.current()
        if sid is None:
            return False
        src = self.controller.project.sources[sid]
        name = (
            name
            if name is not None
            else self.ask_text(self.tr("Gi nytt navn"), self.tr("Kommunens navn:"), src.name)
        )
        if not name or name.strip() == src.name:
            return False
        return self._run(lambda: rename_source(self.controller.project, sid, name))

    def set_number(self, number: str | None = None) -> bool:
        sid = self.current()
        if sid is None:
            return False
        src = self.controller.project.sources[sid]
        number = (
            number
            if number is not None
            else self.ask_text(self.tr("Kommunenummer"), self.tr("Kommunenummer (fire sifre):"), src.number)
        )
        if number is None or number.strip() == src.number:
            return False
        return self._run(lambda: set_source_number(self.controller.project, sid, number))

    def show_asis(self) -> None:
        sid = self.current()
        if sid is not None:
            self.controller.set_scenario(asis_id(sid))

    def update_from_list(self) -> bool:
        """A new staff list for this kommune: the staff importer, then the change report."""
        from .import_wizard import offered_importers, run_import

        sid = self.current()
        importer = next((i for i in offered_importers(self.controller) if i.id == "staff_list"), None)
        if sid is None or importer is None:
            self.message.setText(self.tr("Ingen importør for ansattlister er slått på."))
            return False
        return run_import(self, self.controller, importer, kommune=self.controller.project.sources[sid].name)

    def remove(self) -> bool:
        sid = self.current()
        if sid is None:
            return False
        project = self.controller.project
        src = project.sources[sid]
        n = sum(1 for p in project.positions.values() if p.source_id == sid)
        text = (
            self.tr(
                "Fjerne «%1» med dagens organisasjon (%2 enheter), %3 stillinger og deres innplasseringer i "
                "alle alternativer? Du kan angre med Ctrl+Z."
            )
            .replace("%1", src.name)
            .replace("%2", str(len(src.units)))
            .replace("%3", str(n))
        )
        if not self.confirm(self.tr("Fjern kildekommune"), text):
            return False
        if self.controller.scenario_id == asis_id(sid):
            self.controller.set_scenario(next(iter(project.scenarios), ""))
        return self._run(lambda: remove_source(project, sid))
