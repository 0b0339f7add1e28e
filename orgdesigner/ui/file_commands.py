"""Fil menu behaviour: new, open, save, save as, recent files, the unsaved-changes
prompt and the autosave copy for crash recovery."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import config
from ..model import Project, Scenario
from ..storage import ProjectFileError
from ..storage import recovery as rec
from .controller import DocumentController

log = logging.getLogger(__name__)

AUTOSAVE_MS = 60_000
MAX_RECENT = 8


def new_project(scenario_name: str = "Alternativ 1") -> Project:
    """An empty project with one empty scenario, ready for its first unit."""
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
        """Open ``path`` without prompting; a bad file shows its message and keeps the old one."""
        try:
            project_path = str(Path(path))
            self.controller.open(project_path)
        except (ProjectFileError, OSError) as exc:
            self.error(self.tr("Kan ikke åpne"), str(exc))
            return False
        self.discard_recovery()
        self.add_recent(project_path)
        self.controller.statusMessage.emit(self.tr("Åpnet %1").replace("%1", Path(path).name))
        return True

    def save(self) -> bool:
        if not self.controller.path:
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
        try:
            self.controller.save(path)
        except (ProjectFileError, OSError) as exc:
            self.error(self.tr("Kan ikke lagre"), str(exc))
            return False
        self.discard_recovery()
        self.add_recent(path)
        self.controller.statusMessage.emit(self.tr("Lagret %1").replace("%1", Path(path).name))
        return True

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

    def _path_changed(self, _path: str) -> None:
        # the copy is named after the document; a new name means a new copy
        self.discard_recovery()

    def write_recovery(self) -> Path | None:
        """Write the autosave copy now if there are unsaved edits."""
        if not self.controller.is_modified():
            return None
        try:
            path = rec.write_recovery(self.controller.project, self.controller.path)
        except (ProjectFileError, OSError) as exc:
            log.warning("Autolagring feilet: %s", exc)
            self.controller.statusMessage.emit(self.tr("Autolagring feilet: %1").replace("%1", str(exc)))
            return None
        if self.recovery_file and self.recovery_file != path:
            self._discard(self.recovery_file)
        self.recovery_file = path
        return path

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
        self.recovery_file = Path(info.path)
        self.write_recovery()
        return True
