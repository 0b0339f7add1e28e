"""Relocation tables on the hand-made project; expected numbers are worked out by hand.

Placed (DEFAULT_PLACEMENTS): old place → new place
  sp1 Lillestrøm rådhus → Lillestrøm rådhus (root)            stays
  fp1 Fet rådhus → Fet rådhus (Helse og mestring)             stays
  fp2 Fet skole → Skedsmo skole (Lillestrøm skole)            moves, 1.0
  fp3 Fet skole → Fet skole (override on the placement)       stays
  sp2, sp3 Skedsmo skole → Skedsmo skole                      stay
  fp5 Fet rådhus → Fet rådhus                                 stays
  sp4 Lillestrøm rådhus → Fet rådhus (Helse og mestring)      moves, 0.75
  fp4 Fet skole → Lillestrøm rådhus (Oppvekst)                moves, 0.5
Not placed: fp6 (vacant 60 %, no old place, Fet), fp7 (20 %, Fet skole).
Territories before (old place): Fet 6 positions (1+1+.8+.5+1+.2 = 4.5 FTE), Skedsmo 4
(3.75), unknown 1 (fp6, .6). After (new place): Fet fp1 fp3 fp5 sp4 = 4 (3.55), Skedsmo
sp1 fp2 sp2 sp3 fp4 = 5 (4.5), not placed fp6 fp7 = 2 (.8).
"""

from __future__ import annotations

import pytest
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.analysis import relocation as rl
from orgdesigner.model import ops


@pytest.fixture()
def project():
    p = small_project()
    place_default(p)
    return p


def test_new_work_place(project) -> None:
    sc = project.scenarios[SC]
    assert rl.new_work_place(project, sc, "fp3") == "l-fet-skole"  # override
    assert rl.new_work_place(project, sc, "fp2") == "l-sk-skole"  # the unit's location
    assert rl.new_work_place(project, sc, "fp6") is None  # not placed


def test_who_is_relocated(project) -> None:
    sc = project.scenarios[SC]
    rel = rl.relocated(project, sc)
    assert [m.position_id for m in rel] == ["fp2", "fp4", "sp4"]
    s = rl.summary(project, sc)
    assert (s.placed, s.relocated, s.unknown_new_place) == (9, 3, 0)
    assert s.fte_relocated == pytest.approx(2.25)


def test_per_unit(project) -> None:
    rows = {r.unit_id: r for r in rl.per_unit(project, project.scenarios[SC])}
    assert list(rows) == ["n-root", "n-opp", "n-skole", "n-helse"]  # chart order
    got = {
        k: (r.placed, r.relocated, round(r.fte_placed, 2), round(r.fte_relocated, 2)) for k, r in rows.items()
    }
    assert got == {
        "n-root": (1, 0, 1.0, 0.0),
        "n-opp": (1, 1, 0.5, 0.5),
        "n-skole": (4, 1, 3.8, 1.0),
        "n-helse": (3, 1, 2.75, 0.75),
    }


def test_place_table(project) -> None:
    table = rl.place_table(project, project.scenarios[SC])
    got = {(t.old_place, t.new_place): (t.positions, round(t.fte, 2)) for t in table}
    assert got == {
        ("l-sk-rh", "l-sk-rh"): (1, 1.0),
        ("l-fet-rh", "l-fet-rh"): (2, 2.0),
        ("l-fet-skole", "l-sk-skole"): (1, 1.0),
        ("l-fet-skole", "l-fet-skole"): (1, 0.8),
        ("l-sk-skole", "l-sk-skole"): (2, 2.0),
        ("l-sk-rh", "l-fet-rh"): (1, 0.75),
        ("l-fet-skole", "l-sk-rh"): (1, 0.5),
    }
    assert table[0].positions == 2  # largest first
    only = rl.place_table(project, project.scenarios[SC], only_relocated=True)
    assert {(t.old_place, t.new_place) for t in only} == {
        ("l-fet-skole", "l-sk-skole"),
        ("l-sk-rh", "l-fet-rh"),
        ("l-fet-skole", "l-sk-rh"),
    }


def test_territories_before_and_after(project) -> None:
    rows = {r.territory: r for r in rl.territories(project, project.scenarios[SC])}
    got = {
        k: (r.positions_before, round(r.fte_before, 2), r.positions_after, round(r.fte_after, 2))
        for k, r in rows.items()
    }
    assert got == {
        "fet": (6, 4.5, 4, 3.55),
        "skedsmo": (4, 3.75, 5, 4.5),
        rl.UNKNOWN: (1, 0.6, 0, 0.0),
        rl.NOT_PLACED: (0, 0.0, 2, 0.8),
    }
    assert rows["skedsmo"].change == 1
    assert rl.territory_name(project, "fet") == "Fet"
    assert rl.territory_name(project, rl.NOT_PLACED) == "Ikke plassert"


def test_unit_without_location_gives_unknown_new_place(project) -> None:
    sc = project.scenarios[SC]
    ops.set_unit_fields(project, SC, "n-opp", location_id=None).apply(project)
    s = rl.summary(project, sc)
    assert s.unknown_new_place == 1  # fp4
    assert s.relocated == 2  # Fet skole → unknown is not counted as a move
    assert [m.position_id for m in rl.moves(project, sc) if m.unknown] == ["fp4"]
    rows = {r.territory: r for r in rl.territories(project, sc)}
    assert rows[rl.UNKNOWN].positions_after == 1
    assert rl.place_name(project, None) == "(ukjent)"


def test_agrees_with_the_metrics(project) -> None:
    """The summary figures in analysis.metrics count the same relocations and balance."""
    metrics = pytest.importorskip("orgdesigner.analysis.metrics")
    sc = project.scenarios[SC]
    ops.set_unit_fields(project, SC, "n-opp", location_id=None).apply(project)  # one unknown new place
    mine = {m.position_id for m in rl.relocated(project, sc)}
    theirs = {pid for pid, pos in project.positions.items() if metrics.is_relocated(sc, pos)}
    assert mine == theirs == {"fp2", "sp4"}
    m = metrics.compute_metrics(project, SC)
    rows = {r.territory: r for r in rl.territories(project, sc)}
    for terr, fig in m.balance_after.items():
        assert rows[terr].positions_after == fig["positions"], terr
    for terr, fig in m.balance_before.items():
        assert rows[terr].positions_before == fig["positions"], terr


def test_a_unit_without_a_location_is_unknown_not_zero_percent(project) -> None:
    """Issue 12: «Helse og mestring» without a location showed "0 % bytter"."""
    sc = project.scenarios[SC]
    ops.set_unit_fields(project, SC, "n-helse", location_id=None).apply(project)
    rows = {r.unit_id: r for r in rl.per_unit(project, sc)}
    helse = rows["n-helse"]
    # fp1, fp5 and sp4 are placed there with no work place of their own: none is known
    assert (helse.placed, helse.unknown, helse.known, helse.relocated, helse.share) == (3, 3, 0, 0, None)
    assert rows["n-skole"].share == pytest.approx(1 / 4)  # known ones: one of four moves
    s = rl.summary(project, sc)
    assert (s.placed, s.unknown, s.known, s.relocated) == (9, 3, 6, 2)
