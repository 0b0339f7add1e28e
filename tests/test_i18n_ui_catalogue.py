"""The Qt catalogues: lupdate finds nothing the committed .ts files lack, nn and en are complete
(plurals too), placeholders survive translation, nynorsk is not bokmål, and no Norwegian literal
in the Qt layer bypasses tr()."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from i18n_scan import scan

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "orgdesigner" / "resources" / "translations"
LANGUAGES = ("nb", "nn", "en")


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message> of every live message in a .ts file."""
    out = {}
    for ctx in ET.parse(path).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            if m.find("translation").get("type") not in ("obsolete", "vanished"):
                out[(name, m.findtext("source") or "")] = m
    return out


def translations_of(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate collects from the sources right now, into an empty catalogue."""
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    files = sorted(
        str(p) for d in ("orgdesigner/ui", "orgdesigner_plugins") for p in (ROOT / d).rglob("*.py")
    )
    subprocess.run([tool, "-locations", "none", *files, "-ts", str(out)], check=True, capture_output=True)
    return messages(out)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogue_holds_every_message_lupdate_finds(extracted, lang):
    committed = messages(TRANSLATIONS / f"orgdesigner_{lang}.ts")
    new = sorted(set(extracted) - set(committed))
    stale = sorted(set(committed) - set(extracted))
    assert new == [], f"run orgdesigner/resources/translations/update.sh and translate: {new[:20]}"
    assert stale == [], f"entries no source uses any more (run update.sh): {stale[:20]}"
    for key, message in extracted.items():
        assert message.get("numerus") == committed[key].get("numerus"), key


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_every_message_is_translated_and_finished(lang):
    unfinished = []
    for (ctx, source), message in messages(TRANSLATIONS / f"orgdesigner_{lang}.ts").items():
        forms = translations_of(message)
        kind = message.find("translation").get("type")
        expected = 2 if message.get("numerus") == "yes" else 1  # nb, nn and en: singular and plural
        if kind == "unfinished" or len(forms) != expected or not all(f.strip() for f in forms):
            unfinished.append((ctx, source))
    assert unfinished == []


def test_bokmaal_plurals_have_both_forms():
    for key, message in messages(TRANSLATIONS / "orgdesigner_nb.ts").items():
        if message.get("numerus") == "yes":
            forms = translations_of(message)
            assert len(forms) == 2 and all(forms), key
            assert forms[1] == key[1], "the plural form is the source text"


PLACEHOLDER = re.compile(r"%\d|%n|\{\d\}|\\t|\t|</?(?:b|i|p|br|h\d)>")


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_placeholders_markup_and_mnemonics_survive(lang):
    wrong = []
    for (_ctx, source), message in messages(TRANSLATIONS / f"orgdesigner_{lang}.ts").items():
        plural = message.get("numerus") == "yes"
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if not (plural and p == "%n"))
        for form in translations_of(message):
            # a singular form may spell the count out ("det første treffet"), so %n is optional there
            got = sorted(p for p in PLACEHOLDER.findall(form) if not (plural and p == "%n"))
            if got != wanted:
                wrong.append((source, form))
            if (source[:1].isspace(), source[-1:].isspace()) != (form[:1].isspace(), form[-1:].isspace()):
                wrong.append((source, form))  # text glued to other text keeps its spaces
            if (re.search(r"&[^&\s;]", source) is None) != (re.search(r"&[^&\s;]", form) is None):
                wrong.append((source, form))
    assert wrong == []


# words nynorsk never uses (the nynorsk forms: ikkje, frå, kva, korleis, eining, tilsett, leiar, vel/velja, ...)
BOKMAAL_ONLY = re.compile(
    r"\b(ikke|fra|hva|hvordan|hvilke[nt]?|hver|enhet(en|er|ene)?|ansatte|ansattes|leder(e|en)?|velg|"
    r"lagret|lagres|åpnet|navn(et)?|noen|kunne ikke|bare|hele|egne?|ble|mye|nå|hvem|"
    r"søsken|forrige|tjeneste\w*|arbeidssted\w*|advarsel|advarsler)\b",
    re.IGNORECASE,
)
# what a kommune's nynorsk keeps although it looks like bokmål: proper nouns and file formats
NYNORSK_SAME = {"Lillestrøm"}


def test_nynorsk_is_not_bokmaal():
    found = []
    for (_ctx, source), message in messages(TRANSLATIONS / "orgdesigner_nn.ts").items():
        for form in translations_of(message):
            text = form
            for keep in NYNORSK_SAME:
                text = text.replace(keep, "")
            if BOKMAAL_ONLY.search(text):
                found.append((source, form))
    assert found == []


ENGLISH_LEAK = re.compile(
    r"[æøåÆØÅ]|\b(og|ikke|enhet\w*|ansatt\w*|stilling\w*|alternativ\w*|leder\w*|velg)\b"
)


def test_english_has_no_norwegian_left():
    found = []
    for (_ctx, source), message in messages(TRANSLATIONS / "orgdesigner_en.ts").items():
        for form in translations_of(message):
            if ENGLISH_LEAK.search(form.replace("Lillestrøm", "")):
                found.append((source, form))
    assert found == []


# literals the scan flags that are not user-visible text, each with its reason
SCAN_ALLOWED = {
    # the thread name in a log line for support (the log is not translated)
    "orgdesigner/ui/error_dialog.py": {"tråd "},
    # each language named in itself in the language choice, so a user finds their own
    "orgdesigner/ui/settings_dialog.py": {"Norsk bokmål", "Norsk nynorsk"},
}


def test_no_norwegian_literal_bypasses_tr():
    hits = []
    for hit in scan():
        path, _line, text = hit.split(":", 2)
        if eval(text.strip()) not in SCAN_ALLOWED.get(path, set()):  # noqa: S307 - repr of a literal
            hits.append(hit)
    assert hits == [], "wrap these in self.tr()/QCoreApplication.translate():\n" + "\n".join(hits)


def test_the_scan_sees_a_bare_literal(tmp_path, monkeypatch):
    import i18n_scan

    sample = tmp_path / "sample.py"
    sample.write_text(
        'from PySide6.QtWidgets import QLabel\n'
        'def f(self):\n'
        '    """Docstring: ikke tekst."""\n'
        '    log.debug("Ingen enhet")\n'
        '    QLabel(self.tr("Ingen leder"))\n'
        '    return QLabel("Ingen leder")\n'
    )  # fmt: skip
    assert [text for _line, text in i18n_scan.untranslated(sample)] == ["Ingen leder"]


def test_no_message_is_filed_under_a_variable_name():
    """``obj.tr("…")`` makes lupdate file the text under the context "obj", which no class is
    called, so it could never be translated; contexts are "" or a class or a named context."""
    odd = sorted(
        {ctx for ctx, _src in messages(TRANSLATIONS / "orgdesigner_nb.ts") if ctx and not ctx[0].isupper()}
    )
    odd = [c for c in odd if not c.startswith("_") or not c[1:2].isupper()]
    assert odd == []
