"""The CLI and the exports in nynorsk and English contain no bokmål text of the program's own.

«Bokmål text» is every catalogue message whose translation differs: a cell or a line that is
such a message, or holds a long piece of one, was not translated. The data (unit and person
names, job titles) stays as the user wrote it, so the test project uses names that are no
message of the catalogue.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from openpyxl import load_workbook
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.cli import run
from orgdesigner.export_context import make_context, run_export
from orgdesigner.i18n import using_language
from orgdesigner.storage import save
from orgdesigner_plugins.excel_export import exporter

LOCALE = Path(__file__).resolve().parent.parent / "orgdesigner" / "resources" / "locale"
LONG = 14  # a piece of a message this long is not found in data by chance


def bokmal_only(language: str) -> tuple[set[str], set[str]]:
    """(whole messages, long pieces of messages) whose ``language`` translation differs."""
    with (LOCALE / language / "LC_MESSAGES" / "orgdesigner.po").open("rb") as fp:
        catalog = read_po(fp, locale=language)
    whole: set[str] = set()
    pieces: set[str] = set()
    for m in catalog:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        forms = m.string if isinstance(m.string, tuple) else (m.string,)
        translated = " ".join(forms)
        for text in ids:
            if text in forms:
                continue
            parts = [p.strip(" .,:;()«»–") for p in re.split(r"\{\w*\}", text)]
            if len(parts) == 1:
                whole.add(parts[0])
            pieces.update(p for p in parts if len(p) >= LONG and p not in translated)
    return whole, pieces


def untranslated(texts: list[str], language: str) -> list[str]:
    whole, pieces = bokmal_only(language)
    bad = []
    for text in texts:
        t = text.strip()
        if t in whole or any(p in t for p in pieces):
            bad.append(t)
    return bad


@pytest.fixture()
def project():
    p = small_project()
    place_default(p)
    return p


def cells(path: Path) -> list[str]:
    wb = load_workbook(path, read_only=True)
    out = list(wb.sheetnames)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out += [v for v in row if isinstance(v, str)]
    return out


@pytest.mark.parametrize(
    "fmt", ["innplassering", "bemanningsplan", "organisasjon", "lokalisering", "historikk"]
)
@pytest.mark.parametrize("language", ["nn", "en"])
def test_excel_lists_have_no_bokmal_of_their_own(project, tmp_path, fmt, language):
    ctx = make_context(project, project.scenarios[SC], options={"language": language})
    path = run_export(exporter(fmt), ctx, tmp_path / f"{fmt}.xlsx")
    texts = cells(path)
    assert untranslated(texts, language) == []
    nb = cells(run_export(exporter(fmt), make_context(project, project.scenarios[SC]), tmp_path / "nb.xlsx"))
    assert untranslated(nb, language), "the check finds the bokmål list"  # the test can fail


def test_export_language_does_not_leak_and_dates_follow_it(project, tmp_path):
    ctx = make_context(project, project.scenarios[SC], options={"language": "en"})
    path = run_export(exporter("innplassering"), ctx, tmp_path / "en.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["About the list", "Placement", "Not placed", "Conflicts"]
    cover = {r[0].value: r[1] for r in wb["About the list"].iter_rows(min_row=3) if r[0].value}
    assert cover["Date"].number_format == "dd/mm/yyyy hh:mm"
    assert [c.value for c in next(wb["Placement"].iter_rows(max_row=1))][:4] == [
        "New unit",
        "Name",
        "Job title",
        "FTE %",
    ]
    with using_language("nn"):
        path = run_export(
            exporter("innplassering"), make_context(project, project.scenarios[SC]), tmp_path / "nn.xlsx"
        )
    assert load_workbook(path).sheetnames == ["Om lista", "Innplassering", "Ikkje plassert", "Konfliktar"]
    path = run_export(
        exporter("innplassering"), make_context(project, project.scenarios[SC]), tmp_path / "nb.xlsx"
    )
    wb = load_workbook(path)
    assert wb.sheetnames == ["Om listen", "Innplassering", "Ikke plassert", "Konflikter"]


@pytest.mark.parametrize("language", ["nn", "en"])
def test_organisation_export_reads_back_in_any_language(project, tmp_path, language):
    from orgdesigner_plugins.staff_import import read_structure_table

    ctx = make_context(project, project.scenarios[SC], options={"language": language})
    path = run_export(exporter("organisasjon"), ctx, tmp_path / "org.xlsx")
    got = read_structure_table(path, project=project, scenario="Tilbake")
    assert got.ok, got.report.message
    sc = project.scenarios[SC]
    assert sorted((u.name, u.type, u.cost_centre) for u in got.units) == sorted(
        (u.name, u.type, u.cost_centre) for u in sc.units.values()
    )


@pytest.mark.parametrize("language", ["nn", "en"])
def test_cli_validate_and_help_have_no_bokmal_of_their_own(project, tmp_path, capsys, language):
    path = tmp_path / "p.orgd"
    save(project, path)
    run(["--lang", language, "validate", str(path)])
    lines = capsys.readouterr().out.splitlines()
    for line in lines:  # «SEVERITY [id] message  (units)»: the message part
        text = re.sub(r"^\S+\s+\[\w+\]\s*(\S+:)?", "", line)
        assert untranslated([text], language) == [], line
    with pytest.raises(SystemExit):
        run(["--lang", language, "validate", "--help"])
    assert untranslated(capsys.readouterr().out.splitlines(), language) == []


@pytest.mark.parametrize("language", ["nn", "en"])
def test_comparison_report_workbook_has_no_bokmal_of_its_own(project, tmp_path, language):
    from orgdesigner.model import ops
    from orgdesigner_plugins.board_export.report import write

    ops.copy_scenario(project, SC, "B", "s-b").apply(project)
    with using_language(language):
        path = write(project, None, tmp_path / "rapport.xlsx")
    texts = cells(path)
    assert untranslated(texts, language) == []
    nb = cells(write(project, None, tmp_path / "nb.xlsx"))
    assert untranslated(nb, language)
