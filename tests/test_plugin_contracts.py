"""The plugin contracts in pyproject: the core never imports a built-in, built-ins use orgdesigner.api."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILTINS = "orgdesigner_plugins"  # the built-in plugins' import name
CORE_RULE = "The core never imports a built-in plugin (they come through the plugin manager)"
API_RULE = "Built-in plugins use only the public API orgdesigner.api"


def _lint_imports(cwd: Path) -> str:
    exe = Path(sys.executable).parent / "lint-imports"
    cmd = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    r = subprocess.run([*cmd, "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)
    return r.stdout + r.stderr


def _copy(tmp_path: Path) -> Path:
    for pkg in ("orgdesigner", "orgdesigner_plugins"):
        shutil.copytree(ROOT / pkg, tmp_path / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_hold_on_the_code():
    out = _lint_imports(ROOT)
    assert f"{CORE_RULE} KEPT" in out, out[-3000:]
    assert f"{API_RULE} KEPT" in out, out[-3000:]


def test_a_new_reach_into_a_builtin_or_past_the_api_breaks_them(tmp_path):
    root = _copy(tmp_path)
    (root / "orgdesigner/cli/_reach.py").write_text(f"import {BUILTINS}.validators.span\n", encoding="utf-8")
    (root / "orgdesigner_plugins/validators/_reach.py").write_text(
        "from orgdesigner.model import Project\n", encoding="utf-8"
    )
    (root / "orgdesigner_plugins/validators/_fine.py").write_text(
        "from orgdesigner.api import Project, hookimpl\nimport openpyxl\n", encoding="utf-8"
    )
    out = _lint_imports(root)
    assert f"{CORE_RULE} BROKEN" in out and f"{API_RULE} BROKEN" in out, out[-3000:]
    assert "orgdesigner.cli._reach" in out and "orgdesigner_plugins.validators._reach" in out
    assert "_fine" not in out
