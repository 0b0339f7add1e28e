"""Alternativ menu behaviour: new, copy, rename and delete a scenario, each one op."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ..model import ModelError, new_id, ops
from ..model.asis import source_of
from .controller import DocumentController


class ScenarioCommands(QObject):
    """Scenario edits; names are asked for with a small dialog (tests replace ``ask_name``)."""

    def __init__(self, controller: DocumentController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window

    def ask_name(self, title: str, label: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self.window, title, label, QLineEdit.Normal, text)
        return name.strip() if ok and name.strip() else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.window, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
        )
        return answer == QMessageBox.Yes

    def _run(self, build) -> bool:  # type: ignore[no-untyped-def]
        try:
            op = build()
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        return self.controller.run(op)

    def new(self) -> bool:
        name = self.ask_name(
            self.tr("Nytt alternativ"),
            self.tr("Navn på alternativet:"),
            self.tr("Alternativ %1").replace("%1", str(len(self.controller.project.scenarios) + 1)),
        )
        if name is None:
            return False
        sid = new_id("s")
        if self._run(lambda: ops.add_scenario(self.controller.project, name, sid)):
            self.controller.set_scenario(sid)
            return True
        return False

    def copy(self) -> bool:
        sc = self.controller.scenario()
        if sc is None:
            return self.new()
        source_id = source_of(sc.id)
        if source_id is not None:  # a copy of today's organisation is a new alternative from it
            commands = getattr(self.window, "project_commands", None)
            return bool(commands and commands.new_from_asis(source_id))
        name = self.ask_name(
            self.tr("Kopier alternativ"),
            self.tr("Navn på kopien:"),
            self.tr("%1 (kopi)").replace("%1", sc.name),
        )
        if name is None:
            return False
        sid = new_id("s")
        if self._run(lambda: ops.copy_scenario(self.controller.project, sc.id, name, sid)):
            self.controller.set_scenario(sid)
            return True
        return False

    def rename(self) -> bool:
        sc = self.controller.scenario()
        if sc is None:
            return False
        name = self.ask_name(self.tr("Gi alternativet nytt navn"), self.tr("Nytt navn:"), sc.name)
        if name is None or name == sc.name:
            return False
        return self._run(lambda: ops.rename_scenario(self.controller.project, sc.id, name))

    def delete(self) -> bool:
        sc = self.controller.scenario()
        if sc is None:
            return False
        if not self.confirm(
            self.tr("Slett alternativ"),
            self.tr("Slette alternativet «%1»? Du kan angre med Ctrl+Z.").replace("%1", sc.name),
        ):
            return False
        return self._run(lambda: ops.remove_scenario(self.controller.project, sc.id))
