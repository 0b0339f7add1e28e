"""The theme block of Innstillinger: Automatisk / Lys / Høy kontrast.

A self-contained group box; :func:`add_theme_choice` puts it into the settings
dialog (above its buttons) and applies it when the user presses OK. The choice
is kept in QSettings and applied at once (chart, panels and widgets repaint; no
restart).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

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
        """Use the choice now; keep it when it differs from the saved one."""
        if self.choice() == theme_qt.saved_choice():
            theme_qt.manager().apply(self.choice())
        else:
            theme_qt.manager().save(self.choice())


def add_theme_choice(dialog: QDialog) -> ThemeChoice:
    """The theme block in ``dialog``'s (vertical) layout above its last item, the buttons;
    OK saves and applies the choice."""
    block = ThemeChoice(dialog)
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(max(0, layout.count() - 1), block)
    elif layout is not None:
        layout.addWidget(block)
    dialog.accepted.connect(block.apply)
    dialog.theme_choice = block  # type: ignore[attr-defined]
    return block
