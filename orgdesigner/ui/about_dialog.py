"""Hjelp → Om OrgDesigner: what the program is, its versions and where the log file is."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, logsetup


class AboutDialog(QDialog):
    """Name, purpose, versions (program, plugin API, Python, Qt, system) and the log folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Om OrgDesigner"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr(
                "<h3>OrgDesigner %1</h3><p>Organisasjonsdesign for kommuner: tegn ny organisasjon, "
                "sammenlign alternativer og innplasser ansatte.</p>"
            ).replace("%1", __version__)
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.values = logsetup.versions()
        for key, value in self.values.items():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(key + ":", label)
        self.log_folder = logsetup.log_folder()
        log_file = logsetup.log_file()
        self.log_label = QLabel(str(log_file if log_file is not None else self.log_folder))
        self.log_label.setObjectName("about_log_path")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(self.tr("Loggfil:"), self.log_label)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.open_button = QPushButton(self.tr("Åpne &loggmappen"))
        self.open_button.setObjectName("about_open_log")
        self.open_button.clicked.connect(self.open_log_folder)
        self.copy_button = QPushButton(self.tr("&Kopier"))
        self.copy_button.setObjectName("about_copy")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.open_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The versions and the log file as plain text (what «Kopier» puts on the clipboard)."""
        lines = [f"{k}: {v}" for k, v in self.values.items()]
        return "\n".join([*lines, f"Loggfil: {self.log_label.text()}"])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def open_log_folder(self) -> bool:
        self.log_folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()
