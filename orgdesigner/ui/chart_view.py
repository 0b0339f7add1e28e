"""The org chart widget: zoom, pan, keyboard, selection, rename, delete, drag and drop.

Every edit goes through ``controller.run(op)`` (one undo step); drops are
checked and turned into ops by :mod:`orgdesigner.ui.dnd`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QDrag, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QLineEdit, QMenu

from ..analysis import layout as lay
from ..model import ModelError, Unit, UnitType, new_id, ops
from . import dnd
from .chart_scene import ChartScene

MIN_SCALE, MAX_SCALE = 0.02, 4.0
EDGE = 32  # px from the viewport edge where a drag scrolls
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


class ChartView(QGraphicsView):
    """Shows the controller's scenario as an org chart and edits it."""

    #: the unit the keyboard focus rectangle is on ("" for none)
    currentChanged = Signal(str)

    def __init__(self, controller: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.chart = ChartScene(controller, self)
        self.setScene(self.chart)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Organisasjonskart"))
        self._press: tuple[QPointF, str] | None = None
        self._pan: QPoint | None = None
        self._space = False
        self._relation_source: str | None = None
        self._drag_target: tuple[str | None, str] | None = None
        self._scroll = QPoint()
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setInterval(30)
        self._scroll_timer.timeout.connect(self._auto_scroll)
        self.editor: QLineEdit | None = None
        controller.selectionChanged.connect(self._on_selection)

    # -- public slots ---------------------------------------------------------------
    @Slot()
    def zoom_in(self) -> None:
        self._zoom(1.25)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(0.8)

    @Slot()
    def zoom_reset(self) -> None:
        self.resetTransform()

    @Slot()
    def zoom_fit(self) -> None:
        self.chart.finish_animation()
        rect = self.chart.itemsBoundingRect()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def _zoom(self, factor: float) -> None:
        s = self.zoom_factor()
        factor = max(MIN_SCALE / s, min(MAX_SCALE / s, factor))
        self.scale(factor, factor)

    @Slot()
    def expand_all(self) -> None:
        self.chart.expand_all()

    @Slot()
    def collapse_all(self) -> None:
        self.chart.collapse_all()

    @Slot(int)
    def expand_to_level(self, level: int) -> None:
        self.chart.expand_to_level(level)

    @Slot(str)
    def set_colour_mode(self, mode: str) -> None:
        """"type" (unit type) or "origin" (mix of old kommuner as a stacked bar)."""
        self.chart.style.colour_mode = "origin" if mode == "origin" else "type"
        self.viewport().update()

    @Slot(str)
    def center_on_unit(self, unit_id: str) -> None:
        """Expand the unit's collapsed ancestors and centre the chart on it."""
        self.chart.reveal(unit_id)
        self.chart.finish_animation()
        item = self.chart.items_by_unit.get(unit_id)
        if item is not None:
            self.centerOn(item.scene_box().center())
            self._set_current(unit_id)

    def current_unit(self) -> str | None:
        return self.chart.style.current

    # -- selection and focus ----------------------------------------------------------
    def _set_current(self, unit_id: str | None) -> None:
        st = self.chart.style
        old, st.current = st.current, unit_id
        for uid in (old, unit_id):
            item = self.chart.items_by_unit.get(uid or "")
            if item is not None:
                item.update()
        if old != unit_id:
            self.currentChanged.emit(unit_id or "")

    def _on_selection(self, items: list, origin: object) -> None:
        units = [i for k, i in items if k == "unit"]
        if origin is self.chart or not units:
            return
        self.chart.finish_animation()
        item = self.chart.items_by_unit.get(units[-1])
        if item is not None:
            self._set_current(units[-1])
            self.ensureVisible(item.scene_box(), 40, 40)

    def _select(self, unit_ids: list[str]) -> None:
        self.controller.select([("unit", u) for u in unit_ids], self)
        self.chart._sync_from_controller()
        if unit_ids:
            self._set_current(unit_ids[-1])

    def focusInEvent(self, event: Any) -> None:  # noqa: N802
        self.chart.style.show_focus = True
        if self.chart.style.current is None and self.chart.layout.boxes:
            sel = self.controller.selected_units()
            self._set_current(sel[-1] if sel else next(iter(self.chart.layout.boxes)))
        self.viewport().update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        self.chart.style.show_focus = False
        self.viewport().update()
        super().focusOutEvent(event)

    # -- mouse ------------------------------------------------------------------------
    def _unit_at(self, pos: QPoint | QPointF) -> str | None:
        return self.chart.unit_at(self.mapToScene(QPointF(pos).toPoint()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan = pos.toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        uid = self._unit_at(pos)
        if event.button() == Qt.MouseButton.LeftButton and uid is not None:
            if self._relation_source is not None:
                self._finish_relation(uid)
                event.accept()
                return
            item = self.chart.items_by_unit[uid]
            if item.toggle_rect().contains(item.mapFromScene(self.mapToScene(pos.toPoint()))) and \
                    self.chart.layout.boxes[uid].has_children:
                self.chart.toggle(uid)
                event.accept()
                return
            selected = self.controller.selected_units()
            mods = event.modifiers()
            if mods & Qt.KeyboardModifier.ControlModifier:
                sel = [u for u in selected if u != uid] if uid in selected else [*selected, uid]
            elif mods & Qt.KeyboardModifier.ShiftModifier:
                sel = [*[u for u in selected if u != uid], uid]
            elif uid in selected:
                sel = selected  # keep a multi-selection for a drag
            else:
                sel = [uid]
            self._select(sel)
            self._set_current(uid)
            self._press = (pos, uid)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._relation_source is not None:
            self._cancel_relation()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan is not None:
            delta = event.position().toPoint() - self._pan
            self._pan = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._press is not None:
            start, uid = self._press
            if QLineF(start, event.position()).length() >= QApplication.startDragDistance():
                self._press = None
                self._start_drag(uid)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan is not None:
            self._pan = None
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._press is not None:
            self._press = None
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        uid = self._unit_at(event.position())
        if uid is not None and event.button() == Qt.MouseButton.LeftButton:
            self.start_rename(uid)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dy = event.angleDelta().y()
            if dy:
                self._zoom(1.0015 ** dy)
            event.accept()
            return
        super().wheelEvent(event)

    # -- drag and drop ------------------------------------------------------------------
    def _start_drag(self, uid: str) -> None:
        sc = self.controller.scenario()
        if sc is None:
            return
        selected = self.controller.selected_units()
        units = selected if uid in selected else [uid]
        drag = QDrag(self)
        drag.setMimeData(dnd.units_mime(sc.id, units))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if dnd.accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._drag_target = None
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        pos = event.position()
        self._update_scroll(pos)
        target = self._unit_at(pos)
        op, why = self._check(event.mimeData(), target)
        self._show_drop(target, op is not None, why)
        if op is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802
        self._end_drag_feedback()
        event.accept()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        target = self._unit_at(event.position())
        self._end_drag_feedback()
        op, why = self._check(event.mimeData(), target)
        if op is None:
            self.controller.statusMessage.emit(why)
            event.ignore()
            return
        if self.controller.run(op):
            self.chart.finish_animation()
            if target is not None:
                self._set_current(target)
        # the model did the move: the drag source must not remove anything itself
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()

    def _check(self, mime: Any, target: str | None) -> tuple[Any, str]:
        if target is None:
            return None, self.tr("Slipp på en enhet i kartet")
        return dnd.check_drop(self.controller, mime, target)

    def _show_drop(self, target: str | None, ok: bool, why: str) -> None:
        st = self.chart.style
        new = (target, ok) if target is not None else None
        if st.drop_target != new:
            for t in (st.drop_target, new):
                if t is not None and t[0] in self.chart.items_by_unit:
                    self.chart.items_by_unit[t[0]].update()
            st.drop_target = new
        key = (target, why)
        if not ok and key != self._drag_target and target is not None:
            self.controller.statusMessage.emit(why)
        self._drag_target = key

    def _end_drag_feedback(self) -> None:
        self._scroll_timer.stop()
        st = self.chart.style
        if st.drop_target is not None:
            item = self.chart.items_by_unit.get(st.drop_target[0])
            st.drop_target = None
            if item is not None:
                item.update()
        self._drag_target = None

    def _update_scroll(self, pos: QPointF) -> None:
        r = self.viewport().rect()
        dx = -1 if pos.x() < EDGE else (1 if pos.x() > r.width() - EDGE else 0)
        dy = -1 if pos.y() < EDGE else (1 if pos.y() > r.height() - EDGE else 0)
        self._scroll = QPoint(dx * 20, dy * 20)
        if dx or dy:
            if not self._scroll_timer.isActive():
                self._scroll_timer.start()
        else:
            self._scroll_timer.stop()

    def _auto_scroll(self) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + self._scroll.x())
        v.setValue(v.value() + self._scroll.y())

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        K = Qt.Key
        if ctrl and key in (K.Key_Plus, K.Key_Equal):
            self.zoom_in()
        elif ctrl and key == K.Key_Minus:
            self.zoom_out()
        elif ctrl and key == K.Key_0:
            self.zoom_reset()
        elif ctrl and key == K.Key_9:
            self.zoom_fit()
        elif key == K.Key_Space and not event.isAutoRepeat() and not ctrl:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right) and not ctrl:
            self._navigate(key, bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif key in (K.Key_Return, K.Key_Enter, K.Key_F2) and self.current_unit():
            self.start_rename(self.current_unit() or "")
        elif key == K.Key_Delete:
            self.delete_selected()
        elif key == K.Key_Escape:
            self._cancel_relation()
        elif key in (K.Key_Plus, K.Key_Minus) and self.current_unit():
            uid = self.current_unit() or ""
            if (key == K.Key_Plus) == (uid in self.chart.collapsed):
                self.chart.toggle(uid)
        elif key == K.Key_Menu or (key == K.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier):
            item = self.chart.items_by_unit.get(self.current_unit() or "")
            if item is not None:
                pt = self.mapFromScene(item.scene_box().center())
                self._context_menu(self.current_unit() or "", self.viewport().mapToGlobal(pt))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _navigate(self, key: int, extend: bool) -> None:
        sc = self.controller.scenario()
        if sc is None or not self.chart.layout.boxes:
            return
        cur = self.current_unit()
        if cur not in self.chart.layout.boxes:
            nxt = next(iter(self.chart.layout.boxes))
        else:
            direction = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down",
                         Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right"}[key]
            if direction == "down" and cur in self.chart.collapsed:
                self.chart.toggle(cur)
            nxt = lay.neighbour(sc, self.chart.layout, cur, direction)
        if nxt is None:
            return
        sel = self.controller.selected_units()
        self._select([*[u for u in sel if u != nxt], nxt] if extend else [nxt])
        self.chart.finish_animation()
        self.ensureVisible(self.chart.items_by_unit[nxt].scene_box(), 40, 40)

    # -- editing -------------------------------------------------------------------------
    def start_rename(self, unit_id: str) -> None:
        """Edit the unit's name in place; Enter commits (one undo step), Esc cancels."""
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
        editor.returnPressed.connect(lambda: self._commit_rename(unit_id))
        editor.installEventFilter(self)
        editor.show()
        editor.setFocus()
        self.editor = editor

    def _commit_rename(self, unit_id: str) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        name = editor.text()
        editor.deleteLater()
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
        if obj is self.editor and event.type() == event.Type.FocusOut:
            QTimer.singleShot(0, self.cancel_rename)
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
        chosen = set(sel)
        tops = [u for u in sel if not chosen & set(sc.ancestors(u))]
        project = self.controller.project

        def make() -> Any:
            parts = [ops.remove_unit(project, sc.id, u) for u in tops]
            if len(parts) == 1:
                return parts[0]
            return ops.Compound(parts, text=self.tr("Slett %n enheter", "", len(parts)))

        self._run(make)

    def add_child(self, parent_id: str) -> None:
        sc = self.controller.scenario()
        if sc is None or parent_id not in sc.units:
            return
        unit = Unit(new_id("u"), self.tr("Ny enhet"), CHILD_TYPE.get(sc.units[parent_id].type, UnitType.AVDELING),
                    parent_id=parent_id)
        if self._run(lambda: ops.add_unit(self.controller.project, sc.id, unit)):
            self.chart.reveal(unit.id)
            self._select([unit.id])
            self.start_rename(unit.id)

    # -- dotted lines --------------------------------------------------------------------
    def begin_relation(self, source_unit: str) -> None:
        """Two-click mode: the next click on a box adds a dotted line from ``source_unit`` to it."""
        self._relation_source = source_unit
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.controller.statusMessage.emit(self.tr("Klikk på enheten den stiplede linjen skal gå til (Esc avbryter)"))

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
                text = self.tr("Vis underenheter") if uid in self.chart.collapsed else self.tr("Skjul underenheter")
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
                    menu.addAction(text, lambda rid=rel.id: self._run(
                        lambda: ops.remove_relation(self.controller.project, sc.id, rid)))
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
        menu.addAction(self.tr("Tilpass til vindu\tCtrl+9"), self.zoom_fit)
        menu.addAction(self.tr("100 %\tCtrl+0"), self.zoom_reset)
        return menu

    def _context_menu(self, uid: str | None, global_pos: QPoint) -> None:
        self.build_menu(uid).exec(global_pos)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
