"""Main-window figures for a large project (5 000 units, 50 000 positions); not a unit test.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py [--units N] [--positions N]``.
Prints seconds for: open the file in the whole main window (chart, outline, property, people and
search panels, plus whatever panels other parts install) and paint it; one unit move through the
controller as every view follows (outline, chart, panels); its undo; a search with the search
panel's index (first search builds the index); selecting a hit and revealing it.
Targets (issue 4): first paint under 2 s; a move, its undo and a search each under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from chart_fixtures import big_project  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesigner import storage  # noqa: E402
from orgdesigner.model import ops  # noqa: E402


def timed(label: str, fn, target: float | None = None):
    start = time.perf_counter()
    result = fn()
    QApplication.processEvents()
    took = time.perf_counter() - start
    mark = "" if target is None else ("  OK" if took <= target else f"  OVER {target:.2f} s")
    print(f"{took * 1000:9.1f} ms  {label}{mark}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--positions", type=int, default=50000)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    os.environ.setdefault("ORGDESIGNER_DATA_DIR", tempfile.mkdtemp())
    from orgdesigner.ui.main_window import MainWindow

    project = big_project(args.units, args.positions)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stor.orgd"
        storage.save(project, path)
        win = MainWindow()
        win.resize(1600, 1000)
        win.show()
        app.processEvents()

        def open_and_paint() -> None:
            win.files.open_path(str(path))
            win.grab()

        timed("open the file in the main window + first paint", open_and_paint, 2.0)
        c = win.controller
        sc = c.scenario()
        virks = [u.id for u in sc.units.values() if u.type == "virksomhet"]
        areas = [u.id for u in sc.units.values() if u.type == "tjenesteområde"]
        mover = virks[len(virks) // 2]
        target = next(a for a in areas if a != sc.units[mover].parent_id)
        c.select([("unit", mover)])
        app.processEvents()
        timed(
            "move a unit (op + outline + chart + panels)",
            lambda: c.run(ops.move_units(c.project, sc.id, [mover], target)),
            0.1,
        )
        timed("undo the move", c.undo_stack.undo, 0.1)
        timed("redo the move", c.undo_stack.redo, 0.1)
        win.show_search()
        win.search.query.setText("Person 4711")
        timed("first search (builds the index)", win.search.run, 0.1)
        win.search.query.setText("Person 4712")
        hits = timed("search", win.search.run, 0.1)
        print(f"    {len(hits)} hits")
        timed(
            "choose a hit: select, expand ancestors, centre in the chart",
            lambda: win.search.choose(win.search.results.item(0)),
            0.1,
        )
        c.undo_stack.setClean()
        win.close()


if __name__ == "__main__":
    main()
