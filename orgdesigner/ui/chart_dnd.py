"""Drag and drop on the chart: start drags, show the drop indicator, auto-scroll, drop.

A mixin of :class:`orgdesigner.ui.chart_view.ChartView` (kept apart to keep files
small). Drops are checked and turned into one op by :mod:`orgdesigner.ui.dnd`; a
refused drop says why in the status bar and changes nothing.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDrag

from . import dnd

EDGE = 32  # px from the viewport edge where a drag scrolls
SPRING_MS = 700  # hovering this long over a collapsed box during a drag expands it


def _dragged_units(mime: Any) -> set[str]:
    if not mime.hasFormat(dnd.MIME_UNITS):
        return set()
    try:
        return set(json.loads(bytes(mime.data(dnd.MIME_UNITS)).decode()).get("units", []))
    except (ValueError, UnicodeDecodeError, AttributeError):
        return set()


class ChartDragDrop:
    """Drag-and-drop handlers of the chart view (needs ``controller``, ``chart``, ``_unit_at``)."""

    controller: Any
    chart: Any

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
            self._drag_checks: dict = {}
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        pos = event.position()
        self._update_scroll(pos)
        target = self._unit_at(pos)
        checks = getattr(self, "_drag_checks", None)
        if checks is None:
            checks = self._drag_checks = {}
        if target not in checks:  # one check per target and drag, not per mouse move
            op, why = self._check(event.mimeData(), target)
            if op is not None and target is not None:
                name = self.chart.scenario().units[target].name
                why = self.tr("Slipp for: %1 → «%2»").replace("%1", op.text).replace("%2", name)
            home = target is not None and target in _dragged_units(event.mimeData())
            checks[target] = (op is not None, why, home)
        ok, why, home = checks[target]
        self._spring(target)
        if home:  # the drag starts over its own box: no red frame, no message yet
            self._show_drop(None, False, "")
        else:
            self._show_drop(target, ok, why)
        if ok:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802
        if self._drag_target is not None:
            self.controller.statusMessage.emit("")  # the hint of the last box no longer applies
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
                name = self.chart.scenario().units[target].name
                self.controller.statusMessage.emit(f"{op.text} → «{name}»")
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
        if key != self._drag_target and target is not None:
            self.controller.statusMessage.emit(why)  # why it is refused, or what a drop would do
        self._drag_target = key

    def _spring(self, target: str | None) -> None:
        """Open a collapsed box the drag rests on, so a drop can reach its subunits."""
        timer = getattr(self, "_spring_timer", None)
        if timer is None:
            timer = self._spring_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(self._spring_open)
            self._spring_target = None
        if target == self._spring_target and timer.isActive():
            return
        self._spring_target = target
        if target is not None and target in self.chart.collapsed:
            timer.start(SPRING_MS)
        else:
            timer.stop()

    def _spring_open(self) -> None:
        target = self._spring_target
        if target is not None and target in self.chart.collapsed:
            self.chart.toggle(target)
            self.chart.finish_animation()
            self._drag_checks = {}

    def _end_drag_feedback(self) -> None:
        if getattr(self, "_spring_timer", None) is not None:
            self._spring_timer.stop()
        self._scroll_timer.stop()
        self._drag_checks = {}
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
