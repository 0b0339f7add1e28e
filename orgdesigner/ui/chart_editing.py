"""Editing from the chart: in-place rename, delete, add child, dotted lines, context menu.

A mixin of :class:`orgdesigner.ui.chart_view.ChartView`. Every edit is one op run
through the controller (one undo step); a refused edit goes to the status bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu

from ..model import ModelError, Unit, UnitType, new_id, ops

CHILD_TYPE = {
    UnitType.KOMMUNEDIREKTOR: UnitType.TJENESTEOMRADE,
    UnitType.STAB: UnitType.AVDELING,
    UnitType.STOTTE: UnitType.AVDELING,
    UnitType.TJENESTEOMRADE: UnitType.VIRKSOMHET,
    UnitType.VIRKSOMHET: UnitType.AVDELING,
    UnitType.AVDELING: UnitType.SEKSJON,
    UnitType.SEKSJON: UnitType.TEAM,
    UnitType.TEAM: UnitType.TEAM,
}

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChartEditing:
    """Edit commands of the chart view (needs ``controller``, ``chart`` and the view's helpers)."""

    controller: Any
    chart: Any
    editor: QLineEdit | None
    _relation_source: str | None

    # -- editing -------------------------------------------------------------------------
    def start_rename(self, unit_id: str) -> None:
        """Edit the unit's name in place; Enter or leaving the field commits (one undo step), Esc cancels."""
        sc = self.controller.scenario()
        item = self.chart.items_by_unit.get(unit_id)
        if sc is None or item is None:
            return
        self.cancel_rename()
        self.chart.finish_animation()
        self.ensureVisible(item.scene_box(), 20, 20)
        rect = self.mapFromScene(item.scene_box()).boundingRect()
        editor = QLineEdit(sc.units[unit_id].name, self.viewport())
        editor.setAccessibleName(self.tr("Nytt navn på enheten"))
        editor.setGeometry(rect.left() + 4, rect.top() + 8, max(120, rect.width() - 8), 26)
        editor.selectAll()
        editor.installEventFilter(self)
        editor.show()
        editor.setFocus()
        self.editor = editor
        self._rename_unit = unit_id

    def _commit_rename(self, unit_id: str, refocus: bool = True) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        name = editor.text()
        editor.deleteLater()
        if refocus:
            self.setFocus()
        sc = self.controller.scenario()
        if sc is None or unit_id not in sc.units or name.strip() == sc.units[unit_id].name:
            return
        self._run(lambda: ops.rename_unit(self.controller.project, sc.id, unit_id, name))

    def cancel_rename(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.deleteLater()
            self.setFocus()

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        if obj is self.editor and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.cancel_rename()
            return True
        if obj is self.editor and event.type() == event.Type.KeyPress and event.key() in _ENTER:
            # QLineEdit lets Enter through to its parent, where the view would reopen the editor
            self._commit_rename(getattr(self, "_rename_unit", ""))
            return True
        if obj is self.editor and event.type() == event.Type.FocusOut:
            # clicking elsewhere keeps what was typed, like an item view does
            uid = getattr(self, "_rename_unit", "")
            QTimer.singleShot(0, lambda ed=obj: self.editor is ed and self._commit_rename(uid, refocus=False))
        return super().eventFilter(obj, event)

    def _run(self, make_op: Any) -> bool:
        try:
            op = make_op()
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        return self.controller.run(op)

    def delete_selected(self) -> None:
        """Delete the selected units with their subtrees as one undo step."""
        sc = self.controller.scenario()
        sel = [u for u in self.controller.selected_units() if sc is not None and u in sc.units]
        if not sel:
            return
        project = self.controller.project

        def make() -> Any:
            return ops.remove_units(project, sc.id, sel)

        self._run(make)

    def add_child(self, parent_id: str) -> None:
        sc = self.controller.scenario()
        if sc is None or parent_id not in sc.units:
            return
        unit = Unit(
            new_id("u"),
            self.tr("Ny enhet"),
            CHILD_TYPE.get(sc.units[parent_id].type, UnitType.AVDELING),
            parent_id=parent_id,
        )
        if self._run(lambda: ops.add_unit(self.controller.project, sc.id, unit)):
            self.chart.reveal(unit.id)
            self._select([unit.id])
            self.start_rename(unit.id)

    # -- dotted lines --------------------------------------------------------------------
    def begin_relation(self, source_unit: str) -> None:
        """Two-click mode: the next click on a box adds a dotted line from ``source_unit`` to it."""
        self._relation_source = source_unit
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.controller.statusMessage.emit(
            self.tr(
                "Klikk på enheten den stiplede linjen skal gå til, eller velg den med piltastene og Enter (Esc avbryter)"
            )
        )

    def _finish_relation(self, target: str) -> None:
        source, self._relation_source = self._relation_source, None
        self.viewport().unsetCursor()
        sc = self.controller.scenario()
        if source is None or sc is None:
            return
        self._run(lambda: ops.add_relation(self.controller.project, sc.id, "unit", source, target))

    def _cancel_relation(self) -> None:
        if self._relation_source is not None:
            self._relation_source = None
            self.viewport().unsetCursor()
            self.controller.statusMessage.emit(self.tr("Avbrutt"))

    def contextMenuEvent(self, event: Any) -> None:  # noqa: N802
        uid = self._unit_at(event.pos())
        self._context_menu(uid, event.globalPos())

    def build_menu(self, uid: str | None) -> QMenu:
        """The context menu for a box (or for the empty chart when ``uid`` is None)."""
        menu = QMenu(self)
        sc = self.controller.scenario()
        if uid is not None and sc is not None and uid in sc.units:
            if uid not in self.controller.selected_units():
                self._select([uid])
            menu.addAction(self.tr("Gi nytt navn\tF2"), lambda: self.start_rename(uid))
            menu.addAction(self.tr("Legg til underenhet"), lambda: self.add_child(uid))
            menu.addAction(self.tr("Slett\tDelete"), self.delete_selected)
            if sc.children(uid):
                text = (
                    self.tr("Vis underenheter")
                    if uid in self.chart.collapsed
                    else self.tr("Skjul underenheter")
                )
                menu.addAction(text, lambda: self.chart.toggle(uid))
            menu.addSeparator()
            menu.addAction(self.tr("Legg til stiplet linje til…"), lambda: self.begin_relation(uid))
            for rel in sc.relations.values():
                other = None
                if rel.source_kind == "unit" and rel.source_id == uid:
                    other = rel.target_unit_id
                elif rel.target_unit_id == uid and rel.source_kind == "unit":
                    other = rel.source_id
                if other in sc.units:
                    text = self.tr("Fjern stiplet linje til «%1»").replace("%1", sc.units[other].name)
                    menu.addAction(
                        text,
                        lambda rid=rel.id: self._run(
                            lambda: ops.remove_relation(self.controller.project, sc.id, rid)
                        ),
                    )
            menu.addSeparator()
        menu.addAction(self.tr("Utvid alle"), self.expand_all)
        menu.addAction(self.tr("Skjul alle"), self.collapse_all)
        levels = menu.addMenu(self.tr("Vis nivåer"))
        for n in range(1, 7):
            levels.addAction(str(n), lambda n=n: self.expand_to_level(n))
        colour = menu.addMenu(self.tr("Farge etter"))
        for mode, text in (("type", self.tr("Enhetstype")), ("origin", self.tr("Opprinnelse (kommune)"))):
            act: QAction = colour.addAction(text, lambda m=mode: self.set_colour_mode(m))
            act.setCheckable(True)
            act.setChecked(self.chart.style.colour_mode == mode)
        menu.addAction(self.tr("Tilpass til vinduet\tCtrl+0"), self.zoom_fit)
        menu.addAction(self.tr("100 %\tCtrl+1"), self.zoom_reset)
        menu.addSeparator()
        below = uid if uid is not None and sc is not None and sc.children(uid) else None
        menu.addAction(self.tr("Lagre kartet som PDF, PNG eller SVG …"), lambda: self.save_chart_as())
        if below is not None:
            menu.addAction(self.tr("Lagre kartet under denne enheten …"), lambda: self.save_chart_as(below))
        menu.addAction(self.tr("Skriv ut kartet …"), self.print_preview)
        return menu

    def save_chart_as(self, root_unit_id: str | None = None, path: str | None = None) -> bool:
        """Write what the chart shows (colours, collapsed units) to a PDF, PNG or SVG file."""
        from .chart_export import ChartExportError, render_chart

        sc = self.controller.scenario()
        if sc is None:
            return False
        paper: dict[str, Any] = {}
        if path is None:  # file, paper size, orientation and tiling, as the CLI offers them
            from .chart_export_dialog import ask_chart_export

            paper = ask_chart_export(self, f"{sc.name}.pdf") or {}
            path = paper.pop("path", None)
            if not path:
                return False
        try:
            pages = render_chart(
                self.controller.project,
                sc.id,
                path,
                root_unit_id=root_unit_id,
                collapsed=self.chart.collapsed,
                colour_mode=self.chart.style.colour_mode,
                **paper,
            )
        except ChartExportError as exc:
            self.controller.statusMessage.emit(str(exc))
            return False
        self.controller.statusMessage.emit(
            self.tr("Lagret kartet i %1 (%2 s.)").replace("%1", path).replace("%2", str(pages))
        )
        return True

    def print_preview(self) -> Any:
        """The print dialog with preview of what the chart shows."""
        from .chart_print import print_chart

        return print_chart(self.controller, self, chart_view=self)

    def _context_menu(self, uid: str | None, global_pos: QPoint) -> None:
        self.build_menu(uid).exec(global_pos)
