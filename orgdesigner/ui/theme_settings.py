"""The theme block of Innstillinger: Automatisk / Lys / Høy kontrast.

A self-contained group box; the settings dialog places it and calls
:meth:`ThemeChoice.apply` when the user accepts. The choice is kept in QSettings
and applied at once (chart, panels and widgets repaint; no restart).
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from .. import theme
from . import theme_qt


class ThemeChoice(QGroupBox):
    """Three radio buttons for the theme, showing the saved choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Farger og kontrast"), parent)
        self.setObjectName("settings_theme")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        texts = {
            theme.AUTO: self.tr("&Automatisk (følg operativsystemet)"),
            theme.LIGHT_KEY: self.tr("&Lys"),
            theme.CONTRAST_KEY: self.tr("&Høy kontrast (mørk)"),
        }
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in texts.items():
            button = QRadioButton(text)
            button.setObjectName(f"theme_{key}")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[key] = button
        note = QLabel(
            self.tr(
                "Automatisk gir høy kontrast når Windows står i høykontrastmodus eller systemet "
                "bruker mørke farger. Tekst i kartet følger systemets skriftstørrelse."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons[theme_qt.saved_choice()].setChecked(True)

    def choice(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), theme.AUTO)

    def apply(self) -> None:
        """Save the choice and use it now."""
        theme_qt.manager().save(self.choice())
