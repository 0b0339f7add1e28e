"""The list of locations (work places): add, edit and remove, each as an undoable op.

A unit's location is set in the property panel; here the list itself is kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import ModelError
from ..model.locations import add_location, edit_location, remove_location, users
from .controller import DocumentController


class LocationsDialog(QDialog):
    """Lokasjoner: name, address and the old kommune whose territory it lies in."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locations_dialog")
        self.setWindowTitle(self.tr("Lokasjoner"))
        self.controller = controller
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("locations_table")
        self.table.setAccessibleName(self.tr("Lokasjoner"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Navn"), self.tr("Adresse"), self.tr("Område (gammel kommune)"), self.tr("Brukes av")]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name = QLineEdit()
        self.name.setObjectName("location_name")
        self.name.setAccessibleName(self.tr("Navn"))
        self.address = QLineEdit()
        self.address.setObjectName("location_address")
        self.address.setAccessibleName(self.tr("Adresse"))
        self.territory = QComboBox()
        self.territory.setObjectName("location_territory")
        self.territory.setAccessibleName(self.tr("Område"))
        self.add_button = QPushButton(self.tr("&Legg til"))
        self.add_button.setObjectName("location_add")
        self.save_button = QPushButton(self.tr("&Lagre endring"))
        self.save_button.setObjectName("location_save")
        self.remove_button = QPushButton(self.tr("&Fjern"))
        self.remove_button.setObjectName("location_remove")
        self.message = QLabel()
        self.message.setObjectName("location_message")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(self.tr("&Lukk"))
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("&Område:"), self.territory)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._load)
        controller.edited.connect(lambda _c: self.refresh())
        self.refresh()
        self.resize(880, 520)

    def refresh(self) -> None:
        project = self.controller.project
        current = self.current_id()
        self.territory.clear()
        self.territory.addItem(self.tr("(ukjent)"), "")
        for src in project.sources.values():
            self.territory.addItem(src.name, src.id)
        locs = sorted(project.locations.values(), key=lambda loc: loc.name.casefold())
        self.table.blockSignals(True)
        self.table.setRowCount(len(locs))
        for r, loc in enumerate(locs):
            src = project.sources.get(loc.territory)
            use = users(project, loc.id)
            used = self.tr("{0} enheter, {1} stillinger").format(
                use["units"], use["positions"] + use["placements"]
            )
            for c, text in enumerate([loc.name, loc.address, src.name if src else "", used]):
                item = QTableWidgetItem(text)
                item.setData(256, loc.id)  # Qt.UserRole
                self.table.setItem(r, c, item)
            if loc.id == current:
                self.table.selectRow(r)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._load()

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(256) if item else None

    def select(self, location_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(256) == location_id:
                self.table.selectRow(r)
                return

    def _load(self) -> None:
        loc = self.controller.project.locations.get(self.current_id() or "")
        self.save_button.setEnabled(loc is not None)
        self.remove_button.setEnabled(loc is not None)
        if loc is None:
            return
        self.name.setText(loc.name)
        self.address.setText(loc.address)
        idx = self.territory.findData(loc.territory)
        self.territory.setCurrentIndex(max(idx, 0))

    def _run(self, make) -> bool:
        try:
            op = make()
        except ModelError as exc:
            self.message.setText(str(exc))
            return False
        ok = self.controller.run(op)
        self.message.setText("" if ok else self.tr("Endringen ble ikke gjort"))
        return ok

    def add(self) -> bool:
        project = self.controller.project
        name = self.name.text()
        ok = self._run(
            lambda: add_location(project, name, self.address.text(), self.territory.currentData() or "")
        )
        if ok:
            match = [loc.id for loc in project.locations.values() if loc.name == name.strip()]
            if match:
                self.select(match[0])
        return ok

    def save(self) -> bool:
        lid = self.current_id()
        if lid is None:
            return False
        project = self.controller.project
        return self._run(
            lambda: edit_location(
                project,
                lid,
                name=self.name.text(),
                address=self.address.text(),
                territory=self.territory.currentData() or "",
            )
        )

    def remove(self) -> bool:
        lid = self.current_id()
        if lid is None:
            return False
        return self._run(lambda: remove_location(self.controller.project, lid))
