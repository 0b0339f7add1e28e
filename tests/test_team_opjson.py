"""Ops that travel: every op kind survives JSON, checks its own preconditions and has an inverse.

Random valid edit sequences come from the model's own op generator
(``test_model_ops.draw_op``), so every factory and primitive kind is covered.
"""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_model_ops import assert_same, draw_op, small_project

from orgdesigner.model import ModelError, Unit, opjson, ops


def _wire(data: dict) -> dict:
    """What arrives at the other end of a network connection."""
    return json.loads(json.dumps(data, ensure_ascii=False))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_op_round_trips_through_json_and_replays_exactly(data):
    project = small_project()
    replica = copy.deepcopy(project)
    kinds: set[str] = set()
    for _ in range(data.draw(st.integers(1, 15), label="steps")):
        try:
            op = draw_op(data, project)
        except ModelError:
            continue
        if op is None:
            continue
        before = copy.deepcopy(project)
        op.apply(project)
        sent = _wire(opjson.to_json(op))
        kinds |= {p["t"] for p in sent["prims"]}
        # the replica still holds the old values: every precondition holds
        assert opjson.check_op(replica, sent) is None
        opjson.from_json(sent).apply(replica)
        assert_same(replica, project)
        # the inverse undoes it exactly (up to dict order) and is itself checked
        back = _wire(opjson.inverse(sent))
        assert opjson.check_op(replica, back) is None
        undo = opjson.from_json(back)
        undo.apply(replica)
        assert replica == before
        undo.revert(replica)
        assert_same(replica, project)


def test_a_stale_field_edit_is_refused_with_the_current_value():
    project = small_project()
    theirs, mine = copy.deepcopy(project), copy.deepcopy(project)
    a = ops.rename_unit(theirs, "s1", "n1", "Oppvekst og læring")
    a.apply(theirs)
    b = ops.rename_unit(mine, "s1", "n1", "Barn og unge")
    b.apply(mine)
    server = copy.deepcopy(project)
    assert opjson.check_op(server, opjson.to_json(a)) is None
    opjson.from_json(opjson.to_json(a)).apply(server)
    problem = opjson.check_op(server, opjson.to_json(b))
    assert problem == {"reason": "endret", "id": "n1", "field": "name", "current": "Oppvekst og læring"}
    # a different field of the same unit does not conflict
    c = ops.set_unit_fields(mine, "s1", "n1", cost_centre="4711")
    c.apply(mine)
    assert opjson.check_op(server, opjson.to_json(c)) is None


def test_removing_an_item_someone_edited_is_refused():
    project = small_project()
    theirs, mine = copy.deepcopy(project), copy.deepcopy(project)
    ops.set_fields(theirs, "location", None, "l1", address="Storgata 1").apply(theirs)
    gone = ops.RemoveItems("location", None, ["l1"])
    gone.apply(mine)
    problem = opjson.check_op(theirs, opjson.to_json(gone))
    assert problem is not None and problem["field"] == "address"


def test_an_op_that_was_never_applied_cannot_be_sent():
    project = small_project()
    op = ops.rename_unit(project, "s1", "n1", "Ny")
    try:
        opjson.to_json(op)
    except opjson.OpJsonError as exc:
        assert "utført" in str(exc)
    else:
        raise AssertionError("an unapplied op has no preconditions and must not travel")


def test_add_into_a_deleted_scenario_is_refused():
    project = small_project()
    mine = copy.deepcopy(project)
    add = ops.add_unit(mine, "s1", Unit("x1", "Ny enhet", parent_id="n0"))
    add.apply(mine)
    ops.remove_scenario(project, "s1").apply(project)
    assert opjson.check_op(project, opjson.to_json(add))["reason"] == "finnes ikke"
