"""Scenario comparison: key figures side by side and the structural diff."""

from __future__ import annotations

from test_metrics_fixtures import small_project

from orgdesigner.analysis.compare import diff_scenarios, key_figures_table
from orgdesigner.model import Scenario, Unit, ops


def copied():
    p = small_project()
    ops.copy_scenario(p, "sc", "B", "sb").apply(p)
    return p


def test_copy_has_no_differences():
    p = copied()
    d = diff_scenarios(p, "A", "B")
    assert d.empty and d.matched_by_name == 0


def test_added_removed_moved_renamed_and_positions():
    p = copied()
    ops.add_unit(p, "sb", Unit("n", "Kultur", parent_id="r")).apply(p)
    ops.move_units(p, "sb", ["b"], "r").apply(p)
    ops.rename_unit(p, "sb", "a", "Oppvekst og læring").apply(p)
    ops.set_unit_fields(p, "sb", "b", role="tjenesteyting").apply(p)
    ops.set_placement(p, "sb", "p3", unit_id="n").apply(p)
    ops.set_placement(p, "sb", "p4", unit_id="a").apply(p)
    ops.remove_unit(p, "sc", "b").apply(p)  # A loses b (p3 becomes unplaced in A)
    d = diff_scenarios(p, "A", "B")
    assert d.added == ["b", "n"]
    assert d.removed == []
    assert d.moved == []  # b is not in A any more, so it counts as added, not moved
    assert d.renamed == [{"unit": "a", "old": "Oppvekst", "new": "Oppvekst og læring"}]
    assert d.positions_moved == [
        {"position": "p3", "from": None, "to": "n"},
        {"position": "p4", "from": None, "to": "a"},
    ]
    d2 = diff_scenarios(p, "B", "A")
    assert d2.removed == ["b", "n"] and d2.added == []


def test_moved_unit_and_changed_fields():
    p = copied()
    ops.move_units(p, "sb", ["b"], "r").apply(p)
    ops.set_unit_fields(p, "sb", "b", role="forvaltning").apply(p)
    d = diff_scenarios(p, "A", "B")
    assert d.moved == [{"unit": "b", "name": "Skole", "from": "Oppvekst", "to": "Kommunedirektør"}]
    assert d.changed == [{"unit": "b", "field": "role", "label": "Rolle", "old": "–", "new": "forvaltning"}]
    assert d.positions_moved == []  # p3 stays in b, wherever b hangs


def test_units_without_shared_ids_match_by_path():
    p = small_project()
    sc = Scenario("sx", "X")
    p.scenarios["sx"] = sc
    sc.units["R"] = Unit("R", "Kommunedirektør")
    sc.units["A"] = Unit("A", "Oppvekst", parent_id="R")
    sc.units["K"] = Unit("K", "Kultur", parent_id="R")
    d = diff_scenarios(p, "A", "X")
    assert d.matched_by_name == 2
    assert d.added == ["K"] and d.removed == ["b"]
    assert {m["position"] for m in d.positions_moved} == {"p1", "p2", "p3"}  # X has no placements


def test_key_figures_table():
    p = copied()
    ops.place_positions(p, "sb", ["p4"], "b").apply(p)
    t = key_figures_table(p, ["A", "B"])
    assert list(t) == ["sc", "sb"]
    assert (t["sc"]["positions_placed"], t["sb"]["positions_placed"]) == (3, 4)
    assert (t["sc"]["fte_placed"], t["sb"]["fte_placed"]) == (2.0, 2.5)
