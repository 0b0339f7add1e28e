"""Drawing on PowerPoint slides with python-pptx: charts as native shapes, tables, titles.

Every box is a group of a rounded rectangle (white, outlined in the unit type's
colour) and a colour band, with its text in the rectangle — so a user can move,
restyle and retype it in PowerPoint or Impress. Connectors are straight
connector shapes, one per segment of the app's elbow lines.
"""

from __future__ import annotations

from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Pt

from .chart_pages import CONNECTOR_COLOUR, ChartPage, scale_for

EMU_PER_PT = 12700
SLIDE_W, SLIDE_H = 960.0, 540.0  # points (13,33 × 7,5 in, 16:9)
MARGIN = 30.0
INK = RGBColor.from_string("1F1F1F")
MUTED = RGBColor.from_string("5A5A5A")
ACCENT = RGBColor.from_string("1F3A5F")
FONT = "Calibri"
MIN_NAME_PT, MIN_DETAIL_PT = 9.0, 8.0  # the smallest text in a box


def pt(v: float) -> Emu:
    return Emu(int(round(v * EMU_PER_PT)))


def new_presentation() -> Any:
    prs = Presentation()
    prs.slide_width = pt(SLIDE_W)
    prs.slide_height = pt(SLIDE_H)
    return prs


def blank_slide(prs: Any) -> Any:
    return prs.slides.add_slide(prs.slide_layouts[6])


def text_box(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: list[tuple[str, float, bool, RGBColor]],
    align: Any = PP_ALIGN.LEFT,
    anchor: Any = MSO_ANCHOR.TOP,
) -> Any:
    """A text box; ``lines`` are (text, size in pt, bold, colour)."""
    box = slide.shapes.add_textbox(pt(x), pt(y), pt(w), pt(h))
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    for i, (text, size, bold, colour) in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        run = p.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = FONT
        run.font.color.rgb = colour
    return box


def slide_title(slide: Any, title: str, subtitle: str = "") -> None:
    lines = [(title, 24, True, ACCENT)]
    if subtitle:
        lines.append((subtitle, 13, False, MUTED))
    text_box(slide, MARGIN, 14, SLIDE_W - 2 * MARGIN, 60, lines)


def footer(slide: Any, text: str) -> None:
    text_box(slide, MARGIN, SLIDE_H - 24, SLIDE_W - 2 * MARGIN, 18, [(text, 9, False, MUTED)])


def _fit_font(text: str, width_pt: float, largest: float, smallest: float = 8.0, lines: int = 2) -> float:
    """The largest font size at which ``text`` fits ``lines`` lines of ``width_pt`` (estimate)."""
    size = largest
    while size > smallest:
        per_line = max(1, int(width_pt / (size * 0.6)))
        words, used, row = text.split(), 1, 0
        for word in words:
            need = len(word) + (1 if row else 0)
            if row + need > per_line and row:
                used += 1
                row = len(word)
            else:
                row += need
        if used <= lines and max((len(w) for w in words), default=0) <= per_line:
            return size
        size -= 0.5
    return smallest


def _lines_needed(text: str, width_pt: float, size: float) -> int:
    per_line = max(1, int(width_pt / (size * 0.6)))
    used, row = 1, 0
    for word in text.split():
        need = len(word) + (1 if row else 0)
        if row + need > per_line and row:
            used += 1
            row = len(word)
        else:
            row += need
    return used


def _box_fonts(b: Any, w: float, h: float, page_label: Any) -> tuple[float, float]:
    """Name and detail font sizes at which the box's text fits inside it."""
    label = page_label(b) if page_label is not None and b.continued else ""
    details = [t for t in b.lines if t] + ([label] if label else [])
    room = h * 0.9 - 3  # below the band, less the margins
    name_size = _fit_font(b.name, w - 8, min(14.0, max(9.0, h * 0.22)))
    name_lines = _lines_needed(b.name, w - 8, name_size)
    detail = max(MIN_DETAIL_PT, min(11.0, name_size * 0.8))
    need = 1.2 * (name_size * name_lines + detail * sum(_lines_needed(t, w - 8, detail) for t in details))
    if need > room:  # shrink everything together so the text stays inside the box, not below 8 pt
        f = room / need
        name_size, detail = max(MIN_NAME_PT, name_size * f), max(MIN_DETAIL_PT, detail * f)
    return name_size, detail


def draw_chart(
    slide: Any,
    page: ChartPage,
    region: tuple[float, float, float, float],
    page_label: Any = None,
) -> float:
    """Draw ``page`` centred in ``region`` (x, y, w, h in pt); returns the scale used.

    ``page_label(box)`` may return a text such as «forts. side 4» for boxes
    whose subunits are on another slide.
    """
    rx, ry, rw, rh = region
    s = scale_for(page, (rw, rh))
    ox = rx + (rw - page.width * s) / 2
    oy = ry + max(0.0, (rh - page.height * s) / 3)
    line_colour = RGBColor.from_string(CONNECTOR_COLOUR)
    for pts in page.connectors:
        for (x1, y1), (x2, y2) in zip(pts, pts[1:], strict=False):
            c = slide.shapes.add_connector(
                MSO_CONNECTOR.STRAIGHT, pt(ox + x1 * s), pt(oy + y1 * s), pt(ox + x2 * s), pt(oy + y2 * s)
            )
            c.line.color.rgb = line_colour
            c.line.width = Pt(1)
    sizes = [_box_fonts(b, b.w * s, b.h * s, page_label) for b in page.boxes]
    name_size = min((n for n, _d in sizes), default=10.0)
    detail = min((d for _n, d in sizes), default=8.0)
    for b in page.boxes:
        x, y, w, h = ox + b.x * s, oy + b.y * s, b.w * s, b.h * s
        colour = RGBColor.from_string(b.colour)
        group = slide.shapes.add_group_shape()
        group.name = b.name[:60]
        rect = group.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, pt(x), pt(y), pt(w), pt(h))
        rect.adjustments[0] = 0.08
        rect.fill.solid()
        rect.fill.fore_color.rgb = RGBColor.from_string("FFFFFF")
        rect.line.color.rgb = colour
        rect.line.width = Pt(1.25)
        rect.shadow.inherit = False
        band = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, pt(x + 0.5), pt(y + 0.5), pt(w - 1), pt(h * 0.1))
        band.fill.solid()
        band.fill.fore_color.rgb = colour
        band.line.fill.background()
        band.shadow.inherit = False
        tf = rect.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        tf.margin_left = tf.margin_right = pt(4)
        tf.margin_top = pt(h * 0.1 + 1)
        tf.margin_bottom = pt(1)
        label = page_label(b) if page_label is not None and b.continued else ""
        rows = [(b.name, name_size, True, INK)] + [(t, detail, False, MUTED) for t in b.lines if t]
        if label:
            rows.append((label, detail, True, colour))
        for i, (text, size, bold, col) in enumerate(rows):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.alignment = PP_ALIGN.CENTER
            run = p.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.name = FONT
            run.font.color.rgb = col
    return s


def table(
    slide: Any,
    rows: list[list[str]],
    x: float,
    y: float,
    widths: list[float],
    size: float = 11.0,
    row_h: float = 20.0,
    numeric_from: int = 1,
) -> Any:
    """A native table; the first row is the header, columns from ``numeric_from`` align right."""
    shape = slide.shapes.add_table(
        len(rows), len(widths), pt(x), pt(y), pt(sum(widths)), pt(row_h * len(rows))
    )
    tbl = shape.table
    for j, w in enumerate(widths):
        tbl.columns[j].width = pt(w)
    for i, row in enumerate(rows):
        tbl.rows[i].height = pt(row_h)
        for j, value in enumerate(row):
            cell = tbl.cell(i, j)
            cell.margin_top = cell.margin_bottom = pt(2)
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            p.alignment = PP_ALIGN.RIGHT if j >= numeric_from and i > 0 else PP_ALIGN.LEFT
            run = p.add_run()
            run.text = value
            run.font.size = Pt(size)
            run.font.name = FONT
            run.font.bold = i == 0
    return shape
