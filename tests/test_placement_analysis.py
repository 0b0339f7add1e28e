"""Placement analysis and the bulk rule on the hand-made project."""

from __future__ import annotations

import copy

import pytest
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.analysis import placement as pa
from orgdesigner.model import ModelError, PlacementStatus, ops
from orgdesigner.model.bulk import (
    BY_COST_CENTRE,
    BY_KOSTRA,
    BY_UNIT,
    BulkRule,
    bulk_place,
    matching_positions,
)


def test_unplaced_and_progress() -> None:
    p = small_project()
    sc = p.scenarios[SC]
    assert pa.unplaced(p, sc) == list(p.positions)
    place_default(p)
    assert pa.unplaced(p, sc) == ["fp6", "fp7"]
    ops.set_placement(p, SC, "fp6", status=PlacementStatus.OVERTALLIG).apply(p)
    assert pa.unplaced(p, sc) == ["fp7"]
    assert pa.unplaced(p, sc, include_surplus=True) == ["fp6", "fp7"]
    prog = pa.progress(p, sc)
    assert (prog.total, prog.placed, prog.not_placed) == (11, 9, 2)
    assert prog.by_status[PlacementStatus.PLASSERT] == 1  # sp1
    assert prog.by_status[PlacementStatus.OVERTALLIG] == 1
    assert prog.by_status[PlacementStatus.FORESLATT] == 8
    assert prog.decided == 2
    assert prog.fte_total == pytest.approx(8.85)
    assert prog.fte_placed == pytest.approx(8.85 - 0.6 - 0.2)


def test_placement_in_removed_unit_counts_as_unplaced() -> None:
    p = small_project()
    place_default(p)
    ops.remove_unit(p, SC, "n-helse").apply(p)
    assert set(pa.unplaced(p, p.scenarios[SC])) == {"fp1", "fp5", "sp4", "fp6", "fp7"}


def test_conflicts() -> None:
    p = small_project()
    place_default(p)
    sc = p.scenarios[SC]
    found = pa.conflicts(p, sc)
    # fp2 (rektor with personnel responsibility, leads nothing new) sits beside sp2, the designated leader
    assert [(c.kind, c.unit_id, c.position_ids) for c in found] == [
        (pa.TWO_LEADERS, "n-skole", ["fp2", "sp2"])
    ]
    # the kommunedirektør placed below the root he leads
    ops.set_placement(p, SC, "sp1", unit_id="n-opp").apply(p)
    # fp1 made leader of Oppvekst but placed in Helse og mestring
    ops.set_unit_fields(p, SC, "n-opp", leader_position_id="fp1").apply(p)
    kinds = {(c.kind, c.unit_id, tuple(c.position_ids)) for c in pa.conflicts(p, sc)}
    assert kinds == {
        (pa.TWO_LEADERS, "n-skole", ("fp2", "sp2")),
        (pa.LEADER_BELOW_OWN_UNIT, "n-root", ("sp1",)),
        (pa.LEADER_IN_OTHER_UNIT, "n-opp", ("fp1",)),
    }
    msg = next(c.message for c in pa.conflicts(p, sc) if c.kind == pa.LEADER_IN_OTHER_UNIT)
    assert "Oppvekst" in msg and "Helse og mestring" in msg
    # resolving: fp2 becomes overtallig-free by moving him; sp1 back to root
    ops.set_placement(p, SC, "fp2", unit_id="n-helse").apply(p)
    ops.set_placement(p, SC, "sp1", unit_id="n-root").apply(p)
    ops.set_placement(p, SC, "fp1", unit_id="n-opp").apply(p)
    assert pa.conflicts(p, sc) == []
    assert pa.conflicting_positions(p, sc) == set()


def test_by_level_order() -> None:
    p = small_project()
    groups = pa.by_level(p, p.scenarios[SC])
    assert [(g.level, g.position_ids) for g in groups] == [
        (1, ["fp1", "sp1"]),  # fp1 leads Fet today, sp1 the new root
        (2, ["fp2"]),  # leads Fet skole today
        (3, ["sp2"]),  # leads the new Lillestrøm skole (scenario wins over as-is level 2)
        (None, ["fp3", "fp4", "fp5", "fp6", "fp7", "sp3", "sp4"]),
    ]
    assert groups[-1].title == "Øvrige ansatte"
    assert pa.leader_level(p, p.scenarios[SC], "sp2") == 3
    assert pa.leader_level(p, p.scenarios[SC], "sp3") is None


def test_matching_positions_by_each_rule() -> None:
    p = small_project()
    assert matching_positions(p, BulkRule(BY_UNIT, "fet-skole", "fet")) == ["fp2", "fp3", "fp4", "fp7"]
    assert matching_positions(p, BulkRule(BY_UNIT, "fet-skole", "fet", subtree=False)) == ["fp2", "fp3"]
    # cost centre: the position's own (fp5: 3100) or its unit's (fp6 in fet-helse: 3100)
    assert matching_positions(p, BulkRule(BY_COST_CENTRE, "3100")) == ["fp5", "fp6"]
    assert matching_positions(p, BulkRule(BY_COST_CENTRE, "5100", "skedsmo")) == ["sp2", "sp3"]
    assert matching_positions(p, BulkRule(BY_COST_CENTRE, "5100", "fet")) == []
    # KOSTRA 202 from the unit in both kommuner; 215: fp4 by its own, fp7 by its unit
    assert matching_positions(p, BulkRule(BY_KOSTRA, "202")) == ["fp2", "fp3", "sp2", "sp3"]
    assert matching_positions(p, BulkRule(BY_KOSTRA, "215")) == ["fp4", "fp7"]
    with pytest.raises(ModelError):
        matching_positions(p, BulkRule(BY_UNIT, "nope", "fet"))
    with pytest.raises(ModelError):
        matching_positions(p, BulkRule("tull", "1"))


def test_bulk_place_is_one_undo_step_and_leaves_placed_alone() -> None:
    p = small_project()
    ops.set_placement(p, SC, "fp3", unit_id="n-helse", status=PlacementStatus.PLASSERT).apply(p)
    before = copy.deepcopy(p)
    history_before = len(p.history)
    op = bulk_place(p, SC, [(BulkRule(BY_UNIT, "fet-skole", "fet"), "n-skole")])
    assert isinstance(op, ops.Compound)
    op.apply(p)
    sc = p.scenarios[SC]
    assert {pid: sc.placements[pid].unit_id for pid in ("fp2", "fp3", "fp4", "fp7")} == {
        "fp2": "n-skole",
        "fp3": "n-helse",  # already placed: left alone
        "fp4": "n-skole",
        "fp7": "n-skole",
    }
    assert len(p.history) == history_before + 3  # one unit_id entry per newly placed position
    assert {h.position_id for h in p.history[history_before:]} == {"fp2", "fp4", "fp7"}
    op.revert(p)
    assert p == before
    # asked to replace placed ones
    op2 = bulk_place(
        p,
        SC,
        [(BulkRule(BY_UNIT, "fet-skole", "fet"), "n-skole")],
        replace_placed=True,
        status=PlacementStatus.PLASSERT,
    )
    op2.apply(p)
    assert sc.placements["fp3"].unit_id == "n-skole"
    assert all(sc.placements[x].status == PlacementStatus.PLASSERT for x in ("fp2", "fp3", "fp4", "fp7"))


def test_bulk_first_rule_wins_and_bad_target() -> None:
    p = small_project()
    op = bulk_place(
        p,
        SC,
        [(BulkRule(BY_KOSTRA, "202"), "n-skole"), (BulkRule(BY_UNIT, "sk-root", "skedsmo"), "n-helse")],
    )
    op.apply(p)
    sc = p.scenarios[SC]
    assert sc.placements["sp2"].unit_id == "n-skole"  # by the first rule
    assert sc.placements["sp1"].unit_id == "n-helse"
    assert sc.placements["sp4"].unit_id == "n-helse"
    with pytest.raises(ModelError):
        bulk_place(p, SC, [(BulkRule(BY_KOSTRA, "202"), "no-such-unit")])


def test_location_ops_clear_references_and_undo() -> None:
    from orgdesigner.model.locations import add_location, edit_location, remove_location, users

    p = small_project()
    place_default(p)
    before = copy.deepcopy(p)
    add_location(p, "Sørumsand helsehus", "Gata 5", "fet", location_id="l-new").apply(p)
    assert p.locations["l-new"].territory == "fet"
    with pytest.raises(ModelError):
        add_location(p, "fet rådhus", "rådhusveien 1 ")  # name and address are unique, case-insensitive
    add_location(p, "Fet rådhus", "Annen vei 2", location_id="l-2").apply(p)  # same name elsewhere is fine
    edit_location(p, "l-2", address="Annen vei 3").apply(p)
    edit_location(p, "l-new", name="Sørumsand helsehus ", address="Gata 6").apply(p)
    assert p.locations["l-new"].address == "Gata 6"
    # Fet skole is some positions' old work place: refused
    with pytest.raises(ModelError, match="gammelt arbeidssted"):
        remove_location(p, "l-fet-skole")
    ops.set_placement(p, SC, "sp3", work_place_id="l-new").apply(p)
    ops.set_unit_fields(p, SC, "n-helse", location_id="l-new").apply(p)
    assert users(p, "l-new") == {"units": 1, "placements": 1, "positions": 0}
    op = remove_location(p, "l-new")
    n_hist = len(p.history)
    op.apply(p)
    assert "l-new" not in p.locations
    assert p.scenarios[SC].units["n-helse"].location_id is None
    assert p.scenarios[SC].placements["sp3"].work_place_id is None
    assert p.history[-1].field == "work_place_id" and len(p.history) == n_hist + 1
    op.revert(p)
    assert p.scenarios[SC].placements["sp3"].work_place_id == "l-new"
    # the whole sequence reverts to the start
    p2 = copy.deepcopy(before)
    seq = [add_location(p2, "X", location_id="l-x")]
    seq[0].apply(p2)
    seq.append(remove_location(p2, "l-x"))
    seq[1].apply(p2)
    for o in reversed(seq):
        o.revert(p2)
    assert p2 == before
