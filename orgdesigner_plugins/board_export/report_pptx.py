"""The comparison report as a PowerPoint deck (native shapes and tables)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from orgdesigner.api import APP_VERSION as __version__
from orgdesigner.api import ComparisonReport, Project, _

from . import pptx_draw as draw
from .chart_pages import MIN_SCALE, overview, scale_for
from .files import write_atomic
from .numbers import stamp, whole
from .report import area_rows, breach_rows, change_blocks, figure_rows, span_rows

LINES_PER_SLIDE = 20


def write_pptx(project: Project, r: ComparisonReport, target: Path) -> Path:
    prs = draw.new_presentation()
    foot = _("{project_name} · Sammenligning av alternativer · {value}").format(
        project_name=r.project_name, value=stamp(r.created)
    )
    slide = draw.blank_slide(prs)
    draw.text_box(
        slide,
        60,
        110,
        840,
        200,
        [
            (_("Sammenligning av alternativer"), 34, True, draw.ACCENT),
            (r.project_name, 22, False, draw.INK),
            ("", 10, False, draw.INK),
            *((f"• {a.name}", 16, False, draw.INK) for a in r.alternatives),
            ("", 10, False, draw.INK),
            (_("Gamle kommuner: {value}").format(value=", ".join(r.sources) or "–"), 13, False, draw.MUTED),
            (
                _("Laget {value} med OrgDesigner {version}").format(
                    value=stamp(r.created), version=__version__
                ),
                13,
                False,
                draw.MUTED,
            ),
        ],
    )
    _charts(prs, project, r, foot)
    _table_slide(prs, _("Nøkkeltall"), figure_rows(r), foot)
    _table_slide(
        prs,
        _("Kontrollspenn"),
        span_rows(r),
        foot,
        _("Antall ledere etter hvor mange som rapporterer direkte til dem"),
    )
    _table_slide(
        prs, _("Årsverk og lønnskostnad per område"), area_rows(r), foot, _("Innplasserte stillinger")
    )
    _table_slide(prs, _("Brudd på prinsippene"), breach_rows(r), foot, _("Antall funn per kontroll"))
    for heading, sections in change_blocks(r):
        _text_slides(prs, heading, sections, foot)
    return write_atomic(target, prs.save)


def _charts(prs: Any, project: Project, r: ComparisonReport, foot: str) -> None:
    tops = [overview(project, project.scenarios[a.scenario_id], levels=2) for a in r.alternatives]
    n = len(tops)
    width = (draw.SLIDE_W - 2 * draw.MARGIN) / max(1, n)
    side_by_side = n > 1 and all(scale_for(t, (width - 10, 400)) >= MIN_SCALE * 0.8 for t in tops)
    if side_by_side:
        slide = draw.blank_slide(prs)
        draw.slide_title(slide, _("De øverste nivåene"), _("Alternativene side om side"))
        for i, (t, a) in enumerate(zip(tops, r.alternatives, strict=True)):
            x = draw.MARGIN + i * width
            draw.text_box(
                slide, x, 78, width - 10, 24, [(a.name, 14, True, draw.INK)], align=draw.PP_ALIGN.CENTER
            )
            draw.draw_chart(slide, t, (x, 106, width - 10, 400), _label)
        draw.footer(slide, foot)
        return
    for t, a in zip(tops, r.alternatives, strict=True):
        slide = draw.blank_slide(prs)
        draw.slide_title(slide, _("De øverste nivåene"), a.name)
        draw.draw_chart(slide, t, (draw.MARGIN, 80, draw.SLIDE_W - 2 * draw.MARGIN, 420), _label)
        draw.footer(slide, foot)


def _label(box: Any) -> str:
    return f"+ {whole(box.continued)} underenheter"


def _table_slide(prs: Any, title: str, rows: list[list[str]], foot: str, sub: str = "") -> None:
    per = 16
    body = rows[1:]
    for start in range(0, max(1, len(body)), per):
        slide = draw.blank_slide(prs)
        draw.slide_title(slide, title if start == 0 else f"{title} (forts.)", sub)
        chunk = [rows[0], *body[start : start + per]]
        cols = len(rows[0])
        first = 260.0 if cols <= 4 else 200.0
        rest = (draw.SLIDE_W - 2 * draw.MARGIN - first) / max(1, cols - 1)
        size = 12.0 if cols <= 4 else 10.0
        draw.table(slide, chunk, draw.MARGIN, 84, [first] + [rest] * (cols - 1), size=size, row_h=22)
        draw.footer(slide, foot)


def _text_slides(prs: Any, heading: str, sections: list[tuple[str, list[str]]], foot: str) -> None:
    lines: list[tuple[str, float, bool, Any]] = []
    for title, sentences in sections:
        if title:
            lines.append((title, 15, True, draw.ACCENT))
        lines += [(f"• {s}" if title else s, 13, False, draw.INK) for s in sentences]
    for start in range(0, max(1, len(lines)), LINES_PER_SLIDE):
        slide = draw.blank_slide(prs)
        draw.slide_title(slide, _("Endringer i strukturen") + (" (forts.)" if start else ""), heading)
        draw.text_box(
            slide,
            draw.MARGIN,
            80,
            draw.SLIDE_W - 2 * draw.MARGIN,
            420,
            lines[start : start + LINES_PER_SLIDE],
        )
        draw.footer(slide, foot)
