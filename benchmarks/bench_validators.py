"""Benchmark: all validators after one edit, incremental runner vs a full rerun, by project size.

Run: ``python benchmarks/bench_validators.py [--sizes 500,5000,50000] [--edits 40]``.
Each size is a synthetic scenario (``bench_metrics.synthetic``) with ten positions
per unit. One edit at a time (a unit move, a placement, a rename, an FTE change)
is applied through an op, then the :class:`ValidationRunner` folds it in; the full
rerun is :func:`run_all` on the same state (what every caller did before).
Prints median and p95 per size, the ratio, and the growth exponent between sizes
(0 = constant in project size, 1 = linear). Goal (issue 11): < 30 ms at 5 000 units.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_metrics import synthetic  # noqa: E402

from orgdesigner.analysis.validation import ValidationRunner, run_all  # noqa: E402
from orgdesigner.model import ops  # noqa: E402
from orgdesigner_plugins.validators import all_validators  # noqa: E402


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, math.ceil(0.95 * len(xs)) - 1)]


def edits(p, rnd: random.Random):
    """An endless mix of ordinary edits on scenario "sc"."""
    sc = p.scenarios["sc"]
    leaves = [u for u in sc.units if sc.units[u].parent_id and not sc.children(u)]
    targets = [u for u in sc.units if sc.units[u].type in ("virksomhet", "avdeling")]
    pids = list(p.positions)
    n = 0
    while True:
        kind = n % 4
        n += 1
        if kind == 0:
            yield "flytt enhet", ops.move_units(p, "sc", [rnd.choice(leaves)], rnd.choice(targets))
        elif kind == 1:
            yield "innplassering", ops.set_placement(p, "sc", rnd.choice(pids), unit_id=rnd.choice(targets))
        elif kind == 2:
            yield "gi nytt navn", ops.rename_unit(p, "sc", rnd.choice(targets), f"Nytt navn {n}")
        else:
            yield (
                "endre stillingsprosent",
                ops.set_fields(
                    p, "position", None, rnd.choice(pids), fte_percent=rnd.choice([20.0, 50.0, 100.0])
                ),
            )


def load_validators(guarded: bool) -> list:
    """The built-in rules as the app gets them: through the plugin manager, guarded (or bare)."""
    if not guarded:
        return all_validators()
    from orgdesigner.plugins import create_manager

    pm = create_manager(
        builtins=["orgdesigner_plugins.validators"],
        entry_points=False,
        user_dir="/-",
        machine_dir="/-",
        disabled=[],
    )
    return pm.validators()


def measure(n_units: int, n_edits: int, full_runs: int, guarded: bool) -> dict[str, list[float]]:
    t = time.perf_counter()
    p = synthetic(n_units, n_units * 10)
    print(f"\n{n_units} units, {len(p.positions)} positions ({time.perf_counter() - t:.1f} s to build)")
    gc.collect()
    gc.freeze()  # what the app does after loading: long-lived objects leave the collector's scans
    validators = load_validators(guarded)
    runner = ValidationRunner(p, "sc", validators)
    t = time.perf_counter()
    runner.update()
    first = (time.perf_counter() - t) * 1000
    print(f"  first full pass of the runner: {first:8.1f} ms ({len(runner.findings())} findings)")
    rnd = random.Random(n_units)
    inc: list[float] = []
    kinds: dict[str, list[float]] = {}
    gen = edits(p, rnd)
    for _ in range(n_edits):
        kind, op = next(gen)
        op.apply(p)
        t = time.perf_counter()
        runner.update()
        ms = (time.perf_counter() - t) * 1000
        inc.append(ms)
        kinds.setdefault(kind, []).append(ms)
    full: list[float] = []
    for _ in range(full_runs):
        kind, op = next(gen)
        op.apply(p)
        runner.update()
        t = time.perf_counter()
        found = run_all(p, p.scenarios["sc"], validators).findings()
        full.append((time.perf_counter() - t) * 1000)
    same = sorted(map(repr, runner.findings())) == sorted(map(repr, found))
    print(f"  incremental after one edit:    {statistics.median(inc):8.2f} ms median, {p95(inc):.2f} ms p95")
    for kind, xs in kinds.items():
        print(f"    {kind:24} {statistics.median(xs):8.2f} ms median")
    print(
        f"  full rerun after one edit:     {statistics.median(full):8.1f} ms median, {p95(full):.1f} ms p95"
    )
    print(f"  full / incremental (medians):  {statistics.median(full) / statistics.median(inc):8.0f}×")
    print(f"  incremental equals full run:   {same}")
    runner.close()
    gc.unfreeze()
    return {"inc": inc, "full": full}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,5000,50000", help="unit counts, comma-separated")
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--full-runs", type=int, default=5)
    ap.add_argument("--bare", action="store_true", help="the rules without the plugin manager's guard")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        "validators:", "bare records" if args.bare else "through the plugin manager (guarded, as in the app)"
    )
    results = {n: measure(n, args.edits, args.full_runs, not args.bare) for n in sizes}
    print("\ngrowth exponent between sizes (0 = constant, 1 = linear):")
    for a, b in zip(sizes, sizes[1:], strict=False):
        for what in ("inc", "full"):
            ra, rb = statistics.median(results[a][what]), statistics.median(results[b][what])
            k = math.log(rb / ra) / math.log(b / a)
            print(f"  {what:5} {a:>6} → {b:<6} {k:5.2f}  ({ra:.2f} → {rb:.2f} ms)")


if __name__ == "__main__":
    main()
