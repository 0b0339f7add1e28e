""" "Flytt til…": a searchable unit picker, the keyboard equivalent of a drag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from .controller import DocumentController


class MoveDialog(QDialog):
    """Lists the scenario's units by path; typing filters; Enter chooses."""

    def __init__(
        self, controller: DocumentController, exclude: set[str] | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Flytt til"))
        self.setObjectName("move_dialog")
        self.resize(520, 480)
        self.filter = QLineEdit()
        self.filter.setObjectName("move_filter")
        self.filter.setPlaceholderText(self.tr("Skriv for å søke etter enhet"))
        self.filter.setAccessibleName(self.tr("Søk etter enhet"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("move_list")
        self.list.setAccessibleName(self.tr("Enheter"))
        label = QLabel(self.tr("&Flytt til enheten:"))
        label.setBuddy(self.filter)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Flytt"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        sc = controller.scenario()
        exclude = exclude or set()
        if sc is not None:
            for uid, depth in sc.walk():
                if uid in exclude:
                    continue
                item = QListWidgetItem("    " * depth + sc.units[uid].name)
                item.setData(Qt.UserRole, uid)
                item.setData(Qt.UserRole + 1, sc.path(uid).lower())
                item.setToolTip(sc.path(uid))
                self.list.addItem(item)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.apply_filter("")

    def apply_filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hay = item.data(Qt.UserRole + 1)
            hidden = not all(w in hay for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(first)

    def keyPressEvent(self, event: Any) -> None:
        # arrow keys in the filter move through the list
        if self.filter.hasFocus() and event.key() in (Qt.Key_Down, Qt.Key_Up, Qt.Key_PageDown, Qt.Key_PageUp):
            self.list.setFocus()
            self.list.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def selected_unit(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.UserRole)

    def choose(self) -> str | None:
        """Run the dialog; the chosen unit id or None."""
        if self.exec() != QDialog.Accepted:
            return None
        return self.selected_unit()
