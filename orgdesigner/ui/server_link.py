"""A window's live link to a project on the server (team mode).

:class:`ServerLink` keeps the controller's project in step with the server
through a :class:`~orgdesigner.storage.team.TeamSession`:

* every op the controller runs, undoes or redoes (``opApplied``) is queued
  and sent at once; an undo goes as the inverse op with its own preconditions;
* a ``QSocketNotifier`` on the LISTEN connection wakes the link when another
  adviser's change is committed; the link then syncs on the GUI thread through
  ``controller.apply_external`` — the same ``edited`` signal local edits
  give, and nothing is pushed onto the undo stack;
* refused ops are reported (:attr:`refused`, the status bar) with who changed
  what; the model then shows the server's value. The undo history is cleared
  then, since it holds an edit the server did not take;
* when the connection drops the link says so, keeps unsent edits and retries
  every few seconds; who else has the project open is polled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from ..model.opjson import OpJsonError
from ..model.primitives import Op
from ..storage.backend import AccessDenied, BackendError
from ..storage.pg import PgBackend
from ..storage.team import TeamSession
from .controller import DocumentController

RETRY_MS = 3000
PRESENCE_MS = 10_000


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


class ServerLink(QObject):
    """Keeps ``controller`` in step with a project on a PostgreSQL server."""

    #: status text for the window ("" when all is well)
    stateChanged = Signal(str)
    #: list[str] logins that have the project open
    presenceChanged = Signal(list)
    #: list[Refusal] of one sync
    refused = Signal(list)

    def __init__(self, controller: DocumentController, backend: PgBackend, version: int) -> None:
        super().__init__(controller)
        self.controller = controller
        self.backend = backend
        self.session = TeamSession(backend, controller.project, version)
        self.online = True
        self.presence: list[str] = []
        self._notifier: QSocketNotifier | None = None
        self._closed = False
        controller.prepare_op = self._prepare
        controller.opApplied.connect(self._on_op)
        controller.projectReplaced.connect(self._on_replaced)
        self._send = QTimer(self, singleShot=True, interval=0)
        self._send.timeout.connect(self.sync)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.sync)
        self._who = QTimer(self, interval=PRESENCE_MS)
        self._who.timeout.connect(self.update_presence)
        self._who.start()
        self._watch()
        self.update_presence()

    @classmethod
    def open(cls, controller: DocumentController, dsn: str, project: str) -> ServerLink:
        """Load ``project`` from the server into ``controller`` and link them (raises BackendError)."""
        backend = PgBackend(dsn, project)
        try:
            loaded, version = backend.load()
        except BackendError:
            backend.close()
            raise
        controller.set_project(loaded, None)
        return cls(controller, backend, version)

    @property
    def name(self) -> str:
        return self.backend.project

    # -- local edits ------------------------------------------------------------
    def _prepare(self, op: Op) -> Op:
        project = self.controller.project
        listeners = list(project._listeners)  # a trial run of the op is not an edit to show
        project._listeners.clear()
        try:
            return self.session.prepare(op)
        finally:
            project._listeners[:] = listeners

    def _on_op(self, op: Op, how: str) -> None:
        if self._closed:
            return
        try:
            if how == "undo":
                self.session.record_undo(op)
            else:
                self.session.record(op)
        except OpJsonError as exc:  # an op kind the server does not know yet: say so, keep it here
            self.controller.statusMessage.emit(
                tr("Endringen kan ikke sendes til serveren: %1").replace("%1", str(exc))
            )
            return
        self._send.start()

    # -- the server --------------------------------------------------------------
    def _watch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        try:
            fd = self.backend.fileno()
        except BackendError as exc:
            self._went_offline(str(exc))
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notified)

    def _on_notified(self) -> None:
        try:
            versions = self.backend.poll()
        except BackendError as exc:
            self._went_offline(str(exc))
            return
        if versions and max(versions) > self.session.version:
            if self.backend.role == "tillitsvalgt":
                self._reload()
            else:
                self.sync()

    def _reload(self) -> None:
        """A tillitsvalgt cannot read the op log: open the pseudonymised project again."""
        try:
            project, version = self.backend.load()
        except BackendError as exc:
            self._went_offline(str(exc))
            return
        self.session.project, self.session.version = project, version
        self.controller.set_project(project, None)

    def sync(self) -> None:
        """Send what is pending and apply what others did (on the GUI thread)."""
        if self._closed:
            return
        result = {}

        def act() -> None:
            result["report"] = self.session.sync()

        try:
            self.controller.apply_external(act)
        except AccessDenied as exc:
            self.controller.statusMessage.emit(str(exc))
            self.stateChanged.emit(
                tr("Du har ikke skrivetilgang – endringene dine ble ikke lagret på serveren")
            )
            self._discard_pending()
            return
        report = result["report"]
        if report.offline:
            self._went_offline(report.offline)
            return
        if not self.online:
            self.online = True
            self._watch()
            self.stateChanged.emit("")
            self.controller.statusMessage.emit(tr("Forbindelsen med serveren er tilbake"))
        if not self.session.pending:
            self.controller.undo_stack.setClean()  # everything is on the server
        if report.refused:
            self.controller.undo_stack.clear()
            self.refused.emit(report.refused)
            self.controller.statusMessage.emit(" ".join(r.message() for r in report.refused))

    def _discard_pending(self) -> None:
        def act() -> None:
            for op, _ in reversed(self.session.pending):
                op.revert(self.controller.project)
            self.session.pending = []

        self.controller.apply_external(act)
        self.controller.undo_stack.clear()

    def _went_offline(self, reason: str) -> None:
        self.online = False
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        waiting = len(self.session.pending)
        text = tr(
            "Ingen forbindelse med serveren – %n endringer venter og sendes når den er tilbake", "", waiting
        )
        self.stateChanged.emit(text)
        self.controller.statusMessage.emit(reason)
        self._retry.start()

    def update_presence(self) -> None:
        if not self.online or self._closed:
            return
        try:
            who = self.backend.presence()
        except BackendError:
            return
        if who != self.presence:
            self.presence = who
            self.presenceChanged.emit(who)

    # -- the end -------------------------------------------------------------------
    def _on_replaced(self) -> None:
        if self.controller.project is not self.session.project:
            self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for timer in (self._send, self._retry, self._who):
            timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self.controller.prepare_op == self._prepare:
            self.controller.prepare_op = None
        self.backend.close()
        self.stateChanged.emit("")
