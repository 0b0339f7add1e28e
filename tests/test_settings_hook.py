"""orgdesigner_settings feeds the settings lookup chain: project > user file > machine file >
plugin defaults > built-in defaults, and a plugin's default changes what `validate` shows."""

from __future__ import annotations

import json

import pytest
from test_metrics_fixtures import small_project

from orgdesigner import config
from orgdesigner.cli import run
from orgdesigner.model import Project
from orgdesigner.plugins import create_manager
from orgdesigner.storage import save

PLUGIN = """
from orgdesigner.api import Finding, Validator, hookimpl

ORGDESIGNER_API = "1.0"


def check(project, scenario, settings):
    limit = settings["limit"]
    return [
        Finding("storleik", "warning", f"{u.name} har flere enn {limit} stillinger", unit_ids=[u.id])
        for u in scenario.units.values()
        if sum(1 for pl in scenario.placements.values() if pl.unit_id == u.id) > limit
    ]


@hookimpl
def orgdesigner_validators():
    return [Validator("storleik", "Enhetsstørrelse", "warning", check, settings={"limit": 100})]


@hookimpl
def orgdesigner_settings():
    return {"storleik.limit": 0, "storleik.ny_innstilling": "fra programtillegget"}
"""


@pytest.fixture
def kommune(tmp_path, monkeypatch):
    folder = tmp_path / "user-plugins"
    folder.mkdir()
    (folder / "storleik.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.setenv("ORGDESIGNER_USER_PLUGINS", str(folder))
    path = tmp_path / "liten.orgd"
    save(small_project(), path)
    yield path
    config.install_site_defaults({})  # no plugin defaults leak into other tests


def _warnings(capsys, path) -> list[str]:
    run(["validate", str(path), "--json"])
    out = json.loads(capsys.readouterr().out)
    return [f["message"] for f in out["findings"] if f["validator"] == "storleik"]


def test_a_plugin_default_changes_the_findings_and_the_user_file_still_wins(
    kommune, capsys, tmp_path, monkeypatch
):
    assert len(_warnings(capsys, kommune)) == 3  # limit 0 from orgdesigner_settings, not 100
    assert Project().setting("storleik.ny_innstilling") == "fra programtillegget"
    user = tmp_path / "user.json"
    user.write_text(json.dumps({"storleik.limit": 5}), encoding="utf-8")
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(user))
    assert _warnings(capsys, kommune) == []


def test_the_project_beats_the_plugin_default(kommune):
    create_manager()
    project = small_project()
    assert project.setting("storleik.limit") == 0
    project.settings["storleik.limit"] = 9
    assert project.setting("storleik.limit") == 9


def test_a_manager_with_explicit_disabled_leaves_the_chain_alone(kommune):
    config.install_site_defaults({})
    create_manager(disabled=[])
    assert small_project().setting("storleik.limit") is None
