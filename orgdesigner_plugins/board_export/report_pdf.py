"""The comparison report as a PDF (reportlab, no Qt): A4 landscape, the top levels
of each alternative side by side, key figures, span, areas, breaches and the
changes in words. Tables repeat their header row on every page."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from orgdesigner.api import APP_VERSION as __version__
from orgdesigner.api import ComparisonReport, Project, _

from .chart_pages import CONNECTOR_COLOUR, ChartPage, overview, scale_for
from .files import write_atomic
from .numbers import stamp, whole
from .report import area_rows, breach_rows, change_blocks, figure_rows, span_rows

PAGE = landscape(A4)
# BCP 47 for the PDF's /Lang: the report's texts are bokmål in every UI language so far (not in
# the catalogue yet); once they are, take formatting.current_language() through a table.
REPORT_LANGUAGE = "nb-NO"
FONT_CANDIDATES = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
]


def _fonts() -> tuple[str, str, bool]:
    """(regular, bold, has arrows): a TrueType font with «→» when the system has one."""
    for regular, bold in FONT_CANDIDATES:
        if os.path.exists(regular) and os.path.exists(bold):
            try:
                pdfmetrics.registerFont(TTFont("BoardSans", regular))
                pdfmetrics.registerFont(TTFont("BoardSans-Bold", bold))
                return "BoardSans", "BoardSans-Bold", True
            except Exception:
                continue
    return "Helvetica", "Helvetica-Bold", False


class ChartsSideBySide(Flowable):
    """The top levels of each alternative's chart, next to each other."""

    def __init__(
        self, pages: list[ChartPage], names: list[str], width: float, height: float, font: tuple
    ) -> None:
        super().__init__()
        self.pages, self.names, self.width, self.height, self.font = pages, names, width, height, font

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        n = max(1, len(self.pages))
        col = self.width / n
        for i, (page, name) in enumerate(zip(self.pages, self.names, strict=True)):
            x0 = i * col
            c.setFont(self.font[1], 11)
            c.setFillColor(colors.black)
            c.drawCentredString(x0 + col / 2, self.height - 12, _clip(name, col, 11))
            self._chart(page, x0 + 4, 0, col - 8, self.height - 24)

    def _chart(self, page: ChartPage, x: float, y: float, w: float, h: float) -> None:
        c = self.canv
        s = scale_for(page, (w, h), largest=0.6)
        ox = x + (w - page.width * s) / 2
        top = y + h  # reportlab's y grows upwards

        def at(px: float, py: float) -> tuple[float, float]:
            return ox + px * s, top - py * s

        c.setStrokeColor(colors.HexColor("#" + CONNECTOR_COLOUR))
        c.setLineWidth(0.8)
        for pts in page.connectors:
            path = c.beginPath()
            path.moveTo(*at(*pts[0]))
            for p in pts[1:]:
                path.lineTo(*at(*p))
            c.drawPath(path, stroke=1, fill=0)
        for b in page.boxes:
            bx, by = at(b.x, b.y + b.h)
            bw, bh = b.w * s, b.h * s
            colour = colors.HexColor("#" + b.colour)
            c.setFillColor(colors.white)
            c.setStrokeColor(colour)
            c.setLineWidth(1)
            c.roundRect(bx, by, bw, bh, 3, stroke=1, fill=1)
            c.setFillColor(colour)
            c.rect(bx, by + bh * 0.88, bw, bh * 0.12, stroke=0, fill=1)
            self._box_text(b, bx, by, bw, bh)

    def _box_text(self, b: Any, bx: float, by: float, bw: float, bh: float) -> None:
        """Name (bold, up to two lines), figures and the «+ n underenheter» marker, shrunk to fit."""
        c = self.canv
        regular, bold = self.font
        size = max(6.0, min(10.0, bh * 0.2))
        for _attempt in range(8):
            rows: list[tuple[str, str, float]] = [
                (t, bold, size) for t in _wrap(b.name, bw - 6, size, bold)[:2]
            ]
            small = size * 0.85
            for t in b.lines:
                parts = [t] if pdfmetrics.stringWidth(t, regular, small) <= bw - 6 else t.split(" · ")
                rows += [(x, regular, small) for x in parts]
            if b.continued:
                rows.append((f"+ {whole(b.continued)} underenheter", regular, small))
            height = sum(r[2] * 1.15 for r in rows)
            wide = any(pdfmetrics.stringWidth(t, f, fs) > bw - 4 for t, f, fs in rows)
            if (height <= bh * 0.84 and not wide) or size <= 5.0:
                break
            size -= 0.5
        yy = by + (bh * 0.88 + height) / 2 - rows[0][2]
        for text, font, fs in rows:
            c.setFont(font, fs)
            c.setFillColor(colors.black if font == bold else colors.HexColor("#555555"))
            c.drawCentredString(bx + bw / 2, yy, _clip(text, bw - 4, fs, font))
            yy -= fs * 1.15


def chart_rows(
    tops: list[ChartPage], names: list[str], width: float, height: float, font: tuple
) -> list[Any]:
    """The charts side by side when they are readable so, else in rows (wide, flat charts
    read better one above the other): whichever gives the larger boxes."""

    def smallest(per_row: int, rows: int) -> float:
        w, h = width / per_row - 8, height / rows - 24
        return min(scale_for(t, (w, h), largest=0.6) for t in tops)

    n = len(tops)
    options = [(per_row, -(-n // per_row)) for per_row in range(n, 0, -1)]
    per_row, rows = max(options, key=lambda o: (round(smallest(*o), 3), o[0]))
    out: list[Any] = []
    for i in range(0, n, per_row):
        row_h = height / rows if rows <= 2 else height / 2
        out.append(ChartsSideBySide(tops[i : i + per_row], names[i : i + per_row], width, row_h, font))
    return out


def _wrap(text: str, width: float, size: float, font: str) -> list[str]:
    lines, row = [], ""
    for word in text.split():
        test = f"{row} {word}".strip()
        if pdfmetrics.stringWidth(test, font, size) <= width or not row:
            row = test
        else:
            lines.append(row)
            row = word
    return [*lines, row] if row else lines


def _clip(text: str, width: float, size: float, font: str = "Helvetica") -> str:
    while text and pdfmetrics.stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text


def write_pdf(project: Project, r: ComparisonReport, target: Path) -> Path:
    regular, bold, arrows = _fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=regular, fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=base["Heading1"], fontName=bold, fontSize=20, leading=24)
    h2 = ParagraphStyle("h2", parent=base["Heading2"], fontName=bold, fontSize=14, leading=18, spaceBefore=8)
    h3 = ParagraphStyle("h3", parent=base["Heading3"], fontName=bold, fontSize=11, leading=14, spaceBefore=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    cell_r = ParagraphStyle("cellr", parent=cell, alignment=2)
    head = ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white)

    def text(s: str) -> str:
        s = escape(s)
        return s if arrows else s.replace("→", "-&gt;")

    def tbl(rows: list[list[str]], first: float) -> Table:
        width = PAGE[0] - 30 * mm
        rest = (width - first) / max(1, len(rows[0]) - 1)
        data = [[Paragraph(text(v), head) for v in rows[0]]]
        data += [
            [Paragraph(text(v), cell if j == 0 else cell_r) for j, v in enumerate(row)] for row in rows[1:]
        ]
        t = Table(data, colWidths=[first] + [rest] * (len(rows[0]) - 1), repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E78")),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C8D3DF")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    story: list[Any] = [
        Paragraph(_("Sammenligning av alternativer"), h1),
        Paragraph(text(r.project_name), h2),
        Paragraph(
            text(_("Alternativer: {value}").format(value="; ".join(a.name for a in r.alternatives))), body
        ),
        Paragraph(text(_("Gamle kommuner: {value}").format(value=", ".join(r.sources) or "–")), body),
        Spacer(1, 4 * mm),
        Paragraph(_("De øverste nivåene"), h2),
    ]
    tops = [overview(project, project.scenarios[a.scenario_id], levels=2) for a in r.alternatives]
    names = [a.name for a in r.alternatives]
    width = PAGE[0] - 30 * mm
    story += chart_rows(tops, names, width, 130 * mm, (regular, bold))
    story += [PageBreak(), Paragraph(_("Nøkkeltall"), h2), tbl(figure_rows(r), 70 * mm)]
    story += [KeepTogether([Paragraph(_("Kontrollspenn"), h2), tbl(span_rows(r), 70 * mm)])]
    story += [
        KeepTogether(
            [
                Paragraph(_("Årsverk og lønnskostnad per område (innplasserte stillinger)"), h2),
                tbl(area_rows(r), 60 * mm),
            ]
        )
    ]
    story += [
        KeepTogether(
            [
                Paragraph(_("Brudd på prinsippene (antall funn per kontroll)"), h2),
                tbl(breach_rows(r), 90 * mm),
            ]
        )
    ]
    for heading, sections in change_blocks(r):
        story += [
            PageBreak(),
            Paragraph(text(_("Endringer i strukturen: {heading}").format(heading=heading)), h2),
        ]
        for title, sentences in sections:
            if title:
                story.append(Paragraph(text(title), h3))
            story += [Paragraph(text(f"• {s}" if title else s), body) for s in sentences]

    foot = _("{project_name} · Sammenligning av alternativer · {value} · OrgDesigner {version}").format(
        project_name=r.project_name, value=stamp(r.created), version=__version__
    )

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(15 * mm, 8 * mm, foot)
        canvas.drawRightString(PAGE[0] - 15 * mm, 8 * mm, _("Side {page}").format(page=doc.page))
        canvas.restoreState()

    def build(path: str) -> None:
        doc = SimpleDocTemplate(
            path,
            pagesize=PAGE,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=12 * mm,
            bottomMargin=15 * mm,
            title=_("Sammenligning av alternativer"),
            author="OrgDesigner",
            subject=r.project_name,
            creator="OrgDesigner",
            lang=REPORT_LANGUAGE,  # the catalogue's /Lang
        )
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

    return write_atomic(target, build)
