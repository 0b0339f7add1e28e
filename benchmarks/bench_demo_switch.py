"""Switching alternative and one edit on the demo project (issue 12's speed goals), in the real
window with every built-in plugin: chart repainted and panels settled, median and p95.

    .venv/bin/python benchmarks/bench_demo_switch.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_window_live import act, line, settle  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesigner.model import ops  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=9)
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    from orgdesigner import storage
    from orgdesigner.demo import build_demo_project
    from orgdesigner.ui.app import create_plugins
    from orgdesigner.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.orgd"
        storage.save(build_demo_project(), path)
        win = MainWindow(plugins=create_plugins())
        win.resize(1600, 1000)
        win.show()
        settle(app, time.perf_counter(), 0.3)
        win.files.open_path(str(path))
        settle(app, time.perf_counter(), 0.5)
        c = win.controller
        sc = c.scenario()
        c.run(ops.copy_scenario(c.project, sc.id, "Alternativ B"))
        settle(app, time.perf_counter(), 0.5)
        box = win.scenario_box
        alternatives = [i for i in range(box.count()) if box.itemData(i) in c.project.scenarios]
        res: dict[str, list[float]] = {k: [] for k in ("switch", "switch_settled", "edit", "edit_settled")}
        for n in range(args.repeat):
            row = alternatives[(n + 1) % len(alternatives)]
            t0 = time.perf_counter()
            box.setCurrentIndex(row)
            res["switch"].append(act(app, win, "switch", lambda r=row: box.activated.emit(r)))
            res["switch_settled"].append(settle(app, t0))
            cur = c.scenario()
            unit = next(u for u in cur.units.values() if u.parent_id)
            t0 = time.perf_counter()
            res["edit"].append(
                act(
                    app,
                    win,
                    "edit",
                    lambda u=unit, s=cur: c.run(ops.rename_unit(c.project, s.id, u.id, u.name + " x")),
                )
            )
            res["edit_settled"].append(settle(app, t0))
        print(f"demo: {len(c.project.scenarios)} alternatives, switching among rows {alternatives}")
        print(line("switch alternative: repainted", res["switch"]))
        print(line("switch alternative: settled", res["switch_settled"]))
        print(line("rename a unit: repainted", res["edit"]))
        print(line("rename a unit: panels settled", res["edit_settled"]))
        c.undo_stack.setClean()
        win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
