"""``orgdesigner export``: the contract's flags, atomic output, clear errors."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from test_placement_fixture import place_default, small_project

from orgdesigner.cli import run
from orgdesigner.storage import load, save
from orgdesigner_plugins.excel_export.pseudonym import KEY_SETTING


@pytest.fixture()
def orgd(tmp_path):
    p = small_project()
    place_default(p)
    path = tmp_path / "prosjekt.orgd"
    save(p, path)
    return path


def names(path):
    rows = list(load_workbook(path)["Innplassering"].iter_rows(values_only=True))
    col = rows[0].index("Navn")
    return [r[col] for r in rows[1:] if not str(r[0] or "").startswith("Sum ")]  # not the subtotals


@pytest.mark.parametrize("fmt", ["innplassering", "bemanningsplan", "organisasjon", "lokalisering", "funn"])
def test_each_list_format(orgd, tmp_path, fmt, capsys) -> None:
    out = tmp_path / f"{fmt}.xlsx"
    assert run(["export", str(orgd), "--format", fmt, "--scenario", "Lillestrøm A", "-o", str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Om listen" and len(wb.sheetnames) >= 2
    assert "Lillestrøm A" in capsys.readouterr().out


def test_export_never_changes_the_project_file(orgd, tmp_path, capsys) -> None:
    before = orgd.read_bytes()
    out = tmp_path / "a.xlsx"
    assert run(["export", str(orgd), "--format", "innplassering", "--pseudonymise", "-o", str(out)]) == 0
    assert "ingen fast nøkkel" in capsys.readouterr().out  # says the pseudonyms will change
    assert orgd.read_bytes() == before and load(orgd).settings.get(KEY_SETTING) is None
    assert "Anne Fetsen" not in names(out)


def test_pseudonymise_stores_a_key_once_and_stays_stable(orgd, tmp_path, capsys) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert load(orgd).settings.get(KEY_SETTING) is None
    args = ["export", str(orgd), "--format", "innplassering", "--pseudonymise", "--lagre-nøkkel"]
    assert run([*args, "-o", str(a)]) == 0
    assert "nøkkel" in capsys.readouterr().out
    key = load(orgd).settings.get(KEY_SETTING)
    assert key
    assert run([*args, "-o", str(b)]) == 0
    assert "nøkkel" not in capsys.readouterr().out
    assert load(orgd).settings[KEY_SETTING] == key
    assert names(a) == names(b)
    assert "Anne Fetsen" not in names(a)


def test_unit_option(orgd, tmp_path) -> None:
    out = tmp_path / "o.xlsx"
    assert run(["export", str(orgd), "--format", "organisasjon", "--unit", "Oppvekst", "-o", str(out)]) == 0
    rows = list(load_workbook(out)["Organisasjon"].iter_rows(values_only=True))[1:]
    assert [r[0] for r in rows] == ["Oppvekst", "Lillestrøm skole"]


def test_kommune_and_status_filters(orgd, tmp_path) -> None:
    out = tmp_path / "i.xlsx"
    args = ["export", str(orgd), "--format", "innplassering", "-o", str(out)]
    assert run([*args, "--kommune", "Skedsmo", "--status", "plassert"]) == 0
    assert names(out) == ["Frank Skedsen"]
    assert run([*args, "--status", "ikke plassert"]) == 0
    assert sorted(names(out)) == ["Cecilie Lærersen", "Vakant"]
    assert run([*args, "--status", "tull"]) == 1
    assert run([*args, "--kommune", "Oslo"]) == 1


def test_errors_are_messages_not_tracebacks(orgd, tmp_path, capsys) -> None:
    out = tmp_path / "x.xlsx"
    assert (
        run(["export", str(orgd), "--format", "innplassering", "--scenario", "Finnes ikke", "-o", str(out)])
        == 1
    )
    err = capsys.readouterr().err
    assert "Finnes ikke" in err and "Traceback" not in err
    assert run(["export", str(tmp_path / "mangler.orgd"), "--format", "funn", "-o", str(out)]) == 1
    assert "mangler.orgd" in capsys.readouterr().err
    assert (
        run(["export", str(orgd), "--format", "bemanningsplan", "-o", str(tmp_path / "nei" / "x.xlsx")]) == 1
    )
    assert "finnes ikke" in capsys.readouterr().err
    assert run(["export", str(orgd), "--format", "organisasjon", "--unit", "Ingen slik", "-o", str(out)]) == 1
    assert not out.exists()
    assert run(["export", str(orgd), "--format", "docx", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "«docx» er ikke tilgjengelig" in err and "innplassering" in err and "pptx" in err


def test_formats_are_the_plugin_managers_exporters(orgd, tmp_path, capsys, monkeypatch) -> None:
    import json

    settings = tmp_path / "user_settings.json"
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(settings))
    monkeypatch.setenv("ORGDESIGNER_USER_PLUGINS", str(tmp_path / "ingen"))
    monkeypatch.setenv("ORGDESIGNER_MACHINE_PLUGINS", str(tmp_path / "ingen"))
    assert run(["export", str(orgd), "--format", "liste"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert {"innplassering", "funn", "pdf", "pptx", "rapport"} <= listed
    # a built-in that is turned off is not offered (no fallback to the built-ins)
    settings.write_text(json.dumps({"disabled_plugins": ["excel_export"]}), encoding="utf-8")
    assert run(["export", str(orgd), "--format", "liste"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert "innplassering" not in listed and "pptx" in listed


@pytest.mark.parametrize("fmt", ["pdf", "png", "svg"])
def test_chart_formats(orgd, tmp_path, fmt) -> None:
    pytest.importorskip("orgdesigner.ui.chart_export")
    out = tmp_path / f"kart.{fmt}"
    assert run(["export", str(orgd), "--format", fmt, "-o", str(out)]) == 0
    magic = {"pdf": b"%PDF", "png": b"\x89PNG", "svg": b"<?xml"}[fmt]
    assert out.read_bytes().startswith(magic)


def test_pdf_pages_are_not_blank(orgd, tmp_path) -> None:
    import shutil
    import subprocess

    pytest.importorskip("orgdesigner.ui.chart_export")
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PySide6.QtGui import QImage

    out = tmp_path / "kart.pdf"
    assert run(["export", str(orgd), "--format", "pdf", "--paper", "A3", "-o", str(out)]) == 0
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "side")], check=True)
    pages = sorted(tmp_path.glob("side*.png"))
    assert len(pages) >= 2  # the chart on one page, then the organisation as a list
    img = QImage(str(pages[0]))
    colours = {img.pixel(x, y) for x in range(0, img.width(), 4) for y in range(0, img.height(), 4)}
    assert len(colours) > 2  # boxes and text, not a blank page


def test_report_command(tmp_path, capsys) -> None:
    from orgdesigner.model import ops

    p = small_project()
    place_default(p)
    ops.copy_scenario(p, "s-lil", "Alternativ B", "s-b").apply(p)
    ops.move_units(p, "s-b", ["n-skole"], "n-helse").apply(p)
    path = tmp_path / "p.orgd"
    save(p, path)
    before = path.read_bytes()
    out = tmp_path / "rapport.xlsx"
    args = ["report", str(path), "--scenario", "Lillestrøm A", "--scenario", "Alternativ B", "-o", str(out)]
    assert run(args) == 0
    assert "«Lillestrøm A», «Alternativ B»" in capsys.readouterr().out
    changes = [r[2] for r in load_workbook(out)["Endringer"].iter_rows(min_row=2, values_only=True)]
    assert "Lillestrøm skole flyttet fra Oppvekst til Helse og mestring" in changes
    assert path.read_bytes() == before
    assert run(["report", str(path), "-o", str(tmp_path / "r.docx")]) == 2
    assert ".pdf, .xlsx eller .pptx" in capsys.readouterr().err
    assert run(["report", str(path), "--scenario", "Tull", "-o", str(tmp_path / "r.pdf")]) == 2
    assert "Tull" in capsys.readouterr().err and not (tmp_path / "r.pdf").exists()
