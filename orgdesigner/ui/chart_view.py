"""The org chart widget: zoom, pan, keyboard, selection, rename, delete, drag and drop.

Every edit goes through ``controller.run(op)`` (one undo step); drops are
checked and turned into ops by :mod:`orgdesigner.ui.dnd`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QLineEdit

from ..analysis import layout as lay
from . import chart_accessible
from .chart_dnd import ChartDragDrop
from .chart_editing import ChartEditing
from .chart_info import ChartInfo
from .chart_overview import ChartOverview
from .chart_scene import ChartScene

MIN_SCALE, MAX_SCALE = 0.02, 4.0


class ChartView(ChartDragDrop, ChartEditing, ChartInfo, QGraphicsView):
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
        self._told_current: str | None = None  # the unit describe_current last told about
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
        self.show_legend = True
        self.legend_label = self._make_legend_label()
        self.chart.laidOut.connect(self.update_legend)
        self.update_legend()
        self.overview = ChartOverview(self)  # the mini-map in the corner of a large chart
        controller.selectionChanged.connect(self._on_selection)
        controller.scenarioChanged.connect(
            self._on_scenario_changed
        )  # a bound slot: disconnects with the view
        QTimer.singleShot(0, self.initial_view)

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

    @Slot(str)
    def _on_scenario_changed(self, _scenario_id: str) -> None:
        QTimer.singleShot(0, self.initial_view)

    @Slot()
    def initial_view(self) -> None:
        """Show a newly opened chart: all of it if it is readable so, else the top at 100 %."""
        self.chart.finish_animation()
        rect = self.chart.itemsBoundingRect()
        if rect.isEmpty():
            return
        vp = self.viewport().rect()
        scale = min(vp.width() / max(rect.width(), 1), vp.height() / max(rect.height(), 1))
        if scale >= 0.6:
            self.zoom_fit()
            return
        self.resetTransform()
        roots = [b for b in self.chart.layout.boxes.values() if b.kind == "root"]
        x = roots[0].x + roots[0].w / 2 if roots else rect.center().x()
        self.centerOn(x, rect.top() - 20 + vp.height() / 2)

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
        """ "type" (unit type) or "origin" (mix of old kommuner as a stacked bar)."""
        self.chart.style.colour_mode = "origin" if mode == "origin" else "type"
        self.chart.update()
        self.viewport().update()
        self.update_legend()

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
        # compared with the last one described: the scene's selection sync may have moved st.current
        told, self._told_current = self._told_current, unit_id
        for uid in {old, told, unit_id}:
            item = self.chart.items_by_unit.get(uid or "")
            if item is not None:
                item.update()
        if told != unit_id:
            self.describe_current(unit_id)
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
        QTimer.singleShot(0, self, self._announce_current)  # after Qt announced the widget itself

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
            if (
                item.toggle_rect().contains(item.mapFromScene(self.mapToScene(pos.toPoint())))
                and self.chart.layout.boxes[uid].has_children
            ):
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
                self._zoom(1.0015**dy)
            event.accept()
            return
        super().wheelEvent(event)

    # -- keyboard ------------------------------------------------------------------------
    def event(self, event: Any) -> bool:
        """Keep F2/Enter for the in-place rename while the chart has focus (not the window's actions)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current_unit()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        K = Qt.Key
        if ctrl and key in (K.Key_Plus, K.Key_Equal):
            self.zoom_in()
        elif ctrl and key == K.Key_Minus:
            self.zoom_out()
        elif ctrl and key == K.Key_1:
            self.zoom_reset()
        elif ctrl and key in (K.Key_0, K.Key_9):
            self.zoom_fit()
        elif key == K.Key_Space and not event.isAutoRepeat() and not ctrl:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right) and not ctrl:
            self._navigate(key, bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif key in (K.Key_Return, K.Key_Enter) and self._relation_source is not None and self.current_unit():
            self._finish_relation(self.current_unit() or "")  # the keyboard way to pick the target
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
            direction = {
                Qt.Key.Key_Up: "up",
                Qt.Key.Key_Down: "down",
                Qt.Key.Key_Left: "left",
                Qt.Key.Key_Right: "right",
            }[key]
            if direction == "down" and cur in self.chart.collapsed:
                self.chart.toggle(cur)
            nxt = lay.neighbour(sc, self.chart.layout, cur, direction)
        if nxt is None:
            return
        sel = self.controller.selected_units()
        self._select([*[u for u in sel if u != nxt], nxt] if extend else [nxt])
        self.chart.finish_animation()
        self.ensureVisible(self.chart.items_by_unit[nxt].scene_box(), 40, 40)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.overview.follow_view()

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()


chart_accessible.register(ChartView)  # each box an accessible tree item
