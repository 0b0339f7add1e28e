"""Hjelp → Hurtigtaster (F1): every shortcut of the window and every key of the chart.

The list is made from what is really there when it opens: every QAction of the main window
(its own, those the installers and plugins add, those on its panels) that has a shortcut, where
it works, and the chart's own keys (:mod:`orgdesigner.ui.chart_keys`). A filter field narrows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import chart_keys


def window_actions(win: QWidget) -> list[QAction]:
    """Every action of ``win`` and its widgets (menus, panels, the chart), each once."""
    seen: dict[int, QAction] = {}
    widgets = [win, *win.findChildren(QWidget)]
    own = [a for w in widgets for a in QWidget.actions(w)]  # the main window's .actions shadows it
    for act in [*win.findChildren(QAction), *own]:
        seen.setdefault(id(act), act)
    return list(seen.values())


def _where(act: QAction, owner: QDialog) -> str:
    """Where a shortcut works: everywhere in the window, or in the named panes."""
    if act.shortcutContext() in (Qt.WindowShortcut, Qt.ApplicationShortcut):
        return QCoreApplication.translate("ShortcutsDialog", "Overalt")
    names = [
        w.accessibleName() or w.objectName()
        for w in act.associatedObjects()
        if isinstance(w, QWidget) and not isinstance(w, QMenu)
    ]
    return ", ".join(dict.fromkeys(n for n in names if n)) or QCoreApplication.translate(
        "ShortcutsDialog", "Overalt"
    )


class ShortcutsDialog(QDialog):
    """A read-only table: action, keys, where, what it does."""

    def __init__(self, actions: list[QAction], parent: Any = None, with_chart_keys: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hurtigtaster"))
        self.setObjectName("shortcuts_dialog")
        self.resize(760, 560)
        rows = sorted(
            (
                (a.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), a.shortcuts(), a)
                for a in actions
                if a.shortcuts()
            ),
            key=lambda r: r[0].lower(),
        )
        chart = self.tr("Organisasjonskart")
        table: list[tuple[str, str, str, str]] = [
            (
                text,
                ", ".join(k.toString(QKeySequence.NativeText) for k in keys),
                _where(act, self),
                act.statusTip() or act.toolTip().replace("&", ""),
            )
            for text, keys, act in rows
        ]
        if with_chart_keys:
            table += [(what, keys, chart, "") for keys, what in chart_keys.rows()]
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcuts_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Skriv for å søke etter handling eller tast"))
        label = QLabel(self.tr("&Søk:"))
        label.setBuddy(self.filter)
        self.table = QTableWidget(len(table), 4)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Hurtigtaster"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Handling"), self.tr("Tast"), self.tr("Hvor"), self.tr("Beskrivelse")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 240)
        header.resizeSection(1, 190)
        header.resizeSection(2, 170)
        self.table.setWordWrap(True)
        for row, values in enumerate(table):
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()  # long texts wrap in their column
        self.filter.textChanged.connect(self.apply_filter)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, ...]]:
        """The shown rows' texts (action, keys, where, description)."""
        t = self.table
        return [
            tuple(t.item(r, c).text() for c in range(t.columnCount()))
            for r in range(t.rowCount())
            if not t.isRowHidden(r)
        ]

    def apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for r in range(self.table.rowCount()):
            hay = " ".join(self.table.item(r, c).text() for c in range(self.table.columnCount())).lower()
            self.table.setRowHidden(r, not all(w in hay for w in words))
