"""Benchmark: metrics and validators on a synthetic 5 000-unit, 50 000-position scenario.

Run: ``python benchmarks/bench_metrics.py``. Targets (issue 6): full metrics +
all validators under 300 ms; the incremental update after one move under 30 ms.

``python benchmarks/bench_metrics.py --growth [--sizes 500,5000,50000]``: the
engine after one edit (flush + key figures, what the panels read) at each size
(ten positions per unit), median and p95, and the growth exponent between sizes
(issue 11: constant in project size).
"""

from __future__ import annotations

import gc
import math
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgdesigner.analysis.findings import run_validators  # noqa: E402
from orgdesigner.analysis.metrics import MetricsEngine, compute_metrics  # noqa: E402
from orgdesigner.model import (  # noqa: E402
    Location,
    Person,
    Placement,
    Position,
    Project,
    Scenario,
    SourceKommune,
    Unit,
    ops,
)
from orgdesigner_plugins.validators import all_validators  # noqa: E402


def synthetic(n_units: int = 5000, n_positions: int = 50000, seed: int = 7) -> Project:
    rnd = random.Random(seed)
    p = Project(name="Syntetisk")
    for s in ("s1", "s2", "s3"):
        p.sources[s] = SourceKommune(s, f"Kommune {s}")
    for i in range(60):
        p.locations[f"L{i}"] = Location(f"L{i}", f"Sted {i}", territory=f"s{i % 3 + 1}")
    sc = Scenario("sc", "Alternativ A")
    p.scenarios["sc"] = sc
    types = ["kommunedirektør", "tjenesteområde", "virksomhet", "avdeling", "seksjon", "team"]
    sc.units["u0"] = Unit("u0", "Kommunedirektør", type=types[0], location_id="L0")
    levels = [["u0"]]
    i = 1
    per_level = [8, 150, 1200, n_units]
    for depth, cap in enumerate(per_level, start=1):
        level = []
        while i < min(cap + sum(per_level[: depth - 1]), n_units) or (
            depth == len(per_level) and i < n_units
        ):
            parent = rnd.choice(levels[-1])
            uid = f"u{i}"
            sc.units[uid] = Unit(
                uid,
                f"Enhet {i}",
                type=types[min(depth, 5)],
                parent_id=parent,
                sort_order=i,
                location_id=f"L{rnd.randrange(60)}",
                role=rnd.choice(["", "", "forvaltning", "tjenesteyting"]),
            )
            level.append(uid)
            i += 1
            if i >= n_units:
                break
        levels.append(level)
        if i >= n_units:
            break
    units = list(sc.units)
    n_persons = int(n_positions * 0.93)
    for k in range(n_persons):
        p.persons[f"x{k}"] = Person(f"x{k}", str(k), f"Person {k}")
    for k in range(n_positions):
        person = f"x{k}" if k < n_persons else (f"x{rnd.randrange(n_persons)}" if k % 5 else None)
        p.positions[f"p{k}"] = Position(
            f"p{k}",
            person,
            f"s{k % 3 + 1}",
            title="Stilling",
            fte_percent=rnd.choice([100.0, 80.0, 60.0, 50.0, 33.33]) if k < n_persons else 20.0,
            salary=rnd.randrange(450_000, 900_000),
            work_place_id=f"L{rnd.randrange(60)}",
            unit_id=f"old{k % (n_units // 2 + 1)}",  # its unit in the old kommune's staff list
        )
        if k % 10:
            sc.placements[f"p{k}"] = Placement(f"p{k}", rnd.choice(units))
    for uid in units:
        members = sc.positions_in(uid)
        if members:
            sc.units[uid].leader_position_id = members[0]
    return p


def timed(fn, repeat: int = 7) -> tuple[float, object]:
    """Median wall time in ms (the machine is shared: medians, and CPU time beside)."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    timed.cpu = statistics.median(cpu)  # type: ignore[attr-defined]
    return statistics.median(times), result


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, math.ceil(0.95 * len(xs)) - 1)]


def engine_after_edits(n_units: int, n_edits: int = 60) -> list[float]:
    """ms per read of the engine after one edit (unit moves and placements alternating)."""
    t = time.perf_counter()
    p = synthetic(n_units, n_units * 10)
    sc = p.scenarios["sc"]
    print(f"\n{n_units} units, {len(p.positions)} positions ({time.perf_counter() - t:.1f} s to build)")
    gc.collect()
    gc.freeze()
    t = time.perf_counter()
    eng = MetricsEngine(p, "sc")
    eng.key_figures()
    print(f"  engine build:                {(time.perf_counter() - t) * 1000:8.1f} ms")
    rnd = random.Random(n_units)
    movable = [u for u in sc.units if sc.units[u].parent_id and not sc.children(u)]
    targets = [u for u in sc.units if sc.units[u].type in ("virksomhet", "avdeling")]
    pids = list(p.positions)
    out = []
    for k in range(n_edits):
        if k % 2:
            op = ops.move_units(p, "sc", [rnd.choice(movable)], rnd.choice(targets))
        else:
            op = ops.set_placement(p, "sc", rnd.choice(pids), unit_id=rnd.choice(targets))
        op.apply(p)
        t = time.perf_counter()
        eng.key_figures()
        out.append((time.perf_counter() - t) * 1000)
    print(f"  engine after one edit:       {statistics.median(out):8.3f} ms median, {p95(out):.3f} ms p95")
    eng.close()
    gc.unfreeze()
    return out


def growth(sizes: list[int]) -> None:
    results = {n: engine_after_edits(n) for n in sizes}
    print("\ngrowth exponent of the engine after one edit (0 = constant, 1 = linear):")
    for a, b in zip(sizes, sizes[1:], strict=False):
        ra, rb = statistics.median(results[a]), statistics.median(results[b])
        print(f"  {a:>6} → {b:<6} {math.log(rb / ra) / math.log(b / a):5.2f}  ({ra:.3f} → {rb:.3f} ms)")


def main() -> None:
    if "--growth" in sys.argv:
        i = sys.argv.index("--sizes") if "--sizes" in sys.argv else -1
        growth([int(s) for s in (sys.argv[i + 1] if i > 0 else "500,5000,50000").split(",")])
        return
    t = time.perf_counter()
    p = synthetic()
    sc = p.scenarios["sc"]
    print(
        f"synthetic project: {len(sc.units)} units, {len(p.positions)} positions, "
        f"{len(sc.placements)} placed ({(time.perf_counter() - t):.1f} s to build)"
    )
    gc.collect()
    gc.freeze()  # what the app does after loading a project: long-lived objects leave the collector's scans
    validators = all_validators()
    ms_metrics, m = timed(lambda: compute_metrics(p, "sc"))
    ms_valid, found = timed(lambda: run_validators(validators, p, sc))
    ms_both, _ = timed(lambda: (compute_metrics(p, "sc"), run_validators(validators, p, sc)))
    print(f"full metrics (compute_metrics):          {ms_metrics:7.1f} ms")
    print(
        f"all {len(validators)} validators:                     {ms_valid:7.1f} ms  ({len(found)} findings)"
    )
    print(
        f"full metrics + all validators:           {ms_both:7.1f} ms  (target < 300; CPU {timed.cpu:.1f} ms)"
    )
    for v in validators:
        ms, _ = timed(
            lambda v=v: v.check(p, sc, {k: p.setting(f"{v.id}.{k}", d) for k, d in v.settings.items()}), 3
        )
        print(f"    {v.id:26} {ms:7.1f} ms")
    t0 = time.perf_counter()
    eng = MetricsEngine(p, "sc")
    eng.key_figures()
    print(f"incremental engine, first build (app):   {(time.perf_counter() - t0) * 1000:7.1f} ms")
    rnd = random.Random(1)
    movable = [u for u in sc.units if sc.units[u].parent_id and not sc.children(u)]
    targets = [u for u in sc.units if sc.units[u].type in ("virksomhet", "avdeling")]
    inc, snap = [], []
    for _ in range(20):
        op = ops.move_units(p, "sc", [rnd.choice(movable)], rnd.choice(targets))
        op.apply(p)
        t0 = time.perf_counter()
        eng.key_figures()
        inc.append((time.perf_counter() - t0) * 1000)
    for _ in range(20):  # one placement change
        pid = f"p{rnd.randrange(len(p.positions))}"
        ops.set_placement(p, "sc", pid, unit_id=rnd.choice(targets)).apply(p)
        t0 = time.perf_counter()
        eng.key_figures()
        snap.append((time.perf_counter() - t0) * 1000)
    big = next(u for u in sc.units if sc.units[u].type == "tjenesteområde")
    ops.move_units(
        p, "sc", [big], rnd.choice([u for u in sc.units if sc.units[u].type == "tjenesteområde" and u != big])
    ).apply(p)
    t0 = time.perf_counter()
    eng.key_figures()
    ms_big = (time.perf_counter() - t0) * 1000
    print(
        f"incremental after one unit move:         {statistics.median(inc):7.2f} ms median, {max(inc):.2f} max (target < 30)"
    )
    print(
        f"incremental after one placement:         {statistics.median(snap):7.2f} ms median, {max(snap):.2f} max"
    )
    print(f"incremental after moving a service area: {ms_big:7.2f} ms")
    same = eng.snapshot() == compute_metrics(p, "sc")
    print(f"incremental equals full recompute:       {same}")


if __name__ == "__main__":
    main()
