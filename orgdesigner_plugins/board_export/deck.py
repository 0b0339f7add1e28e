"""Organisasjonskart as a PowerPoint deck: a title slide, an overview, then the chart
paginated by subtree so every box is readable (``chart_pages.paginate``).

Options: ``unit_id`` (only this unit and its subtree), ``max_boxes`` (boxes per
slide, default 24). Boxes, texts and connectors are native shapes.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from orgdesigner.api import APP_VERSION as __version__
from orgdesigner.api import Project, _

from . import pptx_draw as draw
from .chart_pages import Figures, overview, paginate
from .files import BoardExportError, check_target, write_atomic
from .numbers import date, decimal, whole


def resolve(project: Project, scenario: Any) -> Any:
    if scenario is None or scenario == "":
        if not project.scenarios:
            raise BoardExportError(_("Prosjektet har ingen alternativer"))
        return next(iter(project.scenarios.values()))
    if hasattr(scenario, "units"):
        return scenario
    try:
        return project.scenario(str(scenario))
    except ValueError as exc:
        raise BoardExportError(str(exc)) from exc


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    target = check_target(path, (".pptx",))
    sc = resolve(project, scenario)
    root = options.get("unit_id") or None
    if root and root not in sc.units:
        raise BoardExportError(_("Ukjent enhet i alternativet: {root}").format(root=root))
    if not sc.units:
        raise BoardExportError(_("Alternativet «{sc}» har ingen enheter").format(sc=sc.name))
    figures = Figures(project, sc)  # positions and årsverk per subtree, once
    pages = paginate(project, sc, root, max_boxes=int(options.get("max_boxes") or 24), figures=figures)
    prs = draw.new_presentation()
    today = dt.date.today()
    title_slide(prs, project, sc, root, len(pages), today, figures)
    top = overview(project, sc, levels=2, root=root, figures=figures)
    # the first page is the overview when it shows the same units (root and its children)
    merged = bool(pages) and {b.unit_id for b in pages[0].boxes} == {b.unit_id for b in top.boxes}
    first = 2 if merged else 3
    label = _labeller(first)
    region = (draw.MARGIN, 80, draw.SLIDE_W - 2 * draw.MARGIN, 420)
    if not merged:
        slide = draw.blank_slide(prs)
        draw.slide_title(slide, _("Oversikt"), _("{sc} – de øverste nivåene").format(sc=sc.name))
        draw.draw_chart(slide, top, region, label)
        draw.footer(slide, f"{project.name} · {sc.name} · {date(today)} · side 2")
    for n, page in enumerate(pages):
        slide = draw.blank_slide(prs)
        part = (
            _(" (del {value} av {value2})").format(value=page.part[0], value2=page.part[1])
            if page.part[1] > 1
            else ""
        )
        if n == 0 and merged:
            draw.slide_title(slide, _("Oversikt"), _("{sc} – de øverste nivåene").format(sc=sc.name))
        else:
            draw.slide_title(slide, sc.units[page.root_id].name + part, page.title)
        draw.draw_chart(slide, page, region, label)
        draw.footer(slide, f"{project.name} · {sc.name} · {date(today)} · side {n + first}")
    return write_atomic(target, prs.save)


def _labeller(first: int) -> Any:
    def label(box: Any) -> str:
        if box.page_ref is None:
            return f"+ {whole(box.continued)} underenheter"
        return f"{whole(box.continued)} underenheter, se side {box.page_ref + first}"

    return label


def title_slide(
    prs: Any, project: Project, sc: Any, root: str | None, pages: int, today: dt.date, figures: Figures
) -> None:
    slide = draw.blank_slide(prs)
    top = root or (sc.roots()[0] if sc.roots() else None)
    n, fte = figures.total.get(top, [0, 0.0]) if top else (0, 0.0)
    draw.text_box(
        slide,
        60,
        120,
        840,
        140,
        [
            (project.name or _("Prosjekt"), 34, True, draw.ACCENT),
            (_("Organisasjonskart – {sc}").format(sc=sc.name), 22, False, draw.INK),
            (_("Under {name}").format(name=sc.units[root].name) if root else "", 16, False, draw.MUTED),
        ],
    )
    units = len(sc.descendants(root)) + 1 if root else len(sc.units)
    rows = [
        [_("Alternativ"), sc.name],
        [_("Gamle kommuner"), ", ".join(s.name for s in project.sources.values()) or "–"],
        [_("Enheter"), whole(units)],
        [_("Innplasserte stillinger"), whole(n)],
        [_("Årsverk innplassert"), decimal(fte, 1)],
        [_("Lysbilder med kartet"), whole(pages)],
        [_("Dato"), date(today)],
        [_("Laget med"), f"OrgDesigner {__version__}"],
    ]
    draw.table(slide, rows, 60, 290, [220, 560], size=13, row_h=24, numeric_from=2)
