"""Fil → Innstillinger: the user's language (bokmål, nynorsk, English), kept in the settings file,
and the colour theme (theme_settings.py).

Qt's widgets take their texts when they are built, so a new language applies at the next start;
the dialog offers to restart at once, reopening the project that is open (after the usual
question about unsaved changes).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .. import config

log = logging.getLogger(__name__)

# each language is named in itself, so a user can find their own in a UI they cannot read
LANGUAGE_NAMES = (("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English"))


def saved_language() -> str:
    """The language in the user's (or, failing that, the machine's) settings file; "" if none."""
    try:
        value = str(config.effective_settings().get("language", "") or "").lower()
    except Exception:  # settings never stop the app
        return ""
    return value if value in dict(LANGUAGE_NAMES) else ""


def save_language(language: str) -> None:
    """Keep ``language`` in the user's settings file (other settings untouched)."""
    values = dict(config.user_settings().values)
    values["language"] = language
    config.save_user_settings(values)


def restart_command(path: str | None) -> tuple[str, list[str]]:
    """Program and arguments that start OrgDesigner again, opening ``path`` if given."""
    args = [path] if path else []
    if getattr(sys, "frozen", False):  # the installed app: the executable is OrgDesigner itself
        return sys.executable, args
    return sys.executable, ["-m", "orgdesigner", *args]


class SettingsDialog(QDialog):
    """The language choice; ``chosen()`` is the language code picked."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Innstillinger"))
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.setAccessibleName(self.tr("Språk"))
        form = QFormLayout()
        label = QLabel(self.tr("&Språk:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        note = QLabel(self.tr("Det nye språket brukes når OrgDesigner startes på nytt."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        from .theme_settings import add_theme_choice

        self.theme_choice = add_theme_choice(self)  # Farger og kontrast, applied on OK (helper contrast)

    def chosen(self) -> str:
        return str(self.language.currentData())


def ask_restart(window: QWidget) -> bool:
    """One question: restart now with the new language?"""
    box = QMessageBox(window)
    box.setObjectName("settings_restart_question")
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Innstillinger"))
    box.setText(
        QCoreApplication.translate("SettingsDialog", "Starte OrgDesigner på nytt med det nye språket nå?")
    )
    box.setInformativeText(
        QCoreApplication.translate("SettingsDialog", "Prosjektet som er åpent, åpnes igjen etter omstarten.")
    )
    now = box.addButton(
        QCoreApplication.translate("SettingsDialog", "Start på &nytt nå"), QMessageBox.AcceptRole
    )
    box.addButton(QCoreApplication.translate("SettingsDialog", "&Senere"), QMessageBox.RejectRole)
    box.setDefaultButton(now)
    box.exec()
    return box.clickedButton() is now


def restart(window: QMainWindow, launch: Callable[[str, list[str]], Any] = QProcess.startDetached) -> bool:
    """Close the window (asking about unsaved changes as usual) and start the app again.

    Returns False, and changes nothing, when the user cancels the close.
    """
    controller = getattr(window, "controller", None)
    if not window.close():
        return False
    path = getattr(controller, "path", None) if controller is not None else None
    program, args = restart_command(path or None)
    log.info("Starter på nytt med nytt språk: %s %s", program, args)
    launch(program, args)
    QCoreApplication.quit()
    return True


def open_settings(
    window: QMainWindow, current: str, ask: Callable[[QWidget], bool] = ask_restart
) -> str | None:
    """Show the dialog; a changed language is saved and, if the user agrees, applied by a restart."""
    dialog = SettingsDialog(current, window)
    if dialog.exec() != QDialog.Accepted:
        return None
    chosen = dialog.chosen()
    if chosen == current:
        return None
    try:
        save_language(chosen)
    except OSError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("SettingsDialog", "Innstillinger"),
            QCoreApplication.translate("SettingsDialog", "Kunne ikke lagre innstillingene: %1").replace(
                "%1", str(exc)
            ),
        )
        return None
    if ask(window):
        restart(window)
    return chosen


def install_settings_action(window: QMainWindow, language: Callable[[], str]) -> QAction:
    """Fil → Innstillinger …, placed just above Avslutt."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Innstillinger …"), window)
    action.setObjectName("act_settings")
    action.setStatusTip(QCoreApplication.translate("SettingsDialog", "Språk og andre innstillinger"))
    action.setMenuRole(QAction.PreferencesRole)
    action.triggered.connect(lambda: open_settings(window, language()))
    quit_action = getattr(getattr(window, "actions", None), "quit", None)
    menu = window.findChild(QWidget, "menu_file")
    if menu is not None and quit_action is not None:
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
    elif menu is not None:
        menu.addAction(action)
    return action
