"""The board documents: the comparison (words, counts, matching), the report in three
formats, and the chart as a PowerPoint deck paginated so every box is readable."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pptx.util import Pt
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.analysis.compare import describe, diff_scenarios
from orgdesigner.analysis.comparison_report import build_report
from orgdesigner.model import Location, Position, Scenario, Unit, UnitType, ops
from orgdesigner_plugins.board_export.chart_pages import MIN_SCALE, paginate, scale_for
from orgdesigner_plugins.board_export.deck import write as write_deck
from orgdesigner_plugins.board_export.report import write as write_report

IDS = re.compile(r"\b(n-[a-z]+|u-[0-9a-f]{6,}|l-[a-z-]+|pos-|loc-|_id\b)")


@pytest.fixture()
def project():
    p = small_project()
    place_default(p)
    p.locations["l-lil"] = Location("l-lil", "Lillestrøm rådhus", "Storgata 1", "skedsmo")
    ops.copy_scenario(p, SC, "Alternativ B", "s-b").apply(p)
    ops.add_unit(p, "s-b", Unit("n-okst", "Økonomistab oppvekst", UnitType.STAB, "n-opp")).apply(p)
    ops.add_unit(p, SC, Unit("n-okst", "Økonomistab oppvekst", UnitType.STAB, "n-opp")).apply(p)
    ops.add_unit(p, "s-b", Unit("n-oko", "Økonomi", UnitType.STOTTE, "n-root")).apply(p)
    ops.move_units(p, "s-b", ["n-okst"], "n-oko").apply(p)
    ops.set_unit_fields(p, "s-b", "n-root", location_id="l-lil").apply(p)
    return p


def separately_built(p, source_id: str, new_id: str, name: str) -> Scenario:
    """A copy of ``source_id`` whose units all have other ids (as from a structure table)."""
    src = p.scenarios[source_id]
    sc = Scenario(new_id, name)
    for u in src.units.values():
        parent = f"x-{u.parent_id}" if u.parent_id else None
        sc.units[f"x-{u.id}"] = Unit(f"x-{u.id}", u.name, u.type, parent, u.sort_order)
    p.scenarios[new_id] = sc
    return sc


def test_differences_in_words_with_names_never_ids(project) -> None:
    d = diff_scenarios(project, SC, "s-b")
    lines = describe(project, d)
    assert "Økonomistab oppvekst flyttet fra Oppvekst til Økonomi" in lines
    # two places with the same name are told apart by their addresses
    assert (
        "Lillestrøm kommune – Lokasjon: Lillestrøm rådhus (Torget 1) → Lillestrøm rådhus (Storgata 1)"
        in lines
    )
    assert "Økonomi lagt til under Lillestrøm kommune" in lines
    for line in lines:
        assert not IDS.search(line), line
    assert d.matching_text() == "Enhetene er koblet 5 på samme id."


def test_location_change_names_both_places(project) -> None:
    ops.set_unit_fields(project, SC, "n-root", location_id="l-sk-rh").apply(project)
    project.locations["l-sk-rh"].name = "Skedsmo rådhus"
    lines = describe(project, diff_scenarios(project, SC, "s-b"))
    assert "Lillestrøm kommune – Lokasjon: Skedsmo rådhus → Lillestrøm rådhus" in lines


def test_separately_built_alternatives_match_by_path_then_name(project) -> None:
    sc = separately_built(project, "s-b", "s-x", "Fra tabell")
    # in the table the staff unit hangs elsewhere: path differs, the unique name still matches
    sc.units["x-n-okst"].parent_id = "x-n-helse"
    d = diff_scenarios(project, SC, "s-x")
    assert d.matched == {"id": 0, "path": 4, "name": 1}
    assert d.added == ["x-n-oko"] and d.removed == []
    assert [m["name"] for m in d.moved] == ["Økonomistab oppvekst"]
    assert "4 på samme navn og plassering, 1 på samme navn" in d.matching_text()


def test_counts_are_true_for_thousands_of_positions(project) -> None:
    for i in range(2714):
        pid = f"many{i}"
        project.positions[pid] = Position(pid, None, "fet", "fet-helse", "7174", "Sykepleier", 100.0, 1.0)
        ops.set_placement(project, "s-b", pid, unit_id="n-helse").apply(project)
    d = diff_scenarios(project, SC, "s-b")
    assert len(d.positions_moved) == 2714
    flows = d.position_flows(project)
    assert flows[0] == ("ikke innplassert", "Helse og mestring", 2714)
    assert "2\u00a0714 stillinger fra ikke innplassert til Helse og mestring" in describe(project, d)


def test_report_figures_agree_with_the_project(project) -> None:
    from orgdesigner_plugins.validators import orgdesigner_validators

    validators = orgdesigner_validators()
    r = build_report(project, [SC, "s-b"], validators)
    a, b = r.alternatives
    assert (a.units, b.units) == (5, 6)
    sc = project.scenarios[SC]
    placed = [p for p, pl in sc.placements.items() if pl.unit_id]
    assert a.positions_placed == len(placed) and a.positions_to_place == len(project.positions) - len(placed)
    assert sum(x.positions for x in a.areas) == len(placed)
    assert sum(x.fte for x in a.areas) == pytest.approx(
        sum(project.positions[p].fte_percent for p in placed) / 100
    )
    assert sum(n for _label, n in a.span_buckets) == a.leaders
    from orgdesigner.analysis.findings import run_validators

    for alt, scid in ((a, SC), (b, "s-b")):
        found = run_validators(validators, project, project.scenarios[scid])
        assert sum(sum(v.values()) for v in alt.breaches.values()) == len(found)
    assert r.comparisons[0].positions_moved == len(diff_scenarios(project, SC, "s-b").positions_moved)


@pytest.mark.parametrize("ext", ["pdf", "xlsx", "pptx"])
def test_report_in_each_format(project, tmp_path, ext) -> None:
    path = tmp_path / f"rapport.{ext}"
    write_report(project, SC, path, scenarios=["Lillestrøm A", "Alternativ B"])
    if ext == "xlsx":
        wb = load_workbook(path)
        assert wb.sheetnames == [
            "Om rapporten",
            "Nøkkeltall",
            "Kontrollspenn",
            "Områder",
            "Brudd på prinsipper",
            "Endringer",
        ]
        head = [c.value for c in wb["Nøkkeltall"][1]]
        assert head == ["Nøkkeltall", "Lillestrøm A", "Alternativ B"]
        changes = [r[2] for r in wb["Endringer"].iter_rows(min_row=2, values_only=True)]
        assert "Økonomistab oppvekst flyttet fra Oppvekst til Økonomi" in changes
        text = " ".join(
            str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v
        )
    elif ext == "pptx":
        prs = Presentation(str(path))
        text = " ".join(
            sh.text_frame.text for s in prs.slides for sh in _shapes(s.shapes) if sh.has_text_frame
        )
        assert "Økonomistab oppvekst flyttet fra Oppvekst til Økonomi" in text
    else:
        if not shutil.which("pdftotext"):
            pytest.skip("pdftotext (poppler-utils) is not installed")
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Økonomistab oppvekst flyttet fra Oppvekst til Økonomi" in text
    assert "Lillestrøm A" in text and "Alternativ B" in text
    assert "s-b" not in text and "n-okst" not in text and "location_id" not in text


def _shapes(shapes):
    for sh in shapes:
        if sh.shape_type == 6:  # group
            yield from _shapes(sh.shapes)
        else:
            yield sh


def test_report_refuses_an_unknown_format_and_alternative(project, tmp_path) -> None:
    from orgdesigner_plugins.board_export.files import BoardExportError

    with pytest.raises(BoardExportError, match=r"\.pdf"):
        write_report(project, SC, tmp_path / "r.docx")
    with pytest.raises(BoardExportError, match="Finnes ikke"):
        write_report(project, SC, tmp_path / "r.pdf", scenarios=["Finnes ikke"])
    assert list(tmp_path.iterdir()) == []


# -- the deck ---------------------------------------------------------------------------


def wide_project():
    """The small project with a service area of 40 units (some with their own children)."""
    p = small_project()
    place_default(p)
    sc = p.scenarios[SC]
    for i in range(40):
        uid = f"n-v{i}"
        sc.units[uid] = Unit(uid, f"Virksomhet nummer {i + 1}", UnitType.VIRKSOMHET, "n-helse", i)
        if i % 5 == 0:
            for j in range(3):
                sc.units[f"{uid}-{j}"] = Unit(f"{uid}-{j}", f"Avdeling {j + 1}", UnitType.AVDELING, uid, j)
    sc.invalidate()
    return p


def test_pages_show_every_unit_once_and_readably() -> None:
    p = wide_project()
    sc = p.scenarios[SC]
    pages = paginate(p, sc)
    shown = [b.unit_id for page in pages for b in page.boxes if b.unit_id != page.root_id]
    assert sorted(shown) == sorted(set(sc.units) - set(sc.roots()))  # each non-root exactly once
    assert all(scale_for(page) >= MIN_SCALE for page in pages)
    for page in pages:
        for b in page.boxes:
            if b.continued:  # a box whose subunits are elsewhere points at the page that has them
                target = pages[b.page_ref]
                assert target.root_id == b.unit_id


def test_deck_is_native_editable_shapes_with_readable_text(tmp_path) -> None:
    p = wide_project()
    path = tmp_path / "kart.pptx"
    write_deck(p, SC, path)
    prs = Presentation(str(path))
    slides = list(prs.slides)
    first = " ".join(sh.text_frame.text for sh in slides[0].shapes if sh.has_text_frame)
    first += " ".join(
        c.text for sh in slides[0].shapes if sh.has_table for row in sh.table.rows for c in row.cells
    )
    assert "Testprosjekt Lillestrøm" in first and "Lillestrøm A" in first and "Fet, Skedsmo" in first
    names = set()
    sizes = []
    connectors = 0
    for s in slides[1:]:
        for sh in _shapes(s.shapes):
            if sh.shape_type == 9 or getattr(sh, "begin_x", None) is not None:
                connectors += 1
            if sh.has_text_frame:
                for para in sh.text_frame.paragraphs:
                    for run in para.runs:
                        if run.font.size is not None:
                            sizes.append(run.font.size)
                names.add(sh.text_frame.paragraphs[0].text)
    assert {u.name for u in p.scenarios[SC].units.values()} <= names
    assert min(sizes) >= Pt(8)
    assert connectors >= len(p.scenarios[SC].units) - 1
    with zipfile.ZipFile(path) as z:  # boxes are shapes (with the app's colours), not pictures
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("ppt/slides/slide"))
    assert "<p:pic" not in xml and 'val="3A7D44"' in xml and 'val="2F6690"' in xml


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_deck_opens_in_libreoffice_impress(tmp_path) -> None:
    p = wide_project()
    path = tmp_path / "kart.pptx"
    write_deck(p, SC, path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "kart.pdf"
    assert pdf.exists()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert f"Pages:           {len(Presentation(str(path)).slides)}" in info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Virksomhet nummer 40" in text
