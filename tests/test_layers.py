"""Layer rules: import-linter contracts hold (and can break), the Qt-free layers load no Qt,
and the PySide6 wheel survives many void calls (DESIGN.md: 6.12.0 on Python 3.11 aborts)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports(cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    cmd = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    return subprocess.run([*cmd, "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def test_import_contracts_are_kept():
    r = _lint_imports(ROOT)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert " broken" in r.stdout and "0 broken" in r.stdout
    assert "KEPT" in r.stdout


def test_import_contracts_catch_a_violation(tmp_path):
    """The same contracts, run on a copy of the code with forbidden imports, report them broken."""
    for pkg in ("orgdesigner", "orgdesigner_plugins"):
        shutil.copytree(ROOT / pkg, tmp_path / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bad = {
        "orgdesigner/model/_layer_violation.py": "import PySide6.QtCore\n",
        "orgdesigner/storage/_layer_violation.py": "from orgdesigner import ui\n",
        "orgdesigner/cli/_layer_violation.py": "from orgdesigner.storage import _qt_helper\n",
        "orgdesigner/storage/_qt_helper.py": "from PySide6 import QtCore\n",  # indirect: cli -> storage -> Qt
    }
    for rel, code in bad.items():
        (tmp_path / rel).write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    r = _lint_imports(tmp_path, env)
    assert r.returncode != 0, r.stdout[-3000:]
    assert "_layer_violation" in r.stdout  # it analysed the copy, not the installed package
    out = r.stdout
    for contract in (
        "The model is the bottom layer BROKEN",
        "Analysis and storage stay below plugins, CLI and UI, and free of Qt BROKEN",
        "The CLI and the plugin manager never import Qt BROKEN",
    ):
        assert contract in out, out[-3000:]


QT_FREE = [
    "orgdesigner.model",
    "orgdesigner.analysis",
    "orgdesigner.storage",
    "orgdesigner.storage.recovery",
    "orgdesigner.cli",
    "orgdesigner.plugins",
    "orgdesigner.config",
    "orgdesigner.hookspecs",
]


def test_qt_free_layers_load_no_qt_in_a_fresh_interpreter():
    code = (
        "import importlib, sys\n"
        f"for m in {QT_FREE!r}: importlib.import_module(m)\n"
        "import importlib.util\n"
        "from orgdesigner import cli\n"
        "for c in cli.COMMANDS:\n"  # every command module written so far
        "    name = 'orgdesigner.cli.' + c.replace('-', '_')\n"
        "    if importlib.util.find_spec(name): importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m == 'PySide6' or m.startswith(('PySide6.', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "", f"Qt got loaded: {r.stdout.strip()}"


def test_the_check_itself_sees_qt():
    """Guard against a vacuous check: importing QtCore is noticed the same way."""
    code = "import sys, PySide6.QtCore\nprint(any(m.startswith('PySide6.') for m in sys.modules))\n"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "True", r.stderr


def test_pyside6_survives_100000_void_calls():
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call and aborts."""
    code = (
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for i in range(100_000):\n"
        "    o.setObjectName('x')\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, f"exit {r.returncode}: {r.stderr[-1000:]}"
    assert r.stdout.strip() == "ok"
