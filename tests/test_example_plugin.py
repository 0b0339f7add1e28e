"""The example kommune plugin (examples/orgdesigner-plugin-eksempel), installed with pip as a
kommune would, and found through its entry point: the CLI lists it; the import menu offers its
importer and the generic wizard imports as one undo step; `export --format liste` and the export
dialog list its exporter and write with it; `validate` runs its rule with the limit from its
orgdesigner_settings; the app shows its metric panel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_metrics_fixtures import small_project

from orgdesigner.model import Placement, Position
from orgdesigner.storage import save

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "orgdesigner-plugin-eksempel"
RULE = "eksempel_store_enheter"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """``pip install --no-deps --target``: the package and its entry-point metadata, nothing else."""
    target = tmp_path_factory.mktemp("site")
    build = tmp_path_factory.mktemp("build")
    source = build / EXAMPLE.name  # a copy: setuptools leaves build/ and *.egg-info beside the sources
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    r = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
         "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300, cwd=build,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )  # fmt: skip
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    assert (target / "orgdesigner_eksempel" / "__init__.py").is_file()
    return target


@pytest.fixture
def big_unit(tmp_path) -> Path:
    """The small project with 30 more positions placed in «Skole» (over the plugin's limit 25)."""
    p = small_project()
    sc = p.scenarios["sc"]
    for n in range(30):
        p.positions[f"x{n}"] = Position(f"x{n}", None, "s1", title="Lærer", fte_percent=50)
        sc.placements[f"x{n}"] = Placement(f"x{n}", "b")
    path = tmp_path / "stor.orgd"
    save(p, path)
    return path


def _cli(installed: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    paths = os.pathsep.join([str(installed), str(ROOT)])
    return subprocess.run(
        [sys.executable, "-m", "orgdesigner", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": paths, **(env or {})},
    )


def test_the_cli_lists_the_installed_plugin(installed):
    r = _cli(installed, "plugins", "--json")
    assert r.returncode == 0, r.stderr
    plugins = {p["name"]: p for p in json.loads(r.stdout)["plugins"]}
    assert plugins["eksempel"]["version"] == "0.1.0"
    assert plugins["eksempel"]["status"] == "active"


def test_validate_runs_its_rule_with_the_limit_from_its_settings_hook(installed, big_unit, tmp_path):
    r = _cli(installed, "validate", str(big_unit), "--json")
    found = [f for f in json.loads(r.stdout)["findings"] if f["validator"] == RULE]
    assert len(found) == 1 and "(grensen er 25)" in found[0]["message"], r.stdout[-2000:]
    settings = tmp_path / "user.json"
    settings.write_text(json.dumps({f"{RULE}.limit": 40}), encoding="utf-8")
    r = _cli(installed, "validate", str(big_unit), "--json", env={"ORGDESIGNER_USER_SETTINGS": str(settings)})
    assert [f for f in json.loads(r.stdout)["findings"] if f["validator"] == RULE] == []


def test_the_app_shows_its_metric_panel(installed, qtbot, monkeypatch):
    monkeypatch.syspath_prepend(str(installed))
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.main_window import MainWindow

    pm = create_manager()
    assert pm.info("eksempel").status == "active", pm.problems
    win = MainWindow(plugins=pm)
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.controller.set_project(small_project(), None)
    dock = win.analysis_ui.metric_docks["eksempel.arsverk_panel"]
    assert dock.windowTitle() == "Årsverk (eksempel)"
    from PySide6.QtWidgets import QLabel

    label = dock.findChild(QLabel, "eksempel_arsverk")
    qtbot.waitUntil(lambda: "Årsverk: 2" in label.text())
    assert "3 stillinger" in label.text()


def test_the_examples_own_tests_pass_against_the_installed_plugin(installed):
    paths = os.pathsep.join([str(installed), str(ROOT)])
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE / "tests")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=installed,
        env={**os.environ, "PYTHONPATH": paths, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0 and "3 passed" in r.stdout, r.stdout[-3000:]


def _when_modal(qtbot, action) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        action(widget)

    QTimer.singleShot(0, poll)


def test_the_import_menu_offers_its_importer_and_imports_as_one_undo_step(
    installed, qtbot, monkeypatch, tmp_path
):
    monkeypatch.syspath_prepend(str(installed))
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow(plugins=create_manager())
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.controller.set_project(small_project(), None)
    action = win.import_ui.actions["eksempel.visma"]
    assert action.text() == "Importer Visma-liste (semikolon, eksempel)…"
    path = tmp_path / "Eksempelkommune.csv"
    path.write_text(
        "Ansattnr;Navn;Stillingskode;Stillingstittel;Stillingsprosent;Enhet;Overordnet enhet\n"
        "1001;Kari Nordmann;9451;Rektor;100;Berg skole;Oppvekst\n",
        encoding="utf-8",
    )

    def drive(wizard) -> None:
        wizard.path_edit.setText(str(path))
        wizard.next()
        wizard.accept()

    _when_modal(qtbot, drive)
    action.trigger()
    names = [s.name for s in win.controller.project.sources.values()]
    assert "Eksempelkommune" in names
    win.controller.undo_stack.undo()
    assert "Eksempelkommune" not in [s.name for s in win.controller.project.sources.values()]


def test_export_format_lists_and_writes_its_exporter(installed, tmp_path):
    p = small_project()
    save(p, tmp_path / "liten.orgd")
    r = _cli(installed, "export", str(tmp_path / "liten.orgd"), "--format", "liste")
    assert "eksempel.arsverk" in r.stdout and "Årsverk per enhet (CSV, eksempel)" in r.stdout, r.stdout
    out = tmp_path / "arsverk.csv"
    r = _cli(
        installed, "export", str(tmp_path / "liten.orgd"), "--format", "eksempel.arsverk", "-o", str(out)
    )
    assert r.returncode == 0, r.stderr
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "Enhet;Stillinger;Årsverk" and rows[1] == "Kommunedirektør;1;1,00", rows


def test_the_export_dialog_lists_and_writes_its_exporter(installed, qtbot, monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(installed))
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.controller import DocumentController
    from orgdesigner.ui.export_dialog import ExportDialog

    controller = DocumentController(small_project(), plugins=create_manager())
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert "eksempel.arsverk" in kinds
    dialog.kind.setCurrentIndex(kinds.index("eksempel.arsverk"))
    out = tmp_path / "ut.csv"
    dialog.path.setText(str(out))
    ok, message = dialog.export()
    assert ok, message
    assert out.read_text(encoding="utf-8-sig").splitlines()[2] == "Oppvekst;1;0,80"
