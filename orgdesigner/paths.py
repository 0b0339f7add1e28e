"""Where OrgDesigner keeps things on this platform (platformdirs), with environment overrides.

=====================  ==========================  ==============================  =====================================
folder                 Windows                     macOS                           Linux
=====================  ==========================  ==============================  =====================================
user data              %APPDATA%\\OrgDesigner       ~/Library/Application Support/  ~/.local/share/orgdesigner
user local data        %LOCALAPPDATA%\\OrgDesigner  (user data)                     (user data)
user settings          (user data)                 (user data)                     ~/.config/orgdesigner
machine data           %PROGRAMDATA%\\OrgDesigner   /Library/Application Support/   /etc/orgdesigner (or $XDG_CONFIG_DIRS)
log                    %LOCALAPPDATA%\\…\\Logs       ~/Library/Logs/OrgDesigner      ~/.local/state/orgdesigner/log
=====================  ==========================  ==============================  =====================================

``ORGDESIGNER_DATA_DIR``, ``ORGDESIGNER_CONFIG_DIR`` and ``ORGDESIGNER_LOG_DIR``
override the user folders (tests, IT). Qt-free; nothing is created here.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

from platformdirs.api import PlatformDirsABC

APP = "OrgDesigner"
APP_LOWER = "orgdesigner"


def _dirs(roaming: bool = True) -> PlatformDirsABC:
    """platformdirs for the running platform (chosen per call, so tests can pretend another)."""
    if sys.platform == "win32":
        from platformdirs.windows import Windows

        return Windows(APP, appauthor=False, roaming=roaming)
    if sys.platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(APP)
    from platformdirs.unix import Unix

    return Unix(APP_LOWER)


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None


def user_data_dir() -> Path:
    """Per-user data (user plugins; roams with the user on Windows)."""
    return _env_path("ORGDESIGNER_DATA_DIR") or Path(_dirs().user_data_dir)


def user_local_data_dir() -> Path:
    """Per-user, per-machine data (recovery copies): %LOCALAPPDATA% on Windows."""
    env = _env_path("ORGDESIGNER_DATA_DIR")
    if env:
        return env
    if sys.platform == "win32":
        return Path(_dirs(roaming=False).user_data_dir)
    return user_data_dir()


def user_config_dir() -> Path:
    """Per-user settings (settings.json, remembered import mappings)."""
    env = _env_path("ORGDESIGNER_CONFIG_DIR")
    if env:
        return env
    if sys.platform in ("win32", "darwin"):
        return user_data_dir()
    return Path(_dirs().user_config_dir)


def machine_data_dir() -> Path:
    """Machine-wide folder IT fills (settings.json, plugins).

    On Linux ``/etc/orgdesigner``, or the first folder of ``$XDG_CONFIG_DIRS``
    when it names one other than ``/etc/xdg``.
    """
    if sys.platform in ("win32", "darwin"):
        return Path(_dirs().site_data_dir)
    first = next((d for d in os.environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep) if d.strip()), "")
    return Path(first) / APP_LOWER if first and first != "/etc/xdg" else Path("/etc") / APP_LOWER


def user_log_dir() -> Path:
    """Where the log file goes (Hjelp → Om shows it)."""
    return _env_path("ORGDESIGNER_LOG_DIR") or Path(_dirs(roaming=False).user_log_dir)


def resources_dir() -> Path:
    """``orgdesigner/resources`` (translations, icons) through importlib.resources.

    The same call finds them in a source checkout, an installed wheel and a
    PyInstaller bundle (which puts package data under ``_MEIPASS/orgdesigner``).
    """
    return Path(str(importlib.resources.files("orgdesigner") / "resources"))
