"""Outline model figures for a large project (5 000 units); not a unit test.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_outline.py [--units N] [--repeat N]``.
Prints median and p95 of: every ``data()`` call a view makes for one screen of the
outline (display, alignment, tooltip, font, … roles for 40 rows × 4 columns), and one
move of a unit with its undo as the model follows with row signals.
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
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from orgdesigner.model import ops  # noqa: E402
from orgdesigner.ui.controller import DocumentController  # noqa: E402
from orgdesigner.ui.outline_model import OutlineModel  # noqa: E402

ROLES = [int(r.value) for r in (
    Qt.DisplayRole, Qt.DecorationRole, Qt.EditRole, Qt.ToolTipRole, Qt.FontRole,
    Qt.TextAlignmentRole, Qt.BackgroundRole, Qt.ForegroundRole, Qt.CheckStateRole, Qt.SizeHintRole,
)]  # fmt: skip


def figures(label: str, samples: list[float]) -> None:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    print(f"{label:55s} median {statistics.median(samples) * 1000:8.2f} ms   p95 {p95 * 1000:8.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    QCoreApplication.instance() or QCoreApplication([])
    c = DocumentController(big_project(args.units, 2000))
    model = OutlineModel(c)
    sc = c.scenario()
    ids = [u for u, _d in sc.walk()][:40]
    indexes = [model.index_of(u, col) for u in ids for col in range(4)]
    paint = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for ix in indexes:
            for role in ROLES:
                model.data(ix, role)
        paint.append(time.perf_counter() - t0)
    figures("data() for one screen (40 rows x 4 cols x 10 roles)", paint)
    leaf = next(u for u in reversed(list(sc.units)) if not sc.children(u))
    target = sc.roots()[0]
    moves = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        c.run(ops.move_units(c.project, sc.id, [leaf], target, 0))
        c.undo_stack.undo()
        moves.append(time.perf_counter() - t0)
    figures("move a unit and undo it (outline follows)", moves)


if __name__ == "__main__":
    main()
