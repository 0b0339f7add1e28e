"""Start-up figures, each beside its yardstick in the same run; not a unit test.

Run: ``python benchmarks/bench_startup.py [--repeat 9] [--project demo.orgd]``. Interleaved, in
fresh interpreters (byte code cached, as an installed app has it):

- ``python -c pass`` (the floor) beside ``orgdesigner --version``;
- a bare PySide6 window (QApplication, an empty QMainWindow shown and painted) beside
  ``orgdesigner DEMO.orgd`` until its chart has painted (``ORGDESIGNER_EXIT_WHEN_PAINTED=chart``),
  and until the plugins are loaded and their panels installed (``=plugins``). A window's time
  ends at the paint (the process prints the moment), not at the exit that follows.

Without ``--project`` the demo project is written to a temporary file first. Goals (issue 11):
``--version`` < 0.15 s, start → chart painted < 1 s.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMOKE = {"ORGDESIGNER_SMOKE_EXIT_MS": "1"}  # no recovery dialog; an older app exits after opening
MARK = "ORGDESIGNER_PAINTED_AT"
BARE = (
    "import time\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.resize(800, 600); w.show(); app.processEvents()\n"
    f"print('{MARK}', f'{{time.time():.6f}}', flush=True)\n"
)


def run(args: list[str], env: dict[str, str]) -> float:
    """Seconds from the start of the process until it printed ``ORGDESIGNER_PAINTED_AT <time>``
    (the app and the bare window), else until it exited (``python -c pass``, ``--version``):
    the interpreter's teardown after a paint (≈ 0.5 s with a window) is not start-up."""
    t0, wall = time.perf_counter(), time.time()
    r = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{args} failed ({r.returncode}):\n{r.stderr[-2000:]}")
    for line in r.stdout.splitlines():
        if line.startswith(MARK):
            return float(line.split()[1]) - wall
    return took


def stats(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return f"median {statistics.median(ordered) * 1000:7.0f} ms   p95 {p95 * 1000:7.0f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--project", default="")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its byte code cached
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    env["ORGDESIGNER_DATA_DIR"] = tmp
    py = sys.executable
    project = args.project or str(Path(tmp) / "demo.orgd")
    if not args.project:
        run([py, "-m", "orgdesigner", "demo", "--out", project], env)
    cases = {
        "python -c pass": ([py, "-c", "pass"], {}),
        "orgdesigner --version": ([py, "-m", "orgdesigner", "--version"], {}),
        "bare PySide6 window": ([py, "-c", BARE], {}),
        "start → chart painted (demo)": (
            [py, "-m", "orgdesigner", project],
            {"ORGDESIGNER_EXIT_WHEN_PAINTED": "chart", **SMOKE},
        ),
        "start → plugins loaded (demo)": (
            [py, "-m", "orgdesigner", project],
            {"ORGDESIGNER_EXIT_WHEN_PAINTED": "plugins", **SMOKE},
        ),
    }
    times: dict[str, list[float]] = {k: [] for k in cases}
    for cmd, extra in cases.values():  # warm up: byte code, font cache
        run(cmd, env | extra)
    for _ in range(args.repeat):
        for name, (cmd, extra) in cases.items():
            times[name].append(run(cmd, env | extra))
    for name, values in times.items():
        print(f"  {name:<32} {stats(values)}")
    floor, bare = (statistics.median(times[k]) for k in ("python -c pass", "bare PySide6 window"))
    version = statistics.median(times["orgdesigner --version"])
    chart = statistics.median(times["start → chart painted (demo)"])
    print(
        f"  --version / python -c pass: {version / floor:4.2f}×; chart painted / bare window: {chart / bare:4.2f}×"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
