"""Shared test setup: Qt runs offscreen, and every test gets its own empty folders
for settings, plugins and recovery copies, so no test reads or writes the
machine's or the user's real OrgDesigner folders."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_orgdesigner_folders(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("orgdesigner-env")
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("ORGDESIGNER_LOG_DIR", str(base / "log"))
    monkeypatch.setenv("ORGDESIGNER_MACHINE_SETTINGS", str(base / "machine" / "settings.json"))
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(base / "config" / "settings.json"))
    monkeypatch.setenv("ORGDESIGNER_USER_PLUGINS", str(base / "user-plugins"))
    monkeypatch.setenv("ORGDESIGNER_MACHINE_PLUGINS", str(base / "machine" / "plugins"))
    _reset_language_and_theme()
    yield
    _reset_language_and_theme()


def _reset_language_and_theme():
    """A test that switches the language or the theme must not leave it to the next one."""
    from orgdesigner import i18n, theme

    i18n.set_language(None)
    theme.set_current(theme.LIGHT)
    try:
        from PySide6.QtCore import QLocale
    except ImportError:  # pragma: no cover - the Qt-free tests still run
        return
    QLocale.setDefault(QLocale(QLocale.NorwegianBokmal, QLocale.Norway))
