"""The chart cut into readable pages (no Qt): boxes, texts and connector lines.

A page shows one unit and its subtree down to as many levels as fit
``max_boxes`` boxes; a unit whose children do not fit is drawn with a marker
and gets its own page, the way Orgvue's auto-paginate splits a chart. A unit
with more children than fit one page is continued on further pages. The
geometry comes from the app's own tidy layout (``analysis.layout``), so staff
units hang beside their parent as in the editor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from orgdesigner.api import Org, Project, Scenario, _, count_text, layout, placement

from .numbers import decimal

LayoutOptions, layout_org, placed_units = layout.LayoutOptions, layout.layout_org, placement.placed_units

#: the app's colours per unit type (ui/unit_item.py TYPE_COLOURS)
TYPE_COLOURS = {
    "kommunedirektør": "1F3A5F",
    "stab": "7A5195",
    "støtte": "A05195",
    "tjenesteområde": "2F6690",
    "virksomhet": "3A7D44",
    "avdeling": "C77D1A",
    "seksjon": "B5533C",
    "team": "6C757D",
}
DEFAULT_COLOUR = "555555"
CONNECTOR_COLOUR = "7D7D7D"
# boxes of one row stay side by side (no single column of leaves): a page is wide, not tall
LAYOUT = LayoutOptions(
    box_w=200.0, box_h=90.0, h_gap=22.0, v_gap=40.0, compact_threshold=8, stack_leaves=False
)


@dataclass
class DrawBox:
    unit_id: str
    x: float
    y: float
    w: float
    h: float
    name: str
    lines: list[str]
    colour: str
    continued: int = 0  # hidden subunits shown on another page (0: none)
    page_ref: int | None = None  # the page number that continues it


@dataclass
class ChartPage:
    """One page: a unit and part of its subtree."""

    root_id: str
    title: str
    width: float
    height: float
    boxes: list[DrawBox]
    connectors: list[list[tuple[float, float]]]
    part: tuple[int, int] = (1, 1)  # continuation: part n of m
    children: list[str] = field(default_factory=list)


class Figures:
    """Positions and årsverk per unit, summed over its subtree."""

    def __init__(self, project: Project, sc: Scenario) -> None:
        direct: dict[str, list[float]] = {}
        for pid, uid in placed_units(sc).items():
            pos = project.positions.get(pid)
            if pos is None:
                continue
            d = direct.setdefault(uid, [0, 0.0])
            d[0] += 1
            d[1] += pos.fte_percent / 100.0
        self.total: dict[str, list[float]] = {}
        order = [u for u, _ in sc.walk()]
        for uid in reversed(order):
            t = list(direct.get(uid, [0, 0.0]))
            for c in sc.children(uid):
                ct = self.total.get(c, [0, 0.0])
                t[0] += ct[0]
                t[1] += ct[1]
            self.total[uid] = t
        self.sc = sc
        self.project = project

    def lines(self, uid: str) -> list[str]:
        n, fte = self.total.get(uid, [0, 0.0])
        return [
            count_text("{n} stilling", "{n} stillinger", n)
            + " · "
            + _("{fte} årsverk").format(fte=decimal(fte, 1))
        ]


def _sub_org(sc: Scenario, root: str, children: list[str], depth: int) -> Org:
    """An org of ``root``, the chosen ``children`` and their subtrees ``depth`` levels down."""
    units = {root: sc.units[root]}
    frontier = list(children)
    for level in range(depth):
        nxt = []
        for uid in frontier:
            units[uid] = sc.units[uid]
            if level + 1 < depth:
                nxt.extend(sc.children(uid))
        frontier = nxt
    return Org(sc.id, sc.name, units)


def _count(sc: Scenario, children: Iterable[str], depth: int) -> int:
    n, frontier = 1, list(children)
    for level in range(depth):
        n += len(frontier)
        if level + 1 < depth:
            frontier = [c for u in frontier for c in sc.children(u)]
    return n


def page_for(
    sc: Scenario, figures: Figures, root: str, children: list[str], depth: int, title: str
) -> ChartPage:
    org = _sub_org(sc, root, children, depth)
    folded = {u for u in org.units if u != root and not any(c in org.units for c in sc.children(u))}
    chart = layout_org(org, collapsed=folded, options=LAYOUT, root_unit_id=root)
    boxes = []
    for uid, b in chart.boxes.items():
        u = sc.units[uid]
        hidden = len(sc.descendants(uid)) if uid in folded and sc.children(uid) else 0
        boxes.append(
            DrawBox(
                uid,
                b.x,
                b.y,
                b.w,
                b.h,
                u.name,
                figures.lines(uid),
                TYPE_COLOURS.get(u.type, DEFAULT_COLOUR),
                continued=hidden,
            )
        )
    connectors = [list(pts) for pts in chart.connectors.values()]
    return ChartPage(root, title, chart.width, chart.height, boxes, connectors, children=children)


#: the drawing area of a slide or page in points (16:9 slide less title and margins)
REGION = (900.0, 420.0)
MIN_SCALE = 0.62  # points per layout unit: a 200-unit box is ≥ 124 pt wide, names ≥ 10 pt


def scale_for(page: ChartPage, region: tuple[float, float] = REGION, largest: float = 0.9) -> float:
    """Points per layout unit that fit ``page`` into ``region`` (never above ``largest``)."""
    if page.width <= 0 or page.height <= 0:
        return largest
    return min(largest, region[0] / page.width, region[1] / page.height)


def paginate(
    project: Project,
    sc: Scenario,
    root: str | None = None,
    max_boxes: int = 24,
    max_depth: int = 3,
    region: tuple[float, float] = REGION,
    figures: Figures | None = None,
) -> list[ChartPage]:
    """Pages that together show every unit of ``sc`` (or of the subtree under ``root``),
    each readable at ``region`` size (scale ≥ :data:`MIN_SCALE`).

    Page numbers in :attr:`DrawBox.page_ref` are indexes into the returned list.
    """
    figures = figures or Figures(project, sc)
    roots = [root] if root else sc.roots()
    pages: list[ChartPage] = []
    first_page: dict[str, int] = {}
    queue = list(roots)
    while queue:
        uid = queue.pop(0)
        title = sc.path(uid)
        got = _pages_for(sc, figures, uid, title, max_boxes, max_depth, region)
        first_page[uid] = len(pages)
        for n, page in enumerate(got, start=1):
            page.part = (n, len(got))
            pages.append(page)
            queue.extend(b.unit_id for b in page.boxes if b.continued)
    for page in pages:
        for b in page.boxes:
            if b.continued and b.unit_id in first_page:
                b.page_ref = first_page[b.unit_id]
    return pages


def _pages_for(
    sc: Scenario,
    figures: Figures,
    uid: str,
    title: str,
    max_boxes: int,
    max_depth: int,
    region: tuple[float, float],
) -> list[ChartPage]:
    kids = sc.children(uid)
    for d in range(max_depth, 0, -1):
        if _count(sc, kids, d) <= max_boxes:
            page = page_for(sc, figures, uid, kids, d, title)
            if scale_for(page, region) >= MIN_SCALE or not kids:
                return [page]
    for size in (max_boxes - 1, 16, 12, 8, 6, 4, 2):
        pages = [page_for(sc, figures, uid, chunk, 1, title) for chunk in _chunks(kids, size)]
        if all(scale_for(p, region) >= MIN_SCALE for p in pages):
            return pages
    return [page_for(sc, figures, uid, chunk, 1, title) for chunk in _chunks(kids, 1)]


def _chunks(items: list[str], size: int) -> list[list[str]]:
    """``items`` in as few runs of at most ``size`` as possible, of even length."""
    parts = max(1, -(-len(items) // max(1, size)))
    even = -(-len(items) // parts)
    return [items[i : i + even] for i in range(0, len(items), even)]


def overview(
    project: Project, sc: Scenario, levels: int = 2, root: str | None = None, figures: Figures | None = None
) -> ChartPage:
    """The top ``levels`` levels of the chart on one page (for the overview and the report)."""
    figures = figures or Figures(project, sc)
    top = root or (sc.roots()[0] if sc.roots() else None)
    if top is None:
        return ChartPage("", sc.name, 0, 0, [], [])
    return page_for(sc, figures, top, sc.children(top), max(1, levels - 1), sc.name)
