"""Unexpected errors: written to the log and shown in a Norwegian dialog with «Kopier detaljer».

:func:`install_error_handling` starts the log file (:mod:`orgdesigner.logsetup`)
and replaces ``sys.excepthook`` (and ``threading.excepthook``), so an exception
nobody caught — in a slot, a timer, a plugin's widget — is logged with its
traceback and the user sees what happened and where the log is, instead of a
windowed build swallowing it. One dialog at a time: an error while the dialog
is open is only logged.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import logsetup

_showing: list[QDialog] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def details_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Versions, the log's place and the traceback: what support needs, as plain text."""
    lines = [f"{k}: {v}" for k, v in logsetup.versions().items()]
    where = logsetup.log_file()
    lines.append(tr("Logg: %1").replace("%1", str(where if where is not None else logsetup.log_folder())))
    lines.append("")
    lines.extend(traceback.format_exception(exc_type, exc, tb))
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    """«Det oppstod en uventet feil» with the message, the details and «Kopier detaljer»."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(tr("Uventet feil"))
        self.details = details
        layout = QVBoxLayout(self)
        where = logsetup.log_file()
        intro = QLabel(
            tr(
                "Det oppstod en uventet feil. Programmet fortsetter, men lagre gjerne arbeidet ditt "
                "under et nytt navn. Feilen er skrevet i loggfilen:"
            )
            + f"\n{where if where is not None else logsetup.log_folder()}"
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(intro)
        message = QLabel(summary)
        message.setObjectName("error_message")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(message)
        self.text = QPlainTextEdit(details)
        self.text.setObjectName("error_details")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Detaljer om feilen"))
        self.text.setMinimumSize(560, 220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.copy_button = QPushButton(tr("&Kopier detaljer"))
        self.copy_button.setObjectName("copy_details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(tr("Kopiert"))


def show_error(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the exception and, in the GUI thread of a running app, show the dialog (modal)."""
    logsetup.log_exception(exc_type, exc, tb)
    app = QApplication.instance()
    if app is None or _showing or QThread.currentThread() is not app.thread():
        return
    summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
    dialog = ErrorDialog(summary, details_text(exc_type, exc, tb), app.activeWindow())
    _showing.append(dialog)
    try:
        dialog.exec()
    finally:
        _showing.remove(dialog)
        dialog.deleteLater()


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        show_error(exc_type, exc, tb)
    except Exception:  # the handler itself must never raise
        sys.__excepthook__(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        logsetup.log_exception(args.exc_type, args.exc_value, args.exc_traceback, f"tråd {args.thread}")


def install_error_handling() -> None:
    """Log file, faulthandler and the excepthooks; call once when the app starts."""
    logsetup.setup_logging()
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
