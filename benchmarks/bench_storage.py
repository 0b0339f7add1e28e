"""Save and load figures for a large project (5 000 units, 50 000 persons and positions).

Run: ``python benchmarks/bench_storage.py [--units N] [--positions N]``. Prints seconds
for save, load and file size; not a unit test.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from orgdesigner import storage
from orgdesigner.model import Person, Placement, Position, Project, Scenario, SourceKommune, Unit


def big_project(n_units: int = 5000, n_positions: int = 50000, seed: int = 1) -> Project:
    rnd = random.Random(seed)
    p = Project(name="Stor kommune")
    srcs = [SourceKommune(f"k{i}", f"Kommune {i}", number=f"30{i:02}") for i in range(3)]
    for s in srcs:
        p.sources[s.id] = s
    sc = Scenario("s1", "Mål")
    p.scenarios[sc.id] = sc
    per_org = n_units // 4
    for org in [*srcs, sc]:
        ids = []
        for i in range(per_org):
            uid = f"{org.id}-u{i}"
            parent = rnd.choice(ids) if ids else None
            org.units[uid] = Unit(uid, f"Enhet {i}", parent_id=parent, sort_order=i, kostra=["120"])
            ids.append(uid)
    scenario_units = list(sc.units)
    for i in range(n_positions):
        src = srcs[i % 3]
        p.persons[f"e{i}"] = Person(f"e{i}", str(10000 + i), f"Ansatt {i}", source_id=src.id)
        p.positions[f"p{i}"] = Position(
            f"p{i}",
            person_id=f"e{i}",
            source_id=src.id,
            unit_id=f"{src.id}-u{rnd.randrange(per_org)}",
            code="7174",
            title="Rådgiver",
            fte_percent=rnd.choice([100.0, 80.0, 50.0]),
            salary=620000.0,
        )
        sc.placements[f"p{i}"] = Placement(f"p{i}", unit_id=rnd.choice(scenario_units), status="plassert")
    return p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--positions", type=int, default=50000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    project = big_project(args.units, args.positions)
    print(f"{args.units} units, {args.positions} persons + positions + placements")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stor.orgd"
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            storage.save(project, path)
            t1 = time.perf_counter()
            loaded = storage.load(path)
            t2 = time.perf_counter()
            print(f"save {t1 - t0:.3f} s   load {t2 - t1:.3f} s   size {path.stat().st_size / 1e6:.1f} MB")
        assert loaded == project


if __name__ == "__main__":
    main()
