"""Small hand-made projects for the metrics, validator and compare tests."""

from __future__ import annotations

from orgdesigner.model import Location, Person, Placement, Position, Project, Scenario, SourceKommune, Unit


def small_project() -> Project:
    """Two old kommuner, one scenario «A» with three units and four positions.

    r  Kommunedirektør (leader p1, location L1)
    └─ a  Oppvekst (leader p2, location L2)
       └─ b  Skole (no leader, no location)
    p1 x 100 % s1 @L1 → r     p2 y 80 % s2 @L1 → a     p3 y 20 % s2 @L2 → b
    p4 vacant 50 % s1, not placed
    """
    p = Project(name="Liten")
    p.sources["s1"] = SourceKommune("s1", "Fet")
    p.sources["s2"] = SourceKommune("s2", "Sørum")
    p.locations["L1"] = Location("L1", "Rådhuset", territory="s1")
    p.locations["L2"] = Location("L2", "Sørumsand", territory="s2")
    sc = Scenario("sc", "A")
    p.scenarios["sc"] = sc
    sc.units["r"] = Unit(
        "r", "Kommunedirektør", type="kommunedirektør", leader_position_id="p1", location_id="L1"
    )
    sc.units["a"] = Unit(
        "a", "Oppvekst", type="tjenesteområde", parent_id="r", leader_position_id="p2", location_id="L2"
    )
    sc.units["b"] = Unit("b", "Skole", type="virksomhet", parent_id="a")
    p.persons["x"] = Person("x", "1", "Xavier Ås")
    p.persons["y"] = Person("y", "2", "Ylva Bø")
    p.positions["p1"] = Position(
        "p1", "x", "s1", title="Kommunedirektør", fte_percent=100, salary=1_000_000, work_place_id="L1"
    )
    p.positions["p2"] = Position(
        "p2", "y", "s2", title="Kommunalsjef", fte_percent=80, salary=600_000, work_place_id="L1"
    )
    p.positions["p3"] = Position(
        "p3", "y", "s2", title="Lærer", fte_percent=20, salary=100_000, work_place_id="L2"
    )
    p.positions["p4"] = Position("p4", None, "s1", title="Lærer", fte_percent=50, salary=200_000)
    for pid, u in [("p1", "r"), ("p2", "a"), ("p3", "b")]:
        sc.placements[pid] = Placement(pid, u)
    return p
