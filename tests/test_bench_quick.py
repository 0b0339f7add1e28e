"""CI's regression check of speed: ``bench_window_live.py --quick`` in the real window with every
built-in plugin, judged by ratios only (growth from 200 to 2 000 units, open beside the raw
SQLite read of the same file), with bounds generous enough for a loaded CI machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_quick_window_benchmark_finds_no_regression(tmp_path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ORGDESIGNER_DATA_DIR=str(tmp_path / "data"),
        ORGDESIGNER_CONFIG_DIR=str(tmp_path / "config"),
        PYTHONPATH=str(ROOT),
    )
    args = ["--quick", "--max-edit-exponent", "0.7", "--max-open-exponent", "1.5", "--max-open-ratio", "20"]
    r = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_window_live.py"), *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = r.stdout
    assert r.returncode == 0, out[-3000:] + r.stderr[-3000:]
    # every row was measured at both sizes, beside its yardstick, and the growth printed
    assert out.count("open + first chart paint") == 3 and out.count("yardstick") == 4
    for row in ("drag-move: chart repainted", "undo: panels settled", "switch alternative: settled"):
        assert out.count(row) == 3, row
    assert "200→2000" in out and "REGRESSION" not in out
