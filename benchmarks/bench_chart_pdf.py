"""What the accessible chart PDF costs: the list pages and the tags on top of the chart.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_chart_pdf.py [--units N] [--repeat N]``.
Prints, for a chart fitted on one A3 page and tiled on A4 pages, the median seconds of the
whole export and of its two accessible parts, measured inside the same runs: painting the
organisation as a list (``chart_pdf.paint_list``) and tagging the file with pikepdf
(``chart_pdf.tag``); the rest is the chart as before. Also the pages and the file size.
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
from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesigner.ui import chart_pdf  # noqa: E402
from orgdesigner.ui.chart_export import render_chart  # noqa: E402

spent: dict[str, float] = {}


def timing(name: str, fn):
    """``fn`` that adds its running time to ``spent[name]`` (instrumentation, same work)."""

    def run(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0

    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--positions", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    QApplication.instance() or QApplication([])
    chart_pdf.paint_list = timing("list pages", chart_pdf.paint_list)
    chart_pdf.tag = timing("tags (pikepdf)", chart_pdf.tag)
    project = big_project(args.units, args.positions)
    print(f"{len(project.scenarios['s1'].units)} units")
    with tempfile.TemporaryDirectory() as tmp:
        for mode, paper in (("fit", "A3"), ("tile", "A4")):
            out = Path(tmp) / f"kart-{mode}.pdf"
            rows: dict[str, list[float]] = {"whole export": [], "list pages": [], "tags (pikepdf)": []}
            pages = 0
            for _ in range(args.repeat):
                spent.clear()
                t0 = time.perf_counter()
                pages = render_chart(project, "s1", out, "pdf", paper=paper, mode=mode)
                rows["whole export"].append(time.perf_counter() - t0)
                for name in ("list pages", "tags (pikepdf)"):
                    rows[name].append(spent.get(name, 0.0))
            whole = statistics.median(rows["whole export"])
            print(f"{mode} on {paper}: {pages} pages, {out.stat().st_size / 2**20:.1f} MB")
            for name, times in rows.items():
                median = statistics.median(times)
                print(f"  {name:<16} median {median:7.2f} s  ({median / whole:5.1%} of the export)")


if __name__ == "__main__":
    main()
