"""Save and open figures for large projects, each beside the raw SQLite read of the same rows.

Run: ``python benchmarks/bench_storage.py [--sizes 500,5000,50000] [--repeat 5]``
(``--sizes`` counts units; each size has ten positions per unit: 5 000 / 50 000 / 500 000;
``--units 5000 --positions 50000`` measures one size as before).

* ``raw read``: every row of every table fetched with sqlite3 into tuples, nothing else —
  the yardstick;
* ``load``: :func:`orgdesigner.storage.load` (checks, JSON, objects, references);
* ``save``: :func:`orgdesigner.storage.save`.

Each load and raw read runs in a fresh process (as the app opens a file), interleaved, and
the median and p95 of wall and CPU time are printed with the ratios (CPU time is the fairer
figure on a shared machine), the peak resident memory of the loading process, and the growth
exponent k (time ∝ rows^k) between the smallest and largest size. Not a unit test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
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
import json, sqlite3, sys, time
sys.path.insert(0, {root!r})
from orgdesigner import storage


def hwm():  # peak resident set of this process
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def raw_read(path):
    con = sqlite3.connect(path)
    n = 0
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        n += len(con.execute(f'SELECT * FROM "{{table}}"').fetchall())
    con.close()
    return n


before = hwm()
t, c = time.perf_counter(), time.process_time()
if sys.argv[1] == "raw":
    raw_read(sys.argv[2])
else:
    p = storage.load(sys.argv[2])
took, cpu = time.perf_counter() - t, time.process_time() - c
after = hwm()
print(json.dumps({{"seconds": took, "cpu": cpu, "peak_mb": after, "added_mb": after - before}}))
"""


def child(kind: str, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def stats(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs), xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def measure(n_units: int, n_positions: int, repeat: int, tmp: Path) -> dict[str, float]:
    t = time.perf_counter()
    project = big_project(n_units, n_positions)
    built = time.perf_counter() - t
    path = tmp / f"stor{n_units}.orgd"
    saves: list[float] = []
    runs: dict[str, list[dict]] = {"raw": [], "load": []}
    for _ in range(repeat):
        t0 = time.perf_counter()
        storage.save(project, path)
        saves.append(time.perf_counter() - t0)
        for kind in runs:
            runs[kind].append(child(kind, path))
    assert storage.load(path) == project
    rows = raw_count(path)
    print(
        f"\n{n_units} units, {n_positions} persons + positions + placements: {rows} rows, "
        f"file {path.stat().st_size / 1e6:.1f} MB (project built in {built:.1f} s)"
    )
    sm, sp = stats(saves)
    print(f"  save      wall median {sm:7.3f} s  p95 {sp:7.3f} s")
    med: dict[str, float] = {}
    for kind, label in (("raw", "raw read"), ("load", "load")):
        wm, wp = stats([r["seconds"] for r in runs[kind]])
        cm, cp = stats([r["cpu"] for r in runs[kind]])
        peak = max(r["peak_mb"] for r in runs[kind])
        med[kind], med[kind + "_cpu"] = wm, cm
        print(
            f"  {label:9} wall median {wm:7.3f} s  p95 {wp:7.3f} s   CPU median {cm:7.3f} s  p95 {cp:7.3f} s"
            f"   peak RSS {peak:5.0f} MB"
        )
    print(
        f"  load = {med['load'] / med['raw']:.2f}× the raw read (wall), "
        f"{med['load_cpu'] / med['raw_cpu']:.2f}× (CPU)"
    )
    med["rows"] = rows
    return med


def raw_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="500,5000,50000", help="units per size (ten positions per unit)")
    ap.add_argument("--units", type=int, help="one size: this many units (with --positions)")
    ap.add_argument("--positions", type=int)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if args.units:
        sizes = [(args.units, args.positions or 10 * args.units)]
    else:
        sizes = [(int(u), 10 * int(u)) for u in args.sizes.split(",")]
    print(f"load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        results = [measure(u, p, args.repeat, Path(tmp)) for u, p in sizes]
    if len(results) > 1:
        first, last = results[0], results[-1]
        span = math.log(last["rows"] / first["rows"])
        for kind in ("raw", "load"):
            k_wall = math.log(last[kind] / first[kind]) / span
            k_cpu = math.log(last[kind + "_cpu"] / first[kind + "_cpu"]) / span
            print(f"growth exponent {kind:4}: wall {k_wall:.2f}, CPU {k_cpu:.2f} (time ∝ rows^k)")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
