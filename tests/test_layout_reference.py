"""The list-profile layout gives exactly the boxes of the dict-profile one it replaced
(``layout_reference.py``), on random trees, with and without a kept cache."""

from __future__ import annotations

import layout_reference as ref
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.analysis import layout as lay
from orgdesigner.model import Scenario, Unit, UnitType

TYPES = [
    UnitType.KOMMUNEDIREKTOR,
    UnitType.STAB,
    UnitType.STOTTE,
    UnitType.TJENESTEOMRADE,
    UnitType.VIRKSOMHET,
    UnitType.AVDELING,
    UnitType.TEAM,
]


@st.composite
def trees(draw: st.DrawFn) -> tuple[Scenario, set[str], lay.LayoutOptions, str | None]:
    n = draw(st.integers(1, 80))
    roots = draw(st.integers(1, 3))
    sc = Scenario("s", "S")
    for i in range(n):
        parent = None if i < roots else f"u{draw(st.integers(max(0, i - 12), i - 1))}"
        typ = draw(st.sampled_from(TYPES))
        order = draw(st.integers(0, 5))
        sc.units[f"u{i}"] = Unit(f"u{i}", f"U{i}", typ, parent_id=parent, sort_order=order)
    collapsed = {f"u{i}" for i in draw(st.sets(st.integers(0, n - 1), max_size=4))}
    opt = lay.LayoutOptions(
        box_w=draw(st.sampled_from([100.0, 200.0, 37.5])),
        h_gap=draw(st.sampled_from([20.0, 13.3])),
        compact_threshold=draw(st.integers(1, 9)),
        stack_leaves=draw(st.booleans()),
    )
    root = draw(st.one_of(st.none(), st.sampled_from(sorted(sc.units))))
    return sc, collapsed, opt, root


def _same(a: lay.ChartLayout, b: lay.ChartLayout) -> None:
    assert list(a.boxes) == list(b.boxes)
    for uid, box in a.boxes.items():
        other = b.boxes[uid]
        assert (box.x, box.y, box.w, box.h, box.depth, box.kind) == (
            other.x,
            other.y,
            other.w,
            other.h,
            other.depth,
            other.kind,
        ), uid
        assert (box.has_children, box.collapsed, box.link) == (
            other.has_children,
            other.collapsed,
            other.link,
        )
    assert (a.width, a.height) == (b.width, b.height)
    assert a.connectors == b.connectors


@settings(max_examples=300, deadline=None, database=None)
@given(trees())
def test_fast_layout_equals_the_reference(tree: tuple) -> None:
    sc, collapsed, opt, root = tree
    _same(lay.layout_org(sc, collapsed, opt, root), ref.layout_org(sc, collapsed, opt, root))


@settings(max_examples=100, deadline=None, database=None)
@given(trees(), st.data())
def test_fast_layout_with_a_kept_cache_equals_the_reference_after_edits(
    tree: tuple, data: st.DataObject
) -> None:
    sc, collapsed, opt, _ = tree
    cache = lay.LayoutCache()
    lay.layout_org(sc, collapsed, opt, cache=cache)
    ids = sorted(sc.units)
    for _ in range(3):  # a move, a type change, a collapse toggle: then relayout with the cache
        uid = data.draw(st.sampled_from(ids))
        unit = sc.units[uid]
        what = data.draw(st.sampled_from(["type", "collapse", "order"]))
        if what == "type":
            unit.type = data.draw(st.sampled_from(TYPES))
        elif what == "order":
            unit.sort_order = data.draw(st.integers(0, 5))
        else:
            collapsed ^= {uid}
        sc._children = None
        _same(lay.layout_org(sc, collapsed, opt, cache=cache), ref.layout_org(sc, collapsed, opt))
