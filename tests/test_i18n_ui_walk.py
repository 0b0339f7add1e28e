"""A walk of the running app in nynorsk and in English: every menu, every dock, every dialog the
menus open, every page of the import wizard; fails on text still in bokmål (a bokmål source shown
untranslated, or a word only bokmål uses), with the project's data (names of units and people)
left out. A recording translator also checks that every Norwegian text the app looks up is in the
catalogue under the context it is looked up in (else it could never be translated)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from i18n_scan import looks_norwegian
from i18n_walk import (
    Recorder,
    action_texts,
    menu_actions,
    menu_texts,
    normalise,
    trigger_and_read,
    untranslated_sources,
    widget_texts,
    with_words,
)
from test_i18n_ui_catalogue import BOKMAAL_ONLY, ENGLISH_LEAK, TRANSLATIONS, messages, translations_of

from orgdesigner.ui import app as app_module
from orgdesigner.ui.settings_dialog import LANGUAGE_NAMES

# menu entries that end the session or replace the project rather than open a dialog
NOT_TRIGGERED = {"act_quit", "act_new"}


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    base = tmp_path_factory.mktemp("resources")
    folder = base / "translations"
    folder.mkdir()
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(folder / (ts.stem + ".qm"))], check=True)
    return base


def _sources(lang: str) -> dict[str, str]:
    """bokmål source → its translation (first form) in ``lang``."""
    return {
        src: translations_of(m)[0]
        for (_c, src), m in messages(TRANSLATIONS / f"orgdesigner_{lang}.ts").items()
    }


def _data_values(project) -> set[str]:
    values = {project.name, project.title() or ""}
    for sc in project.scenarios.values():
        values.add(sc.name)
        values.update(u.name for u in sc.units.values())
    values.update(p.name for p in project.persons.values())
    values.update(p.employee_no for p in project.persons.values())
    values.update(p.title or "" for p in project.positions.values())
    for src in project.sources.values():
        values.add(src.name)
        values.update(u.name for u in src.units.values())  # the current organisations' units
    # proper nouns and names that stay as they are in every language: a place name in an
    # example, and each language named in itself in Innstillinger
    values.add("Lillestrøm")
    values.update(name for _code, name in LANGUAGE_NAMES)
    for loc in project.locations.values():
        values.update((loc.name, getattr(loc, "address", "") or ""))
    return {v for v in values if v}


STAFF_TITLE = "Fet kommune – ansatte"
STAFF_SHEET = "Ansatte"


def _staff_file(folder: Path) -> Path:
    from test_import_support import HEADERS, staff_rows, write_xlsx

    rows = [[STAFF_TITLE], [], HEADERS, *staff_rows(4)]
    return write_xlsx(folder / "fet.xlsx", {STAFF_SHEET: rows})


# Qt's own texts (buttons, print and file dialogs) whose nn/en wording looks like one of our
# bokmål sources: asked from Qt's catalogue at test time, so they are what Qt really shows
QT_OWN = [
    ("QPlatformTheme", "Cancel"),
    ("QPlatformTheme", "Close"),
    ("QPlatformTheme", "Abort"),
    ("QPlatformTheme", "Discard"),
    ("QPrintDialog", "Print"),
    ("QPrintPreviewDialog", "Print"),
    ("QPageSetupWidget", "Portrait"),
    ("QPageSetupWidget", "Landscape"),
]


class Walk:
    """The texts one walk found, with what the checks need."""

    def __init__(self, texts: set[str], opened: list[str], lookups: set[tuple[str, str]], values: set[str]):
        self.texts, self.opened, self.lookups, self.values = texts, opened, lookups, values
        self.qt_own: set[str] = set()
        self.lang = ""


@pytest.fixture(scope="module", params=["nn", "en"])
def walk(request, qapp, compiled, tmp_path_factory) -> Walk:
    """Start the app on the demo project in the language, open everything, read every text."""
    from PySide6.QtCore import QCoreApplication

    from orgdesigner.demo import build_demo_project
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.main_window import MainWindow
    from orgdesigner_plugins.staff_import.wizard_qt import ImportWizard

    lang = request.param
    mp = pytest.MonkeyPatch()
    base = tmp_path_factory.mktemp(f"walk-{lang}")
    for name in ("DATA", "CONFIG", "LOG"):
        mp.setenv(f"ORGDESIGNER_{name}_DIR", str(base / name.lower()))
    mp.setenv("ORGDESIGNER_USER_SETTINGS", str(base / "config" / "settings.json"))
    mp.setenv("ORGDESIGNER_MACHINE_SETTINGS", str(base / "machine.json"))
    mp.setattr(app_module, "resources_dir", lambda: compiled)
    from PySide6.QtCore import QSettings

    # the server dialogs remember the last server in QSettings: start from none, as a new user
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(base / "qsettings"))
    installed = app_module.install_translators(qapp, lang)
    recorder = Recorder()
    qapp.installTranslator(recorder)
    win = wizard = None
    try:
        project = build_demo_project()
        win = MainWindow()
        win.controller.set_project(project, None)
        win.install_plugins(create_manager())
        win.show()
        QCoreApplication.processEvents()
        found = widget_texts(win)
        for menu_action in win.menuBar().actions():
            found |= menu_texts(menu_action.menu())
        sc = win.controller.scenario()
        top = next(u.id for u in sc.units.values() if u.parent_id is None)
        for uid in (top, None):  # the chart's context menus, on a box and on the empty area
            found |= menu_texts(win.chart.build_menu(uid))
        values = _data_values(project)  # before the edit: the new unit's default name is ours
        win.controller.select([("unit", top)])
        win.actions.add_child.trigger()  # one edit: its undo text in Rediger, the history and the stack
        win.outline.closePersistentEditor(win.outline.currentIndex())
        found |= action_texts(win.actions.undo) | widget_texts(win.history_dock)
        assert win.controller.undo_stack.undoText(), "the edit left an undo step to read"
        found |= {win.controller.undo_stack.undoText()}
        opened: list[str] = []
        for menu_action in win.menuBar().actions():
            for action in list(menu_actions(menu_action.menu())):
                if action.objectName() in NOT_TRIGGERED or not action.objectName():
                    continue
                if action.text().rstrip().endswith(("…", "...")) or action.objectName() in OPENS_A_DIALOG:
                    trigger_and_read(win, action, found, opened)
        wizard = ImportWizard(win.controller, path=str(_staff_file(base)))
        wizard.show()
        for _page in range(3):
            found |= widget_texts(wizard)
            wizard.next()
        found |= widget_texts(wizard)
        values |= {STAFF_TITLE, STAFF_SHEET, "fet.xlsx"}
        from test_import_support import HEADERS

        values |= {str(h) for h in HEADERS}
        result = Walk(found, opened, set(recorder.lookups), values)
        result.qt_own = {QCoreApplication.translate(c, s) for c, s in QT_OWN}
        result.lang = lang
        yield result
    finally:
        if wizard is not None:
            wizard.reject()
            wizard.deleteLater()
        if win is not None:
            win.controller.undo_stack.setClean()
            win.close()
            win.deleteLater()
        qapp.removeTranslator(recorder)
        for t in installed:
            qapp.removeTranslator(t)
        mp.undo()


OPENS_A_DIALOG = {"act_about", "act_shortcuts", "act_scenario_delete", "act_save"}


def test_no_label_shows_a_literal_ampersand(walk):
    from i18n_walk import ORPHAN_MNEMONICS

    assert ORPHAN_MNEMONICS == set()


def test_the_walk_opened_the_dialogs(walk):
    assert len(walk.opened) >= 20, walk.opened
    assert {"about_dialog", "shortcuts_dialog", "settings_dialog", "QFileDialog"} <= set(walk.opened)


def test_no_text_of_our_catalogue_is_left_in_bokmaal(walk):
    left = untranslated_sources(walk.texts, _sources(walk.lang), walk.qt_own, walk.values)
    assert left == [], f"{len(left)} texts still in bokmål in {walk.lang}:\n" + "\n".join(left)


def test_every_norwegian_text_looked_up_is_in_the_catalogue_under_its_context(walk):
    """self.tr() asks each class of the object's MRO in turn, so a text counts as found when one
    of the contexts it was looked up under has it."""
    ours = set(messages(TRANSLATIONS / "orgdesigner_nb.ts"))
    contexts: dict[str, set[str]] = {}
    for ctx, src in walk.lookups:
        if looks_norwegian(src) and not re.fullmatch(r"Q[A-Z]\w+", ctx):  # Qt's own contexts: English
            contexts.setdefault(src, set()).add(ctx)
    lost = sorted(
        (sorted(ctxs), src) for src, ctxs in contexts.items() if not any((c, src) in ours for c in ctxs)
    )
    assert lost == [], "looked up where lupdate does not file them (never translatable):\n" + "\n".join(
        map(str, lost)
    )


def test_no_bokmaal_word_anywhere_in_the_app(walk):
    words = BOKMAAL_ONLY if walk.lang == "nn" else ENGLISH_LEAK
    left = [
        t
        for t in with_words(walk.texts, words, walk.values)
        if normalise(t) not in {normalise(q) for q in walk.qt_own}
    ]
    assert left == [], f"{len(left)} texts with bokmål words in {walk.lang}:\n" + "\n".join(left)


def test_qt_file_dialog_is_translated(qapp, qtbot, compiled, monkeypatch):
    """Qt's own file dialog (the widget one, as on a system without a native dialog) in nn."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(app_module, "resources_dir", lambda: compiled)
    for lang, look_in in (("nn", "&Leit i:"), ("en", "&Look in:"), ("nb", "&Se i:")):
        installed = app_module.install_translators(qapp, lang)
        try:
            dialog = QFileDialog()
            dialog.setOption(QFileDialog.DontUseNativeDialog)
            qtbot.addWidget(dialog)
            texts = widget_texts(dialog)
            assert look_in in texts, (lang, sorted(texts))
            if lang == "nn":  # nothing of Qt's English left
                assert not {"&Look in:", "Files of &type:", "Cancel", "Back"} & texts, sorted(texts)
        finally:
            for t in installed:
                qapp.removeTranslator(t)


def test_the_source_is_not_a_translation():
    """The walk compares against the nb sources; make sure the nn/en files are not copies of them."""
    for lang in ("nn", "en"):
        same = [s for s, t in _sources(lang).items() if s == t]
        assert len(same) < len(_sources(lang)) * (0.35 if lang == "nn" else 0.1), (lang, len(same))
