"""A dotted-line (fag) relation of a scenario drawn as a dashed curved connector."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from .. import theme

#: the light palette's colour (the scene passes the colour of the theme in force)
RELATION_COLOUR = QColor(theme.LIGHT.relation)


class RelationItem(QGraphicsPathItem):
    """Dashed connector from the source unit's box to the target unit's box, with an arrow head."""

    def __init__(self, relation_id: str, colour: str = theme.LIGHT.relation) -> None:
        super().__init__()
        self.relation_id = relation_id
        self.set_colour(colour)
        self.setZValue(2)  # above the boxes: a dotted line is easy to lose behind them
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_colour(self, colour: str) -> None:
        """Opaque, so its contrast over boxes and background is what the palette says."""
        self.setPen(QPen(QColor(colour), 2.0, Qt.PenStyle.DashLine))

    def set_ends(self, source: QRectF, target: QRectF) -> None:
        """Route from the side of ``source`` facing ``target`` to ``target``'s nearest side."""
        s, t = source.center(), target.center()
        if abs(t.x() - s.x()) >= abs(t.y() - s.y()):
            a = QPointF(source.right() if t.x() > s.x() else source.left(), s.y())
            b = QPointF(target.left() if t.x() > s.x() else target.right(), t.y())
            mid = (a.x() + b.x()) / 2
            c1, c2 = QPointF(mid, a.y()), QPointF(mid, b.y())
        else:
            a = QPointF(s.x(), source.bottom() if t.y() > s.y() else source.top())
            b = QPointF(t.x(), target.top() if t.y() > s.y() else target.bottom())
            mid = (a.y() + b.y()) / 2
            c1, c2 = QPointF(a.x(), mid), QPointF(b.x(), mid)
        path = QPainterPath(a)
        path.cubicTo(c1, c2, b)
        # arrow head at b, pointing along the last tangent
        d = b - c2
        length = max((d.x() ** 2 + d.y() ** 2) ** 0.5, 1e-6)
        ux, uy = d.x() / length, d.y() / length
        left = QPointF(b.x() - 9 * ux + 4.5 * uy, b.y() - 9 * uy - 4.5 * ux)
        right = QPointF(b.x() - 9 * ux - 4.5 * uy, b.y() - 9 * uy + 4.5 * ux)
        path.addPolygon(QPolygonF([left, b, right]))
        self.setPath(path)
