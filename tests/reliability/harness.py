"""Run one staff-list import in a child process with a memory and time limit.

A child process, so that a reader that aborts (SIGABRT) or runs out of memory
shows up as a failed case instead of ending the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, resource, sys
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from orgdesigner_plugins.staff_import import Options, read_staff_list
res = read_staff_list(sys.argv[1], Options(engine=sys.argv[2]))
r = res.report
print(json.dumps({"status": r.status, "ok": res.ok, "message": r.message,
                  "issues": [str(i.message) for i in r.issues][:50],
                  "positions": len(res.positions),
                  "fte": [p.fte_percent for p in res.positions],
                  "salary": [p.salary for p in res.positions]}, allow_nan=False))
"""

MEMORY = 2 << 30  # 2 GiB address space
TIMEOUT = 60


def import_in_child(path: Path, engine: str = "auto", timeout: float = TIMEOUT) -> dict:
    """The import report as a dict, or {"crash": ...} when the child did not finish cleanly."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), engine, str(MEMORY)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=REPO,
        )
    except subprocess.TimeoutExpired:
        return {"crash": f"over {timeout} s"}
    if proc.returncode != 0:
        return {"crash": f"exit {proc.returncode}: {proc.stderr[-800:]}"}
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"crash": f"not JSON: {proc.stdout[-300:]}"}
