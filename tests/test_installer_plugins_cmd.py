"""``orgdesigner plugins``: what IT runs to see that a plugin in the machine folder loads."""

from __future__ import annotations

import argparse
import json

import pytest

import orgdesigner_plugins as builtin_plugins
from orgdesigner.cli import plugins_cmd

GOOD = """
from orgdesigner.hookspecs import hookimpl
__version__ = "3.1"

@hookimpl
def orgdesigner_settings():
    return {"kommunetillegg.grense": 7}
"""


@pytest.fixture
def machine(tmp_path, monkeypatch):
    folder = tmp_path / "machine-plugins"
    folder.mkdir()
    monkeypatch.setenv("ORGDESIGNER_MACHINE_PLUGINS", str(folder))
    monkeypatch.setenv("ORGDESIGNER_USER_PLUGINS", str(tmp_path / "user-plugins"))
    monkeypatch.setenv("ORGDESIGNER_MACHINE_SETTINGS", str(tmp_path / "machine.json"))
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(tmp_path / "user.json"))
    return folder


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    plugins_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["plugins", *argv])
    return args.func(args)


def test_lists_builtins_and_a_machine_folder_plugin_as_json(machine, capsys):
    (machine / "kommunetillegg.py").write_text(GOOD, encoding="utf-8")
    assert run("--json", "--strict") == 0
    data = json.loads(capsys.readouterr().out)
    found = {p["name"]: p for p in data["plugins"]}
    for module in builtin_plugins.BUILTIN:
        name = module.rsplit(".", 1)[-1]
        assert found[name]["source"] == "built-in" and found[name]["status"] == "active"
    assert found["kommunetillegg"] == {
        "name": "kommunetillegg",
        "version": "3.1",
        "source": "machine folder",
        "status": "active",
        "location": str(machine / "kommunetillegg.py"),
        "problem": "",
    }
    assert data["problems"] == []


def test_a_broken_plugin_is_listed_as_failed_and_strict_says_so(machine, capsys):
    (machine / "oedelagt.py").write_text("raise RuntimeError('ødelagt med vilje')\n", encoding="utf-8")
    assert run() == 0
    table = capsys.readouterr().out
    line = next(line for line in table.splitlines() if line.startswith("oedelagt"))
    assert "maskinens programtilleggsmappe" in line and "feilet" in line
    assert "ødelagt med vilje" in table
    assert run("--strict") == 1


def test_a_disabled_plugin_is_listed_as_turned_off(machine, tmp_path, capsys):
    (machine / "kommunetillegg.py").write_text(GOOD, encoding="utf-8")
    (tmp_path / "machine.json").write_text('{"disabled_plugins": ["kommunetillegg"]}', encoding="utf-8")
    assert run("--json", "--strict") == 0
    found = {p["name"]: p for p in json.loads(capsys.readouterr().out)["plugins"]}
    assert found["kommunetillegg"]["status"] == "disabled"
