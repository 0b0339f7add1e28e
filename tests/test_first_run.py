"""First run as a user who is not root: the scripts name the one apt-get line to ask for.

Run for real as the user «nobody» (setpriv) against this machine's dpkg database; the package
«hello» stands in for a missing one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or not shutil.which("setpriv") or not shutil.which("dpkg"),
    reason="needs root (to become «nobody»), setpriv and dpkg",
)


def _as_nobody(script: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    home.chmod(0o777)
    return subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
         "env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin", *[f"{k}={v}" for k, v in env.items()],
         "bash", "-c", script],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip


def _installed(package: str) -> bool:
    r = subprocess.run(["dpkg", "-s", package], capture_output=True, text=True)
    return "install ok installed" in r.stdout


@pytest.mark.skipif(_installed("hello"), reason="«hello» is installed here")
def test_a_missing_package_gives_the_one_line_to_ask_for(tmp_path):
    r = _as_nobody(f"source {REPO}/scripts/common.sh; ensure_apt hello libc6", tmp_path)
    assert r.returncode == 1
    assert "apt-get update && apt-get install -y --no-install-recommends hello\n" in r.stderr
    assert "libc6" not in r.stderr.split("mangler:")[1]  # installed ones are not asked for


@pytest.mark.skipif(_installed("hello"), reason="«hello» is installed here")
def test_without_python_the_line_adds_python_and_venv(tmp_path):
    r = _as_nobody(f"source {REPO}/scripts/common.sh; ensure_apt hello", tmp_path, PYTHON="/nowhere/python3")
    assert r.returncode == 1
    assert "apt-get install -y --no-install-recommends hello python3 python3-venv\n" in r.stderr


@pytest.mark.skipif(_installed("hello"), reason="«hello» is installed here")
def test_a_script_run_by_a_user_stops_and_names_itself(tmp_path):
    shared = Path(tempfile.mkdtemp(prefix="orgdesigner-first-run-"))  # readable for «nobody»
    shared.chmod(0o755)
    fake_repo = shared / "repo"
    (fake_repo / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "common.sh", fake_repo / "scripts" / "common.sh")
    (fake_repo / "scripts" / "x.sh").write_text(
        'source "$(dirname "${BASH_SOURCE[0]}")/common.sh"\nensure_apt hello\necho weiter\n'
    )
    fake_repo.chmod(0o755)
    try:
        r = _as_nobody(f"bash {fake_repo}/scripts/x.sh", tmp_path)
    finally:
        shutil.rmtree(shared)
    assert r.returncode == 1 and "weiter" not in r.stdout, r.stderr
    assert "kjør så «bash scripts/x.sh» igjen" in r.stderr
