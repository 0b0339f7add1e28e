"""Fil → Åpne fra server… and Fil → Legg prosjektet på server… (team mode dialogs).

The user types where the server is — a libpq service name (``kommune-od``),
a connection string (``host=… dbname=…``) or a ``postgresql://`` URL; no
password field: libpq takes it from ``.pgpass``, a service file or single
sign-on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..storage.backend import BackendError


def to_dsn(text: str) -> str:
    """A service name becomes ``service=NAME``; a connection string or URL is used as it is."""
    text = text.strip()
    if "=" in text or "://" in text or not text:
        return text
    return f"service={text}"


class _ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None, dsn: str = "") -> None:
        super().__init__(parent)
        self.dsn_edit = QLineEdit(dsn)
        self.dsn_edit.setObjectName("server_dsn")
        self.dsn_edit.setPlaceholderText(self.tr("tjenestenavn, «host=… dbname=…» eller postgresql://…"))
        self.dsn_edit.setAccessibleName(self.tr("Server"))
        self.error = QLabel("")
        self.error.setObjectName("server_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def dsn(self) -> str:
        return to_dsn(self.dsn_edit.text())


class OpenFromServerDialog(_ServerDialog):
    """Pick a project the login may open."""

    def __init__(self, parent: QWidget | None = None, dsn: str = "") -> None:
        super().__init__(parent, dsn)
        self.setWindowTitle(self.tr("Åpne fra server"))
        self.list_button = QPushButton(self.tr("&Vis prosjekter"))
        self.list_button.setObjectName("server_list")
        self.list_button.clicked.connect(self.refresh)
        self.projects = QListWidget()
        self.projects.setObjectName("server_projects")
        self.projects.setAccessibleName(self.tr("Prosjekter"))
        self.projects.itemDoubleClicked.connect(lambda _: self.accept())
        row = QHBoxLayout()
        row.addWidget(self.dsn_edit, 1)
        row.addWidget(self.list_button)
        form = QFormLayout()
        label = QLabel(self.tr("&Server:"))
        label.setBuddy(self.dsn_edit)
        form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.projects, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Åpne"))

    def refresh(self) -> None:
        from ..storage import pg

        self.projects.clear()
        self.error.setText("")
        try:
            projects = pg.list_projects(self.dsn())
        except BackendError as exc:
            self.error.setText(exc.reason)
            return
        roles = {
            "editor": self.tr("redigerer"),
            "reader": self.tr("leser"),
            "tillitsvalgt": self.tr("tillitsvalgt"),
        }
        for p in projects:
            item = QListWidgetItem(f"{p['title']}  ({p['name']}, {roles.get(p['role'], self.tr('eier'))})")
            item.setData(Qt.UserRole, p["name"])
            self.projects.addItem(item)
        if not projects:
            self.error.setText(self.tr("Ingen prosjekter du har tilgang til på denne serveren."))
        else:
            self.projects.setCurrentRow(0)

    def project(self) -> str:
        item = self.projects.currentItem()
        return item.data(Qt.UserRole) if item else ""


class PushToServerDialog(_ServerDialog):
    """Where to put the open project, and under which name."""

    def __init__(self, parent: QWidget | None = None, dsn: str = "", name: str = "") -> None:
        super().__init__(parent, dsn)
        self.setWindowTitle(self.tr("Legg prosjektet på server"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("server_project_name")
        self.name_edit.setAccessibleName(self.tr("Prosjektnavn på serveren"))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.dsn_edit)
        form.addRow(self.tr("&Navn på serveren:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Prosjektet legges på serveren, og du arbeider videre der sammen med teamet."))
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Legg på server"))

    def project(self) -> str:
        return self.name_edit.text().strip()
