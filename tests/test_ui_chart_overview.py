"""The chart at any zoom: the overview map (click and drag to move) and readable boxes far out."""

from __future__ import annotations

import pytest
from chart_fixtures import big_project, small_project
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from orgdesigner.ui.chart_view import ChartView
from orgdesigner.ui.controller import DocumentController
from orgdesigner.ui.unit_item import BLOCK_LOD, FULL_LOD


@pytest.fixture
def big_chart(qtbot):
    view = ChartView(DocumentController(big_project(600, 1200)))
    view.chart.animate = False
    view.resize(1200, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.chart.expand_all()
    view.resetTransform()
    view.centerOn(0, 0)
    return view


def test_the_map_shows_while_the_chart_does_not_fit_and_frames_the_visible_part(big_chart, qtbot) -> None:
    ov = big_chart.overview
    assert ov.isVisible()
    vp = big_chart.viewport().geometry()
    assert vp.contains(ov.geometry())  # in the corner, inside the chart
    frame = ov.to_map(big_chart.visible_scene_rect())
    assert frame.width() < ov.width() / 2  # at 100 % only a small part of the chart shows
    big_chart.zoom_fit()
    qtbot.waitUntil(lambda: not ov.isVisible(), timeout=2000)  # all of it fits: no map
    big_chart.resetTransform()
    qtbot.waitUntil(ov.isVisible, timeout=2000)


def test_a_click_on_the_map_centres_the_chart_there(big_chart) -> None:
    ov = big_chart.overview
    target = QPoint(int(ov.width() * 0.8), int(ov.height() * 0.5))
    wanted = ov.to_scene(QPointF(target))
    QTest.mouseClick(ov, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    centre = big_chart.visible_scene_rect().center()
    assert abs(centre.x() - wanted.x()) < 40 and abs(centre.y() - wanted.y()) < 40


def test_dragging_on_the_map_pans_the_chart(big_chart) -> None:
    ov = big_chart.overview
    start = QPoint(int(ov.width() * 0.2), int(ov.height() * 0.3))
    end = QPoint(int(ov.width() * 0.6), int(ov.height() * 0.6))
    QTest.mousePress(ov, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    first = big_chart.visible_scene_rect().center()
    QTest.mouseMove(ov, end)
    QTest.mouseRelease(ov, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved = big_chart.visible_scene_rect().center()
    wanted = ov.to_scene(QPointF(end))
    assert moved.x() - first.x() > 100  # it followed the drag to the right
    assert abs(moved.x() - wanted.x()) < 40


def test_the_map_follows_a_relayout(big_chart, qtbot) -> None:
    ov = big_chart.overview
    before = ov.size()
    big_chart.chart.expand_to_level(2)
    layout = big_chart.chart.layout
    whole = ov.to_map(QRectF(0, 0, layout.width, layout.height))
    assert ov.size() != before  # a smaller chart, a new miniature of it
    assert abs(whole.width() - (ov.width() - 2)) <= 1 and abs(whole.height() - (ov.height() - 2)) <= 1
    # the miniature itself is redrawn shortly after (edits close together: once)
    qtbot.waitUntil(lambda: ov._pixmap.deviceIndependentSize().toSize() == ov.size(), timeout=3000)


def ink(image: QImage, rect: QRectF) -> int:
    """Dark (text) pixels inside ``rect`` of ``image``."""
    n = 0
    for y in range(int(rect.top()), int(rect.bottom())):
        for x in range(int(rect.left()), int(rect.right())):
            if QColor(image.pixel(x, y)).lightness() < 90:
                n += 1
    return n


def paint_box(view: ChartView, unit_id: str, lod: float) -> tuple[QImage, QRectF]:
    """Paint one box at zoom ``lod``; returns the image and the box's inside below its colour band."""
    item = view.chart.items_by_unit[unit_id]
    r = item.box_rect()
    image = QImage(int(r.width() * lod) + 4, int(r.height() * lod) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setTransform(QTransform().translate(2, 2).scale(lod, lod))
    item.paint(p, QStyleOptionGraphicsItem(), None)
    p.end()
    inside = QRectF(4, 2 + 9 * lod, r.width() * lod - 4, r.height() * lod - 9 * lod - 2)
    return image, inside


@pytest.mark.parametrize("lod", [1.0, 0.45, 0.3, 0.2])
def test_boxes_show_their_name_at_every_zoom_above_blocks(qtbot, lod) -> None:
    view = ChartView(DocumentController(small_project()))
    qtbot.addWidget(view)
    image, inside = paint_box(view, "oppv", lod)
    assert ink(image, inside) > 10, f"a blank box at zoom {lod}"


def test_zoomed_out_boxes_draw_the_name_larger_than_close_up(qtbot) -> None:
    view = ChartView(DocumentController(small_project()))
    qtbot.addWidget(view)
    st = view.chart.style
    item = view.chart.items_by_unit["oppv"]
    lod = (FULL_LOD + BLOCK_LOD) / 2
    px = min(item.box_rect().height() * 0.45, 12.0 / lod)
    assert px > st.name_font.pixelSize()  # larger scene font, readable on screen
    assert px * lod >= 8  # at least 8 screen pixels in the middle of the range
