"""Drawing on PowerPoint slides with python-pptx: charts as native shapes, tables, titles.

Every box is a group of a rounded rectangle (white, outlined in the unit type's
colour) and a colour band, with its text in the rectangle — so a user can move,
restyle and retype it in PowerPoint or Impress. Connectors are straight
connector shapes, one per segment of the app's elbow lines.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.parts.slide import SlidePart
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
    """A new slide on the blank layout.

    python-pptx's ``slides.add_slide`` scans every relationship and slide id of
    the presentation for each new slide (quadratic: 16 s of a 835-slide deck);
    this adds the same part, relationship and slide id directly.
    """
    part = prs.part
    layout = prs.slide_layouts[6]
    slide_part = SlidePart.new(part._next_slide_partname, part.package, layout.part)
    rid = part._rels._add_relationship(RT.SLIDE, slide_part)
    ids = prs.slides._sldIdLst
    last = ids[-1] if len(ids) else None  # ids only grow here: one more than the last
    ids._add_sldId(id=max(256, int(last.id) + 1 if last is not None else 256), rId=rid)
    return slide_part.slide


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
    sid = slide.shapes._next_shape_id
    algn = {PP_ALIGN.CENTER: "ctr", PP_ALIGN.RIGHT: "r"}.get(align, "l")
    vert = {MSO_ANCHOR.MIDDLE: "ctr", MSO_ANCHOR.BOTTOM: "b"}.get(anchor, "t")
    paras = "".join(
        f'<a:p><a:pPr algn="{algn}"/><a:r><a:rPr lang="nb-NO" sz="{int(round(size * 100))}" b="{int(bold)}">'
        f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:latin typeface="{FONT}"/></a:rPr>'
        f"<a:t>{_text(text)}</a:t></a:r></a:p>"
        for text, size, bold, colour in lines
    )
    xml = (
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{sid}" name="Tekst {sid}"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{_e(x)}" y="{_e(y)}"/><a:ext cx="{_e(w)}" cy="{_e(h)}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>'
        f'<a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="{vert}">'
        f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{paras}</p:txBody></p:sp>"
    )
    element = parse_xml(xml)
    slide.shapes._spTree.append(element)
    return element


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
    sizes = [_box_fonts(b, b.w * s, b.h * s, page_label) for b in page.boxes]
    name_size = min((n for n, _d in sizes), default=10.0)
    detail = min((d for _n, d in sizes), default=8.0)
    ids = _Ids(slide.shapes._next_shape_id)
    parts: list[str] = []
    for pts in page.connectors:
        for (x1, y1), (x2, y2) in zip(pts, pts[1:], strict=False):
            parts.append(_connector_xml(ids(), ox + x1 * s, oy + y1 * s, ox + x2 * s, oy + y2 * s))
    for b in page.boxes:
        label = page_label(b) if page_label is not None and b.continued else ""
        rows = [(b.name, name_size, True, str(INK))] + [(t, detail, False, str(MUTED)) for t in b.lines if t]
        if label:
            rows.append((label, detail, True, b.colour))
        x, y, w, h = ox + b.x * s, oy + b.y * s, b.w * s, b.h * s
        parts.append(_box_xml(ids, b.name, b.colour, x, y, w, h, rows))
    tree = slide.shapes._spTree
    for element in list(parse_xml(f"<p:grpSp {_NS}>{''.join(parts)}</p:grpSp>")):
        tree.append(element)
    return s


# -- DrawingML written directly: python-pptx builds each shape through many XPath lookups
# (≈ 8 ms a box), too slow for a deck of 5 000 units; the XML is what it would write.
_NS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class _Ids:
    """Shape ids, unique on the slide, counting up from the first free one."""

    def __init__(self, first: int) -> None:
        self.next = first

    def __call__(self) -> int:
        self.next += 1
        return self.next - 1


def _e(v: float) -> int:
    return int(round(v * EMU_PER_PT))


def _text(value: str) -> str:
    return xml_escape(_BAD.sub("", value), {'"': "&quot;"})


def _connector_xml(sid: int, x1: float, y1: float, x2: float, y2: float) -> str:
    x, y = min(x1, x2), min(y1, y2)
    flip = ' flipH="1"' if (x2 < x1) != (y2 < y1) and x1 != x2 and y1 != y2 else ""
    return (
        f'<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{sid}" name="Kobling {sid}"/><p:cNvCxnSpPr/><p:nvPr/>'
        f'</p:nvCxnSpPr><p:spPr><a:xfrm{flip}><a:off x="{_e(x)}" y="{_e(y)}"/>'
        f'<a:ext cx="{_e(abs(x2 - x1))}" cy="{_e(abs(y2 - y1))}"/></a:xfrm>'
        f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill>'
        f'<a:srgbClr val="{CONNECTOR_COLOUR}"/></a:solidFill></a:ln></p:spPr></p:cxnSp>'
    )


def _box_xml(ids: _Ids, name: str, colour: str, x: float, y: float, w: float, h: float, rows: list) -> str:
    """A group of a rounded white box outlined in ``colour`` holding the text, and a colour band."""
    gid, rid, bid = ids(), ids(), ids()
    off = f'<a:off x="{_e(x)}" y="{_e(y)}"/><a:ext cx="{_e(w)}" cy="{_e(h)}"/>'
    paras = "".join(
        f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="nb-NO" sz="{int(round(size * 100))}" b="{int(bold)}">'
        f'<a:solidFill><a:srgbClr val="{col}"/></a:solidFill><a:latin typeface="{FONT}"/></a:rPr>'
        f"<a:t>{_text(text)}</a:t></a:r></a:p>"
        for text, size, bold, col in rows
    )
    return (
        f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{gid}" name="{_text(name[:60])}"/><p:cNvGrpSpPr/><p:nvPr/>'
        f"</p:nvGrpSpPr><p:grpSpPr><a:xfrm>{off}"
        f'<a:chOff x="{_e(x)}" y="{_e(y)}"/><a:chExt cx="{_e(w)}" cy="{_e(h)}"/></a:xfrm></p:grpSpPr>'
        f'<p:sp><p:nvSpPr><p:cNvPr id="{rid}" name="Boks {rid}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm>{off}</a:xfrm><a:prstGeom prst="roundRect"><a:avLst>'
        f'<a:gd name="adj" fmla="val 8000"/></a:avLst></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/>'
        f'</a:solidFill><a:ln w="15875"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:ln>'
        f'<a:effectLst/></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="{_e(4)}" tIns="{_e(h * 0.1 + 1)}" '
        f'rIns="{_e(4)}" bIns="{_e(1)}" anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paras}'
        f"</p:txBody></p:sp>"
        f'<p:sp><p:nvSpPr><p:cNvPr id="{bid}" name="Farge {bid}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{_e(x + 0.5)}" y="{_e(y + 0.5)}"/><a:ext cx="{_e(w - 1)}" '
        f'cy="{_e(h * 0.1)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
        f'<a:srgbClr val="{colour}"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></p:spPr></p:sp>'
        f"</p:grpSp>"
    )


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
