"""Where OrgDesigner keeps things, and the machine-wide and per-user settings files.

A kommune's IT can pre-fill a machine-wide JSON settings file (for example
``{"disabled_plugins": ["x"], "span.warn": 25, "language": "nb"}``); the user's
own file overrides it. Bad JSON never stops the app: the problem is logged,
kept in :attr:`Settings.problems` for the app to show, and defaults are used. Environment variables override every folder (for tests and
for IT): ``ORGDESIGNER_DATA_DIR``, ``ORGDESIGNER_CONFIG_DIR``,
``ORGDESIGNER_MACHINE_SETTINGS``, ``ORGDESIGNER_USER_SETTINGS``,
``ORGDESIGNER_USER_PLUGINS``, ``ORGDESIGNER_MACHINE_PLUGINS``. Qt-free.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths
from .i18n import _

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # problems reach users through Settings.problems

APP = paths.APP
APP_LOWER = paths.APP_LOWER
SETTINGS_FILE = "settings.json"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None


# the folders themselves come from platformdirs (orgdesigner.paths)
user_data_dir = paths.user_data_dir
user_local_data_dir = paths.user_local_data_dir
machine_data_dir = paths.machine_data_dir
user_config_dir = paths.user_config_dir


def machine_settings_path() -> Path:
    return _env_path("ORGDESIGNER_MACHINE_SETTINGS") or machine_data_dir() / SETTINGS_FILE


def user_settings_path() -> Path:
    return _env_path("ORGDESIGNER_USER_SETTINGS") or user_config_dir() / SETTINGS_FILE


def user_plugin_dir() -> Path:
    return _env_path("ORGDESIGNER_USER_PLUGINS") or user_data_dir() / "plugins"


def machine_plugin_dir() -> Path:
    return _env_path("ORGDESIGNER_MACHINE_PLUGINS") or machine_data_dir() / "plugins"


@dataclass
class Settings:
    """Settings read from one JSON file; ``problems`` holds bokmål messages."""

    path: Path
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    @property
    def disabled_plugins(self) -> list[str]:
        value = self.values.get("disabled_plugins", [])
        return [str(v) for v in value] if isinstance(value, list) else []


def load_settings(path: Path) -> Settings:
    """Read a JSON settings file safely: missing → empty; bad → problem recorded, empty."""
    settings = Settings(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return settings
    except (OSError, UnicodeDecodeError) as exc:
        settings.problems.append(
            _("Kan ikke lese innstillingsfilen «{path}»: {exc}").format(path=path, exc=exc)
        )
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            settings.problems.append(
                _(
                    "Innstillingsfilen «{path}» er ikke gyldig JSON (linje {value}); standardverdier brukes"
                ).format(path=path, value=getattr(exc, "lineno", "?"))
            )
        else:
            if isinstance(data, dict):
                settings.values = data
            else:
                settings.problems.append(
                    _(
                        "Innstillingsfilen «{path}» skal inneholde et JSON-objekt; standardverdier brukes"
                    ).format(path=path)
                )
            disabled = settings.values.get("disabled_plugins", [])
            if not isinstance(disabled, list):
                settings.problems.append(
                    _("«disabled_plugins» i «{path}» skal være en liste; den ignoreres").format(path=path)
                )
    for message in settings.problems:
        log.warning("%s", message)
    return settings


def machine_settings() -> Settings:
    """The machine-wide settings file that IT can pre-fill."""
    return load_settings(machine_settings_path())


def user_settings() -> Settings:
    """The user's own settings file."""
    return load_settings(user_settings_path())


def save_user_settings(values: dict[str, Any]) -> Path:
    """Write the user's settings file atomically; returns its path."""
    path = user_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def effective_settings() -> dict[str, Any]:
    """Machine settings overridden by user settings; ``disabled_plugins`` is the union."""
    machine, user = machine_settings(), user_settings()
    merged = {**machine.values, **user.values}
    merged["disabled_plugins"] = sorted({*machine.disabled_plugins, *user.disabled_plugins})
    return merged


_PLUGIN_DEFAULTS: dict[str, Any] = {}


def install_site_defaults(plugin_defaults: dict[str, Any] | None = None) -> dict[str, Any]:
    """Make the settings files, over the plugins' defaults, what every project falls back on.

    The lookup chain of ``Project.setting(key)``: the project's own settings,
    then the user's file, the machine's file, the plugins' ``orgdesigner_settings``
    defaults (``plugin_defaults``; None keeps the last ones given), then the
    built-in defaults. Keys like ``span.warn`` that IT pre-fills reach the
    validators and metrics this way.
    """
    from .model.project import set_site_defaults

    if plugin_defaults is not None:
        _PLUGIN_DEFAULTS.clear()
        _PLUGIN_DEFAULTS.update(plugin_defaults)
    values = {**_PLUGIN_DEFAULTS, **effective_settings()}
    set_site_defaults(values)
    return values
