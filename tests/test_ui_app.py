"""Starting the app: translations (nb source, nn/en files, our bokmål for Qt's buttons) and a smoke run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from orgdesigner.ui import app as app_module

TRANSLATIONS = Path(__file__).resolve().parents[1] / "orgdesigner" / "resources" / "translations"


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def compiled(tmp_path):
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(folder / (ts.stem + ".qm"))], check=True)
    return tmp_path / "resources"


@pytest.fixture
def translators(qapp, compiled, monkeypatch):
    monkeypatch.setattr(app_module, "resources_dir", lambda: compiled)
    installed = []

    def install(language):
        installed.extend(app_module.install_translators(qapp, language))
        return installed

    yield install
    for t in installed:
        qapp.removeTranslator(t)


def _messages(lang: str, context: str) -> dict[str, tuple[str, str]]:
    root = ET.parse(TRANSLATIONS / f"orgdesigner_{lang}.ts").getroot()
    out = {}
    for ctx in root.findall("context"):
        if (ctx.findtext("name") or "") == context:
            for m in ctx.findall("message"):
                tr = m.find("translation")
                out[m.findtext("source")] = (tr.text or "", tr.get("type", ""))
    return out


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_every_main_action_is_translated(lang):
    actions = _messages(lang, "Actions")
    assert len(actions) > 40
    missing = [s for s, (t, kind) in actions.items() if not t or kind == "unfinished"]
    assert missing == []
    menus = _messages(lang, "")
    for title in ["&Fil", "&Rediger", "&Vis", "&Alternativ", "&Hjelp"]:
        assert menus[title][0] and menus[title][1] != "unfinished"


def test_english_menus_after_installing_translators(translators, qtbot, tmp_path, monkeypatch):
    translators("en")
    assert QCoreApplication.translate("Actions", "&Lagre") == "&Save"
    from ui_support import make_window

    win = make_window(qtbot, tmp_path, monkeypatch)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[:3] == ["&File", "&Edit", "&View"]
    assert win.actions.move_to.text() == "&Move To …"


def test_nynorsk_and_our_bokmaal_for_qt(translators):
    translators("nb")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("Actions", "&Lagre") == "&Lagre"  # the source is bokmål


def test_nynorsk(translators):
    translators("nn")
    assert QCoreApplication.translate("Actions", "&Lagre") == "&Lagra"


def test_language_setting_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(tmp_path / "settings.json"))
    (tmp_path / "settings.json").write_text('{"language": "nn"}')
    monkeypatch.setenv("ORGDESIGNER_MACHINE_SETTINGS", str(tmp_path / "none.json"))
    assert app_module.choose_language() == "nn"
    (tmp_path / "settings.json").write_text('{"language": "xx"}')
    assert app_module.choose_language() in ("nb", "nn", "en")


def test_app_starts_opens_a_file_and_quits_for_smoke_tests(tmp_path):
    from ui_support import small_project

    from orgdesigner.storage import save

    path = tmp_path / "liten.orgd"
    save(small_project(), path)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ORGDESIGNER_SMOKE_EXIT_MS="300",
        ORGDESIGNER_DATA_DIR=str(tmp_path / "data"),
        ORGDESIGNER_CONFIG_DIR=str(tmp_path / "config"),
    )
    code = (
        "import sys; from orgdesigner.ui.app import run_app; from PySide6.QtWidgets import QApplication;"
        "rc = run_app(sys.argv[1]); w = [x for x in QApplication.topLevelWidgets() if x.objectName() == 'main_window'][0];"
        "print('TITLE', w.windowTitle()); print('UNITS', len(w.controller.scenario().units)); sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "TITLE Testkommune (liten.orgd)[*] – OrgDesigner" in done.stdout  # project name, then file
    assert "UNITS 7" in done.stdout
