"""The wheel installs cleanly: a uniquely named built-ins package, translations and icons as package
data, and the app starts from a fresh virtual environment with the English translation loaded.

The wheel is built from a copy of the sources (no network: --no-build-isolation, --no-index); the
fresh venv sees the test environment's dependencies (PySide6, …) through a .pth line, but not this
checkout, so everything OrgDesigner needs must come from the wheel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = "orgdesigner/resources/translations"


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    assert r.returncode == 0, f"{cmd}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    src = tmp_path_factory.mktemp("src")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for pkg in ("orgdesigner", "orgdesigner_plugins"):
        shutil.copytree(ROOT / pkg, src / pkg, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for ts in (src / TRANSLATIONS).glob("*.ts"):  # what scripts/common.sh and installer/build.sh do
        _run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))])
    dist = tmp_path_factory.mktemp("dist")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(dist), str(src)],
        cwd=src, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )  # fmt: skip
    (found,) = dist.glob("orgdesigner-*.whl")
    return found


def test_the_wheel_holds_two_uniquely_named_packages_and_the_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
    assert tops == {"orgdesigner", "orgdesigner_plugins"}
    for lang in ("nb", "nn", "en"):
        assert f"{TRANSLATIONS}/orgdesigner_{lang}.qm" in names
    assert "orgdesigner/resources/icons/orgdesigner.svg" in names
    assert "orgdesigner_plugins/staff_import/__init__.py" in names


@pytest.fixture(scope="module")
def fresh_venv(wheel, tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(home)  # pip from ensurepip: offline
    python = home / "bin" / "python"
    site = Path(
        _run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip()
    )
    ours = Path(
        _run(
            [
                sys.executable,
                "-c",
                "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parents[1])",
            ]
        ).stdout.strip()
    )
    (site / "shared-dependencies.pth").write_text(f"{ours}\n", encoding="utf-8")  # PySide6, pluggy, …
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], env=env)
    return home


START = """
import json, sys
import orgdesigner, orgdesigner_plugins
from PySide6.QtWidgets import QApplication
from orgdesigner.ui.app import resources_dir, run_app
rc = run_app(None)
win = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
print(json.dumps({
    "rc": rc,
    "orgdesigner": orgdesigner.__file__,
    "builtins": orgdesigner_plugins.__file__,
    "resources": str(resources_dir()),
    "menus": [a.text() for a in win.menuBar().actions()],
    "docks": sorted(d.objectName() for d in win.findChildren(type(win.analysis_ui.findings_dock))),
}))
"""


def test_the_app_starts_from_the_fresh_venv_with_translations(fresh_venv, tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ORGDESIGNER_SMOKE_EXIT_MS="300",
        ORGDESIGNER_USER_SETTINGS=str(settings),
    )
    r = _run([str(fresh_venv / "bin" / "python"), "-c", textwrap.dedent(START)], cwd=tmp_path, env=env)
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["rc"] == 0
    for key in ("orgdesigner", "builtins", "resources"):
        assert out[key].startswith(str(fresh_venv)), (key, out[key])  # from the wheel, not this checkout
    assert out["menus"][0] == "&File", out["menus"]  # the English translation from the wheel
    assert "dock_metric_key_figures" in out["docks"]  # the built-ins loaded from orgdesigner_plugins


def test_the_console_script_runs(fresh_venv, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    r = _run([str(fresh_venv / "bin" / "orgdesigner"), "plugins", "--json"], cwd=tmp_path, env=env)
    names = {p["name"]: p["status"] for p in json.loads(r.stdout)["plugins"]}
    assert names["staff_import"] == "active" and names["validators"] == "active"
