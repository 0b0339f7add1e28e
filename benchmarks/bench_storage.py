"""Save and open figures for a large project, each beside the raw SQLite read of the same rows.

Run: ``python benchmarks/bench_storage.py [--units 5000] [--positions 50000] [--repeat 5]``
(the issue's big case: ``--units 50000 --positions 500000 --repeat 3``).

* ``raw read``: every row of every table fetched with sqlite3 into tuples, nothing else —
  the yardstick;
* ``load``: :func:`orgdesigner.storage.load` (checks, JSON, objects, references);
* ``save``: :func:`orgdesigner.storage.save`.

Open and raw read are interleaved, and the median and p95 printed with the ratio. Peak
memory of one load is measured in a child process (``ru_maxrss`` after the load minus
before it). Not a unit test.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from orgdesigner import storage  # noqa: E402
from orgdesigner.model import Person, Placement, Position, Project, Scenario, SourceKommune, Unit  # noqa: E402


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


def raw_read(path: Path) -> int:
    """Every row of every table into tuples: what any reader must at least do."""
    con = sqlite3.connect(path)
    n = 0
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        n += len(con.execute(f'SELECT * FROM "{table}"').fetchall())
    con.close()
    return n


CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from orgdesigner import storage


def hwm():  # peak resident set of this process (ru_maxrss survives exec, VmHWM does not)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


before = hwm()
t = time.perf_counter()
p = storage.load(sys.argv[1])
took = time.perf_counter() - t
after = hwm()
print(json.dumps({{"seconds": took, "peak_mb": after, "added_mb": after - before}}))
"""


def child_load(path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def stats(xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
    return f"median {statistics.median(xs):7.3f} s  p95 {p95:7.3f} s"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--positions", type=int, default=50000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    t = time.perf_counter()
    project = big_project(args.units, args.positions)
    print(
        f"{args.units} units, {args.positions} persons + positions + placements (built in {time.perf_counter() - t:.1f} s)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stor.orgd"
        saves, loads, raws = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            storage.save(project, path)
            saves.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            rows = raw_read(path)
            raws.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            loaded = storage.load(path)
            loads.append(time.perf_counter() - t0)
        assert loaded == project
        print(f"file {path.stat().st_size / 1e6:.1f} MB, {rows} rows")
        print(f"save      {stats(saves)}")
        print(f"raw read  {stats(raws)}")
        print(
            f"load      {stats(loads)}   = {statistics.median(loads) / statistics.median(raws):.1f}× the raw read"
        )
        mem = child_load(path)
        print(
            f"one load in a fresh process: {mem['seconds']:.2f} s, peak RSS {mem['peak_mb']:.0f} MB "
            f"(+{mem['added_mb']:.0f} MB for the project)"
        )


if __name__ == "__main__":
    main()
