"""The README's two commands, the scripts behind them and .ci/run agree with each other."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = ("scripts/common.sh", "scripts/run-demo.sh", "scripts/test.sh", ".ci/run")


def _commands_of_readme() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_readme_has_exactly_two_commands_and_ci_runs_the_test_command():
    commands = _commands_of_readme()
    assert commands == ["bash scripts/run-demo.sh", "bash scripts/test.sh"]
    ci = REPO / ".ci" / "run"
    assert os.access(ci, os.X_OK)
    body = [ln.strip() for ln in ci.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    assert commands[1] in body  # then the frozen-build smoke test
    assert body.index(commands[1]) < body.index("bash installer/smoke_test.sh")


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
@pytest.mark.parametrize("script", SCRIPTS)
def test_scripts_are_valid_bash(script):
    done = subprocess.run(["bash", "-n", str(REPO / script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_scripts_cover_what_a_fresh_machine_needs():
    common = (REPO / "scripts" / "common.sh").read_text()
    for package in (
        "libegl1",
        "libgl1",
        "libxkbcommon0",
        "libfontconfig1",
        "libdbus-1-3",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxkbcommon-x11-0",
        "python3-venv",
    ):
        assert package in common
    assert "DEBIAN_FRONTEND=noninteractive" in common and "dpkg -s" in common
    test_sh = (REPO / "scripts" / "test.sh").read_text()
    assert all(p in test_sh for p in ("xvfb", "xauth", "poppler-utils", "QT_QPA_PLATFORM=offscreen"))
    assert '"$status" -eq 5' in test_sh  # no tests collected is an error
    assert 'orgdesigner" demo --out' in (REPO / "scripts" / "run-demo.sh").read_text()
