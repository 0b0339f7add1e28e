"""The chart's overview map: the whole laid-out chart in miniature, in the view's corner.

The boxes are drawn once per layout into a pixmap (one small rectangle per box, coloured by unit
type), so panning and zooming repaint only the pixmap and the frame of the visible part. A click
or a drag in the map centres the chart there. The map shows itself only while the chart does not
fit in the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from . import theme_qt

SIZE = QSize(220, 150)  # the largest the map gets; it keeps the chart's proportions
MIN_SIZE = QSize(60, 40)  # smaller than this the map is not shown
MARGIN = 10  # from the view's corner
REDRAW_MS = 250


class ChartOverview(QWidget):
    """Miniature of ``view``'s scene with the visible part framed; click or drag to move there."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("chart_overview")
        self.setAccessibleName(self.tr("Oversiktskart"))
        self.setToolTip(self.tr("Oversikt over hele kartet: klikk eller dra for å flytte visningen"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._pixmap: QPixmap | None = None
        self._scene_rect = QRectF()
        self._dragging = False
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self.draw)
        theme_qt.manager().changed.connect(self._redraw.start)  # the theme's colours
        view.chart.laidOut.connect(self.relayout)
        view.horizontalScrollBar().valueChanged.connect(self.follow_view)
        view.verticalScrollBar().valueChanged.connect(self.follow_view)
        view.horizontalScrollBar().rangeChanged.connect(self.follow_view)
        view.verticalScrollBar().rangeChanged.connect(self.follow_view)
        self.relayout()
        self.draw()

    # -- geometry -----------------------------------------------------------------------
    def scale(self) -> float:
        """Map pixels per scene unit."""
        r, most = self._scene_rect, self.largest()
        if r.isEmpty():
            return 1.0
        return max(min(most.width() / r.width(), most.height() / r.height()), 1e-6)

    def largest(self) -> QSize:
        """``SIZE``, or a quarter of the viewport's width and height if that is less (a laptop
        at 150–200 % zoom), so the map never covers much of a small chart."""
        vp = self.view.viewport()
        return QSize(min(SIZE.width(), vp.width() // 4), min(SIZE.height(), vp.height() // 4))

    def _natural_size(self) -> QSize:
        s = self.scale()
        return QSize(int(self._scene_rect.width() * s) + 2, int(self._scene_rect.height() * s) + 2)

    def to_scene(self, pos: QPointF) -> QPointF:
        s = self.scale()
        return QPointF(
            self._scene_rect.left() + (pos.x() - 1) / s, self._scene_rect.top() + (pos.y() - 1) / s
        )

    def to_map(self, rect: QRectF) -> QRectF:
        s, r = self.scale(), self._scene_rect
        return QRectF(
            1 + (rect.left() - r.left()) * s,
            1 + (rect.top() - r.top()) * s,
            rect.width() * s,
            rect.height() * s,
        )

    def place(self) -> None:
        """Keep to the bottom-right corner of the view's viewport."""
        vp = self.view.viewport()
        self.move(vp.x() + vp.width() - self.width() - MARGIN, vp.y() + vp.height() - self.height() - MARGIN)

    # -- following the chart --------------------------------------------------------------
    def relayout(self) -> None:
        """Take the new layout's size now; redraw the miniature a little later (after an edit the
        chart repaints first, and edits close together redraw it once)."""
        layout = self.view.chart.layout
        self._scene_rect = QRectF(0, 0, max(layout.width, 1.0), max(layout.height, 1.0))
        self.resize(self._natural_size())
        self._redraw.start()
        self.follow_view()

    def draw(self) -> None:
        """Draw the boxes of the current layout into the pixmap."""
        self._redraw.stop()
        layout, s, size = self.view.chart.layout, self.scale(), self.size()
        pix = QPixmap(size * self.devicePixelRatioF())
        pix.setDevicePixelRatio(self.devicePixelRatioF())
        pal = self.view.chart.style.palette
        bg = QColor(pal.chart_bg)
        bg.setAlpha(235)
        pix.fill(bg)
        p = QPainter(pix)
        sc = self.view.chart.scenario()
        units = sc.units if sc is not None else {}
        by_colour: dict[str, list[QRectF]] = {}
        for uid, box in layout.boxes.items():
            unit = units.get(uid)
            colour = pal.type_colour(unit.type) if unit is not None else pal.type_default
            rect = QRectF(1 + box.x * s, 1 + box.y * s, max(box.w * s, 1.0), max(box.h * s, 1.0))
            by_colour.setdefault(colour, []).append(rect)
        p.setPen(Qt.PenStyle.NoPen)
        for colour, rects in by_colour.items():  # one call per colour: fast for 5 000 boxes
            p.setBrush(QColor(colour))
            p.drawRects(rects)
        p.setPen(QColor(pal.connector))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(0, 0, size.width() - 1, size.height() - 1))
        p.end()
        self._pixmap = pix
        self.update()

    def follow_view(self, *_args: Any) -> None:
        """Show the map only while the chart does not fit; frame the visible part."""
        visible = self.view.visible_scene_rect()
        fits = visible.contains(QRectF(self._scene_rect).adjusted(1, 1, -1, -1))
        if self.size() != self._natural_size():  # the viewport was resized
            self.resize(self._natural_size())
            self._redraw.start()
        most = self.largest()
        room = most.width() >= MIN_SIZE.width() and most.height() >= MIN_SIZE.height()
        self.setVisible(bool(self.view.chart.layout.boxes) and not fits and room)
        self.place()
        self.update()

    # -- painting and mouse -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        if self._redraw.isActive() and self._pixmap is None:
            self.draw()
        if self._pixmap is not None:  # the last miniature, stretched until it is redrawn
            p.drawPixmap(QRectF(self.rect()), self._pixmap, QRectF(self._pixmap.rect()))
        frame = self.to_map(self.view.visible_scene_rect()).intersected(
            QRectF(self.rect()).adjusted(0, 0, -1, -1)
        )
        frame_colour = QColor(self.view.chart.style.palette.overview_frame)
        p.setPen(QPen(frame_colour, 2))
        frame_colour.setAlpha(40)
        p.setBrush(frame_colour)
        p.drawRect(frame)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self.view.centerOn(self.to_scene(event.position()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging:
            self.view.centerOn(self.to_scene(event.position()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._dragging = False
        super().mouseReleaseEvent(event)
