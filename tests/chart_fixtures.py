"""Synthetic projects for the chart tests and benchmark (no real data)."""

from __future__ import annotations

import random

from orgdesigner.model import Person, Placement, Position, Project, Scenario, SourceKommune, Unit, UnitType


def small_project() -> Project:
    """A kommune of a dozen units with staff, two old kommuner and one scenario."""
    p = Project(name="Testprosjekt")
    p.sources["k1"] = SourceKommune("k1", "Fet")
    p.sources["k2"] = SourceKommune("k2", "Sørum")
    sc = Scenario("s1", "Alternativ A")
    p.scenarios["s1"] = sc
    spec = [
        ("root", "Kommunedirektør", UnitType.KOMMUNEDIREKTOR, None),
        ("stab", "Kommunedirektørens stab", UnitType.STAB, "root"),
        ("hr", "HR og økonomi", UnitType.STOTTE, "root"),
        ("oppv", "Oppvekst", UnitType.TJENESTEOMRADE, "root"),
        ("helse", "Helse og omsorg", UnitType.TJENESTEOMRADE, "root"),
        ("skole1", "Fet skole", UnitType.VIRKSOMHET, "oppv"),
        ("skole2", "Sørum skole", UnitType.VIRKSOMHET, "oppv"),
        ("bhg", "Barnehager", UnitType.VIRKSOMHET, "oppv"),
        ("sykehjem", "Sykehjem", UnitType.VIRKSOMHET, "helse"),
        ("hjemme", "Hjemmetjenesten", UnitType.VIRKSOMHET, "helse"),
        ("avd1", "Avdeling nord", UnitType.AVDELING, "hjemme"),
        ("avd2", "Avdeling sør", UnitType.AVDELING, "hjemme"),
    ]
    for n, (uid, name, typ, parent) in enumerate(spec):
        sc.units[uid] = Unit(uid, name, typ, parent_id=parent, sort_order=n)
    rnd = random.Random(7)
    k = 0
    for uid in sc.units:
        for _ in range(3):
            k += 1
            src = "k1" if k % 3 else "k2"
            p.persons[f"pe{k}"] = Person(f"pe{k}", str(1000 + k), f"Ansatt {k}", src)
            p.positions[f"po{k}"] = Position(
                f"po{k}", f"pe{k}", src, None, "7961", "Rådgiver", rnd.choice([50.0, 80.0, 100.0])
            )
            sc.placements[f"po{k}"] = Placement(f"po{k}", uid)
        sc.units[uid].leader_position_id = f"po{k - 2}"
    return p


def big_project(n_units: int = 5000, n_positions: int = 50000, seed: int = 1) -> Project:
    """Roughly a large merged kommune: 1 root, staff, areas, virksomheter, avdelinger, teams."""
    rnd = random.Random(seed)
    p = Project(name="Stor kommune")
    for sid, name in (("k1", "Fet"), ("k2", "Skedsmo"), ("k3", "Sørum")):
        p.sources[sid] = SourceKommune(sid, name)
    sc = Scenario("s1", "Alternativ A")
    p.scenarios["s1"] = sc
    units = sc.units
    units["root"] = Unit("root", "Kommunedirektør", UnitType.KOMMUNEDIREKTOR)
    levels: list[list[str]] = [["root"]]
    plan = [
        (UnitType.TJENESTEOMRADE, 8),
        (UnitType.VIRKSOMHET, 12),
        (UnitType.AVDELING, 6),
        (UnitType.SEKSJON, 4),
        (UnitType.TEAM, 3),
    ]
    for i in range(5):
        uid = f"stab{i}"
        units[uid] = Unit(uid, f"Stab {i + 1}", UnitType.STAB, "root", i)
    for typ, fan in plan:
        nxt: list[str] = []
        for parent in levels[-1]:
            for j in range(rnd.randint(max(1, fan // 2), fan + fan // 2)):
                if len(units) >= n_units:
                    break
                uid = f"u{len(units)}"
                units[uid] = Unit(uid, f"{typ.capitalize()} {len(units)}", typ, parent, j)
                nxt.append(uid)
        levels.append(nxt)
        if len(units) >= n_units:
            break
    ids = list(units)
    for k in range(n_positions):
        src = ("k1", "k2", "k3")[k % 3]
        pid = f"po{k}"
        if k % 20:
            p.persons[f"pe{k}"] = Person(f"pe{k}", str(100000 + k), f"Person {k}", src)
        p.positions[pid] = Position(
            pid, f"pe{k}" if k % 20 else None, src, None, "7961", "Rådgiver", 100.0 if k % 4 else 60.0
        )
        sc.placements[pid] = Placement(pid, ids[k % len(ids)])
    for n, uid in enumerate(ids):
        units[uid].leader_position_id = f"po{n}"
    return p
