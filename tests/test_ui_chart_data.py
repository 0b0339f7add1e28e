"""Box figures kept incrementally equal a fresh computation after any sequence of edits."""

from __future__ import annotations

import random

import pytest
from chart_fixtures import big_project, small_project

from orgdesigner.model import ModelError, Unit, UnitType, new_id, ops
from orgdesigner.ui.chart_data import ChartData, leader_name


def fresh(project) -> dict:
    data = ChartData(project, "s1")
    data.refresh()
    return data.boxes


def test_direct_and_total_figures_by_hand() -> None:
    p = small_project()
    data = ChartData(p, "s1")
    data.refresh()
    sc = p.scenarios["s1"]
    fte = {u: sum(p.positions[x].fte_percent for x in sc.positions_in(u)) / 100 for u in sc.units}
    hj = data.boxes["hjemme"]
    assert (hj.persons, hj.persons_total) == (3, 9)
    assert hj.fte == pytest.approx(fte["hjemme"])
    assert hj.fte_total == pytest.approx(fte["hjemme"] + fte["avd1"] + fte["avd2"])
    assert data.boxes["root"].persons_total == 3 * len(sc.units)
    assert sum(data.boxes["root"].origin.values()) == pytest.approx(1)
    assert data.boxes["root"].leader == leader_name(p, sc.units["root"].leader_position_id) != ""


def test_vacant_leader_and_no_leader() -> None:
    p = small_project()
    sc = p.scenarios["s1"]
    p.positions[sc.units["bhg"].leader_position_id].person_id = None
    sc.units["bhg"].leader_position_id = sc.units["bhg"].leader_position_id
    sc.units["avd1"].leader_position_id = None
    data = ChartData(p, "s1")
    data.refresh()
    assert data.boxes["bhg"].leader == "Vakant"
    assert data.boxes["avd1"].leader == ""


@pytest.mark.parametrize("seed", range(4))
def test_incremental_refresh_matches_a_full_one(seed: int) -> None:
    rnd = random.Random(seed)
    p = big_project(120, 600, seed=seed)
    sc = p.scenarios["s1"]
    data = ChartData(p, "s1")
    data.refresh()
    log: list = []
    p.subscribe(log.append)
    done: list = []
    for _ in range(40):
        units = list(sc.units)
        kind = rnd.choice(["move", "place", "unplace", "remove", "add", "rename", "fte", "undo"])
        try:
            if kind == "move":
                op = ops.move_units(p, "s1", [rnd.choice(units)], rnd.choice(units))
            elif kind == "place":
                op = ops.place_positions(p, "s1", rnd.sample(list(p.positions), 3), rnd.choice(units))
            elif kind == "unplace":
                op = ops.place_positions(p, "s1", rnd.sample(list(p.positions), 2), None)
            elif kind == "remove":
                op = ops.remove_unit(p, "s1", rnd.choice(units[1:]))
            elif kind == "add":
                op = ops.add_unit(
                    p, "s1", Unit(new_id("u"), "Ny", UnitType.TEAM, parent_id=rnd.choice(units))
                )
            elif kind == "rename":
                op = ops.rename_unit(p, "s1", rnd.choice(units), f"Navn {rnd.random():.3f}")
            elif kind == "fte":
                op = ops.set_fields(
                    p, "position", None, rnd.choice(list(p.positions)), fte_percent=float(rnd.randint(0, 100))
                )
            else:
                if not done:
                    continue
                log.clear()
                done.pop().revert(p)
                changed = data.refresh(list(log))
                assert data.boxes == fresh(p)
                continue
        except ModelError:
            continue
        log.clear()
        op.apply(p)
        done.append(op)
        before = dict(data.boxes)
        changed = data.refresh(list(log))
        assert data.boxes == fresh(p), kind
        # what it reports as changed is exactly what differs
        assert {u for u in set(before) | set(data.boxes) if before.get(u) != data.boxes.get(u)} <= changed
