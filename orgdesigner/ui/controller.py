"""The document controller: the one path from every view to the model.

Views never edit the model. They build an op (``orgdesigner.model.ops``) and
call :meth:`DocumentController.run`; the op goes onto the QUndoStack as one
:class:`OpCommand`. After each run, undo or redo the controller emits
:attr:`DocumentController.edited` once with every model :class:`Change` it
caused, so views update once per step.
"""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Change, ModelError, Project, Scenario
from ..model.ops import Op

#: a selected item: ("unit", unit_id) or ("position", position_id)
SelectionItem = tuple[str, str]


class OpCommand(QUndoCommand):
    """A model op as one undo step. The op was applied before the push."""

    def __init__(self, controller: DocumentController, op: Op) -> None:
        super().__init__(op.text)
        self._controller = controller
        self.op = op
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied by DocumentController.run
            self._first = False
            return
        self._controller._batch(lambda: self.op.apply(self._controller.project))
        self._controller.opApplied.emit(self.op, "redo")

    def undo(self) -> None:
        self._controller._batch(lambda: self.op.revert(self._controller.project))
        self._controller.opApplied.emit(self.op, "undo")


class DocumentController(QObject):
    """Owns the open project, its file path, undo stack, scenario and selection."""

    #: list[Change] caused by one run, undo or redo
    edited = Signal(object)
    #: a different project was opened or created (views rebuild)
    projectReplaced = Signal()
    #: the scenario shown changed (id, or "" for none)
    scenarioChanged = Signal(str)
    #: list[SelectionItem], and the object that caused it (or None)
    selectionChanged = Signal(object, object)
    #: file path changed (str, "" when untitled)
    pathChanged = Signal(str)
    #: a short message for the status bar
    statusMessage = Signal(str)
    #: (op, "run" | "undo" | "redo") after the undo stack changed the project (team mode sends it)
    opApplied = Signal(object, str)

    def __init__(self, project: Project | None = None, path: str | None = None, plugins: Any = None) -> None:
        super().__init__()
        self.plugins = plugins  # orgdesigner.plugins manager, or None
        self.undo_stack = QUndoStack(self)
        self.project = Project()
        self.path: str | None = None
        self.scenario_id: str = ""
        self.selection: list[SelectionItem] = []
        self._pending: list[Change] | None = None
        #: team mode: turns a factory's op into the op to apply (fractional sibling keys)
        self.prepare_op: Any = None
        self.set_project(project or Project(), path)

    # -- project -------------------------------------------------------------
    def set_project(self, project: Project, path: str | None = None) -> None:
        """Show ``project`` (from ``path``); clears undo history and selection."""
        self.project.unsubscribe(self._on_change)
        gc.unfreeze()  # the previous project may be collected again
        self.project = project
        project.subscribe(self._on_change)
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.selection = []
        self.scenario_id = next(iter(project.scenarios), "")
        self.projectReplaced.emit()
        self.scenarioChanged.emit(self.scenario_id)
        self.pathChanged.emit(path or "")
        # a big project is tens of thousands of long-lived objects: keep the collector's
        # full passes (≈150 ms at 50 000 positions) from landing inside later edits
        gc.freeze()

    def open(self, path: str) -> None:
        """Load a .orgd file; raises ``storage.ProjectFileError`` with a user message."""
        from ..storage import load

        self.set_project(load(path), path)

    def save(self, path: str | None = None) -> None:
        """Save to ``path`` (or the current path) atomically and mark the stack clean."""
        from ..storage import save

        target = path or self.path
        if not target:
            raise ValueError(self.tr("Ingen filsti"))
        save(self.project, target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.pathChanged.emit(target)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- editing -------------------------------------------------------------
    def run(self, op: Op) -> bool:
        """Apply ``op`` and push it as one undo step.

        A :class:`ModelError` is shown in the status bar and nothing changes.
        """
        try:
            if self.prepare_op is not None:
                op = self.prepare_op(op)
            self._batch(lambda: op.apply(self.project))
        except ModelError as exc:
            self.statusMessage.emit(str(exc))
            return False
        self.undo_stack.push(OpCommand(self, op))
        self.opApplied.emit(op, "run")
        return True

    def apply_external(self, action: Any) -> None:
        """Run ``action`` (changes from elsewhere, e.g. a server) as one batch, outside the undo stack."""
        self._batch(action)

    def _batch(self, action: Any) -> None:
        outer = self._pending is None
        if outer:
            self._pending = []
        try:
            action()
        finally:
            if outer:
                changes, self._pending = self._pending, None
                if changes:
                    self._forget_missing()
                    self.edited.emit(changes)

    def _on_change(self, change: Change) -> None:
        if self._pending is not None:
            self._pending.append(change)
        else:
            self.edited.emit([change])

    # -- scenario and selection ------------------------------------------------
    def scenario(self) -> Scenario | None:
        return self.project.scenarios.get(self.scenario_id)

    def set_scenario(self, scenario_id: str) -> None:
        if scenario_id != self.scenario_id:
            self.scenario_id = scenario_id
            self.selection = []
            self.scenarioChanged.emit(scenario_id)

    def select(self, items: list[SelectionItem], origin: object = None) -> None:
        """Make ``items`` the selection; every view follows (``origin`` caused it)."""
        items = list(items)
        if items != self.selection:
            self.selection = items
            self.selectionChanged.emit(items, origin)

    def selected_units(self) -> list[str]:
        return [i for k, i in self.selection if k == "unit"]

    def _forget_missing(self) -> None:
        """Drop selected items that an edit removed."""
        sc = self.scenario()
        if self.scenario_id and sc is None:
            self.set_scenario(next(iter(self.project.scenarios), ""))
            return
        units = sc.units if sc else {}
        kept = [
            (k, i)
            for k, i in self.selection
            if (k == "unit" and i in units) or (k == "position" and i in self.project.positions)
        ]
        if kept != self.selection:
            self.select(kept)
