"""config.py: app folders per platform, env overrides, safe machine/user settings files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from orgdesigner import config

ENV = [
    "ORGDESIGNER_DATA_DIR",
    "ORGDESIGNER_CONFIG_DIR",
    "ORGDESIGNER_MACHINE_SETTINGS",
    "ORGDESIGNER_USER_SETTINGS",
    "ORGDESIGNER_USER_PLUGINS",
    "ORGDESIGNER_MACHINE_PLUGINS",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CONFIG_DIRS",
    "APPDATA",
    "LOCALAPPDATA",
    "PROGRAMDATA",
]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for var in ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))


def test_linux_defaults(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    home = tmp_path / "home"
    assert config.user_data_dir() == home / ".local/share/orgdesigner"
    assert config.user_plugin_dir() == home / ".local/share/orgdesigner/plugins"
    assert config.machine_plugin_dir() == Path("/etc/orgdesigner/plugins")
    assert config.machine_settings_path() == Path("/etc/orgdesigner/settings.json")
    assert config.user_settings_path() == home / ".config/orgdesigner/settings.json"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-conf"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'site-conf'}:/etc/xdg")
    assert config.user_plugin_dir() == tmp_path / "xdg-data/orgdesigner/plugins"
    assert config.user_settings_path() == tmp_path / "xdg-conf/orgdesigner/settings.json"
    assert config.machine_plugin_dir() == tmp_path / "site-conf/orgdesigner/plugins"


def test_windows_defaults(monkeypatch):
    import platformdirs.windows

    monkeypatch.setattr(sys, "platform", "win32")
    # off Windows platformdirs cannot ask the shell; read the variables Windows sets instead
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars
    )
    monkeypatch.setenv("ALLUSERSPROFILE", "C:/ProgramData")
    monkeypatch.setenv("APPDATA", "C:/Users/kari/AppData/Roaming")
    monkeypatch.setenv("LOCALAPPDATA", "C:/Users/kari/AppData/Local")
    monkeypatch.setenv("PROGRAMDATA", "C:/ProgramData")
    assert config.user_plugin_dir() == Path("C:/Users/kari/AppData/Roaming/OrgDesigner/plugins")
    assert config.machine_plugin_dir() == Path("C:/ProgramData/OrgDesigner/plugins")
    assert config.machine_settings_path() == Path("C:/ProgramData/OrgDesigner/settings.json")
    assert config.user_local_data_dir() == Path("C:/Users/kari/AppData/Local/OrgDesigner")


def test_env_overrides_everything(monkeypatch, tmp_path):
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("ORGDESIGNER_USER_PLUGINS", str(tmp_path / "up"))
    monkeypatch.setenv("ORGDESIGNER_MACHINE_PLUGINS", str(tmp_path / "mp"))
    monkeypatch.setenv("ORGDESIGNER_MACHINE_SETTINGS", str(tmp_path / "m.json"))
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(tmp_path / "u.json"))
    assert config.user_data_dir() == tmp_path / "d"
    assert config.user_local_data_dir() == tmp_path / "d"
    assert config.user_plugin_dir() == tmp_path / "up"
    assert config.machine_plugin_dir() == tmp_path / "mp"
    assert config.machine_settings_path() == tmp_path / "m.json"
    assert config.user_settings_path() == tmp_path / "u.json"


@pytest.fixture
def files(monkeypatch, tmp_path):
    monkeypatch.setenv("ORGDESIGNER_MACHINE_SETTINGS", str(tmp_path / "machine.json"))
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(tmp_path / "conf" / "user.json"))
    return tmp_path / "machine.json", tmp_path / "conf" / "user.json"


def test_missing_files_give_empty_settings(files):
    s = config.machine_settings()
    assert s.values == {} and s.problems == [] and s.disabled_plugins == []


def test_machine_settings_prefilled_by_it_and_overridden_by_user(files):
    machine, user = files
    # IT tools on Windows often write a BOM
    machine.write_text(
        json.dumps({"disabled_plugins": ["a"], "span.warn": 25, "language": "nn"}), encoding="utf-8-sig"
    )
    assert config.machine_settings().get("span.warn") == 25
    config.save_user_settings({"language": "nb", "disabled_plugins": ["b"]})
    assert json.loads(user.read_text(encoding="utf-8"))["language"] == "nb"
    merged = config.effective_settings()
    assert merged["language"] == "nb" and merged["span.warn"] == 25
    assert merged["disabled_plugins"] == ["a", "b"]
    assert [p.name for p in user.parent.iterdir()] == ["user.json"]  # no temp file left


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"span.warn": 25,,}', "ikke gyldig JSON (linje 1)"),
        ('\n\n["en", "liste"]', "skal inneholde et JSON-objekt"),
        ('{"disabled_plugins": "alle"}', "skal være en liste"),
        (b"\xff\xfe\x00garbage", "Kan ikke lese"),
    ],
)
def test_bad_settings_file_is_reported_and_defaults_used(files, text, expected, caplog):
    machine, _ = files
    if isinstance(text, bytes):
        machine.write_bytes(text)
    else:
        machine.write_text(text, encoding="utf-8")
    s = config.machine_settings()
    assert len(s.problems) == 1 and expected in s.problems[0] and "machine.json" in s.problems[0]
    assert s.disabled_plugins == []
    merged = config.effective_settings()  # never raises
    assert merged["disabled_plugins"] == []
