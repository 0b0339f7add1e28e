"""Fil menu behaviour: new, open, save, save as, recent files, the unsaved-changes
prompt and the autosave copy for crash recovery.

A shared file is never silently overwritten (``storage.lock``): opening takes the
lock beside the file, and a file someone else has open says who and offers a
read-only view or a copy; a save first checks that the file on disk is still the
one that was opened, and otherwise refuses and offers «Lagre som»."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import config
from ..model import Project, Scenario
from ..storage import ProjectFileError
from ..storage import lock as lk
from ..storage import recovery as rec
from .controller import DocumentController

log = logging.getLogger(__name__)

AUTOSAVE_MS = 60_000
MAX_RECENT = 8
READ_ONLY, COPY, CANCEL = "read_only", "copy", "cancel"


def new_project(scenario_name: str | None = None) -> Project:
    """An empty project with one empty scenario, ready for its first unit."""
    scenario_name = scenario_name or QCoreApplication.translate("FileCommands", "Alternativ 1")
    project = Project()
    project.scenarios["s-1"] = Scenario("s-1", scenario_name)
    return project


class FileCommands(QObject):
    """Opening and saving for one window; ``window`` parents the dialogs."""

    recentChanged = Signal()

    def __init__(self, controller: DocumentController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.recovery_file: Path | None = None
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        controller.undo_stack.cleanChanged.connect(self._clean_changed)
        controller.pathChanged.connect(self._path_changed)
        self.lock: lk.ProjectLock | None = None  # this window's lock on its file
        self.opened: tuple[str, lk.FileStamp | None] | None = None  # (path, stamp) as opened or saved
        self.read_only = False  # opened while someone else has it: Lagre asks for a new name
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(lk.HEARTBEAT * 1000)
        self.heartbeat.timeout.connect(self._beat)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release_lock)

    # -- prompts -----------------------------------------------------------------
    def filter(self) -> str:
        return self.tr("OrgDesigner-prosjekt (*.orgd);;Alle filer (*)")

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on (saved or discarded)."""
        if not self.controller.is_modified():
            return True
        box = QMessageBox(
            QMessageBox.Warning,
            self.tr("Ulagrede endringer"),
            self.tr("Prosjektet har endringer som ikke er lagret. Vil du lagre dem?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            self.window,
        )
        box.button(QMessageBox.Save).setText(self.tr("&Lagre"))
        box.button(QMessageBox.Discard).setText(self.tr("&Forkast"))
        box.button(QMessageBox.Cancel).setText(self.tr("&Avbryt"))
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    # -- commands ----------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.discard_recovery()
        self.release_lock()
        self.controller.set_project(new_project(self.tr("Alternativ 1")))
        return True

    def open(self, path: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Åpne prosjekt"), self._start_dir(), self.filter()
            )
            if not path:
                return False
        return self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open ``path`` without prompting; a bad file shows its message and keeps the old one.

        A file someone else has open asks whether to open it read-only or as a copy.
        """
        project_path = str(Path(path))
        lock, read_only = None, False
        try:
            lock = lk.ProjectLock.acquire(project_path)
        except lk.ProjectLocked as exc:
            choice = self.ask_locked(exc)
            if choice == CANCEL:
                return False
            if choice == COPY:
                return self._open_copy(project_path)
            read_only = True
        except OSError as exc:  # a read-only folder: nobody can save here anyway
            log.warning("Kan ikke låse %s: %s", project_path, exc)
            read_only = True
        try:
            self.controller.open(project_path)
        except (ProjectFileError, OSError) as exc:
            if lock is not None:
                lock.release()
            self.error(self.tr("Kan ikke åpne"), str(exc))
            return False
        self._hold(lock, project_path, read_only)
        self.discard_recovery()
        self.add_recent(project_path)
        if read_only:
            msg = self.tr("Åpnet %1 skrivebeskyttet: Lagre spør etter et nytt navn")
        else:
            msg = self.tr("Åpnet %1")
        self.controller.statusMessage.emit(msg.replace("%1", Path(path).name))
        return True

    def ask_locked(self, exc: lk.ProjectLocked) -> str:
        """Someone else has the file open: READ_ONLY, COPY or CANCEL."""
        box = QMessageBox(self.window)
        box.setObjectName("locked_box")
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(self.tr("Filen er i bruk"))
        who = exc.info.describe() if exc.info else self.tr("en annen (låsen skrives nå)")
        box.setText(self.tr("«%1» er åpen hos %2.").replace("%1", exc.path.name).replace("%2", who))
        box.setInformativeText(
            self.tr(
                "Endringer to steder samtidig ville overskrive hverandre. Du kan åpne filen "
                "skrivebeskyttet (Lagre spør etter et nytt navn) eller åpne en kopi uten navn."
            )
        )
        ro = box.addButton(self.tr("Åpne &skrivebeskyttet"), QMessageBox.AcceptRole)
        ro.setObjectName("locked_read_only")
        copy = box.addButton(self.tr("Åpne en &kopi"), QMessageBox.ActionRole)
        copy.setObjectName("locked_copy")
        cancel = box.addButton(self.tr("&Avbryt"), QMessageBox.RejectRole)
        cancel.setObjectName("locked_cancel")
        box.setDefaultButton(ro)
        box.exec()
        clicked = box.clickedButton()
        return READ_ONLY if clicked is ro else COPY if clicked is copy else CANCEL

    def _open_copy(self, path: str) -> bool:
        from ..storage import load

        try:
            project = load(path)
        except ProjectFileError as exc:
            self.error(self.tr("Kan ikke åpne"), str(exc))
            return False
        project.name = self.tr("%1 (kopi)").replace("%1", project.name)
        self.release_lock()
        self.discard_recovery()
        self.controller.set_project(project, None)
        self.controller.undo_stack.resetClean()  # not saved anywhere yet
        self.controller.statusMessage.emit(self.tr("Åpnet en kopi: Lagre spør etter et navn"))
        return True

    def _hold(self, lock: lk.ProjectLock | None, path: str, read_only: bool) -> None:
        """Keep ``lock`` (dropping the previous one) and remember the file as it is now."""
        if self.lock is not None and (lock is None or self.lock.file != lock.file):
            self.lock.release()
        self.lock = lock
        self.read_only = read_only
        self.opened = (str(Path(path).absolute()), lk.stamp(path))
        if lock is not None:
            self.heartbeat.start()
        else:
            self.heartbeat.stop()

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock, self.opened, self.read_only = None, None, False
        self.heartbeat.stop()

    def _beat(self) -> None:
        if self.lock is not None and not self.lock.refresh():
            self.controller.statusMessage.emit(
                self.tr("Låsen på filen er tatt over av en annen; Lagre kontrollerer filen før den skrives")
            )

    def save(self) -> bool:
        if not self.controller.path or self.read_only:
            return self.save_as()
        return self._save_to(self.controller.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Lagre prosjekt som"),
            self.controller.path or self._start_dir(),
            self.filter(),
        )
        if not path:
            return False
        if not path.lower().endswith(".orgd"):
            path += ".orgd"
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        same = (
            self.controller.path is not None
            and Path(path).absolute() == Path(self.controller.path).absolute()
        )
        lock = self.lock if same and not self.read_only else None
        if lock is not None and not lock.owned():
            lock = None  # the lock was broken or taken over meanwhile: take it again
        if lock is None:
            try:
                lock = lk.ProjectLock.acquire(path)
            except lk.ProjectLocked as exc:
                self.error(self.tr("Kan ikke lagre"), str(exc) + " " + self.tr("Velg et annet navn."))
                return False
            except OSError as exc:
                self.error(self.tr("Kan ikke lagre"), f"{path}: {exc.strerror or exc}")
                return False
        if same and not self.read_only and self._changed_on_disk(path):
            if lock is not self.lock:
                lock.release()
            return self._refuse_changed(path)
        try:
            self.controller.save(path)
        except (ProjectFileError, OSError) as exc:
            if lock is not self.lock:
                lock.release()
            self.error(self.tr("Kan ikke lagre"), str(exc))
            return False
        self._hold(lock, path, False)
        self.discard_recovery()
        self.add_recent(path)
        self.controller.statusMessage.emit(self.tr("Lagret %1").replace("%1", Path(path).name))
        return True

    def _changed_on_disk(self, path: str) -> bool:
        """Whether the file was replaced since this window opened or saved it (unknown: no)."""
        if self.opened is None or self.opened[0] != str(Path(path).absolute()):
            return False
        return lk.changed_since(path, self.opened[1])

    def _refuse_changed(self, path: str) -> bool:
        """The file on disk is not the one that was opened: never overwrite it; offer Lagre som."""
        box = QMessageBox(self.window)
        box.setObjectName("changed_box")
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(self.tr("Filen er endret av andre"))
        box.setText(
            self.tr(
                "«%1» er endret på disken etter at du åpnet den. Lagrer du, går de endringene tapt."
            ).replace("%1", Path(path).name)
        )
        box.setInformativeText(self.tr("Lagre dine endringer i en ny fil?"))
        save_as = box.addButton(self.tr("&Lagre som …"), QMessageBox.AcceptRole)
        save_as.setObjectName("changed_save_as")
        cancel = box.addButton(self.tr("&Avbryt"), QMessageBox.RejectRole)
        cancel.setObjectName("changed_cancel")
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_as()
        return False

    def _start_dir(self) -> str:
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    # -- recent files ----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        values = config.user_settings().get("recent_files", [])
        return [str(p) for p in values if isinstance(p, str)] if isinstance(values, list) else []

    def add_recent(self, path: str) -> None:
        resolved = str(Path(path).resolve())
        recent = [resolved, *[p for p in self.recent_files() if p != resolved]][:MAX_RECENT]
        try:
            values = dict(config.user_settings().values)
            values["recent_files"] = recent
            config.save_user_settings(values)
        except OSError as exc:  # a read-only profile must not stop saving
            log.warning("Kan ikke lagre listen over nylige filer: %s", exc)
        self.recentChanged.emit()

    # -- autosave and recovery ---------------------------------------------------------
    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.autosave.stop()
        elif not self.autosave.isActive():
            self.autosave.start()

    def _path_changed(self, path: str) -> None:
        # the copy is named after the document; a new name means a new copy
        self.discard_recovery()
        if self.lock is not None and (not path or self.lock.file != lk.lock_path(path)):
            self.release_lock()  # the document left the file this window had locked

    def write_recovery(self) -> Path | None:
        """Write the autosave copy now if there are unsaved edits."""
        if not self.controller.is_modified():
            return None
        try:
            path = rec.write_recovery(self.controller.project, self.controller.path, self._opened_sha256())
        except (ProjectFileError, OSError) as exc:
            log.warning("Autolagring feilet: %s", exc)
            self.controller.statusMessage.emit(self.tr("Autolagring feilet: %1").replace("%1", str(exc)))
            return None
        if self.recovery_file and self.recovery_file != path:
            self._discard(self.recovery_file)
        self.recovery_file = path
        return path

    def _opened_sha256(self) -> str:
        """The hash of this document's file as opened or last saved ("" when unknown)."""
        path = self.controller.path
        if self.opened is None or not path or self.opened[0] != str(Path(path).absolute()):
            return ""
        return self.opened[1].sha256 if self.opened[1] else ""

    def discard_recovery(self) -> None:
        if self.recovery_file is not None:
            self._discard(self.recovery_file)
            self.recovery_file = None

    @staticmethod
    def _discard(path: Path) -> None:
        try:
            rec.discard_recovery(path)
        except (OSError, ValueError) as exc:
            log.warning("Kan ikke fjerne gjenopprettingsfil: %s", exc)

    def open_recovery(self, info: Any) -> bool:
        """Open a recovery copy as an unsaved edit of its original (Lagre writes the original)."""
        try:
            from ..storage import load

            project = load(info.path)
        except ProjectFileError as exc:
            self.error(self.tr("Kan ikke gjenopprette"), str(exc))
            return False
        self.controller.set_project(project, info.original_path or None)
        # mark it modified: the recovered edits are not in the original file yet
        self.controller.undo_stack.resetClean()
        if info.original_path and info.opened_sha256:
            # saving checks the original is still the version these edits were made on
            self.opened = (str(Path(info.original_path).absolute()), lk.FileStamp(-1, -1, info.opened_sha256))
        self.recovery_file = Path(info.path)
        self.write_recovery()
        return True
