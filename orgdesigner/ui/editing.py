"""Rediger menu behaviour: add child/sibling, delete, rename, cut/paste and
"Flytt til…" — the keyboard equivalents of every drag. Moves go through
``dnd.drop`` with the same MIME data a drag carries, so both paths run the
same checks and produce the same single undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..model import ModelError, Unit, UnitType, new_id, ops
from ..model.rules import RANK
from . import dnd
from .controller import DocumentController
from .move_dialog import MoveDialog


def child_type(parent_type: str | None) -> str:
    """A sensible type for a new unit under a unit of ``parent_type``."""
    if parent_type is None:
        return UnitType.KOMMUNEDIREKTOR
    if parent_type == UnitType.KOMMUNEDIREKTOR:
        return UnitType.TJENESTEOMRADE
    rank = RANK.get(parent_type)
    if rank is None:
        return UnitType.AVDELING
    return {1: UnitType.VIRKSOMHET, 2: UnitType.AVDELING, 3: UnitType.SEKSJON}.get(rank, UnitType.TEAM)


class EditCommands(QObject):
    """Editing commands on the controller's selection."""

    #: the clipboard changed (paste may have become possible)
    clipboardChanged = Signal()
    #: a unit was added and wants its name edited (unit id)
    unitAdded = Signal(str)

    def __init__(self, controller: DocumentController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.clipboard: QMimeData | None = None
        self.move_dialog_factory = MoveDialog  # tests replace it

    # -- helpers -------------------------------------------------------------------
    def _selected_positions(self) -> list[str]:
        return [i for k, i in self.controller.selection if k == "position"]

    def _target_unit(self) -> str | None:
        units = self.controller.selected_units()
        return units[0] if units else None

    def _run(self, op_factory: Any) -> bool:
        try:
            op = op_factory()
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        return self.controller.run(op)

    def selection_mime(self) -> QMimeData | None:
        """What a drag of the current selection would carry (positions win over units)."""
        positions = self._selected_positions()
        if positions:
            return dnd.positions_mime(positions)
        units = self.controller.selected_units()
        if units:
            return dnd.units_mime(self.controller.scenario_id, units)
        return None

    # -- adding and removing ---------------------------------------------------------
    def add_child(self) -> bool:
        sc = self.controller.scenario()
        if sc is None:
            self.controller.statusMessage.emit(self.tr("Lag et alternativ først"))
            return False
        parent = self._target_unit()
        if parent is None and sc.units:
            self.controller.statusMessage.emit(self.tr("Velg enheten den nye enheten skal ligge under"))
            return False
        ptype = sc.units[parent].type if parent else None
        unit = Unit(new_id("u"), self.tr("Ny enhet"), type=child_type(ptype), parent_id=parent)
        return self._add(unit, None)

    def add_sibling(self) -> bool:
        sc = self.controller.scenario()
        current = self._target_unit()
        if sc is None or current is None:
            self.controller.statusMessage.emit(self.tr("Velg en enhet først"))
            return False
        cur = sc.units[current]
        if cur.parent_id is None:
            self.controller.statusMessage.emit(
                self.tr("Toppenheten kan ikke ha søsken; legg til en underenhet")
            )
            return False
        index = sc.children(cur.parent_id).index(current) + 1
        # the type follows the level, never the neighbour's: a sibling of a staff unit is a line unit
        parent_type = sc.units[cur.parent_id].type if cur.parent_id in sc.units else None
        unit = Unit(new_id("u"), self.tr("Ny enhet"), type=child_type(parent_type), parent_id=cur.parent_id)
        return self._add(unit, index)

    def _add(self, unit: Unit, index: int | None) -> bool:
        sc_id = self.controller.scenario_id
        if not self._run(lambda: ops.add_unit(self.controller.project, sc_id, unit, index)):
            return False
        self.controller.select([("unit", unit.id)], None)
        self.unitAdded.emit(unit.id)
        return True

    def delete(self) -> bool:
        """Delete the selected units with their subtrees; their positions become unplaced.

        With positions selected (people panel) it only takes those positions out of their unit.
        """
        sc = self.controller.scenario()
        positions = self._selected_positions()
        if sc is not None and positions:
            placed = [p for p in positions if sc.unit_of(p) is not None]
            if not placed:
                self.controller.statusMessage.emit(self.tr("Stillingene er ikke plassert"))
                return False
            return self._run(lambda: ops.place_positions(self.controller.project, sc.id, placed, None))
        units = self.controller.selected_units()
        if sc is None or not units:
            self.controller.statusMessage.emit(self.tr("Velg enheten som skal slettes"))
            return False

        def build() -> ops.Op:
            return ops.remove_units(self.controller.project, sc.id, units)

        if not self._run(build):
            return False
        self.controller.statusMessage.emit(
            self.tr("Slettet. Stillingene er ikke plassert lenger; Angre (Ctrl+Z) henter alt tilbake.")
        )
        return True

    # -- clipboard and moves ---------------------------------------------------------
    def cut(self) -> bool:
        mime = self.selection_mime()
        if mime is None:
            self.controller.statusMessage.emit(self.tr("Velg enheter eller stillinger å klippe ut"))
            return False
        self.clipboard = mime
        n = len(dnd.dragged_units(mime)) or len(dnd.dragged_positions(mime))
        self.controller.statusMessage.emit(
            self.tr("%1 klippet ut. Velg enheten de skal til og lim inn (Ctrl+V).").replace("%1", str(n))
        )
        self.clipboardChanged.emit()
        return True

    def can_paste(self) -> bool:
        return self.clipboard is not None

    def paste(self) -> bool:
        """Move what was cut under the selected unit (one undo step)."""
        if self.clipboard is None:
            self.controller.statusMessage.emit(self.tr("Ingenting å lime inn; klipp ut først (Ctrl+X)"))
            return False
        target = self._target_unit()
        if target is None:
            self.controller.statusMessage.emit(self.tr("Velg enheten det skal limes inn i"))
            return False
        if dnd.drop(self.controller, self.clipboard, target):
            self.clipboard = None
            self.clipboardChanged.emit()
            return True
        return False

    def move_to(self) -> bool:
        """ "Flytt til…": pick a unit in a searchable list and move the selection there."""
        mime = self.selection_mime()
        sc = self.controller.scenario()
        if mime is None or sc is None:
            self.controller.statusMessage.emit(self.tr("Velg enheter eller stillinger å flytte"))
            return False
        exclude: set[str] = set()
        for uid in dnd.dragged_units(mime):
            if uid in sc.units:
                exclude |= {uid, *sc.descendants(uid)}
        dialog = self.move_dialog_factory(self.controller, exclude, self.window)
        target = dialog.choose()
        if target is None:
            return False
        return dnd.drop(self.controller, mime, target)

    def move_among_siblings(self, step: int) -> bool:
        """Alt+Up (``step`` -1) / Alt+Down (1): the selected unit one place up or down among its
        siblings; the same op (and one undo step) as dragging it onto the gap there."""
        sc = self.controller.scenario()
        units = self.controller.selected_units()
        if sc is None or len(units) != 1 or units[0] not in sc.units:
            self.controller.statusMessage.emit(self.tr("Velg én enhet som skal flyttes"))
            return False
        uid = units[0]
        parent = sc.units[uid].parent_id
        siblings = sc.children(parent)
        at = siblings.index(uid) + step
        if not 0 <= at < len(siblings):
            first = self.tr("«%1» er allerede først") if step < 0 else self.tr("«%1» er allerede sist")
            self.controller.statusMessage.emit(first.replace("%1", sc.units[uid].name))
            return False
        return dnd.drop(self.controller, dnd.units_mime(sc.id, [uid]), parent, at)

    def add_relation(self) -> bool:
        """A dotted-line (fag) relation from the selected unit or position to a unit picked in a list."""
        sc = self.controller.scenario()
        positions = self._selected_positions()
        units = self.controller.selected_units()
        if sc is None or not (positions or units):
            self.controller.statusMessage.emit(self.tr("Velg enheten eller stillingen linjen skal gå fra"))
            return False
        kind, source = ("position", positions[0]) if positions else ("unit", units[0])
        dialog = self.move_dialog_factory(self.controller, {source} if kind == "unit" else set(), self.window)
        if hasattr(dialog, "setWindowTitle"):
            dialog.setWindowTitle(self.tr("Stiplet linje til"))
        target = dialog.choose()
        if target is None:
            return False
        return self._run(lambda: ops.add_relation(self.controller.project, sc.id, kind, source, target))
