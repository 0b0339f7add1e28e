"""One call that adds team mode to the main window: Fil → Åpne fra server… and
Fil → Legg prosjektet på server…, and a status bar label that shows the
server project, who else has it open, and when the connection is lost."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox

from ..storage.backend import BackendError
from .controller import DocumentController
from .server_dialogs import OpenFromServerDialog, PushToServerDialog

if TYPE_CHECKING:  # the link imports psycopg (≈0.6 s of start-up): only when a server is opened
    from .server_link import ServerLink


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


class ServerUi:
    """The actions and the live link (``link`` is None while working on a file)."""

    def __init__(self, window: QMainWindow, controller: DocumentController) -> None:
        self.window = window
        self.controller = controller
        self.link: ServerLink | None = None
        self.open_action = QAction(tr("Åpne fra se&rver…"), window)
        self.open_action.setObjectName("action_open_server")
        self.open_action.setStatusTip(tr("Åpne et prosjekt som teamet arbeider på, på kommunens server"))
        self.open_action.triggered.connect(self.ask_open)
        self.push_action = QAction(tr("Legg prosjektet på ser&ver…"), window)
        self.push_action.setObjectName("action_push_server")
        self.push_action.setStatusTip(tr("Legg det åpne prosjektet på kommunens server og arbeid videre der"))
        self.push_action.triggered.connect(self.ask_push)
        self.label = QLabel("")
        self.label.setObjectName("server_status")
        window.statusBar().addPermanentWidget(self.label)
        self._state = ""

    # -- opening and pushing -------------------------------------------------------
    def _last_dsn(self) -> str:
        return str(QSettings().value("server/dsn", "") or "")

    def ask_open(self) -> None:
        dialog = OpenFromServerDialog(self.window, self._last_dsn())
        if self._last_dsn():
            dialog.refresh()
        if dialog.exec() != QDialog.Accepted or not dialog.project():
            return
        self.open(dialog.dsn(), dialog.project())

    def open(self, dsn: str, project: str) -> bool:
        """Open ``project`` from the server in this window (messages on failure)."""
        file_commands = getattr(self.window, "files", None)
        if (
            file_commands is not None
            and hasattr(file_commands, "maybe_save")
            and not file_commands.maybe_save()
        ):
            return False
        self.detach()
        try:
            from .server_link import ServerLink

            self.link = ServerLink.open(self.controller, dsn, project)
        except BackendError as exc:
            QMessageBox.warning(self.window, tr("Åpne fra server"), exc.reason)
            return False
        QSettings().setValue("server/dsn", dsn)
        self._attach()
        return True

    def ask_push(self) -> None:
        name = re.sub(r"[^a-z0-9æøå]+", "-", self.controller.project.name.lower()).strip("-")
        dialog = PushToServerDialog(self.window, self._last_dsn(), name)
        while dialog.exec() == QDialog.Accepted:
            if self.push(dialog.dsn(), dialog.project(), dialog):
                return

    def push(self, dsn: str, project: str, dialog: Any = None) -> bool:
        """Put the open project on the server as ``project`` and go on working there."""
        from ..storage import pg

        try:
            pg.push(dsn, project, self.controller.project)
        except BackendError as exc:
            if dialog is not None:
                dialog.error.setText(exc.reason)
            self.controller.statusMessage.emit(exc.reason)
            return False
        self.controller.undo_stack.setClean()  # the project is safe on the server
        self.controller.path = None
        self.controller.pathChanged.emit("")
        return self.open(dsn, project)

    # -- the link ------------------------------------------------------------------------
    def _attach(self) -> None:
        assert self.link is not None
        self.link.stateChanged.connect(self._on_state)
        self.link.presenceChanged.connect(lambda _: self._show())
        self.link.refused.connect(self._on_refused)
        self.controller.projectReplaced.connect(self._on_replaced)
        self._show()

    def _on_replaced(self) -> None:
        if self.link is not None and self.controller.project is not self.link.session.project:
            self.detach()

    def detach(self) -> None:
        if self.link is not None:
            self.link.close()
            self.link = None
        self._state = ""
        self._show()

    def _on_state(self, text: str) -> None:
        self._state = text
        self._show()

    def _on_refused(self, refusals: list) -> None:
        box = QMessageBox(
            QMessageBox.Information,
            tr("Endring avvist"),
            "\n".join(r.message() for r in refusals),
            QMessageBox.Ok,
            self.window,
        )
        box.setObjectName("server_refused")
        box.open()  # not modal: the team's work goes on
        self.last_refused = box

    def _show(self) -> None:
        if self.link is None:
            self.label.setText("")
            return
        others = ", ".join(self.link.presence) or "–"
        text = tr("Server: %1 · til stede: %2").replace("%1", self.link.name).replace("%2", others)
        self.label.setText(f"{text} · {self._state}" if self._state else text)


def install_server_actions(window: QMainWindow, controller: DocumentController) -> ServerUi:
    ui = ServerUi(window, controller)
    bar = window.menuBar()
    file_menu = next(
        (a.menu() for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_file"), None
    )
    if file_menu is not None:
        anchor = getattr(window, "import_export_anchor", None)
        for action in (ui.open_action, ui.push_action):
            if anchor is not None:
                file_menu.insertAction(anchor, action)
            else:
                file_menu.addAction(action)
        if anchor is not None:
            file_menu.insertSeparator(anchor)
    return ui
