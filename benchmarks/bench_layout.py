"""The chart's tree layout beside graphviz ``dot`` on the same tree, at 1 000 / 5 000 / 50 000 units.

Run: ``python benchmarks/bench_layout.py [--sizes 1000,5000,50000] [--repeat 7] [--dot-repeat 3]``.
Needs graphviz's ``dot`` on the PATH (Debian/Ubuntu: ``apt install graphviz``); without it only
the app's own figures are printed.

The tree has the shape the app lays out: a kommunedirektør with staff units (stab) and support
units (støtte) beside it, service areas (tjenesteområder) side by side, each with
virksomheter, avdelinger and teams (some with their own stab). Figures:

* ``app``: :func:`orgdesigner.analysis.layout.layout_org` of the whole tree from a fresh
  cache, as the chart calls it on open (children index included: the org is new), plus the
  connector polyline of every box, as ``ChartScene.relayout`` computes them before it makes
  the items (the Qt items themselves are the chart benchmarks' part);
* ``app (cached)``: the same call again with the chart's :class:`LayoutCache` after one
  unit was renamed (what a relayout after an edit costs);
* ``dot``: ``dot -Tplain`` in a subprocess on the same graph (boxes of the same size,
  sibling order kept), the wall time of the process, interleaved with the app's runs.

Median and p95 of each, the ratio dot / app, and the growth exponent between sizes. dot
grows about quadratically (minutes at 50 000 units on a shared 2-core machine): a run longer
than ``--dot-timeout`` is stopped and the ratio printed as a lower bound.
Not a unit test.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from orgdesigner.analysis import layout as lay  # noqa: E402
from orgdesigner.model import Scenario, Unit, UnitType  # noqa: E402


def org_tree(n: int, seed: int = 1) -> Scenario:
    """About ``n`` units in a kommune's shape (see the module docstring)."""
    rnd = random.Random(seed)
    sc = Scenario("s", "Mål")
    count = 0

    def add(parent: str | None, typ: str, name: str) -> str:
        nonlocal count
        uid = f"u{count}"
        sc.units[uid] = Unit(uid, name, typ, parent_id=parent, sort_order=count)
        count += 1
        return uid

    root = add(None, UnitType.KOMMUNEDIREKTOR, "Kommunedirektør")
    for i in range(3):
        add(root, UnitType.STAB, f"Stab {i}")
    for i in range(2):
        add(root, UnitType.STOTTE, f"Støtte {i}")
    areas = max(2, round(n ** (1 / 4)))
    per_area = (n - count) / areas
    for a in range(areas):
        area = add(root, UnitType.TJENESTEOMRADE, f"Tjenesteområde {a}")
        add(area, UnitType.STAB, f"Fagstab {a}")
        end = count + per_area - 2
        while count < end:
            v = add(area, UnitType.VIRKSOMHET, f"Virksomhet {count}")
            for _ in range(rnd.randint(2, 7)):
                if count >= end:
                    break
                d = add(v, UnitType.AVDELING, f"Avdeling {count}")
                for _ in range(rnd.randint(0, 9)):
                    if count >= end:
                        break
                    add(d, UnitType.TEAM, f"Team {count}")
    return sc


def dot_source(sc: Scenario, opt: lay.LayoutOptions) -> str:
    """The same tree for graphviz: boxes of the chart's size (inches at 72 points), sibling order."""
    w, h = opt.box_w / 72, opt.box_h / 72
    lines = [
        "digraph org {",
        "  ordering=out; ranksep=0.5; nodesep=0.28;",
        f'  node [shape=box, fixedsize=true, width={w:.3f}, height={h:.3f}, label=""];',
    ]
    index = sc._index()
    lines.extend(f"  {uid};" for uid in sc.units)
    for parent, kids in index.items():
        if parent is not None:
            lines.extend(f"  {parent} -> {kid};" for kid in kids)
    lines.append("}")
    return "\n".join(lines)


def app_layout(sc: Scenario, opt: lay.LayoutOptions) -> int:
    """The chart's work on open before it makes items: a fresh org (no children index yet),
    a fresh cache, the layout, and each box's connector polyline (as ``ChartScene.relayout``)."""
    sc._children = None
    chart = lay.layout_org(sc, (), opt, None, lay.LayoutCache())
    points = lay.connector_points
    return sum(len(points(b.link, opt)) for b in chart.boxes.values() if b.link is not None)


def run_dot(path: Path, timeout: float) -> float:
    """Wall time of ``dot -Tplain``; ``inf`` when it ran out of ``timeout`` seconds."""
    t0 = time.perf_counter()
    try:
        subprocess.run(["dot", "-Tplain", "-o", "/dev/null", str(path)], check=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return math.inf
    return time.perf_counter() - t0


def stats(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs), xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def fmt(x: float) -> str:
    return f"{x * 1000:9.2f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,5000,50000")
    ap.add_argument("--repeat", type=int, default=7, help="app layouts per dot run")
    ap.add_argument("--dot-repeat", type=int, default=3)
    ap.add_argument("--dot-timeout", type=float, default=600.0, help="seconds; dot is stopped after this")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    opt = lay.LayoutOptions()
    have_dot = shutil.which("dot") is not None
    if not have_dot:
        print("graphviz `dot` not found: app figures only (apt install graphviz)")
    medians: dict[str, list[float]] = {"app": [], "dot": []}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            sc = org_tree(n)
            path = Path(tmp) / f"org{n}.dot"
            path.write_text(dot_source(sc, opt))
            apps, cached, dots = [], [], []
            cache = lay.LayoutCache()
            lay.layout_org(sc, (), opt, None, cache)
            some = random.Random(n).sample(sorted(sc.units), 1)[0]
            for _ in range(args.dot_repeat):
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    app_layout(sc, opt)
                    apps.append(time.perf_counter() - t0)
                    sc.units[some].name += "x"
                    sc._children = None
                    t0 = time.perf_counter()
                    lay.layout_org(sc, (), opt, None, cache)
                    cached.append(time.perf_counter() - t0)
                if have_dot and (not dots or dots[-1] < math.inf):
                    dots.append(run_dot(path, args.dot_timeout))
            am, ap95 = stats(apps)
            cm, cp95 = stats(cached)
            print(f"{len(sc.units):6d} units  app    median {fmt(am)}  p95 {fmt(ap95)}")
            print(f"{'':12s} app (cached, after a rename) median {fmt(cm)}  p95 {fmt(cp95)}")
            medians["app"].append(am)
            if dots and dots[-1] == math.inf:
                print(
                    f"{'':12s} dot    more than {args.dot_timeout:.0f} s (stopped)   dot / app > "
                    f"{args.dot_timeout / am:.0f}×"
                )
            elif dots:
                dm, dp95 = stats(dots)
                medians["dot"].append(dm)
                print(f"{'':12s} dot    median {fmt(dm)}  p95 {fmt(dp95)}   dot / app = {dm / am:.0f}×")
    for name, ms in medians.items():
        if len(ms) == len(sizes) > 1:
            k = math.log(ms[-1] / ms[0]) / math.log(sizes[-1] / sizes[0])
            print(f"growth exponent {name}: {k:.2f} (time ∝ n^k from {sizes[0]} to {sizes[-1]})")


if __name__ == "__main__":
    main()
