"""The gettext catalogues of the Qt-free text: complete, in step with the source, and used."""

from __future__ import annotations

import importlib.util
import re
import threading
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from orgdesigner import i18n
from orgdesigner.i18n import _, count_text, ngettext, using_language

REPO = Path(__file__).resolve().parent.parent
LOCALE = REPO / "orgdesigner" / "resources" / "locale"
_spec = importlib.util.spec_from_file_location("translations_script", REPO / "scripts" / "translations.py")
translations_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations_script)


@pytest.fixture(autouse=True)
def _fresh_language():
    i18n.set_language(None)
    yield
    i18n.set_language(None)


def catalogue(language: str):
    with (LOCALE / language / "LC_MESSAGES" / "orgdesigner.po").open("rb") as fp:
        return read_po(fp, locale=language)


def test_extraction_matches_the_committed_pot():
    """Marking a new string without running «extract» and «update» fails here."""
    with (LOCALE / "orgdesigner.pot").open("rb") as fp:
        committed = translations_script.msgids(read_po(fp))
    extracted = translations_script.msgids(translations_script.extract())
    assert extracted - committed == set(), "new text: python scripts/translations.py extract && update"
    assert committed - extracted == set(), "text no longer in the source: extract && update"


@pytest.mark.parametrize("language", ["nn", "en"])
def test_every_message_translated_not_fuzzy_with_all_plural_forms(language):
    cat = catalogue(language)
    with (LOCALE / "orgdesigner.pot").open("rb") as fp:
        assert translations_script.msgids(cat) == translations_script.msgids(read_po(fp))
    assert cat.num_plurals == 2
    assert translations_script.untranslated(cat) == []
    for message in cat:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(re.findall(r"\{\w*\}", ids[-1]))
        for form in forms:  # the same placeholders, or .format() raises or drops a value
            assert set(re.findall(r"\{\w*\}", form)) <= wanted | {"{n}"}, (message.id, form)
            assert set(re.findall(r"\{\w*\}", form)) >= wanted - {"{n}"}, (message.id, form)


def test_the_check_command_passes_on_the_committed_catalogues(capsys):
    assert translations_script.cmd_check() == 0, capsys.readouterr().out


def test_text_follows_the_current_language_and_an_override():
    assert _("prosjektfilen") == "prosjektfilen"
    i18n.set_language("nn")
    assert _("prosjektfilen") == "prosjektfila"
    with using_language("en") as lang:
        assert lang == "en" and _("prosjektfilen") == "the project file"
        with using_language(None):
            assert _("prosjektfilen") == "the project file"
    assert _("prosjektfilen") == "prosjektfila"
    assert _("prosjektfilen", language="en") == "the project file"
    assert _("ingen slik tekst i katalogen") == "ingen slik tekst i katalogen"


def test_an_export_language_is_per_thread():
    """Another thread (an export in the background) does not change the UI's language."""
    seen = {}

    def export():
        with using_language("en"):
            seen["export"] = _("prosjektfilen")
            barrier.wait()
            barrier.wait()

    barrier = threading.Barrier(2)
    worker = threading.Thread(target=export)
    worker.start()
    barrier.wait()
    seen["ui"] = _("prosjektfilen")
    barrier.wait()
    worker.join()
    assert seen == {"export": "the project file", "ui": "prosjektfilen"}


@pytest.mark.parametrize(
    "language, one, many",
    [
        ("nb", "1 advarsel", "1\u00a0449 advarsler"),
        ("nn", "1 åtvaring", "1\u00a0449 åtvaringar"),
        ("en", "1 warning", "1,449 warnings"),
    ],
)
def test_plurals_with_grouped_numbers(language, one, many):
    with using_language(language):
        assert count_text("{n} advarsel", "{n} advarsler", 1) == one
        assert count_text("{n} advarsel", "{n} advarsler", 1449) == many
        assert ngettext("{n} advarsel", "{n} advarsler", 0).format(n=0).endswith(many.split()[-1])


def test_language_from_settings(tmp_path, monkeypatch):
    settings = tmp_path / "settings.json"
    settings.write_text('{"language": "nn"}', encoding="utf-8")
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(settings))
    i18n.set_language(None)
    assert i18n.current_language() == "nn" and _("prosjektfilen") == "prosjektfila"


def test_po_read_directly_when_not_compiled(tmp_path, monkeypatch):
    """A checkout without the build step still translates (the .po is read); a stale .mo is ignored."""
    folder = tmp_path / "locale" / "nn" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "orgdesigner.po"
    po.write_bytes((LOCALE / "nn" / "LC_MESSAGES" / "orgdesigner.po").read_bytes())
    monkeypatch.setattr(i18n, "locale_dir", lambda: tmp_path / "locale")
    i18n.translations.cache_clear()
    try:
        assert _("prosjektfilen", language="nn") == "prosjektfila"
        (folder / "orgdesigner.mo").write_bytes(b"not a catalogue")
        import os

        os.utime(folder / "orgdesigner.mo", (po.stat().st_mtime - 10,) * 2)
        i18n.translations.cache_clear()
        assert _("prosjektfilen", language="nn") == "prosjektfila"
    finally:
        i18n.translations.cache_clear()


def test_compiled_mo_is_used(tmp_path, monkeypatch):
    monkeypatch.setattr(translations_script, "LOCALE", tmp_path)
    for language in ("nn", "en"):
        target = tmp_path / language / "LC_MESSAGES"
        target.mkdir(parents=True)
        (target / "orgdesigner.po").write_bytes(
            (LOCALE / language / "LC_MESSAGES" / "orgdesigner.po").read_bytes()
        )
    assert translations_script.cmd_compile() == 0
    monkeypatch.setattr(i18n, "locale_dir", lambda: tmp_path)
    i18n.translations.cache_clear()
    try:
        assert (tmp_path / "en" / "LC_MESSAGES" / "orgdesigner.mo").stat().st_size > 100
        assert _("prosjektfilen", language="en") == "the project file"
    finally:
        i18n.translations.cache_clear()


@pytest.fixture
def small_orgd(tmp_path):
    from test_metrics_fixtures import small_project

    from orgdesigner.storage import save

    path = tmp_path / "liten.orgd"
    save(small_project(), path)
    return path


@pytest.mark.parametrize(
    "argv_head, first_line",
    [
        ([], "Alternativ «A»: 0 feil, 2 advarsler, 0 info – 0 brudd på prinsipper"),
        (["--lang", "nn"], "Alternativ «A»: 0 feil, 2 åtvaringar, 0 info – 0 brot på prinsipp"),
        (["--lang=en"], "Scenario «A»: 0 errors, 2 warnings, 0 info – 0 principle breaches"),
    ],
)
def test_cli_lang_before_or_after_the_command(small_orgd, capsys, argv_head, first_line):
    from orgdesigner.cli import run

    assert run([*argv_head, "validate", str(small_orgd)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == first_line
    assert run(["validate", str(small_orgd), *argv_head]) == 0
    assert capsys.readouterr().out.splitlines()[0] == first_line
    assert i18n.current_language() == "nb"  # one run's language does not stay


def test_cli_json_keys_stay_and_unknown_language_is_refused(small_orgd, capsys):
    import json

    from orgdesigner.cli import run

    run(["validate", str(small_orgd), "--json"])
    nb = json.loads(capsys.readouterr().out)
    run(["validate", str(small_orgd), "--json", "--lang", "en"])
    en = json.loads(capsys.readouterr().out)
    assert nb.keys() == en.keys() and nb["counts"] == en["counts"]
    assert [f["severity"] for f in nb["findings"]] == [f["severity"] for f in en["findings"]]
    assert run(["--lang", "de", "validate", str(small_orgd)]) == 2
    assert "ukjent språk «de»" in capsys.readouterr().err


def test_cli_help_in_english(capsys):
    from orgdesigner.cli import run

    with pytest.raises(SystemExit):
        run(["--lang", "en", "validate", "--help"])
    out = capsys.readouterr().out
    assert "check a scenario against the principles" not in out  # that is the list entry, not this page
    assert "Runs every validator on one scenario." in out and "the project file" in out
