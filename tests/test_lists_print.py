"""The lists on paper and for the unions: print layout, every unit in the staffing
plan, pseudonymised versions that do not re-identify, and user text never a formula."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.model import Person, Position, Unit, UnitType, ops
from plugins.excel_export import EXPORTERS, exporter
from plugins.excel_export.innplassering import PAPER
from plugins.excel_export.pseudonym import KEY_SETTING

NOTE = "Hemmelig merknad om sykemelding"


@pytest.fixture()
def project():
    p = small_project()
    place_default(p)
    p.settings[KEY_SETTING] = "0123456789abcdef"
    return p


def rows(ws) -> list[dict]:
    data = list(ws.iter_rows(values_only=True))
    return [dict(zip(data[0], r, strict=True)) for r in data[1:] if any(v is not None for v in r)]


def test_innplassering_prints_the_paper_columns_sorted_by_new_unit(project, tmp_path) -> None:
    path = tmp_path / "i.xlsx"
    exporter("innplassering").write(project, SC, path)
    ws = load_workbook(path)["Innplassering"]
    assert [c.value for c in ws[1]][: len(PAPER)] == list(PAPER)
    assert ws.print_area == f"'Innplassering'!$A$1:$I${ws.max_row}"  # the rest stays in the sheet
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.print_title_rows == "$1:$1"
    got = rows(ws)
    # groups in chart order, each closed by its subtotal
    sc = project.scenarios[SC]
    chart = [sc.units[u].name for u, _ in sc.walk()]
    units = [r["Ny enhet"] for r in got if not (r["Ny enhet"] or "").startswith("Sum ")]
    placed = [u for u in units if u != "Ikke innplassert" and u]
    assert placed == sorted(placed, key=chart.index)
    sums = {r["Ny enhet"]: r for r in got if (r["Ny enhet"] or "").startswith("Sum ")}
    assert sums["Sum Lillestrøm skole"]["Navn"] == "4 stillinger"
    assert sums["Sum Lillestrøm skole"]["Stillingstittel"] == "3,8 årsverk"
    # dd.mm.yyyy
    col = [c.value for c in ws[1]].index("Sist endret") + 1
    assert ws.cell(row=2, column=col).number_format == "dd.mm.yyyy"


def test_bemanningsplan_lists_every_unit_and_vacancies(project, tmp_path) -> None:
    sc = project.scenarios[SC]
    ops.add_unit(project, SC, Unit("n-tom", "Ny enhet uten folk", UnitType.AVDELING, "n-helse")).apply(
        project
    )
    project.positions["vx"] = Position("vx", None, "fet", "fet-helse", "7174", "Sykepleier", 100.0, 600_000.0)
    ops.set_placement(project, SC, "vx", unit_id="n-helse").apply(project)
    path = tmp_path / "b.xlsx"
    exporter("bemanningsplan").write(project, SC, path)
    got = rows(load_workbook(path)["Bemanningsplan"])
    detail = [r for r in got if r["Enhet"] and not r["Enhet"].startswith("Sum ")]
    assert {r["Enhet"] for r in detail} == {u.name for u in sc.units.values()}
    empty = next(r for r in detail if r["Enhet"] == "Ny enhet uten folk")
    assert (empty["Stillinger"], empty["Årsverk"]) == (0, 0)
    nurses = next(
        r for r in detail if r["Enhet"] == "Helse og mestring" and r["Stillingstittel"] == "Sykepleier"
    )
    assert (nurses["Stillinger"], nurses["Vakante"]) == (2, 1)
    total = next(r for r in got if r["Tjenesteområde"] == "Totalt")
    assert total["Vakante"] == sum(
        1 for p, pl in sc.placements.items() if pl.unit_id and not project.positions[p].person_id
    )


# -- pseudonymised ---------------------------------------------------------------


def _values(path):
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows(values_only=True):
            yield from (v for v in row if v is not None)


@pytest.mark.parametrize("fmt", sorted(set(EXPORTERS) - {"funn"}))
def test_pseudonymised_lists_leave_out_free_text(project, tmp_path, fmt) -> None:
    ops.set_placement(project, SC, "fp2", note=NOTE).apply(project)
    path = tmp_path / f"{fmt}.xlsx"
    exporter(fmt).write(project, SC, path, pseudonymise=True)
    text = " ".join(str(v) for v in _values(path))
    assert "sykemelding" not in text and "Hemmelig" not in text
    assert not any(p.name in text for p in project.persons.values())
    assert not re.search(r"\b(100[1-5]|200[1-4])\b", text)  # employee numbers
    cover = {r[0]: r[1] for r in load_workbook(path)["Om listen"].iter_rows(values_only=True) if r[0]}
    assert str(cover["Pseudonymisert"]).startswith("Ja")


def _crowded(project, n: int = 7):
    """``n`` more people placed in Lillestrøm skole, named in alphabetical order."""
    for i in range(n):
        pid, pos = f"px{i}", f"qx{i}"
        project.persons[pid] = Person(pid, f"90{i:02d}", f"Aa{chr(97 + i)} Testesen", "fet")
        project.positions[pos] = Position(pos, pid, "fet", "fet-skole", "7961", "Lærer", 100.0, 600_000.0)
        ops.set_placement(project, SC, pos, unit_id="n-skole").apply(project)


def test_pseudonymised_rows_sorted_by_pseudonym_and_small_units_as_counts(project, tmp_path) -> None:
    _crowded(project)
    path = tmp_path / "p.xlsx"
    exporter("innplassering").write(project, SC, path, pseudonymise=True)
    wb = load_workbook(path)
    got = rows(wb["Innplassering"])
    school = [r["Navn"] for r in got if r["Ny enhet"] == "Lillestrøm skole"]
    assert len(school) == 11 and school == sorted(school)  # by pseudonym ...
    # ... which is not the order of the real names (that would leak them)
    from plugins.excel_export.pseudonym import Pseudonyms

    names = Pseudonyms(project)
    real = sorted(
        (project.persons[project.positions[p].person_id].name, p)
        for p, pl in project.scenarios[SC].placements.items()
        if pl.unit_id == "n-skole" and project.positions[p].person_id
    )
    assert [names.name(project.positions[p].person_id) for _n, p in real] != school
    # Helse og mestring has three people (< 5): one row with the count, nobody listed
    helse = [r for r in got if r["Ny enhet"] == "Helse og mestring"]
    assert len(helse) == 1 and helse[0]["Navn"].startswith("Færre enn 5")
    assert helse[0]["Stillingstittel"].startswith("3 stillinger")
    header = [c.value for c in wb["Innplassering"][1]]
    assert not {"Ansattnr", "Årslønn", "Merknad", "Endret av"} & set(header)
    cover = " ".join(str(v) for r in wb["Om listen"].iter_rows(values_only=True) for v in r if v)
    assert "sortert etter pseudonym" in cover and "færre enn 5 personer" in cover
    # the threshold is a project setting
    project.settings["export.pseudonym_min_group"] = 2
    exporter("innplassering").write(project, SC, path, pseudonymise=True)
    got = rows(load_workbook(path)["Innplassering"])
    assert len([r for r in got if r["Ny enhet"] == "Helse og mestring"]) == 3


# -- user text is never a formula -----------------------------------------------------

HOSTILE = {
    "project": "=cmd|' /C calc'!A0",
    "scenario": "=1+1",
    "unit": "+SUM(1,2)",
    "person": '@HYPERLINK("http://x")',
    "title": "-2+3",
}


@pytest.fixture()
def hostile(project):
    project.name = HOSTILE["project"]
    project.scenarios[SC].name = HOSTILE["scenario"]
    project.scenarios[SC].units["n-opp"].name = HOSTILE["unit"]
    project.persons["pe3"].name = HOSTILE["person"]
    project.positions["fp3"].title = HOSTILE["title"]
    return project


def _cells(path):
    """(sheet member, cell xml) of every cell holding one of the hostile texts."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = z.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
                yield from ((name, c) for c in re.findall(r"<c [^>]*>.*?</c>", xml))


@pytest.mark.parametrize("fmt", sorted(set(EXPORTERS) - {"funn"}))
def test_hostile_text_is_written_as_text(hostile, tmp_path, fmt) -> None:
    path = tmp_path / f"{fmt}.xlsx"
    exporter(fmt).write(hostile, SC, path)
    seen = set()
    for _name, cell in _cells(path):
        for key, text in HOSTILE.items():
            escaped = text.replace("&", "&amp;").replace('"', "&quot;")
            if escaped in cell or text in cell:
                assert 't="inlineStr"' in cell or 't="s"' in cell, cell
                seen.add(key)
    assert {"project", "scenario"} <= seen  # on the cover of every list
    wb = load_workbook(path)
    cover = {r[0]: r[1] for r in wb["Om listen"].iter_rows(values_only=True) if r[0]}
    assert cover["Prosjekt"] == HOSTILE["project"] and wb["Om listen"]["B3"].data_type == "s"


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_shows_the_text_not_a_result(hostile, tmp_path) -> None:
    path = tmp_path / "i.xlsx"
    exporter("innplassering").write(hostile, SC, path)
    opts = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", opts, "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    cells = set()
    for sheet in tmp_path.glob("i-*.csv"):
        with open(sheet, encoding="utf-8", newline="") as fh:
            cells |= {v for row in csv.reader(fh) for v in row}
    # the literal texts, so nothing was evaluated (a formula would show its result)
    assert {HOSTILE["project"], HOSTILE["unit"], HOSTILE["person"], HOSTILE["title"]} <= cells


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["innplassering", "bemanningsplan", "organisasjon", "lokalisering"])
def test_printed_text_is_at_least_8_pt(project, tmp_path, fmt) -> None:
    """Converted to PDF as a reader would print it: one page wide, text ≥ 8 pt."""
    path = tmp_path / f"{fmt}.xlsx"
    exporter(fmt).write(project, SC, path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / f"{fmt}.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "595.304 x 841.89 pts (A4)" in info or "841.89 x 595.304 pts (A4)" in info
    bbox = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", "-bbox", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    heights = sorted(
        float(m.group(2)) - float(m.group(1))
        for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)
    )
    assert heights, "no text on the first table page"
    # a word's box is about 1.16 × the font size (DejaVu Sans, LibreOffice's stand-in for Calibri)
    assert heights[len(heights) // 2] / 1.164 >= 8.0
    page2 = subprocess.run(["pdfinfo", "-f", "2", "-l", "2", str(pdf)], capture_output=True, text=True).stdout
    width = float(re.search(r"Page\s+2 size:\s+([\d.]+)", page2).group(1))
    assert width > 800  # the table pages are landscape
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox))
    assert right <= width  # nothing cut off at the right edge: the table is one page wide
