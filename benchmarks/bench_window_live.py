"""The main window as a user meets it, with every built-in plugin loaded; not a unit test.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_window_live.py [--sizes 500,5000,50000]
[--repeat 7] [--quick]``. For each size (units; ten positions per unit) it saves a synthetic
project to a file and, in one window with all built-in plugins:

- **open + first paint**: ``Fil → Åpne`` of the file (load included) until the chart has painted,
  beside a raw ``sqlite3`` read of the same rows (the yardstick);
- **drag-move**: a real drag (enter, move, drop events on the chart viewport) of a virksomhet onto
  another tjenesteområde: until the chart has repainted, and until every panel has settled (the
  event loop has had nothing to do for a while);
- **undo** of that move through the window's Angre action: repainted / settled;
- **switch alternative** through the toolbar's alternative box (a copy of the alternative is made
  first): its first showing (nothing of it computed yet), then back and forth between the two
  (what each computed is kept): repainted / settled.

Each figure is printed as median and p95 over ``--repeat`` runs, then the growth exponent between
consecutive sizes (1 = linear in the project, 0 = constant). ``--quick`` (CI, run by
``tests/test_bench_quick.py``): sizes 200 and 2000, three runs, a shorter wait for "settled", and
exits 1 when an edit grows faster than ``--max-edit-exponent`` with the project, open grows faster
than ``--max-open-exponent``, or open takes more than ``--max-open-ratio`` times the raw read at
the larger size — ratios, never absolute times.
Start-up figures are in ``bench_startup.py``.
"""

from __future__ import annotations

import argparse
import math
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ORGDESIGNER_DATA_DIR", tempfile.mkdtemp())
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chart_fixtures import big_project  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesigner import storage  # noqa: E402
from orgdesigner.model import ops  # noqa: E402

QUIET_S = 0.9  # settled: the event loop had nothing over BUSY_S to do for this long
BUSY_S = 0.004


def raw_read(path: Path) -> None:
    """The yardstick: every row of every table, as plain tuples."""
    con = sqlite3.connect(path)
    try:
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            con.execute(f'SELECT * FROM "{name}"').fetchall()
    finally:
        con.close()


def settle(app: QApplication, start: float, quiet: float | None = None) -> float:
    """Run the event loop until it has been idle for ``quiet`` s (default :data:`QUIET_S`);
    seconds from ``start`` to the end of the last piece of work it did."""
    quiet = QUIET_S if quiet is None else quiet
    last_busy = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        app.processEvents()
        t1 = time.perf_counter()
        if t1 - t0 > BUSY_S:
            last_busy = t1
        elif t1 - last_busy > quiet:
            return last_busy - start
        time.sleep(0.002)


PROFILE: set[str] = set()  # --profile: measurements to run under cProfile ("drag": its first run)
COUNTS: dict[str, int] = {}


def act(app: QApplication, win, key: str, action: Callable[[], object]) -> float:
    """Seconds from ``action`` until the chart has painted (under cProfile if asked for)."""
    start = time.perf_counter()
    run = f"{key}@{COUNTS.get(key, 0)}"  # "switch@1": the second switch
    COUNTS[key] = COUNTS.get(key, 0) + 1
    wanted = run if run in PROFILE else key if key in PROFILE else None
    if wanted is None:
        action()
        return painted(app, win, start)
    import cProfile
    import pstats

    PROFILE.discard(wanted)
    prof = cProfile.Profile()
    took = prof.runcall(lambda: (action(), painted(app, win, start))[1])
    print(f"--- profile of {key}")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    return took


def settled(app: QApplication, key: str, start: float) -> float:
    """:func:`settle` from ``start`` (under cProfile when ``key`` is asked for, e.g. "switch_settled")."""
    if key not in PROFILE:
        return settle(app, start)
    import cProfile
    import pstats

    PROFILE.discard(key)
    prof = cProfile.Profile()
    took = prof.runcall(settle, app, start)
    print(f"--- profile of {key}")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
    return took


def painted(app: QApplication, win, start: float) -> float:
    """What the event loop does first once the edit returns: the queued calls and posted events
    (repaint requests, work deferred to "the next turn"), then the chart's paint; timers that
    are due later (debounced panels) are left for :func:`settle`. Seconds since ``start``."""
    for _ in range(3):  # a queued call may queue another
        app.sendPostedEvents()
    win.chart.viewport().repaint()
    return time.perf_counter() - start


def drop_on(win, mime, uid: str) -> None:
    """Real drag events on the chart viewport: enter, move and drop on ``uid``'s box."""
    view = win.chart
    view.center_on_unit(uid)
    item = view.chart.items_by_unit[uid]
    pt = view.mapFromScene(item.scene_box().center())
    vp = view.viewport()
    b, m, a = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.MoveAction
    QApplication.sendEvent(vp, QDragEnterEvent(pt, a, mime, b, m))
    QApplication.sendEvent(vp, QDragMoveEvent(pt, a, mime, b, m))
    QApplication.sendEvent(vp, QDropEvent(QPointF(pt), a, mime, b, m))


def stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def line(label: str, values: list[float], beside: list[float] | None = None) -> str:
    med, p95 = stats(values)
    text = f"  {label:<34} median {med * 1000:8.1f} ms   p95 {p95 * 1000:8.1f} ms"
    if beside:
        ref = statistics.median(beside)
        text += f"   ({med / ref:4.1f}× yardstick {ref * 1000:.1f} ms)"
    return text


def measure_size(app: QApplication, win, n_units: int, repeat: int, folder: Path) -> dict[str, list[float]]:
    from orgdesigner.ui import dnd

    path = folder / f"bench_{n_units}.orgd"
    storage.save(big_project(n_units, n_units * 10), path)
    res: dict[str, list[float]] = {k: [] for k in ("raw", "open", "open_settled")}
    for _ in range(repeat):
        t0 = time.perf_counter()
        raw_read(path)
        res["raw"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        res["open"].append(act(app, win, "open", lambda: win.files.open_path(str(path))))
        res["open_settled"].append(settled(app, "open_settled", t0))
    c = win.controller
    sc = c.scenario()
    areas = [u.id for u in sc.units.values() if u.type == "tjenesteområde"]
    virks = [u.id for u in sc.units.values() if u.type == "virksomhet"]
    mover = virks[len(virks) // 2]
    for key in (
        "drag",
        "drag_settled",
        "undo",
        "undo_settled",
        "switch",
        "switch_settled",
        "first",
        "first_settled",
    ):
        res[key] = []
    for n in range(repeat):
        target = [a for a in areas if a != sc.units[mover].parent_id][n % (len(areas) - 1)]
        mime = dnd.units_mime(sc.id, [mover])
        win.chart.center_on_unit(target)
        settle(app, time.perf_counter(), 0.3)
        t0 = time.perf_counter()
        res["drag"].append(act(app, win, "drag", lambda m=mime, t=target: drop_on(win, m, t)))
        res["drag_settled"].append(settled(app, "drag_settled", t0))
        assert sc.units[mover].parent_id == target, "the drop did not move the unit"
        t0 = time.perf_counter()
        res["undo"].append(act(app, win, "undo", win.actions.undo.trigger))
        res["undo_settled"].append(settled(app, "undo_settled", t0))
        assert sc.units[mover].parent_id != target, "undo did not move it back"
    c.run(ops.copy_scenario(c.project, sc.id, "Alternativ B"))
    settle(app, time.perf_counter(), 0.3)
    box = win.scenario_box
    alternatives = [i for i in range(box.count()) if box.itemData(i) in c.project.scenarios]
    # the copy is shown first (nothing of it computed yet), then back and forth between the two
    # alternatives (not headings, not as-is views)
    for n in range(repeat + 1):
        row = alternatives[(n + 1) % len(alternatives)]
        key = "first" if n == 0 else "switch"
        t0 = time.perf_counter()
        res[key].append(act(app, win, key, lambda r=row: (box.setCurrentIndex(r), box.activated.emit(r))))
        assert c.scenario_id == box.itemData(row), "the switch did not happen"
        res[f"{key}_settled"].append(settled(app, f"{key}_settled", t0))
    c.undo_stack.setClean()
    return res


LABELS = [
    ("open", "open + first chart paint", "raw"),
    ("open_settled", "open: all panels filled", "raw"),
    ("drag", "drag-move: chart repainted", None),
    ("drag_settled", "drag-move: panels settled", None),
    ("undo", "undo: chart repainted", None),
    ("undo_settled", "undo: panels settled", None),
    ("first", "show a new alternative: repainted", None),
    ("first_settled", "show a new alternative: settled", None),
    ("switch", "switch alternative: repainted", None),
    ("switch_settled", "switch alternative: settled", None),
]


def exponent(a: float, b: float, na: int, nb: int) -> float:
    return math.log(max(b, 1e-6) / max(a, 1e-6)) / math.log(nb / na)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="500,5000")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument(
        "--profile",
        default="",
        help="comma-separated: open,drag,undo,first,switch (+ _settled); switch@1 for the second switch",
    )
    ap.add_argument("--max-edit-exponent", type=float, default=0.5)
    ap.add_argument("--max-open-exponent", type=float, default=1.3)
    ap.add_argument("--max-open-ratio", type=float, default=12.0)
    args = ap.parse_args(argv)
    sizes = [200, 2000] if args.quick else [int(s) for s in args.sizes.split(",")]
    repeat = 3 if args.quick else args.repeat
    if args.quick:
        global QUIET_S
        QUIET_S = 0.4
    PROFILE.update(k for k in args.profile.split(",") if k)
    app = QApplication.instance() or QApplication([])
    from orgdesigner.ui.app import create_plugins
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow(plugins=create_plugins())
    win.resize(1600, 1000)
    win.show()
    settle(app, time.perf_counter(), 0.3)
    names = [i.name for i in win.controller.plugins.plugin_infos()]
    print(f"plugins: {', '.join(names)}")
    results: dict[int, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            print(f"{n} units / {n * 10} positions")
            results[n] = measure_size(app, win, n, repeat, Path(tmp))
            for key, label, ref in LABELS:
                print(line(label, results[n][key], results[n][ref] if ref else None))
            sys.stdout.flush()
    bad = []
    biggest = results[sizes[-1]]
    ratio = stats(biggest["open"])[0] / stats(biggest["raw"])[0]
    if ratio > args.max_open_ratio:
        bad.append(f"open at {sizes[-1]} units: {ratio:.1f}× the raw read > {args.max_open_ratio}")
    if len(sizes) > 1:
        print("growth exponent (median; 1 = linear, 0 = constant):")
        for key, label, _ref in LABELS:
            parts = []
            for a, b in zip(sizes, sizes[1:], strict=False):
                e = exponent(stats(results[a][key])[0], stats(results[b][key])[0], a, b)
                parts.append(f"{a}→{b}: {e:5.2f}")
                limit = args.max_open_exponent if key.startswith("open") else args.max_edit_exponent
                if key in ("open", "drag", "undo") and e > limit:
                    bad.append(f"{label} {a}→{b}: {e:.2f} > {limit}")
            print(f"  {label:<34} " + "   ".join(parts))
    win.controller.undo_stack.setClean()
    win.close()
    if args.quick and bad:
        print("REGRESSION: " + "; ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
