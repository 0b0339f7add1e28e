"""The widget style of the high-contrast theme: the app's style with visible outlines.

Fusion (and most styles) draw frames, check boxes, buttons, combo boxes and
scroll bar handles in a shade of the window colour; on a black window they
vanish. :class:`ContrastStyle` draws the style as usual and then outlines those
controls in the palette's Mid colour (≥ 3:1 against the window, see
:mod:`orgdesigner.theme`), and the keyboard focus in Highlight.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
OUTLINED = {
    PE.PE_IndicatorCheckBox,
    PE.PE_IndicatorRadioButton,
    PE.PE_PanelButtonCommand,
    PE.PE_PanelButtonTool,
    PE.PE_FrameLineEdit,
    PE.PE_FrameGroupBox,
    PE.PE_FrameTabWidget,
}
ROUND = {PE.PE_IndicatorRadioButton}
COMPLEX = {CC.CC_ComboBox, CC.CC_SpinBox}


def _outline(
    painter: QPainter, rect: QRect, palette: QPalette, width: float = 1.0, round_: bool = False
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = rect.adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(r)
    else:
        painter.drawRect(r)
    painter.restore()


class ContrastStyle(QProxyStyle):
    """``base`` (a style name) with outlines that stay visible on a dark window."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.base_name = base

    def drawPrimitive(
        self, element: Any, option: QStyleOption, painter: QPainter, widget: Any = None
    ) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        if element in OUTLINED and option.rect.width() > 2:
            _outline(painter, option.rect, option.palette, 1.0, element in ROUND)
        elif element == PE.PE_FrameFocusRect:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def drawComplexControl(self, control: Any, option: Any, painter: QPainter, widget: Any = None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in COMPLEX:
            _outline(painter, option.rect, option.palette)
        elif control == CC.CC_ScrollBar:
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
            if handle.isValid() and handle.width() > 2 and handle.height() > 2:
                _outline(painter, handle.adjusted(1, 1, -1, -1), option.palette, 1.5)
