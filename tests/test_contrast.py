"""Contrast (WCAG 2.1 AA: 4.5:1 text, 3:1 graphics) in the light and the high-contrast theme.

Two kinds of check: every foreground/background pair the palette module lists
(:func:`orgdesigner.theme.contrast_pairs`, which the painting code reads), and
pixels of a real chart rendered offscreen in each theme, so a colour hard-coded
in paint code cannot slip past.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette
from ui_support import small_project

from orgdesigner import theme
from orgdesigner.ui import theme_qt
from orgdesigner.ui.chart_scene import ChartScene
from orgdesigner.ui.controller import DocumentController

SCALE = 2.0  # rendered at twice the size: 2 px strokes reach their full colour
THEMES = [theme.LIGHT_KEY, theme.CONTRAST_KEY]


def test_wcag_formula_known_values():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#8a8a8a", "#ffffff") == pytest.approx(3.45, abs=0.01)  # the figure
    assert theme.contrast_ratio("#ffffff", "#e67e22") == pytest.approx(2.85, abs=0.05)  # old warning badge


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.HIGH_CONTRAST], ids=lambda p: p.key)
def test_every_pair_of_the_palette_meets_wcag(palette):
    low = [
        f"{what}: {fg} på {bg} = {theme.contrast_ratio(fg, bg):.2f} < {need}"
        for what, fg, bg, need in theme.contrast_pairs(palette)
        if theme.contrast_ratio(fg, bg) < need
    ]
    assert not low, "\n".join(low)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.HIGH_CONTRAST], ids=lambda p: p.key)
def test_every_colour_of_the_palette_is_in_a_checked_pair(palette):
    """A colour added to the palette without a pair would go unchecked."""
    checked = {c for _what, fg, bg, _need in theme.contrast_pairs(palette) for c in (fg, bg)}
    colours: set[str] = set()
    for f in dataclasses.fields(palette):
        value = getattr(palette, f.name)
        if f.name == "widgets":
            value = {k: v for k, v in value.items() if k != "bright_text"}  # unused by Fusion's widgets
        if isinstance(value, str) and value.startswith("#"):
            colours.add(value)
        elif isinstance(value, dict):
            colours |= set(value.values())
        elif isinstance(value, tuple):
            colours |= set(value)
    assert colours - checked == set()


def test_resolve_follows_the_setting_and_the_os():
    assert theme.resolve(theme.AUTO, os_contrast=True) is theme.HIGH_CONTRAST
    assert theme.resolve(theme.AUTO, os_contrast=False) is theme.LIGHT
    assert theme.resolve(theme.LIGHT_KEY, os_contrast=True) is theme.LIGHT
    assert theme.resolve(theme.CONTRAST_KEY, os_contrast=False) is theme.HIGH_CONTRAST
    assert theme_qt.windows_high_contrast() is False  # not Windows: never claims high contrast


# -- pixels of the real chart --------------------------------------------------------------------
@pytest.fixture
def themed(qapp):
    """Apply a theme for the test; back to light afterwards (palette, style, font)."""
    font = QGuiApplication.font()
    yield lambda key: theme_qt.manager().apply(key)
    QGuiApplication.setFont(font)
    theme_qt.manager().apply(theme.LIGHT_KEY)


def _render(scene: ChartScene) -> tuple[QImage, QRectF]:
    rect = scene.sceneRect()
    img = QImage(int(rect.width() * SCALE), int(rect.height() * SCALE), QImage.Format.Format_RGB32)
    img.fill(0xFF00FF)  # magenta: anything the scene does not paint shows
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(p, QRectF(img.rect()), rect)
    p.end()
    return img, rect


def _pixels(img: QImage, origin: QRectF, region: QRectF) -> list[str]:
    x0, y0 = int((region.left() - origin.left()) * SCALE), int((region.top() - origin.top()) * SCALE)
    x1, y1 = int((region.right() - origin.left()) * SCALE), int((region.bottom() - origin.top()) * SCALE)
    return [img.pixelColor(x, y).name() for y in range(y0, y1) for x in range(x0, x1)]


def _ratio(pixels: list[str]) -> tuple[float, str, str]:
    """(ratio, foreground, background): the commonest colour is the background, the
    foreground the pixel that stands out most from it (the core of a glyph or a line)."""
    bg = Counter(pixels).most_common(1)[0][0]
    fg = max(set(pixels), key=lambda c: theme.contrast_ratio(c, bg))
    return theme.contrast_ratio(fg, bg), fg, bg


def _mask(pixels: list[str]) -> list[bool]:
    bg = Counter(pixels).most_common(1)[0][0]
    return [theme.contrast_ratio(c, bg) > 2.0 for c in pixels]


@pytest.fixture
def chart(qapp):
    c = DocumentController()
    c.set_project(small_project(), None)
    scene = ChartScene(c)
    scene.animate = False
    scene.show_findings = False
    scene.rebuild()
    yield scene
    scene.clear()


def _leader_strip(scene: ChartScene, uid: str, text_width: float) -> QRectF:
    """Where the leader line («Ingen leder») of a box with a one-line name is painted."""
    st, r = scene.style, scene.items_by_unit[uid].scene_box()
    base = r.top() + 8 + st.name_fm.ascent() + st.name_fm.descent() + 2 + st.small_fm.ascent()
    return QRectF(r.left() + 7, base - st.small_fm.ascent(), text_width, st.small_fm.height())


@pytest.mark.parametrize("key", THEMES)
def test_chart_pixels_meet_wcag(chart, themed, key):
    palette = themed(key)
    assert chart.style.palette is palette
    st = chart.style
    box = chart.items_by_unit["avd"]  # «Småtrinnet»: one-line name, no leader
    no_leader = st.small_fm.horizontalAdvance("Ingen leder")
    img, origin = _render(chart)
    r = box.scene_box()
    # the chart background is the palette's
    assert _pixels(img, origin, QRectF(r.left() - 8, r.top() + 20, 2, 2))[0] == palette.chart_bg
    ratio, fg, bg = _ratio(_pixels(img, origin, _leader_strip(chart, "avd", no_leader)))
    assert bg == palette.box_fill and ratio >= theme.TEXT, (fg, bg, ratio)
    # the type word at the right of the same line, in the type's colour
    tag_w = st.small_fm.horizontalAdvance("avdeling")
    strip = _leader_strip(chart, "avd", tag_w)
    strip.moveRight(r.right() - 7)
    ratio, fg, bg = _ratio(_pixels(img, origin, strip))
    assert ratio >= theme.TEXT, (fg, bg, ratio)
    # the box border against the chart
    edge = _pixels(img, origin, QRectF(r.left() - 3, r.center().y(), 5, 1))
    assert max(theme.contrast_ratio(c, palette.chart_bg) for c in edge) >= theme.GRAPHIC
    # a selected box
    box.setSelected(True)
    img, origin = _render(chart)
    ratio, fg, bg = _ratio(_pixels(img, origin, _leader_strip(chart, "avd", no_leader)))
    assert bg == palette.box_fill_selected and ratio >= theme.TEXT, (fg, bg, ratio)


@pytest.mark.parametrize("key", THEMES)
def test_badges_carry_a_mark_and_meet_wcag(chart, themed, key):
    themed(key)
    st, masks = chart.style, {}
    for severity in theme.SEVERITIES:
        data = chart.data.boxes["avd"]
        data.findings, data.severity = 3, severity
        img, origin = _render(chart)
        r = chart.items_by_unit["avd"].scene_box()
        h = st.small_fm.height() + 4
        w = max(h, st.small_fm.horizontalAdvance(f"x {data.findings}") + 10)
        inner = QRectF(r.right() - w + 6 + h / 2, r.top() - 8 + 2, w - h, h - 4)
        pixels = _pixels(img, origin, inner)
        ratio, fg, bg = _ratio(pixels)
        assert bg == chart.style.palette.severity(severity) and ratio >= theme.TEXT, (severity, fg, bg, ratio)
        masks[severity] = _mask(pixels)
    # the same count, a different mark per severity: not told by colour alone
    assert masks["error"] != masks["warning"] != masks["info"] != masks["error"]


@pytest.mark.parametrize("key", THEMES)
def test_drop_feedback_differs_by_more_than_colour(chart, themed, key):
    themed(key)
    st, r = chart.style, chart.items_by_unit["avd"].scene_box()
    out = {}
    for ok in (True, False):
        st.drop_target = ("avd", ok)
        img, origin = _render(chart)
        h = st.small_fm.height() + 4
        label = _pixels(img, origin, QRectF(r.left() + 2, r.bottom() - h + 2, 60, h - 4))
        ratio, fg, bg = _ratio(label)
        assert ratio >= theme.TEXT, (ok, fg, bg, ratio)
        frame = _pixels(img, origin, QRectF(r.left() + 20, r.top() - 4.5, r.width() - 40, 1))
        frame_colour = chart.style.palette.drop_ok if ok else chart.style.palette.drop_refused
        assert theme.contrast_ratio(frame_colour, st.palette.chart_bg) >= theme.GRAPHIC
        out[ok] = (_mask(label), sum(c != st.palette.chart_bg for c in frame) / len(frame))
    assert out[True][0] != out[False][0]  # different label
    assert out[True][1] > 0.95 > out[False][1]  # solid versus dashed frame


def test_high_contrast_darkens_the_widgets_and_back(themed, qapp):
    themed(theme.CONTRAST_KEY)
    pal = QGuiApplication.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == theme.HIGH_CONTRAST.widgets["window"]
    assert pal.color(QPalette.ColorRole.Text).name() == theme.HIGH_CONTRAST.widgets["text"]
    assert type(qapp.style()).__name__ == "ContrastStyle"
    themed(theme.LIGHT_KEY)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
    assert type(qapp.style()).__name__ != "ContrastStyle"


def test_chart_text_and_boxes_follow_the_system_font_size(chart, themed):
    themed(theme.LIGHT_KEY)
    assert chart.style.font_scale == 1.0 and chart.layout.boxes["avd"].w == 200
    font = QGuiApplication.font()
    font.setPointSizeF(18)
    QGuiApplication.setFont(font)
    qapp = QGuiApplication.instance()
    qapp.processEvents()
    assert chart.style.font_scale == 2.0
    assert chart.style.small_font.pixelSize() == 22
    assert chart.layout.boxes["avd"].w == 400 and chart.layout.boxes["avd"].h == 168
    assert chart.items_by_unit["skole"].toggle_rect().width() == 32  # the toggle grows too
    assert chart.options.v_gap == 72  # and the rows make room for it
    no_leader = chart.style.small_fm.horizontalAdvance("Ingen leder")
    img, origin = _render(chart)
    ratio, _fg, bg = _ratio(_pixels(img, origin, _leader_strip(chart, "avd", no_leader)))
    assert bg == theme.LIGHT.box_fill and ratio >= theme.TEXT


def _settings_dialog(parent):
    """Fil → Innstillinger as the app makes it, with the theme block above the buttons."""
    from PySide6.QtWidgets import QDialogButtonBox

    from orgdesigner.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog("nb", parent)
    layout = dialog.layout()
    assert layout.indexOf(dialog.theme_choice) == layout.indexOf(dialog.findChild(QDialogButtonBox)) - 1
    return dialog


def test_settings_switch_the_theme_at_once_and_keep_it(qtbot, tmp_path, monkeypatch, themed):
    from PySide6.QtWidgets import QTreeWidgetItemIterator
    from ui_support import make_window

    from orgdesigner import config
    from orgdesigner.ui.chart_view import ChartView
    from orgdesigner.ui.findings_panel import FINDING_ROLE, FindingsPanel

    themed(theme.AUTO)
    win = make_window(qtbot, tmp_path, monkeypatch)
    panel = FindingsPanel(win.controller, delay_ms=0)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0, timeout=5000)
    dialog = _settings_dialog(win)
    qtbot.addWidget(dialog)
    assert dialog.theme_choice.buttons[theme.AUTO].isChecked()
    dialog.theme_choice.buttons[theme.CONTRAST_KEY].click()
    dialog.accept()
    assert theme.current() is theme.HIGH_CONTRAST
    assert config.user_settings().get("theme") == theme.CONTRAST_KEY  # beside the language
    chart = win.findChild(ChartView, "chart").chart
    assert chart.backgroundBrush().color().name() == theme.HIGH_CONTRAST.chart_bg
    assert chart.style.palette is theme.HIGH_CONTRAST
    # findings: the theme's severity colour and an icon beside the word, on every row
    it = QTreeWidgetItemIterator(panel.tree)
    rows = 0
    while it.value():
        item = it.value()
        sev = item.data(1, FINDING_ROLE) if item.parent() is not None else None
        if sev:
            rows += 1
            assert not item.icon(1).isNull() and item.text(1)
            assert item.foreground(1).color().name() == theme.HIGH_CONTRAST.severity_text[sev]
        it += 1
    assert rows > 0
    again = _settings_dialog(win)
    qtbot.addWidget(again)
    assert again.theme_choice.buttons[theme.CONTRAST_KEY].isChecked()


@pytest.mark.parametrize("key", THEMES)
def test_conflict_rows_have_an_icon_and_the_theme_colour(themed, key):
    from PySide6.QtCore import Qt
    from test_placement_fixture import SC, place_default
    from test_placement_fixture import small_project as placement_project

    from orgdesigner.ui.placement_model import NAME_COLUMN, PlacementTableModel

    palette = themed(key)
    p = placement_project()
    place_default(p)  # fp2 and sp2: two leaders in one unit
    model = PlacementTableModel()
    model.set_scenario(p, p.scenarios[SC])
    rows = {model.rows[r].position_id: r for r in range(model.rowCount())}
    conflict, calm = model.index(rows["fp2"], NAME_COLUMN), model.index(rows["fp1"], NAME_COLUMN)
    assert not model.data(conflict, Qt.DecorationRole).isNull()
    assert model.data(calm, Qt.DecorationRole) is None
    assert model.data(conflict, Qt.ForegroundRole).color().name() == palette.conflict_text


@pytest.mark.parametrize("key", THEMES)
def test_stacked_bars_carry_a_hatch_per_series(qtbot, themed, key):
    from orgdesigner_plugins.metric_panels.charts_qt import BarChart

    palette = themed(key)
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 80)
    chart.set_data([("Stillinger", [50.0, 50.0])], ["ikke behandlet", "plassert"], colours=[7, 2])
    chart.show()
    img = chart.grab().toImage()
    first, second = palette.metric_series[7], palette.metric_series[2]
    rows = [[img.pixelColor(x, y).name() for x in range(img.width())] for y in range(img.height())]
    row = next(r for r in rows if r.count(first) > 60)  # a line through the bar, not the legend
    base = chart.palette().color(QPalette.ColorRole.Base).name()
    assert first in row and second in row
    # series 0 is plain; series 1 is hatched with the background colour between its own
    assert theme.contrast_ratio(first, base) >= theme.GRAPHIC
    assert theme.contrast_ratio(second, base) >= theme.GRAPHIC
    assert first in row and second in row
    start, end = row.index(second), len(row) - row[::-1].index(second)
    assert base not in row[row.index(first) : start]  # series 0 plain
    assert base in row[start:end]  # series 1 hatched


def test_automatic_follows_the_os_wish_for_contrast(themed, monkeypatch):
    """The OS cannot be switched offscreen: its answer is stood in for, the rest is real."""
    monkeypatch.setattr(theme_qt, "os_wants_contrast", lambda: True)
    assert themed(theme.AUTO) is theme.HIGH_CONTRAST
    assert themed(theme.LIGHT_KEY) is theme.LIGHT  # the user's choice wins
    themed(theme.AUTO)
    monkeypatch.setattr(theme_qt, "os_wants_contrast", lambda: False)
    theme_qt.manager()._os_changed()  # what colorSchemeChanged calls
    assert theme.current() is theme.LIGHT


@pytest.mark.parametrize("key", THEMES)
def test_focus_ring_is_visible_on_the_chart(chart, themed, key):
    palette = themed(key)
    st, r = chart.style, chart.items_by_unit["avd"].scene_box()
    strip = QRectF(r.left() + 10, r.top() - 4, r.width() / 4, 2)  # the ring, left of the line in
    st.current, st.show_focus = "avd", False
    img, origin = _render(chart)
    assert max(theme.contrast_ratio(c, palette.chart_bg) for c in _pixels(img, origin, strip)) < 1.5
    st.show_focus = True
    img, origin = _render(chart)
    pixels = _pixels(img, origin, strip)
    assert max(theme.contrast_ratio(c, palette.chart_bg) for c in pixels) >= theme.GRAPHIC
