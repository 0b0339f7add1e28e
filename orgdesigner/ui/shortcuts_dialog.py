"""Hjelp → Hurtigtaster: every action with its keyboard shortcut, for keyboard and screen-reader users."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    """A read-only table: action, shortcut, what it does."""

    def __init__(self, actions: list[QAction], parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hurtigtaster"))
        self.setObjectName("shortcuts_dialog")
        self.resize(640, 560)
        rows = sorted(
            ((a.text().replace("&", ""), a.shortcuts(), a.statusTip()) for a in actions if a.shortcuts()),
            key=lambda r: r[0].lower(),
        )
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Hurtigtaster"))
        self.table.setHorizontalHeaderLabels([self.tr("Handling"), self.tr("Tast"), self.tr("Beskrivelse")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        for row, (text, keys, tip) in enumerate(rows):
            shown = ", ".join(k.toString(QKeySequence.NativeText) for k in keys)
            for col, value in enumerate((text, shown, tip)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
