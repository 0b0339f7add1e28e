"""Chart figures for a large project (5 000 units, 50 000 positions); not a unit test.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_chart.py [--units N] [--positions N]``.
Prints seconds for: open the file (storage.load), build the chart scene and paint
the first view, one unit move (op + relayout + repaint + metrics), its undo, a
search, and PDFs of the whole chart (fit on one A3 page, and tiled on A4).
Targets (issue 4 and 7): first paint < 2 s; move, undo, search < 100 ms; PDF < 10 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from chart_fixtures import big_project  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesigner import storage  # noqa: E402
from orgdesigner.model import ops  # noqa: E402
from orgdesigner.ui.chart_export import render_chart  # noqa: E402
from orgdesigner.ui.chart_scene import ChartScene  # noqa: E402
from orgdesigner.ui.chart_view import ChartView  # noqa: E402
from orgdesigner.ui.controller import DocumentController  # noqa: E402


def paint(view: ChartView) -> QImage:
    """Repaint the viewport through its paint event into an image (what the user sees)."""
    return view.viewport().grab().toImage()


def search(project, text: str) -> list[tuple[str, str]]:
    """Unit names, person names, employee numbers and titles containing ``text``."""
    needle = text.casefold()
    hits: list[tuple[str, str]] = []
    for sc in project.scenarios.values():
        hits += [("unit", u.id) for u in sc.units.values() if needle in u.name.casefold()]
    hits += [
        ("person", p.id)
        for p in project.persons.values()
        if needle in p.name.casefold() or needle == p.employee_no
    ]
    hits += [("position", p.id) for p in project.positions.values() if needle in p.title.casefold()]
    return hits


def timed(label: str, fn, target: float | None = None, repeat: int = 1, between=None):
    """Run ``fn`` ``repeat`` times (``between`` in between, untimed); print the median."""
    times, out = [], None
    for n in range(repeat):
        if n and between is not None:
            between()
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    dt = statistics.median(times)
    verdict = "" if target is None else ("  ok" if dt < target else f"  OVER target {target:g} s")
    extra = f"  (median of {repeat}, min {min(times) * 1000:.1f})" if repeat > 1 else ""
    print(f"{label:<52} {dt * 1000:9.1f} ms{verdict}{extra}")
    return out


def calibrate() -> float:
    """Seconds for a plain 1M-step Python loop (about 0.03-0.05 s on an idle machine)."""
    t0 = time.perf_counter()
    s = 0
    for i in range(1_000_000):
        s += i
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--positions", type=int, default=50000)
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"machine speed: 1M-step Python loop {calibrate() * 1000:.0f} ms (idle machine: 30-50 ms)")
    project = big_project(args.units, args.positions)
    sc = project.scenarios["s1"]
    print(f"{len(sc.units)} units, {len(project.positions)} positions, {len(project.persons)} persons")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stor.orgd"
        storage.save(project, path)
        project = timed("open the file (storage.load)", lambda: storage.load(path))
        sc = project.scenarios["s1"]
        controller = DocumentController()

        def first_paint(auto: int, controller: DocumentController) -> ChartView:
            controller.set_project(project, str(path))
            ChartScene.auto_collapse_above = auto
            view = ChartView(controller)
            view.chart.animate = False
            view.resize(1600, 1000)
            view.show()
            view.initial_view()
            paint(view)
            return view

        other = DocumentController()
        view = timed(
            "open in the chart as the app does (3 levels) + paint", lambda: first_paint(400, other), 2.0
        )
        print(f"    {len(view.chart.items_by_unit)} boxes shown")
        view.close()
        view.deleteLater()
        other.set_project(type(project)())
        app.processEvents()
        view = timed(
            "build the chart of all 5 000 boxes + first paint", lambda: first_paint(10**9, controller), 2.0
        )
        print(
            f"    {len(view.chart.items_by_unit)} boxes, scene {view.chart.layout.width:.0f} x "
            f"{view.chart.layout.height:.0f}"
        )
        app.processEvents()
        timed("zoom to fit + paint all 5 000 boxes", lambda: (view.zoom_fit(), paint(view)))
        view.zoom_reset()
        view.center_on_unit(next(u for u in sc.units.values() if u.type == "virksomhet").id)
        paint(view)
        engine = None
        try:
            from orgdesigner.analysis.metrics_engine import MetricsEngine

            engine = timed(
                "metrics engine build (what a metrics panel holds)",
                lambda: MetricsEngine(controller.project, "s1"),
            )
        except ImportError:
            print("    (no metrics engine)")

        def metrics() -> None:
            if engine is not None:
                engine.key_figures()

        virks = [u.id for u in sc.units.values() if u.type == "virksomhet"]
        areas = [u.id for u in sc.units.values() if u.type == "tjenesteområde"]
        mover = virks[len(virks) // 2]
        target = next(a for a in areas if a != sc.units[mover].parent_id)

        def move() -> None:
            controller.run(ops.move_units(controller.project, "s1", [mover], target))
            paint(view)

        def back() -> None:
            controller.undo_stack.undo()
            metrics()

        timed("move a unit (op + relayout + box figures + repaint)", move, 0.1, 5, back)
        timed("  + metrics engine update after the move", metrics)
        assert sc.units[mover].parent_id == target
        timed(
            "undo the move (same)",
            lambda: (controller.undo_stack.undo(), paint(view)),
            0.1,
            5,
            lambda: (controller.undo_stack.redo(), metrics()),
        )
        timed("  + metrics engine update after the undo", metrics)
        assert sc.units[mover].parent_id != target
        timed("redo the move (same)", lambda: (controller.undo_stack.redo(), paint(view)), 0.1)
        timed("  + metrics engine update after the redo", metrics)
        pid = next(iter(sc.placements))
        timed(
            "place one position (op + metrics + repaint)",
            lambda: (
                controller.run(ops.place_positions(controller.project, "s1", [pid], target)),
                metrics(),
                paint(view),
            ),
            0.1,
        )
        try:
            from orgdesigner.plugins import create_manager

            controller.plugins = create_manager()
            timed("validator badges (debounced after an edit)", view.chart.refresh_findings)
        except ImportError:
            print("    (no plugin manager)")
        hits = timed(
            "search 'Person 4711' (units, persons, titles)", lambda: search(project, "Person 4711"), 0.1, 5
        )
        print(f"    {len(hits)} hits")
        timed(
            "select + centre a search hit",
            lambda: (controller.select([("unit", mover)]), view.center_on_unit(mover), paint(view)),
            0.1,
        )
        timed("collapse all + paint", lambda: (view.collapse_all(), paint(view)))
        timed("expand all + paint", lambda: (view.expand_all(), paint(view)))
        if not args.no_pdf:
            out = Path(tmp) / "kart.pdf"
            pages = timed(
                "PDF of the whole chart, fit on one A3 page",
                lambda: render_chart(project, "s1", out, paper="A3", mode="fit"),
                10.0,
            )
            print(f"    {pages} page, {out.stat().st_size / 1e6:.1f} MB")
            pages = timed(
                "PDF of the whole chart, tiled on A4",
                lambda: render_chart(project, "s1", out, paper="A4", mode="tile"),
                10.0,
            )
            print(f"    {pages} pages, {out.stat().st_size / 1e6:.1f} MB")
            pages = timed("PNG of the whole chart", lambda: render_chart(project, "s1", Path(tmp) / "k.png"))
        view.close()


if __name__ == "__main__":
    main()
