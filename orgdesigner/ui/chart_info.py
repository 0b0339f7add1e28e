"""What the chart explains about itself: the colour legend, tooltips, and the
description of the focused box for screen readers.

A mixin of :class:`orgdesigner.ui.chart_view.ChartView`.
"""

from __future__ import annotations

import re
from html import escape, unescape
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QToolTip

from ..model import unit_type_label
from . import theme_qt
from .unit_item import TYPE_COLOURS, fmt_number


class ChartInfo:
    """Legend, tooltips and accessible description (needs ``controller`` and ``chart``)."""

    controller: Any
    chart: Any
    legend_label: QLabel
    show_legend: bool

    def _make_legend_label(self) -> QLabel:
        label = QLabel(self.viewport())
        label.setObjectName("chart_legend")
        label.setAccessibleName(self.tr("Fargeforklaring"))
        theme_qt.manager().changed.connect(self.update_legend)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def describe_current(self, unit_id: str | None) -> None:
        """Screen readers cannot see inside the scene: describe the box in focus."""
        text = self.tooltip_text(unit_id) if unit_id else ""
        self.setAccessibleDescription(unescape(re.sub(r"<[^>]+>", "", text.replace("<br>", ". "))))
        from .chart_accessible import boxes_of  # the accessible boxes of this chart

        boxes_of(self).announce_focus(unit_id)

    def _announce_current(self) -> None:
        """After the widget's own focus event: the box in focus (see focusInEvent)."""
        from .chart_accessible import boxes_of

        boxes_of(self).announce_focus(self.chart.style.current)

    def legend(self) -> list[tuple[str, str]]:
        """(colour, label) pairs explaining the box colours in the current colour mode."""
        st = self.chart.style
        if st.colour_mode == "origin":
            sources = self.controller.project.sources
            return [(st.origin_colour(sid).name(), src.name) for sid, src in sources.items()]
        used = {
            u.type for u in (self.controller.scenario().units.values() if self.controller.scenario() else ())
        }
        return [(st.palette.type_colour(t), st.type_word(t)) for t in TYPE_COLOURS if t in used]

    def update_legend(self) -> None:
        """The colour legend (a label in the viewport's bottom-left corner)."""
        entries = self.legend() if self.show_legend else []
        if not entries:
            self.legend_label.hide()
            return
        rows = "".join(
            f"<tr><td bgcolor='{colour}' width='14'>&nbsp;</td><td>&nbsp;{escape(label)}</td></tr>"
            for colour, label in entries
        )
        pal = self.chart.style.palette
        self.legend_label.setStyleSheet(
            f"QLabel {{ background: {pal.box_fill}; border: 1px solid {pal.connector}; border-radius: 4px;"
            f" padding: 3px; color: {pal.text}; }}"
        )
        self.legend_label.setText(f"<table cellspacing='2'>{rows}</table>")
        self.legend_label.adjustSize()
        self.legend_label.show()
        self._place_legend()

    def _place_legend(self) -> None:
        """Bottom-left corner; hidden while the viewport is too small to leave the chart room
        (a laptop at 150–200 % zoom; the legend's words are also in each box's tooltip)."""
        lab, vp = self.legend_label, self.viewport()
        lab.move(8, vp.height() - lab.height() - 8)
        if lab.text() and self.show_legend:
            lab.setVisible(vp.width() >= lab.width() * 3 and vp.height() >= lab.height() * 3)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_legend()

    def viewportEvent(self, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            uid = self._unit_at(event.pos())
            text = self.tooltip_text(uid) if uid else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_text(self, unit_id: str) -> str:
        """Everything a box shows, in full (names are elided in the box)."""
        data = self.chart.data.boxes.get(unit_id) if self.chart.data is not None else None
        if data is None:
            return ""
        lines = [
            f"<b>{escape(data.name)}</b> ({escape(unit_type_label(data.type))})",
            self.tr("Leder: %1").replace("%1", escape(data.leader or self.tr("ingen"))),
            self.tr("Ansatte: %1 direkte, %2 totalt")
            .replace("%1", str(data.persons))
            .replace("%2", str(data.persons_total)),
            self.tr("Årsverk: %1 direkte, %2 totalt")
            .replace("%1", fmt_number(data.fte))
            .replace("%2", fmt_number(data.fte_total)),
        ]
        if data.findings:
            from .validation_service import unit_tooltip  # the findings' texts, from the one validator run

            lines.append(
                unit_tooltip(self.chart.controller, unit_id)
                or self.tr("Funn: %1").replace("%1", str(data.findings))
            )
        return "<br>".join(lines)
