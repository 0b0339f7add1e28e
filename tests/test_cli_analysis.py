"""The validate, metrics and compare commands (headless, through the real plugin manager)."""

from __future__ import annotations

import json

import pytest
from test_metrics_fixtures import small_project

from orgdesigner.cli import run
from orgdesigner.model import Placement, Position, ops
from orgdesigner.storage import save


@pytest.fixture
def isolated_plugins(tmp_path, monkeypatch):
    """No user/machine plugin folders or settings from this machine."""
    for var, sub in [
        ("ORGDESIGNER_USER_PLUGINS", "user_plugin_dir"),
        ("ORGDESIGNER_MACHINE_PLUGINS", "machine_plugin_dir"),
        ("ORGDESIGNER_DATA_DIR", "data"),
        ("ORGDESIGNER_CONFIG_DIR", "config"),
        ("ORGDESIGNER_MACHINE_SETTINGS", "machine_settings.json"),
        ("ORGDESIGNER_USER_SETTINGS", "user_settings.json"),
    ]:
        monkeypatch.setenv(var, str(tmp_path / sub))
    return tmp_path


@pytest.fixture
def orgd(tmp_path, isolated_plugins):
    p = small_project()
    ops.copy_scenario(p, "sc", "B", "sb").apply(p)
    ops.rename_unit(p, "sb", "b", "Skole og SFO").apply(p)
    ops.place_positions(p, "sb", ["p4"], "b").apply(p)
    path = tmp_path / "liten.orgd"
    save(p, path)
    return path


def test_validate_text_and_exit_zero_without_errors(orgd, capsys):
    assert run(["validate", str(orgd)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Alternativ «A»: 0 feil, 2 advarsler, 0 info – 0 brudd på prinsipper"
    assert "ADVARSEL  [leader_count] «Skole» har ingen leder." in out


def test_validate_json_and_exit_one_on_errors(tmp_path, isolated_plugins, capsys):
    p = small_project()
    sc = p.scenarios["sc"]
    for i in range(41):  # 41 direct reports for the leader of «Skole»
        p.positions[f"q{i}"] = Position(f"q{i}", title="Lærer")
        sc.placements[f"q{i}"] = Placement(f"q{i}", "b")
    sc.units["b"].leader_position_id = "p3"
    save(p, tmp_path / "bred.orgd")
    assert run(["validate", str(tmp_path / "bred.orgd"), "--scenario", "A", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["scenario"] == {"id": "sc", "name": "A"}
    assert data["counts"]["error"] == 1
    (span,) = [f for f in data["findings"] if f["validator"] == "span"]
    assert span == {
        "validator": "span",
        "severity": "error",
        "message": "Lederen av «Skole» har 41 direkte underordnede (grense 40).",
        "unit_ids": ["b"],
        "position_ids": ["p3"],
        "units": [{"id": "b", "name": "Skole"}],
        "positions": [{"id": "p3", "name": "Lærer – Ylva Bø"}],
        "category": "principle",
    }
    assert data["principle_breaches"] == 1
    assert data["findings"][0]["severity"] == "error"  # errors first


def test_metrics_json_and_text(orgd, capsys):
    assert run(["metrics", str(orgd), "--scenario", "B", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    k = data["key_figures"]
    assert (k["positions"], k["positions_placed"], k["fte_placed"], k["persons"]) == (4, 4, 2.5, 2)
    assert data["units"]["b"]["name"] == "Skole og SFO"
    assert data["units"]["r"]["total"]["positions"] == 4
    assert data["span_definition"] == "positions+subunit_leaders"
    assert run(["metrics", str(orgd)]) == 0
    out = capsys.readouterr().out
    assert "Alternativ «A»" in out and "Årsverk innplassert" in out and "Kontrollspenn = stillinger" in out


def test_compare_json_and_text(orgd, capsys):
    assert run(["compare", str(orgd), "A", "B", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["name"] for s in data["scenarios"]] == ["A", "B"]
    assert [s["key_figures"]["positions_placed"] for s in data["scenarios"]] == [3, 4]
    assert data["diff"]["renamed"] == [{"unit": "b", "old": "Skole", "new": "Skole og SFO"}]
    assert data["diff"]["positions_moved"] == [{"position": "p4", "from": None, "to": "b"}]
    assert run(["compare", str(orgd), "A", "B"]) == 0
    out = capsys.readouterr().out
    assert "Nytt navn (1):" in out and "Skole får navnet Skole og SFO" in out


@pytest.mark.parametrize("cmd", [["validate"], ["metrics"], ["compare", "A", "B"]])
def test_bad_file_and_unknown_scenario_give_messages(tmp_path, orgd, isolated_plugins, capsys, cmd):
    bad = tmp_path / "tull.orgd"
    bad.write_text("ikke en database")
    assert run([cmd[0], str(bad), *cmd[1:]]) == 2
    err = capsys.readouterr().err
    assert "tull.orgd" in err and "Traceback" not in err
    args = (
        [cmd[0], str(orgd), "--scenario", "Finnes ikke"]
        if len(cmd) == 1
        else [cmd[0], str(orgd), "A", "Finnes ikke"]
    )
    assert run(args) == 2
    assert "Fant ikke alternativet «Finnes ikke» (finnes: «A», «B»)" in capsys.readouterr().err


def test_a_broken_validator_plugin_is_reported_not_fatal(orgd, isolated_plugins, capsys):
    folder = isolated_plugins / "user_plugin_dir"
    folder.mkdir()
    (folder / "kaputt.py").write_text(
        "from orgdesigner.hookspecs import Validator, hookimpl\n"
        "def boom(project, scenario, settings):\n    raise RuntimeError('au')\n"
        "@hookimpl\ndef orgdesigner_validators():\n    return [Validator('kaputt', 'Kaputt', 'error', boom)]\n"
    )
    assert run(["validate", str(orgd)]) == 0
    captured = capsys.readouterr()
    assert "kaputt" in captured.err and "au" in captured.err
    assert "[leader_count]" in captured.out
