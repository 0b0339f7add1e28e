"""Fractional sort keys: a move or insert touches only the units that move,
and gives exactly the sibling order the model's own op gives."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_model_ops import small_project

from orgdesigner.model import ModelError, Unit, opjson, ops
from orgdesigner.model.sortkeys import fractional


def _wide_project():
    p = small_project()
    sc = p.scenarios["s1"]
    for i in range(8):
        sc.units[f"w{i}"] = Unit(f"w{i}", f"Enhet {i}", parent_id="n1", sort_order=i)
    sc.invalidate()
    return p


def _orders(p):
    return {org.id: {u: org.children(u) for u in [None, *org.units]} for org in [*p.scenarios.values()]}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fractional_moves_give_the_same_order_and_touch_only_movers(data):
    p = _wide_project()
    for _ in range(data.draw(st.integers(1, 6))):
        units = list(p.scenarios["s1"].units)
        try:
            if data.draw(st.booleans()):
                movers = data.draw(st.lists(st.sampled_from(units), min_size=1, max_size=3, unique=True))
                parent = data.draw(st.sampled_from([None, "n1", "n0", *units]))
                op = ops.move_units(
                    p, "s1", movers, parent, data.draw(st.one_of(st.none(), st.integers(0, 9)))
                )
            else:
                parent = data.draw(st.sampled_from(["n1", "n0"]))
                uid = f"x{data.draw(st.integers(0, 99))}"
                op = ops.add_unit(p, "s1", Unit(uid, "Ny", parent_id=parent), data.draw(st.integers(0, 9)))
        except ModelError:
            continue
        plain = copy.deepcopy(p)
        op_plain = copy.deepcopy(op)
        frac = fractional(p, op)
        op_plain.apply(plain)
        frac.apply(p)
        assert _orders(p) == _orders(plain)
        changed = {
            pr["id"]
            for pr in opjson.to_json(frac)["prims"]
            if pr["t"] == "set" and "sort_order" in pr["changes"]
        }
        moved = {
            pr["id"]
            for pr in opjson.to_json(op_plain)["prims"]
            if pr["t"] == "set" and "parent_id" in pr["changes"]
        }
        renumbered = {
            pr["id"]
            for pr in opjson.to_json(op_plain)["prims"]
            if pr["t"] == "set" and "sort_order" in pr["changes"]
        }
        assert changed <= renumbered | moved


def test_moving_one_unit_to_the_front_changes_one_key():
    p = _wide_project()
    op = fractional(p, ops.move_units(p, "s1", ["w7"], "n1", 0))
    prims = opjson.to_json((op.apply(p), op)[1])["prims"]
    assert [pr["id"] for pr in prims] == ["w7"]
    assert p.scenarios["s1"].children("n1")[:2] == ["w7", "w0"]


def test_two_concurrent_moves_under_one_parent_do_not_conflict():
    p = _wide_project()
    a, b = copy.deepcopy(p), copy.deepcopy(p)
    op_a = fractional(a, ops.move_units(a, "s1", ["w6"], "n1", 1))
    op_a.apply(a)
    op_b = fractional(b, ops.move_units(b, "s1", ["w2"], "n1", 7))
    op_b.apply(b)
    server = copy.deepcopy(p)
    for sent in (opjson.to_json(op_a), opjson.to_json(op_b)):
        assert opjson.check_op(server, sent) is None
        opjson.from_json(sent).apply(server)
    ws = [u for u in server.scenarios["s1"].children("n1") if u.startswith("w")]
    assert ws == ["w0", "w6", "w1", "w3", "w4", "w5", "w2", "w7"]
    # with the model's own renumbering the second move would be refused
    c, d = copy.deepcopy(p), copy.deepcopy(p)
    plain_a = ops.move_units(c, "s1", ["w6"], "n1", 1)
    plain_a.apply(c)
    plain_b = ops.move_units(d, "s1", ["w2"], "n1", 7)
    plain_b.apply(d)
    opjson.from_json(opjson.to_json(plain_a)).apply(server := copy.deepcopy(p))
    assert opjson.check_op(server, opjson.to_json(plain_b)) is not None
