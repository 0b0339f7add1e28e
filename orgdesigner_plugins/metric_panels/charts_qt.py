"""Small charts drawn with QPainter: horizontal (stacked) bars and a histogram.

No chart library: PySide6-Essentials has no QtCharts. Colours follow the
Okabe–Ito palette (distinguishable with colour-vision deficiency); every chart
also carries its figures as an accessible description and tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from orgdesigner.api_qt import current_palette, qcolor

#: a hatch per series over its colour (series 0 plain), in bars and legend: not colour alone
PATTERNS = [
    None,
    Qt.BDiagPattern,
    Qt.HorPattern,
    Qt.FDiagPattern,
    Qt.CrossPattern,
    Qt.VerPattern,
    Qt.DiagCrossPattern,
    Qt.Dense6Pattern,
]
LEVEL_MARKS = {"warning": "! ", "error": "\u2715 "}  # before a histogram count


def fill_series(p: QPainter, rect: QRectF, colour: QColor, i: int, hatch: QColor) -> None:
    """``rect`` in ``colour`` with series ``i``'s hatch in ``hatch`` (the background)."""
    p.fillRect(rect, colour)
    pattern = PATTERNS[i % len(PATTERNS)]
    if pattern is not None and rect.width() >= 3:
        p.fillRect(rect, QBrush(hatch, pattern))


class BarChart(QWidget):
    """Horizontal bars, one row per label; several series are stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, list[float]]] = []
        self.series: list[str] = []
        self.colours: list[int | str] = []  # palette series numbers or colours
        self.fmt: Callable[[float], str] = lambda v: f"{v:g}"
        self.max_value: float | None = None
        self.show_values = True
        self.grouped = False
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumHeight(60)

    def set_data(
        self,
        rows: list[tuple[str, list[float]]],
        series: list[str] | None = None,
        fmt: Callable[[float], str] | None = None,
        max_value: float | None = None,
        colours: list[int | str] | None = None,
        grouped: bool = False,
    ) -> None:
        self.grouped = grouped
        self.rows = rows
        self.series = series or []
        self.colours = list(colours or range(len(current_palette().metric_series)))
        if fmt is not None:
            self.fmt = fmt
        self.max_value = max_value
        lines = []
        for label, values in rows:
            parts = (
                ", ".join(f"{s}: {self.fmt(v)}" for s, v in zip(self.series, values, strict=False))
                if len(values) > 1
                else self.fmt(values[0] if values else 0)
            )
            lines.append(f"{label}: {parts}")
        text = "\n".join(lines)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.setMinimumHeight(self._legend_height() + 10 + self._row_height() * max(1, len(self.rows)))
        self.updateGeometry()
        self.update()

    def colour(self, i: int) -> QColor:
        """Series ``i``'s colour in the theme in force."""
        spec = self.colours[i % len(self.colours)] if self.colours else i
        series = current_palette().metric_series
        return qcolor(series[spec % len(series)] if isinstance(spec, int) else spec)

    def _legend_items(self, width: int) -> list[tuple[int, int, str]]:
        """(x, line, name) of each legend entry, wrapped to ``width``."""
        fm = QFontMetrics(self.font())
        out, x, line = [], 6, 0
        for name in self.series:
            w = 16 + fm.horizontalAdvance(name) + 14
            if x > 6 and x + w > width:
                x, line = 6, line + 1
            out.append((x, line, name))
            x += w
        return out

    def _legend_height(self) -> int:
        if len(self.series) <= 1:
            return 0
        return 20 * (1 + max(line for _, line, _ in self._legend_items(max(self.width(), 200))))

    def _row_height(self) -> int:
        return 14 * len(self.series) + 8 if self.grouped else 24

    def sizeHint(self) -> QSize:
        return QSize(360, self._legend_height() + 10 + self._row_height() * max(1, len(self.rows)))

    def resizeEvent(self, event: object) -> None:
        need = self._legend_height() + 10 + self._row_height() * max(1, len(self.rows))
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
            self.updateGeometry()
        super().resizeEvent(event)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.Base))
        fm = QFontMetrics(self.font())
        text_pen = QPen(pal.color(QPalette.Text))
        hatch = pal.color(QPalette.Base)
        y = 4
        if len(self.series) > 1:  # legend
            for i, (x, line, name) in enumerate(self._legend_items(self.width())):
                fill_series(p, QRectF(x, y + 4 + 20 * line, 12, 12), self.colour(i), i, hatch)
                p.setPen(text_pen)
                p.drawText(x + 16, y + 15 + 20 * line, name)
            y += self._legend_height()
        if not self.rows:
            p.setPen(text_pen)
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("Ingen data"))
            return
        label_w = min(max(fm.horizontalAdvance(r[0]) for r in self.rows) + 10, int(self.width() * 0.4))
        value_w = (
            max(fm.horizontalAdvance(self.fmt(sum(v))) for _, v in self.rows) + 8 if self.show_values else 0
        )
        bar_w = max(10, self.width() - label_w - value_w - 12)
        agg = max if self.grouped else sum
        top = self.max_value or max((agg(v) if v else 0 for _, v in self.rows), default=1) or 1
        row_h = (
            self._row_height()
            if self.grouped
            else max(16, min(26, (self.height() - y - 4) // len(self.rows)))
        )
        for label, values in self.rows:
            p.setPen(text_pen)
            p.drawText(
                QRectF(4, y, label_w - 8, row_h),
                Qt.AlignVCenter | Qt.AlignRight,
                fm.elidedText(label, Qt.ElideRight, label_w - 8),
            )
            if self.grouped:
                sub = (row_h - 8) / max(1, len(values))
                for i, v in enumerate(values):
                    w = bar_w * v / top
                    yy = y + 4 + i * sub
                    fill_series(p, QRectF(label_w, yy + 1, w, sub - 2), self.colour(i), i, hatch)
                    p.setPen(text_pen)
                    p.drawText(
                        QRectF(label_w + w + 4, yy - 2, value_w + 20, sub + 4), Qt.AlignVCenter, self.fmt(v)
                    )
                y += row_h
                continue
            x = float(label_w)
            for i, v in enumerate(values):
                w = bar_w * v / top
                if w > 0:
                    fill_series(p, QRectF(x, y + 3, w, row_h - 6), self.colour(i), i, hatch)
                x += w
            if self.show_values:
                p.setPen(text_pen)
                p.drawText(
                    QRectF(x + 4, y, value_w, row_h), Qt.AlignVCenter | Qt.AlignLeft, self.fmt(sum(values))
                )
            y += row_h


class Histogram(QWidget):
    """Vertical bars over labelled bins, each coloured by its level (ok / warning / error)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bins: list[tuple[str, int, str]] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumHeight(120)

    def set_bins(self, bins: list[tuple[str, int, str]], unit: str = "") -> None:
        self.bins = bins
        text = "\n".join(f"{label}: {n} {unit}".rstrip() for label, n, _ in bins)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.Base))
        text_pen = QPen(pal.color(QPalette.Text))
        fm = QFontMetrics(self.font())
        if not self.bins:
            p.setPen(text_pen)
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("Ingen ledere"))
            return
        left, bottom, top_pad = 8, fm.height() * 2 + 6, fm.height() + 4
        w = (self.width() - left - 8) / len(self.bins)
        h = self.height() - bottom - top_pad
        top = max(n for _, n, _ in self.bins) or 1
        base = self.height() - bottom
        p.setPen(QPen(pal.color(QPalette.Mid)))
        p.drawLine(left, base, self.width() - 8, base)
        for i, (label, n, level) in enumerate(self.bins):
            x = left + i * w
            bh = h * n / top
            levels = current_palette().metric_levels
            p.fillRect(QRectF(x + 2, base - bh, w - 4, bh), qcolor(levels.get(level, levels["ok"])))
            p.setPen(text_pen)
            if n:
                count = LEVEL_MARKS.get(level, "") + str(n)
                p.drawText(
                    QRectF(x - w / 2, base - bh - fm.height() - 2, w * 2, fm.height()), Qt.AlignCenter, count
                )
            row = i % 2  # alternate label rows so narrow bins stay readable
            p.drawText(
                QRectF(x - w / 2, base + 2 + row * fm.height(), w * 2, fm.height()), Qt.AlignCenter, label
            )
