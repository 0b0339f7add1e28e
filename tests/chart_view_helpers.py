"""The chart widget fixture and helpers shared by the chart widget tests."""

from __future__ import annotations

import pytest
from chart_fixtures import small_project
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from orgdesigner.ui.chart_view import ChartView
from orgdesigner.ui.controller import DocumentController


@pytest.fixture(name="chart")
def chart_fixture(qtbot):
    controller = DocumentController(small_project())
    view = ChartView(controller)
    view.chart.animate = False
    view.resize(1400, 900)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_fit()
    messages: list[str] = []
    controller.statusMessage.connect(messages.append)
    view.messages = messages
    return view


def centre(view: ChartView, uid: str):
    item = view.chart.items_by_unit[uid]
    return view.mapFromScene(item.scene_box().center() - QPointF(0, 10))


def drag(view: ChartView, mime, uid: str) -> tuple:
    """Enter, move and drop ``mime`` on the box of ``uid``; returns (move event, drop event)."""
    vp = view.viewport()
    pt = centre(view, uid)
    buttons, mods, action = (
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.DropAction.MoveAction,
    )
    QApplication.sendEvent(vp, QDragEnterEvent(pt, action, mime, buttons, mods))
    move = QDragMoveEvent(pt, action, mime, buttons, mods)
    QApplication.sendEvent(vp, move)
    drop = QDropEvent(QPointF(pt), action, mime, buttons, mods)
    QApplication.sendEvent(vp, drop)
    return move, drop


def units(view: ChartView):
    return view.controller.scenario().units
