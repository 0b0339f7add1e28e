"""One unit box of the chart: a projection of the model, painted by hand.

The item keeps only its unit id and a reference to the scene's shared
:class:`ChartStyle`; what it shows comes from the scene's
:class:`~orgdesigner.ui.chart_data.ChartData`. Text is drawn in ``paint`` (no
child text items, no drop shadows) and skipped when zoomed far out, so a
5 000-box scene builds and paints quickly.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from .. import formatting, i18n, theme
from ..model import UnitType
from .theme_qt import qcolor

#: the light palette's colours per unit type (exports and legends; painting reads the palette)
TYPE_COLOURS = dict(theme.LIGHT.type_colours)
SEVERITY_MARKS = {"error": "\u2715", "warning": "!", "info": "i"}  # beside the colour in a badge
# level of detail (screen pixels per scene unit): all text from FULL_LOD, the name alone in a
# font of NAME_SCREEN_PX screen pixels down to BLOCK_LOD, below that coloured blocks
FULL_LOD, BLOCK_LOD, NAME_SCREEN_PX = 0.6, 0.08, 12.0
TOGGLE_R = 8.0
TOGGLE_DY = 6.0  # the toggle's centre hangs this far below the box


def scaled_options(options: Any, scale: float) -> Any:
    """``options`` with boxes ``scale`` times the design size (200 × 84), for larger text."""
    base = type(options)()
    return dataclasses.replace(
        options,
        box_w=round(base.box_w * scale),
        box_h=round(base.box_h * scale),
        v_gap=round(base.v_gap * scale),  # room for the larger collapse toggle
    )


def fmt_number(value: float, decimals: int = 1) -> str:
    """A number in the app's language (orgdesigner.formatting): 12 345,5 (nb, nn) or 12,345.5 (en)."""
    return formatting.number(value, decimals)


class ChartStyle:
    """Shared paint state of one scene (fonts, colour mode, focus and drop target)."""

    def __init__(self) -> None:
        self.colour_mode = "type"  # or "origin"
        self.palette: theme.Palette = theme.current()  # the scene sets it again on a theme change
        self.origin_colours: dict[str, int] = {}  # source id -> index into palette.origin
        self.type_words: dict[tuple[str, str], str] = {}
        self.data: Any = None  # ChartData
        self.layout: Any = None  # ChartLayout (has_children / collapsed per box)
        self.current: str | None = None  # keyboard focus unit
        self.show_focus = False
        self.print_mode = False  # printed charts show a toggle only where something is hidden
        self.drop_target: tuple[str, bool] | None = None  # (unit id, accepted)
        # pixel sizes are scene units, so text keeps its size relative to the boxes on
        # any device (a 300 dpi PDF would otherwise blow point sizes up threefold)
        self.set_font_scale(1.0)

    def set_font_scale(self, scale: float) -> None:
        """Text ``scale`` times the 13/11 px design size (the system font size; boxes grow too)."""
        self.font_scale = scale
        self.name_font = QFont()
        self.name_font.setPixelSize(round(13 * scale))
        self.name_font.setBold(True)
        self.small_font = QFont()
        self.small_font.setPixelSize(round(11 * scale))
        self.name_fm = QFontMetricsF(self.name_font)
        self.small_fm = QFontMetricsF(self.small_font)
        self.elided: dict[tuple, Any] = {}
        self.fonts: dict[int, tuple[QFont, QFontMetricsF]] = {}

    def elide(self, text: str, width: float, bold: bool) -> str:
        key = (text, width, bold)
        out = self.elided.get(key)
        if out is None:
            fm = self.name_fm if bold else self.small_fm
            out = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
            if len(self.elided) > 50_000:
                self.elided.clear()
            self.elided[key] = out
        return out

    def wrap2(self, text: str, width: float) -> tuple[str, str]:
        """A bold name on at most two lines (the second elided)."""
        key = (text, width, None)
        out = self.elided.get(key)
        if out is None:
            fm = self.name_fm
            if fm.horizontalAdvance(text) <= width:
                out = (text, "")
            else:
                words, first = text.split(" "), ""
                while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= width:
                    first = (first + " " + words.pop(0)).strip()
                if not first:  # one very long word
                    out = (fm.elidedText(text, Qt.TextElideMode.ElideRight, width), "")
                else:
                    out = (first, fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
            self.elided[key] = out
        return out

    def font_px(self, px: int) -> tuple[QFont, QFontMetricsF]:
        """A bold font of ``px`` scene pixels and its metrics (cached)."""
        got = self.fonts.get(px)
        if got is None:
            font = QFont(self.name_font)
            font.setPixelSize(max(1, px))
            got = self.fonts[px] = (font, QFontMetricsF(font))
        return got

    def wrap_lines(self, text: str, width: float, px: int, most: int) -> list[str]:
        """``text`` in the bold ``px`` font over at most ``most`` lines, the last one elided."""
        key = (text, width, px, most)
        out = self.elided.get(key)
        if out is None:
            fm = self.font_px(px)[1]
            out, words = [], text.split()
            while words and len(out) < most:
                line = words.pop(0)
                while words and fm.horizontalAdvance(line + " " + words[0]) <= width:
                    line += " " + words.pop(0)
                if len(out) == most - 1 and words:
                    line = line + " " + " ".join(words)
                    words = []
                out.append(fm.elidedText(line, Qt.TextElideMode.ElideRight, width))
            self.elided[key] = out
        return out

    def type_word(self, unit_type: str) -> str:
        """The unit type as a word in the current language (cached per language)."""
        key = (i18n.current_language(), unit_type)
        word = self.type_words.get(key)
        if word is None:
            word = self.type_words[key] = i18n.label(UnitType.LABELS, unit_type)
        return word

    def origin_colour(self, source_id: str) -> QColor:
        n = self.origin_colours.get(source_id)
        if n is None:
            n = self.origin_colours[source_id] = len(self.origin_colours)
        colours = self.palette.origin
        return qcolor(colours[n % len(colours)])


class UnitItem(QGraphicsItem):
    """The box of one unit."""

    def __init__(self, unit_id: str, width: float, height: float, style: ChartStyle) -> None:
        super().__init__()
        self.unit_id = unit_id
        self._rect = QRectF(0, 0, width, height)
        self._style = style
        self._connector: QPolygonF | None = None
        self._points: list[tuple[float, float]] | None = None
        self._bounds = self._rect.adjusted(-6, -10, 10, self._hang() + 4)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)

    # geometry ---------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def set_connector(self, points: list[tuple[float, float]] | None) -> None:
        """The line from the parent to this box (item coordinates), drawn with the box.

        It starts below the parent's collapse toggle. The Qt polygon is made on first paint.
        """
        self.prepareGeometryChange()
        box = self._rect.adjusted(-6, -10, 10, self._hang() + 4)
        self._connector = None
        if not points:
            self._points = None
            self._bounds = box
            return
        (x0, y0), rest = points[0], points[1:]
        if rest and rest[0][0] == x0 and rest[0][1] > y0 + self._hang():
            y0 += self._hang()
        pts = [(x0, y0), *rest]
        self._points = pts
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        lo_x, lo_y = min(xs), min(ys)
        self._bounds = box.united(QRectF(lo_x - 2, lo_y - 2, max(xs) - lo_x + 4, max(ys) - lo_y + 4))

    def connector(self) -> QPolygonF | None:
        if self._connector is None and self._points:
            self._connector = QPolygonF([QPointF(x, y) for x, y in self._points])
        return self._connector

    def box_rect(self) -> QRectF:
        return QRectF(self._rect)

    def scene_box(self) -> QRectF:
        """The box (without connector and badge) in scene coordinates."""
        return self._rect.translated(self.pos())

    def toggle_rect(self) -> QRectF:
        """Where the collapse/expand button sits (item coordinates)."""
        k = self._style.font_scale  # the toggle grows with the text
        c = QPointF(self._rect.center().x(), self._rect.bottom() + TOGGLE_DY * k)
        return QRectF(c.x() - TOGGLE_R * k, c.y() - TOGGLE_R * k, 2 * TOGGLE_R * k, 2 * TOGGLE_R * k)

    def _hang(self) -> float:
        """How far the collapse toggle reaches below the box."""
        return (TOGGLE_DY + TOGGLE_R) * self._style.font_scale

    def shape(self) -> QPainterPath:  # clicks hit the box and its toggle, not the connector
        path = QPainterPath()
        path.addRect(self._rect)
        path.addEllipse(self.toggle_rect())
        return path

    # painting ----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Any = None) -> None:
        st = self._style
        data = st.data.boxes.get(self.unit_id) if st.data is not None else None
        if data is None:
            return
        r = self._rect
        # on screen, skip what cannot be read; a printed (vector) chart can be zoomed, so keep all
        lod = 1.0 if st.print_mode else option.levelOfDetailFromTransform(painter.worldTransform())
        pal = st.palette
        if self._points:
            painter.setPen(QPen(qcolor(pal.connector), 1.2))
            painter.drawPolyline(self.connector())
        colour = qcolor(pal.type_colour(data.type))
        selected = self.isSelected()
        painter.setPen(QPen(qcolor(pal.box_border_selected) if selected else colour, 3 if selected else 1))
        painter.setBrush(QBrush(qcolor(pal.box_fill_selected if selected else pal.box_fill)))
        if lod < BLOCK_LOD:  # far out: a coloured block is all one can see
            painter.setBrush(colour if not selected else qcolor(pal.box_border_selected))
            painter.drawRect(r)
            return
        painter.drawRoundedRect(r, 5, 5)
        self._paint_band(painter, data, colour)
        if lod >= FULL_LOD:
            self._paint_text(painter, data)
        else:  # zoomed out: only the name, in a font that stays readable on screen
            self._paint_name_only(painter, data, lod)
        self._paint_toggle(painter)
        if st.show_focus and st.current == self.unit_id:
            painter.setPen(QPen(qcolor(pal.focus), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 6, 6)
        if data.findings:
            self._paint_badge(painter, data)
        if st.drop_target is not None and st.drop_target[0] == self.unit_id:
            self._paint_drop(painter, st.drop_target[1])

    def _paint_band(self, painter: QPainter, data: Any, colour: QColor) -> None:
        r = self._rect
        band = QRectF(r.left() + 1, r.top() + 1, r.width() - 2, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._style.colour_mode == "origin":
            if not data.origin:
                painter.setBrush(qcolor(self._style.palette.origin_none))
                painter.drawRect(band)
            x = band.left()
            for source_id, share in data.origin.items():
                w = band.width() * share
                painter.setBrush(self._style.origin_colour(source_id))
                painter.drawRect(QRectF(x, band.top(), max(0.0, w - 1), band.height()))  # a gap between
                x += w
        else:
            painter.setBrush(colour)
            painter.drawRect(band)

    def _paint_name_only(self, painter: QPainter, data: Any, lod: float) -> None:
        st, r = self._style, self._rect
        px = int(min(r.height() * 0.45, NAME_SCREEN_PX / max(lod, 0.01)))
        font, fm = st.font_px(px)
        width = r.width() - 10
        lines = st.wrap_lines(data.name, width, px, max(1, int((r.height() - 10) // fm.height())))
        painter.setPen(qcolor(st.palette.text))
        painter.setFont(font)
        y = r.top() + 8 + (r.height() - 8 - fm.height() * len(lines)) / 2 + fm.ascent()
        for text in lines:
            painter.drawText(QPointF(r.left() + 5, y), text)
            y += fm.height()

    def _paint_text(self, painter: QPainter, data: Any) -> None:
        st, r = self._style, self._rect
        width = r.width() - 14
        x = r.left() + 7
        pal = st.palette
        painter.setPen(qcolor(pal.text))
        painter.setFont(st.name_font)
        first, second = st.wrap2(data.name, width)
        y = r.top() + 8 + st.name_fm.ascent()
        painter.drawText(QPointF(x, y), first)
        if second:
            y += st.name_fm.height() - 1
            painter.drawText(QPointF(x, y), second)
        painter.setFont(st.small_font)
        y += st.name_fm.descent() + 2 + st.small_fm.ascent()
        leader = data.leader or QCoreApplication.translate("UnitItem", "Ingen leder")
        tag_w = self._paint_type_tag(painter, data, QPointF(r.right() - 7, y))
        painter.setPen(qcolor(pal.text_muted))
        painter.drawText(QPointF(x, y), st.elide(leader, width - tag_w, False))
        # figures sit at the bottom: direct / total (subtree)
        painter.setPen(qcolor(pal.figures))
        line = st.small_fm.height()
        y = r.bottom() - 7 - st.small_fm.descent()
        painter.drawText(
            QPointF(x, y - line),
            st.elide(
                QCoreApplication.translate("UnitItem", "Ansatte %1 / %2")
                .replace("%1", fmt_number(data.persons, 0))
                .replace("%2", fmt_number(data.persons_total, 0)),
                width,
                False,
            ),
        )
        painter.drawText(
            QPointF(x, y),
            st.elide(
                QCoreApplication.translate("UnitItem", "Årsverk %1 / %2")
                .replace("%1", fmt_number(data.fte))
                .replace("%2", fmt_number(data.fte_total)),
                width,
                False,
            ),
        )

    def _paint_toggle(self, painter: QPainter) -> None:
        layout_box = self._layout_box()
        if layout_box is None or not layout_box.has_children:
            return
        if self._style.print_mode and not layout_box.collapsed:
            return
        t = self.toggle_rect()
        pal = self._style.palette
        painter.setPen(QPen(qcolor(pal.toggle_fg), 1.2))
        painter.setBrush(qcolor(pal.toggle_bg))
        painter.drawEllipse(t)
        c, arm = t.center(), t.width() / 4
        painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
        if layout_box.collapsed:
            painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))

    def _paint_badge(self, painter: QPainter, data: Any) -> None:
        r, st = self._rect, self._style
        count = str(data.findings) if data.findings < 100 else "99+"
        text = f"{SEVERITY_MARKS.get(data.severity, '!')} {count}"  # the mark says the severity too
        h = st.small_fm.height() + 4
        w = max(h, st.small_fm.horizontalAdvance(text) + 10)
        badge = QRectF(r.right() - w + 6, r.top() - 8, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(st.palette.severity(data.severity)))
        painter.drawRoundedRect(badge, h / 2, h / 2)
        painter.setPen(qcolor(st.palette.badge_text))
        painter.setFont(st.small_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_type_tag(self, painter: QPainter, data: Any, right: QPointF) -> float:
        """The unit type as a word at the right of the leader line (so type is not colour alone)."""
        st = self._style
        tag = st.elide(st.type_word(data.type), (self._rect.width() - 14) * 0.45, False)
        w = st.small_fm.horizontalAdvance(tag)
        painter.setPen(qcolor(st.palette.type_colour(data.type)))
        painter.setFont(st.small_font)
        painter.drawText(QPointF(right.x() - w, right.y()), tag)
        return w + 6

    def _paint_drop(self, painter: QPainter, ok: bool) -> None:
        """Drop feedback: solid frame and «✓ Slipp her», or dashed frame and «✕ Ikke tillatt»."""
        st, r = self._style, self._rect
        colour = qcolor(st.palette.drop_ok if ok else st.palette.drop_refused)
        style = Qt.PenStyle.SolidLine if ok else Qt.PenStyle.DashLine
        painter.setPen(QPen(colour, 4, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(r.adjusted(-4, -4, 4, 4), 7, 7)
        if ok:
            label = "\u2713 " + QCoreApplication.translate("UnitItem", "Slipp her")
        else:
            label = "\u2715 " + QCoreApplication.translate("UnitItem", "Ikke tillatt")
        h = st.small_fm.height() + 4
        tag = QRectF(r.left(), r.bottom() - h, st.small_fm.horizontalAdvance(label) + 10, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(tag)
        painter.setPen(qcolor(st.palette.drop_label_text))
        painter.setFont(st.small_font)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)

    def _layout_box(self) -> Any:
        layout = getattr(self._style, "layout", None)
        return layout.boxes.get(self.unit_id) if layout is not None else None
