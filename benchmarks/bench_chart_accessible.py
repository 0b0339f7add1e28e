"""What the chart's accessible tree costs on a large project; not a unit test.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_chart_accessible.py [--units N] [--repeat N]``.
Prints median and p95 (ms) for: reading the whole tree through Qt's accessibility API
(name, description and state of every box) the first time (interfaces made) and again;
one arrow-key move with accessibility off and on (focus event, description); and a
collapse + expand of a large unit with accessibility off and no interface, and with it on
and every box's interface alive (interleaved).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from chart_fixtures import big_project  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesigner.ui.chart_accessible import boxes_of  # noqa: E402
from orgdesigner.ui.chart_view import ChartView  # noqa: E402
from orgdesigner.ui.controller import DocumentController  # noqa: E402

Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


def walk(iface) -> int:
    n = 0
    for i in range(iface.childCount()):
        child = iface.child(i)
        child.text(Name), child.text(Description), child.state()
        n += 1 + walk(child)
    return n


def figures(label: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"{label:<58} median {statistics.median(ms):9.2f} ms   p95 {p95:9.2f} ms   (n={len(ms)})")


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    controller = DocumentController(big_project(args.units, args.units * 10))
    view = ChartView(controller)
    view.chart.animate = False
    view.resize(1400, 900)
    view.show()
    view.chart.expand_all()
    app.processEvents()
    sc = controller.scenario()
    big = max(sc.units, key=lambda u: len(sc.children(u)))
    toggle = f"collapse + expand a unit of {len(sc.children(big))} children"
    top = QAccessible.queryAccessibleInterface(view)
    count = [0]
    first = timed(lambda: count.__setitem__(0, walk(top)))
    print(f"{count[0]} boxes in the accessible tree")
    figures("read the whole tree, first time (interfaces made)", [first])
    figures("read the whole tree again", [timed(lambda: walk(top)) for _ in range(args.repeat)])

    view.setFocus()
    controller.select([("unit", "root")])
    keys = [Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Up] * 5
    off: list[float] = []
    on: list[float] = []
    for _ in range(args.repeat):  # interleaved A/B
        for active, out in ((False, off), (True, on)):
            QAccessible.setActive(active)
            for key in keys:
                out.append(timed(lambda key=key: QTest.keyClick(view, key)))
    QAccessible.setActive(False)
    figures("arrow key, accessibility off", off)
    figures("arrow key, accessibility on (focus event, description)", on)

    toggles: dict[str, list[float]] = {"none": [], "alive": []}
    for _ in range(args.repeat):  # interleaved A/B
        for case in ("none", "alive"):
            boxes_of(view).release()  # no box interface
            QAccessible.setActive(case == "alive")
            if case == "alive":
                walk(top)  # every box's interface made, as after a screen reader read it all
            toggles[case].append(timed(lambda: (view.chart.toggle(big), view.chart.toggle(big))))
    QAccessible.setActive(False)
    figures(f"{toggle}, accessibility off, no interfaces", toggles["none"])
    figures(f"{toggle}, accessibility on, every interface alive", toggles["alive"])


if __name__ == "__main__":
    main()
