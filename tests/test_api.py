"""The public plugin API: what it offers, the API version check, and the panel context."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from orgdesigner import api
from orgdesigner.hookspecs import API_VERSION, api_compatibility
from orgdesigner.plugins import ACTIVE, FAILED, create_manager


def _manager(tmp_path, files: dict[str, str]):
    folder = tmp_path / "user-plugins"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    return create_manager(
        builtins=[], entry_points=False, user_dir=folder, machine_dir=tmp_path / "none", disabled=[]
    )


PLUGIN = """
from orgdesigner.api import Finding, Validator, hookimpl

ORGDESIGNER_API = {version!r}

@hookimpl
def orgdesigner_validators():
    return [Validator("{name}.rule", "Regel", "info", lambda p, s, settings: [])]
"""


def test_every_name_in_all_is_there_and_api_needs_no_qt():
    assert all(hasattr(api, name) for name in api.__all__)
    code = "import sys, orgdesigner.api; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "declared, ok, warns",
    [
        (None, True, False),
        (API_VERSION, True, False),
        ("1", True, False),
        ("1.x", True, False),
        ("1.0", True, False),
        ("1.99", True, True),
        ("2.0", False, True),
        ("0.9", False, True),
        ("en", False, True),
    ],
)
def test_api_compatibility(declared, ok, warns):
    assert api_compatibility(declared) == (ok, api_compatibility(declared)[1])
    allowed, problem = api_compatibility(declared)
    assert allowed is ok
    assert bool(problem) is warns


def test_manager_refuses_a_plugin_for_another_major_version(tmp_path):
    pm = _manager(
        tmp_path,
        {
            "gammel": PLUGIN.format(version="0.3", name="gammel"),
            "ny": PLUGIN.format(version="1.7", name="ny"),
            "riktig": PLUGIN.format(version=API_VERSION, name="riktig"),
        },
    )
    assert pm.info("gammel").status == FAILED
    assert "0.3" in pm.info("gammel").problem
    assert pm.info("ny").status == ACTIVE and pm.info("riktig").status == ACTIVE
    assert [v.id for v in pm.validators()] == ["ny.rule", "riktig.rule"]
    messages = {p.name: p.message for p in pm.problems}
    assert "nyere enn" in messages["ny"] and "riktig" not in messages


def test_builtins_declare_the_current_api():
    import importlib

    import orgdesigner_plugins

    for module in orgdesigner_plugins.BUILTIN:
        declared = getattr(importlib.import_module(module), "ORGDESIGNER_API", None)
        assert declared is None or api_compatibility(declared) == (True, ""), module


def test_tr_without_qt_returns_the_text():
    assert api.tr("eksempel", "Antall årsverk") == "Antall årsverk"


def test_panel_context_gives_project_scenario_selection_and_undoable_edits(qtbot):
    from test_metrics_fixtures import small_project

    from orgdesigner.ui.controller import DocumentController

    controller = DocumentController(small_project())
    ctx = api.PanelContext(controller)
    seen = []
    ctx.edited.connect(lambda *_a: seen.append("edited"))
    assert ctx.project is controller.project
    assert ctx.scenario() is controller.scenario()
    ctx.run(api.SetSettings({"span.warn": 3}, text="grense"))
    assert ctx.project.setting("span.warn") == 3 and seen == ["edited"]
    controller.undo_stack.undo()
    assert ctx.project.setting("span.warn") != 3
    assert not hasattr(controller, "_metric_panels_engines")


def test_the_qt_part_of_the_api_has_the_panel_helpers():
    from orgdesigner import api_qt

    assert all(hasattr(api_qt, name) for name in api_qt.__all__)
    assert {"RefreshScheduler", "on_screen"} <= set(api_qt.__all__)
