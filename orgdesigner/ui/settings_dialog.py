"""Rediger → Innstillinger: the user's own settings (kept in QSettings, not in the project).

Each setting is a self-contained block with an ``apply()`` that saves and uses it;
the dialog lays the blocks out and applies them all on OK.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from .theme_settings import ThemeChoice


class SettingsDialog(QDialog):
    """The settings blocks and OK / Avbryt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Innstillinger"))
        layout = QVBoxLayout(self)
        self.blocks: list[Any] = []
        self.theme = ThemeChoice(self)
        self.blocks.append(self.theme)
        for block in self.blocks:
            layout.addWidget(block)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for block in self.blocks:
            block.apply()
        super().accept()


def open_settings(parent: QWidget) -> None:
    SettingsDialog(parent).exec()
