"""Tidy tree layout of an organisation chart: numbers, not pixels (no Qt).

A contour-based tidy layout in O(n · rows): every subtree is laid out once, bottom
up, and keeps a *profile* — for each row slot its left-most and right-most x —
so a sibling subtree is pushed right exactly as far as needed. Rows have a
uniform pitch; even slots (``2 * band``) hold boxes, odd slots the gap below a
band where connectors run, so connectors are kept clear of other subtrees too.

What org-chart users ask for:

* **staff units** (type ``stab``, and ``støtte`` directly under a root) hang
  beside their parent on a vertical trunk, between the parent and its line
  children, alternating left and right;
* **compact arrangement**: a parent with more than ``compact_threshold`` line
  children stacks them in columns (each with its own trunk) instead of one
  very wide row;
* **collapsed** units hide their subtree; helpers compute the collapsed set
  for expand all, collapse all and expand to level *n*;
* **stable**: siblings keep their order (``sort_order``), and the same tree
  always gives the same layout.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import Org, UnitType
from .contours import Profile, bands, leaf_profile, row_offsets, span, union

Point = tuple[float, float]


@dataclass(frozen=True)
class LayoutOptions:
    """Sizes (in scene units) and the arrangement rules."""

    box_w: float = 200.0
    box_h: float = 84.0
    h_gap: float = 20.0  # horizontal space between boxes of neighbouring subtrees
    v_gap: float = 36.0  # vertical space between rows
    indent: float = 22.0  # compact column: from the column trunk to its boxes
    compact_threshold: int = 8  # more line children than this: stack in columns
    stack_leaves: bool = True  # 3..threshold line children without children of their own: one column
    staff_types: frozenset[str] = frozenset({UnitType.STAB})
    root_staff_types: frozenset[str] = frozenset({UnitType.STOTTE})  # staff only under a root
    row_types: frozenset[str] = frozenset({UnitType.TJENESTEOMRADE})  # never stacked in columns

    @property
    def pitch(self) -> float:
        return self.box_h + self.v_gap


class Box(NamedTuple):
    """A visible unit: top-left corner, size, and how it hangs from its parent.

    A named tuple: a layout makes one per visible unit, and a tuple is built several
    times faster than a dataclass instance."""

    x: float
    y: float
    w: float
    h: float
    depth: int
    kind: str  # "root", "line", "staff" or "stack"
    has_children: bool
    collapsed: bool
    link: tuple | None = None  # how it hangs from its parent; see connector_points()

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def rect(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.w, self.h)


@dataclass
class ChartLayout:
    """Boxes per visible unit id and one connector polyline per visible non-root unit."""

    boxes: dict[str, Box] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0
    options: LayoutOptions | None = None
    _connectors: dict[str, list[Point]] | None = field(default=None, repr=False, compare=False)

    @property
    def connectors(self) -> dict[str, list[Point]]:
        """child id -> connector points in scene coordinates (computed on first use)."""
        if self._connectors is None:
            opt = self.options or LayoutOptions()
            self._connectors = {
                uid: [(x + b.x, y + b.y) for x, y in connector_points(b.link, opt)]
                for uid, b in self.boxes.items()
                if b.link is not None
            }
        return self._connectors


def connector_points(link: tuple, opt: LayoutOptions) -> list[Point]:
    """The connector from the parent down to a box, relative to the box's top-left corner.

    ``link`` is :attr:`Box.link`; the same link always gives the same points, so a
    view can skip redrawing connectors whose link object did not change.
    """
    dx, db, kind, trunk, first = link
    half, bh, pitch = opt.box_w / 2, opt.box_h, opt.pitch
    px, pbottom, mid = half - dx, bh - db * pitch, bh / 2
    if kind == "line":
        bus = -opt.v_gap / 2
        return [(px, pbottom), (px, bus), (half, bus), (half, 0.0)]
    if kind == "staffrow":
        bus = -opt.v_gap / 2
        return [(px, pbottom), (px, bus), (half, bus), (half, 0.0)]
    if kind == "staff":
        return [(px, pbottom), (px, mid), (opt.box_w if dx < 0 else 0.0, mid)]
    bus = (first - db) * pitch - opt.v_gap / 2
    return [(px, pbottom), (px, bus), (px + trunk, bus), (px + trunk, mid), (0.0, mid)]


def is_staff(org: Org, unit_id: str, options: LayoutOptions) -> bool:
    """Whether a unit is drawn as staff beside its parent."""
    u = org.units[unit_id]
    if u.parent_id is None or u.parent_id not in org.units:
        return False
    if u.type in options.staff_types:
        return True
    parent = org.units[u.parent_id]
    at_root = parent.parent_id is None or parent.parent_id not in org.units
    return at_root and u.type in options.root_staff_types


def _place_staff(
    staff: list[str], prof: dict[str, Profile], rel: dict, p: Profile, gap: float
) -> tuple[int, int]:
    """Put a parent's staff units on one row in band 1, split by the parent's trunk.

    One or two staff units hang beside the trunk (side connectors); more make one
    row under the parent, the first half left of the trunk and the rest right of
    it in sibling order, fed from a bus below the parent. Returns the first band
    free for line children and the slot of the staff row's centre.
    """
    band = 1
    half = math.ceil(len(staff) / 2)
    kind = "staff" if len(staff) <= 2 else "staffrow"
    left, right = staff[:half], staff[half:]
    xs: list[float] = []
    for group, side in ((left, -1), (right, 1)):
        if not group:
            continue
        offs = row_offsets([prof[c] for c in group], gap)
        if side < 0:
            edge = max(max(prof[c][1]) + o for c, o in zip(group, offs, strict=True))
            shift = -gap - edge
        else:
            edge = min(min(prof[c][0]) + o for c, o in zip(group, offs, strict=True))
            shift = gap - edge
        for c, o in zip(group, offs, strict=True):
            rel[c] = (o + shift, band, kind, 0.0, band)
            union(p, prof[c], o + shift, 2 * band)
            xs.append(o + shift)
    if kind == "staffrow":
        span(p, 2 * band - 1, 2 * band - 1, min(0.0, *xs), max(0.0, *xs))  # the bus
    tallest = max(bands(prof[c]) for c in staff)
    return band + tallest, 2 * band


def _place_columns(
    line: list[str],
    many: bool,
    band: int,
    prof: dict[str, Profile],
    rel: dict,
    p: Profile,
    opt: LayoutOptions,
) -> None:
    """Stack line children in columns, each with its own trunk, centred under the parent."""
    gap = opt.h_gap
    ncols = max(2, math.ceil(math.sqrt(len(line)))) if many else 1
    per = math.ceil(len(line) / ncols)
    columns = [line[i : i + per] for i in range(0, len(line), per)]
    col_profiles: list[Profile] = []
    placed: list[list[tuple[str, float, int]]] = []
    indent = opt.indent
    for col in columns:
        profs = [prof[c] for c in col]
        if all(len(cp[0]) == 1 for cp in profs):  # a column of single boxes, built directly
            items = []
            los: list[float] = []
            his: list[float] = []
            for b, (c, (lo, hi)) in enumerate(zip(col, profs, strict=True)):
                dx = indent - lo[0]
                items.append((c, dx, b))
                los += (min(lo[0] + dx, 0.0), 0.0)
                his += (max(hi[0] + dx, 0.0), 0.0)
            col_profiles.append((los[:-1], his[:-1]))  # the trunk ends at the last box
            placed.append(items)
            continue
        cprof: Profile = ([], [])
        b = last = 0
        items = []
        for c in col:
            cp = prof[c]
            dx = opt.indent - min(cp[0])
            items.append((c, dx, b))
            union(cprof, cp, dx, 2 * b)
            last = b
            b += bands(cp)
        span(cprof, 0, 2 * last, 0.0, 0.0)  # the column trunk
        col_profiles.append(cprof)
        placed.append(items)
    offs = row_offsets(col_profiles, gap)
    lo = min(min(cp[0]) + o for cp, o in zip(col_profiles, offs, strict=True))
    hi = max(max(cp[1]) + o for cp, o in zip(col_profiles, offs, strict=True))
    shift = -(lo + hi) / 2
    for cprof, o, items in zip(col_profiles, offs, placed, strict=True):
        trunk = o + shift
        for c, dx, b in items:
            rel[c] = (trunk + dx, band + b, "stack", trunk, band)
        union(p, cprof, trunk, 2 * band)
    trunks = [o + shift for o in offs]
    span(p, 2 * band - 1, 2 * band - 1, min(0.0, trunks[0]), max(0.0, trunks[-1]))


class LayoutCache:
    """Subtree results kept between layouts of one org, so a relayout after an edit
    recomputes only the subtrees whose visible children changed (and their ancestors)."""

    def __init__(self) -> None:
        self.options: LayoutOptions | None = None
        self.keys: dict[str, tuple] = {}
        self.prof: dict[str, Profile] = {}
        # child id -> (dx of its center from the parent's center, band below parent, kind,
        #              trunk dx (stack), band of the first row of its group)
        self.rel: dict[str, tuple[float, int, str, float, int]] = {}
        self.recomputed = 0  # subtrees laid out by the last call (for tests and benchmarks)

    def clear(self) -> None:
        self.keys, self.prof, self.rel = {}, {}, {}


def layout_org(
    org: Org,
    collapsed: Iterable[str] = (),
    options: LayoutOptions | None = None,
    root_unit_id: str | None = None,
    cache: LayoutCache | None = None,
) -> ChartLayout:
    """Lay out the visible part of ``org`` (or of the subtree under ``root_unit_id``).

    Pass the same ``cache`` for repeated layouts of one org to reuse unchanged subtrees.
    """
    opt = options or LayoutOptions()
    if cache is None:
        cache = LayoutCache()
    if cache.options != opt:
        cache.clear()
        cache.options = opt
    folded = set(collapsed)
    w, half, gap = opt.box_w, opt.box_w / 2, opt.h_gap
    roots = [root_unit_id] if root_unit_id is not None else org.roots()
    index = org._index()  # children index, already in sibling order

    # post order over visible units (iterative: deep trees must not hit the recursion limit)
    order: list[str] = []
    stack = list(roots)
    while stack:
        uid = stack.pop()
        order.append(uid)
        if uid not in folded:
            stack.extend(index.get(uid, ()))
    order.reverse()

    prof, rel, keys = cache.prof, cache.rel, cache.keys
    units = org.units
    staff_types, root_staff_types, row_types = opt.staff_types, opt.root_staff_types, opt.row_types
    leaf = leaf_profile(half)  # shared by every leaf: profiles are only ever read once built
    recomputed: set[str] = set()
    for uid in order:
        kids = () if uid in folded else index.get(uid, ())
        if not kids:  # a single box, wherever it hangs
            if keys.get(uid) != () or uid not in prof:
                keys[uid] = ()
                recomputed.add(uid)
                prof[uid] = leaf
            continue
        parent_id = units[uid].parent_id
        at_root = parent_id is None or parent_id not in units
        types = tuple([units[c].type for c in kids])
        key: tuple = (
            tuple(kids),
            types,
            # whether a child has children of its own (even collapsed) decides stacking
            tuple([c in index for c in kids]),
            at_root,
        )
        if keys.get(uid) == key and uid in prof and recomputed.isdisjoint(kids):
            continue  # this subtree is laid out as before
        keys[uid] = key
        recomputed.add(uid)
        p: Profile = leaf_profile(half)
        if at_root:
            is_staff_of = [t in staff_types or t in root_staff_types for t in types]
        else:
            is_staff_of = [t in staff_types for t in types]
        if True in is_staff_of:
            staff = [c for c, f in zip(kids, is_staff_of, strict=True) if f]
            line = [c for c, f in zip(kids, is_staff_of, strict=True) if not f]
        else:
            staff, line = [], list(kids)
        band = 1
        if staff:
            band, last_center_slot = _place_staff(staff, prof, rel, p, gap)
            trunk_end = 2 * band - 1 if line else last_center_slot
            span(p, 1, trunk_end, 0.0, 0.0)
        if line:
            in_row = any(units[c].type in row_types for c in line)  # service areas side by side
            many = len(line) > opt.compact_threshold and not in_row
            leaves = opt.stack_leaves and len(line) > 2 and not in_row and not any(c in index for c in line)
            if many or leaves:
                _place_columns(line, many, band, prof, rel, p, opt)
            else:
                offs = row_offsets([prof[c] for c in line], gap)
                shift = -(offs[0] + offs[-1]) / 2
                slot = 2 * band
                for c, o in zip(line, offs, strict=True):
                    rel[c] = (o + shift, band, "line", 0.0, band)
                    union(p, prof[c], o + shift, slot)
                span(p, slot - 1, slot - 1, min(0.0, offs[0] + shift), max(0.0, offs[-1] + shift))
        prof[uid] = p

    cache.recomputed = len(recomputed)
    # the roots side by side, the left-most box edge at x = 0
    root_offs = row_offsets([prof[r] for r in roots], gap * 2) if roots else []
    if roots:
        minx = min(min(prof[r][0]) + o for r, o in zip(roots, root_offs, strict=True))
        root_offs = [o - minx for o in root_offs]

    out = ChartLayout(options=opt)
    boxes = out.boxes
    centers: dict[str, tuple[float, int, int]] = {}
    pitch, bh = opt.pitch, opt.box_h
    root_set = set(roots)
    new_box = tuple.__new__
    for r, o in zip(roots, root_offs, strict=True):
        centers[r] = (o, 0, 0)
    for uid in reversed(order):  # pre order: parents before children
        has = uid in index
        link = rel.get(uid)
        if uid in root_set:
            cx, b, d = centers[uid]
            kind = "root"
            link = None
        else:
            px, pb, pd = centers[units[uid].parent_id]
            kind = link[2]
            if kind == "staffrow":
                kind = "staff"
            cx, b, d = px + link[0], pb + link[1], pd + 1
            centers[uid] = (cx, b, d)
        boxes[uid] = new_box(Box, (cx - half, b * pitch, w, bh, d, kind, has, has and uid in folded, link))
    if out.boxes:
        out.width = max(bx.x + bx.w for bx in out.boxes.values())
        out.height = max(bx.y + bx.h for bx in out.boxes.values())
    return out


# -- the collapsed set ---------------------------------------------------------


def collapse_all(org: Org) -> set[str]:
    """Every unit with children collapsed: only the roots show."""
    return {p for p, kids in org._index().items() if p is not None and kids}


def expand_to_level(org: Org, level: int) -> set[str]:
    """The collapsed set that shows ``level`` rows of units (1: only the roots)."""
    return {uid for uid, d in org.walk() if d >= level - 1 and org.children(uid)}


def expand_ancestors(org: Org, collapsed: Iterable[str], unit_id: str) -> set[str]:
    """``collapsed`` without the ancestors of ``unit_id``, so the unit is visible."""
    return set(collapsed) - set(org.ancestors(unit_id))


def visible_units(org: Org, collapsed: Iterable[str] = ()) -> list[str]:
    """Unit ids that are shown (no collapsed ancestor), depth first."""
    folded = set(collapsed)
    out: list[str] = []
    stack = list(reversed(org.roots()))
    while stack:
        uid = stack.pop()
        out.append(uid)
        if uid not in folded:
            stack.extend(reversed(org.children(uid)))
    return out


def neighbour(org: Org, chart: ChartLayout, unit_id: str, direction: str) -> str | None:
    """The visible unit reached from ``unit_id`` with an arrow key.

    ``up``: the parent; ``down``: the first visible child; ``left``/``right``:
    the previous/next sibling in sibling order (staff included).
    """
    unit = org.units.get(unit_id)
    if unit is None:
        return None
    if direction == "up":
        p = unit.parent_id
        return p if p in chart.boxes else None
    if direction == "down":
        kids = [c for c in org.children(unit_id) if c in chart.boxes]
        return kids[0] if kids else None
    if direction in ("left", "right"):
        siblings = [c for c in org.children(unit.parent_id) if c in chart.boxes]
        if unit_id not in siblings:
            return None
        i = siblings.index(unit_id) + (1 if direction == "right" else -1)
        return siblings[i] if 0 <= i < len(siblings) else None
    return None
