"""A small hand-made project for the placement, relocation and export tests.

Two old kommuner (Fet, Skedsmo), four locations, eleven positions, one scenario
"Lillestrøm A". :func:`place_default` places nine positions; the expected
figures in the relocation tests are worked out by hand from these records.
"""

from __future__ import annotations

from orgdesigner.model import (
    Location,
    Person,
    Position,
    Project,
    Scenario,
    SourceKommune,
    Unit,
    UnitType,
    ops,
)

SC = "s-lil"


def small_project() -> Project:
    p = Project(name="Testprosjekt Lillestrøm")
    fet = SourceKommune("fet", "Fet", number="3049")
    sk = SourceKommune("skedsmo", "Skedsmo", number="3030")
    # fmt: off
    for org, units in (
        (
            fet,
            [
                Unit("fet-root", "Fet kommune", UnitType.KOMMUNEDIREKTOR, None, 0, "fp1", cost_centre="1000"),
                Unit("fet-skole", "Fet skole", UnitType.VIRKSOMHET, "fet-root", 0, "fp2", kostra=["202"], cost_centre="2100"),
                Unit("fet-sfo", "SFO", UnitType.AVDELING, "fet-skole", 0, None, kostra=["215"], cost_centre="2110"),
                Unit("fet-helse", "Helse Fet", UnitType.VIRKSOMHET, "fet-root", 1, None, kostra=["241"], cost_centre="3100"),
            ],
        ),
        (
            sk,
            [
                Unit("sk-root", "Skedsmo kommune", UnitType.KOMMUNEDIREKTOR, None, 0, "sp1", cost_centre="5000"),
                Unit("sk-skole", "Skedsmo skole", UnitType.VIRKSOMHET, "sk-root", 0, "sp2", kostra=["202"], cost_centre="5100"),
                Unit("sk-hjem", "Hjemmetjeneste", UnitType.VIRKSOMHET, "sk-root", 1, None, kostra=["254"], cost_centre="5300"),
            ],
        ),
    ):
        for u in units:  # fmt: on
            org.units[u.id] = u
        p.sources[org.id] = org
    for loc in (
        Location("l-fet-rh", "Fet rådhus", "Rådhusveien 1", "fet"),
        Location("l-fet-skole", "Fet skole", "Skoleveien 2", "fet"),
        Location("l-sk-rh", "Lillestrøm rådhus", "Torget 1", "skedsmo"),
        Location("l-sk-skole", "Skedsmo skole", "Skolegata 3", "skedsmo"),
    ):
        p.locations[loc.id] = loc
    people = [
        ("pe1", "1001", "Anne Fetsen", "fet"),
        ("pe2", "1002", "Bjørn Skolesen", "fet"),
        ("pe3", "1003", "Cecilie Lærersen", "fet"),
        ("pe4", "1004", "Dag Fritidsen", "fet"),
        ("pe5", "1005", "Eva Helsesen", "fet"),
        ("pe6", "2001", "Frank Skedsen", "skedsmo"),
        ("pe7", "2002", "Gro Rektorsen", "skedsmo"),
        ("pe8", "2003", "Hans Tavlesen", "skedsmo"),
        ("pe9", "2004", "Ida Hjemsen", "skedsmo"),
    ]
    for pid, no, name, src in people:
        p.persons[pid] = Person(pid, no, name, src)
    rows = [
        # id, person, source, unit, code, title, %, salary, work place, leader
        ("fp1", "pe1", "fet", "fet-root", "9430", "Rådmann", 100, 1_200_000, "l-fet-rh", True),
        ("fp2", "pe2", "fet", "fet-skole", "9951", "Rektor", 100, 850_000, "l-fet-skole", True),
        ("fp3", "pe3", "fet", "fet-skole", "7961", "Lærer", 80, 610_000, "l-fet-skole", False),
        ("fp4", "pe4", "fet", "fet-sfo", "7040", "Assistent", 50, 420_000, "l-fet-skole", False),
        ("fp5", "pe5", "fet", "fet-helse", "7174", "Sykepleier", 100, 640_000, "l-fet-rh", False),
        ("fp6", None, "fet", "fet-helse", "7174", "Sykepleier", 60, 630_000, None, False),
        ("fp7", "pe3", "fet", "fet-sfo", "7040", "Assistent", 20, 415_000, "l-fet-skole", False),
        ("sp1", "pe6", "skedsmo", "sk-root", "9430", "Kommunedirektør", 100, 1_500_000, "l-sk-rh", True),
        ("sp2", "pe7", "skedsmo", "sk-skole", "9951", "Rektor", 100, 900_000, "l-sk-skole", True),
        ("sp3", "pe8", "skedsmo", "sk-skole", "7961", "Lærer", 100, 620_000, "l-sk-skole", False),
        ("sp4", "pe9", "skedsmo", "sk-hjem", "7174", "Hjemmehjelp", 75, 500_000, "l-sk-rh", False),
    ]
    for pid, person, src, unit, code, title, pct, sal, wp, lead in rows:
        p.positions[pid] = Position(
            pid, person, src, unit, code, title, float(pct), float(sal), wp, personnel_responsibility=lead
        )
    p.positions["fp4"].kostra = "215"
    p.positions["fp5"].cost_centre = "3100"
    sc = Scenario(SC, "Lillestrøm A")
    for u in (
        Unit("n-root", "Lillestrøm kommune", UnitType.KOMMUNEDIREKTOR, None, 0, "sp1", "l-sk-rh"),
        Unit("n-opp", "Oppvekst", UnitType.TJENESTEOMRADE, "n-root", 0, None, "l-sk-rh"),
        Unit("n-skole", "Lillestrøm skole", UnitType.VIRKSOMHET, "n-opp", 0, "sp2", "l-sk-skole"),
        Unit("n-helse", "Helse og mestring", UnitType.TJENESTEOMRADE, "n-root", 1, None, "l-fet-rh"),
    ):
        sc.units[u.id] = u
    p.scenarios[SC] = sc
    return p


#: position → (unit, work place override) placed by place_default
DEFAULT_PLACEMENTS = {
    "sp1": ("n-root", None),
    "fp1": ("n-helse", None),
    "fp2": ("n-skole", None),
    "fp3": ("n-skole", "l-fet-skole"),
    "sp2": ("n-skole", None),
    "sp3": ("n-skole", None),
    "fp5": ("n-helse", None),
    "sp4": ("n-helse", None),
    "fp4": ("n-opp", None),
}


def place_default(project: Project) -> None:
    for pid, (unit, wp) in DEFAULT_PLACEMENTS.items():
        changes = {"unit_id": unit}
        if wp:
            changes["work_place_id"] = wp
        ops.set_placement(project, SC, pid, **changes).apply(project)
    ops.set_placement(project, SC, "sp1", status="plassert", note="Avklart med Frank Skedsen").apply(project)
    ops.set_placement(project, SC, "fp5", wishes=["n-helse", "n-opp"]).apply(project)


def test_fixture_is_consistent() -> None:
    p = small_project()
    place_default(p)
    sc = p.scenarios[SC]
    assert len(p.positions) == 11
    assert all(pos.unit_id in p.sources[pos.source_id].units for pos in p.positions.values())
    assert {pid for pid, pl in sc.placements.items() if pl.unit_id} == set(DEFAULT_PLACEMENTS)
