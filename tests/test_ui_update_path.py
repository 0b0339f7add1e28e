"""The window's update path at any size: what waits, what is kept, what is loaded late."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ui_support import small_project

from orgdesigner.model import ops
from orgdesigner.plugins import create_manager

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def pm():
    return create_manager(
        entry_points=False, user_dir="/nonexistent-u", machine_dir="/nonexistent-m", disabled=[]
    )


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, pm):
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow(plugins=pm)
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.controller.set_project(small_project(), None)
    win.chart.chart.animate = False
    win.show()
    qtbot.waitExposed(win)
    return win


def test_badges_show_the_findings_panels_run(window, qtbot) -> None:
    """The chart's badges come from the panel's findings; the validators run once per change."""
    panel, scene = window.analysis_ui.findings, window.chart.chart
    assert scene.findings_from_panel
    c = window.controller
    c.run(ops.set_placement(c.project, c.scenario_id, "p4", unit_id=None))  # hjem loses its only position
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        pass
    by_unit: dict[str, int] = {}
    for f in panel.findings:
        for uid in f.unit_ids:
            by_unit[uid] = by_unit.get(uid, 0) + 1
    assert by_unit, "the built-in validators find something in the test project"
    for uid, n in by_unit.items():
        assert scene.data.boxes[uid].findings == n
    assert not scene._findings_timer.isActive()  # the chart does not run them a second time


def test_switching_back_to_an_alternative_keeps_its_chart_and_catches_up(window, qtbot) -> None:
    c = window.controller
    first = c.scenario_id
    scene = window.chart.chart
    scene.toggle("oppv")  # collapse something, to see it kept
    data_a = scene.data
    c.run(ops.copy_scenario(c.project, first, "Alternativ B", "sB"))
    c.set_scenario("sB")
    assert scene.data is not data_a and scene.data.scenario_id == "sB"
    # an edit of A while B is shown
    c.project.scenarios[first]  # noqa: B018 (still there)
    c.run(ops.set_placement(c.project, first, "p2", unit_id="kd"))
    c.set_scenario(first)
    assert scene.data is data_a  # the kept box data, not a rebuild
    assert "oppv" in scene.collapsed
    assert scene.data.boxes["kd"].persons == 2  # p1 and the moved p2
    assert scene.data.boxes["skole"].persons == 1
    c.undo_stack.undo()  # and edits while shown keep working on the kept data
    assert scene.data.boxes["kd"].persons == 1


def test_hidden_metric_panels_wait_until_shown(window, qtbot) -> None:
    docks = window.analysis_ui.metric_docks
    assert docks, "the built-in metric panels are installed"
    dock = next(iter(docks.values()))
    dock.hide()
    panel = dock.widget().widget() if hasattr(dock.widget(), "widget") else dock.widget()
    c = window.controller
    c.run(ops.set_placement(c.project, c.scenario_id, "p5", unit_id="kd"))
    qtbot.wait(400)
    assert panel.stale  # marked, not recomputed off screen
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: not panel.stale, timeout=3000)


def test_plugins_given_after_the_window_showed_add_their_panels(qtbot, tmp_path, monkeypatch, pm) -> None:
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.controller.set_project(small_project(), None)
    win.show()
    assert not win.analysis_ui.metric_docks
    win.install_plugins(pm)
    assert win.controller.plugins is pm
    assert set(win.analysis_ui.metric_docks) == {p.id for p in pm.metric_panels()}
    panel = win.analysis_ui.findings
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=3000)  # the plugins' validators now run


def run_app_env(tmp_path: Path, when: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ORGDESIGNER_SMOKE_EXIT_MS="1",
        ORGDESIGNER_EXIT_WHEN_PAINTED=when,
        ORGDESIGNER_DATA_DIR=str(tmp_path / "data"),
        ORGDESIGNER_CONFIG_DIR=str(tmp_path / "config"),
        PYTHONPATH=str(ROOT),
    )
    return env


def test_the_app_paints_the_chart_before_importing_the_plugins(tmp_path) -> None:
    from orgdesigner.storage import save

    path = tmp_path / "liten.orgd"
    save(small_project(), path)
    code = (
        "import sys; from orgdesigner.ui.app import run_app; from PySide6.QtWidgets import QApplication;"
        "rc = run_app(sys.argv[1]); w = [x for x in QApplication.topLevelWidgets() if x.objectName() == 'main_window'][0];"
        "print('UNITS', len(w.chart.chart.items_by_unit)); print('PLUGINS', bool(w.controller.plugins.plugin_infos()));"
        "print('HEAVY', sorted(m for m in ('openpyxl', 'networkx', 'numpy') if m in sys.modules)); sys.exit(rc)"
    )
    chart = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        env=run_app_env(tmp_path, "chart"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert chart.returncode == 0, chart.stderr
    assert "UNITS 7" in chart.stdout and "PLUGINS False" in chart.stdout
    assert "HEAVY []" in chart.stdout  # the chart painted without them
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        env=run_app_env(tmp_path, "plugins"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "PLUGINS True" in done.stdout


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_import_no_command(args, tmp_path) -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['orgdesigner', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('orgdesigner', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('orgdesigner.cli.') or m in "
        "('openpyxl', 'networkx', 'numpy', 'orgdesigner.config', 'orgdesigner.plugins'))\n"
        "print('LOADED', loaded)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=run_app_env(tmp_path, ""),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    loaded = r.stdout.split("LOADED", 1)[1]
    if args == ["--version"]:
        assert "OrgDesigner" in r.stdout and loaded.strip() == "[]"
    else:
        assert "orgdesigner.cli.demo" in loaded  # help lists every command


def test_a_command_imports_only_its_own_module(tmp_path) -> None:
    from orgdesigner.cli import _commands_for

    assert _commands_for(["--version"]) == []
    assert _commands_for(["import", "x.xlsx"]) == ["import_cmd"]
    assert _commands_for(["import-org", "x.xlsx"]) == ["import_org"]
    assert _commands_for(["plugins"]) == ["plugins_cmd"]
    assert len(_commands_for(["nonsense"])) > 5  # an unknown command gets argparse's list of choices


def test_short_qt_enum_names_are_cached_with_the_values_pyside_gives() -> None:
    code = (
        "import enum\n"
        "from PySide6.QtCore import Qt\n"
        "names = sorted({m.name for v in list(vars(Qt).values()) if isinstance(v, type) and issubclass(v, enum.Enum)"
        " for m in v} - set(vars(Qt)))\n"
        "before = {n: getattr(Qt, n, None) for n in names}\n"
        "from orgdesigner.ui.qt_enums import cache_short_names\n"
        "n = cache_short_names()\n"
        "assert n > 500 and cache_short_names() == 0, n\n"
        "bad = [k for k, v in before.items() if v is not None and (getattr(Qt, k) is not v or k not in vars(Qt))]\n"
        "assert not bad, bad[:5]\n"
        "assert vars(Qt)['DisplayRole'] is Qt.ItemDataRole.DisplayRole\n"
        "assert (Qt.AlignRight | Qt.AlignVCenter) == (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)\n"
        "print('OK')\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "OK" in r.stdout, r.stderr
