"""Hjelp → Programtillegg: every plugin with version, source and status; turn each on or off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .. import config


class PluginsDialog(QDialog):
    """Lists ``plugins.plugin_infos()``; the check box enables or disables a plugin.

    The choice is kept in the user's settings file (``disabled_plugins``).
    """

    def __init__(self, plugins: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.plugins = plugins
        self.setWindowTitle(self.tr("Programtillegg"))
        self.setObjectName("plugins_dialog")
        self.resize(760, 380)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("plugins_table")
        self.table.setAccessibleName(self.tr("Programtillegg"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("På"), self.tr("Navn"), self.tr("Versjon"), self.tr("Kilde"), self.tr("Status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.note = QLabel(
            self.tr("Et programtillegg som feilet, er slått av til programmet startes på nytt.")
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.refresh()
        self.table.itemChanged.connect(self._toggled)

    def refresh(self) -> None:
        from .. import plugins as pl

        self.table.blockSignals(True)
        infos = list(self.plugins.plugin_infos()) if self.plugins is not None else []
        self.table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            check.setCheckState(Qt.Checked if info.status == pl.ACTIVE else Qt.Unchecked)
            check.setData(Qt.UserRole, info.name)
            check.setData(Qt.AccessibleTextRole, self.tr("%1 på").replace("%1", info.name))
            if info.status == pl.FAILED:
                check.setFlags(Qt.ItemIsSelectable)
            status = pl.STATUS_LABELS.get(info.status, info.status)
            if info.problem:
                status += f": {info.problem}"
            cells = [
                check,
                QTableWidgetItem(info.name),
                QTableWidgetItem(info.version),
                QTableWidgetItem(pl.SOURCE_LABELS.get(info.source, info.source)),
                QTableWidgetItem(status),
            ]
            cells[1].setToolTip(info.location)
            for col, cell in enumerate(cells):
                if col:
                    cell.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                self.table.setItem(row, col, cell)
        self.table.blockSignals(False)

    def _toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        name = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            self.plugins.enable(name)
        else:
            self.plugins.disable(name)
        self._persist()
        self.refresh()

    def _persist(self) -> None:
        try:
            values = dict(config.user_settings().values)
            values["disabled_plugins"] = list(self.plugins.disabled)
            config.save_user_settings(values)
        except OSError:
            pass
