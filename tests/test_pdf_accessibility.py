"""Exported charts carry their metadata and a text alternative: the organisation as a nested list.

Checked on the written files with poppler's ``pdfinfo``/``pdftotext`` (as a reader's tools see
them), the SVG's ``<desc>`` and the PNG's text chunk.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from chart_fixtures import small_project
from PySide6.QtGui import QImage

from orgdesigner.ui.chart_export import build_scene, render_chart
from orgdesigner.ui.chart_outline import intro, outline_rows, row_text

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def _info(pdf: Path) -> dict[str, str]:
    lines = _run("pdfinfo", str(pdf)).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


@needs_poppler
def test_pdf_has_title_author_subject_language_and_the_list_after_the_chart(qapp, tmp_path: Path) -> None:
    project = small_project()
    out = tmp_path / "kart.pdf"
    pages = render_chart(project, "s1", out, "pdf", paper="A4")
    info = _info(out)
    assert int(info["Pages"]) == pages == 2  # the chart, then one page of text
    assert info["Title"].startswith("Testprosjekt — Alternativ A")
    assert info["Author"] == "Testprosjekt" and info["Creator"] == "OrgDesigner"
    meta = _run("pdfinfo", "-meta", str(out))
    assert "<dc:language><rdf:Bag><rdf:li>nb-NO</rdf:li>" in meta
    assert "Organisasjonskart for alternativet «Alternativ A»" in meta
    chart_text = _run("pdftotext", "-f", "1", "-l", "1", str(out), "-")
    assert "Organisasjonen som liste" not in chart_text
    text = _run("pdftotext", "-f", "2", "-l", "2", str(out), "-")
    flat = re.sub(r"\s+", " ", text)
    assert "Organisasjonen som liste" in flat
    scene = build_scene(project, "s1")
    try:
        rows = outline_rows(scene)
    finally:
        scene.deleteLater()
    assert [r.name for r in rows][:2] == ["Kommunedirektør", "Kommunedirektørens stab"]
    assert len(rows) == len(project.scenarios["s1"].units) == 12
    positions = [flat.find(re.sub(r"\s+", " ", row_text(r))) for r in rows]
    assert -1 not in positions, [row_text(r) for r, p in zip(rows, positions, strict=True) if p < 0]
    assert positions == sorted(positions)  # reading order: the list's order, top to bottom
    assert "1.4.2.1 Avdeling nord (avdeling)" in flat  # nested numbering: Helse › Hjemmetjenesten › …


@needs_poppler
def test_pdf_list_is_indented_by_level(qapp, tmp_path: Path) -> None:
    out = tmp_path / "kart.pdf"
    render_chart(small_project(), "s1", out, "pdf")
    bbox = _run("pdftotext", "-f", "2", "-l", "2", "-bbox", str(out), "-")
    lefts = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', bbox):
        if re.fullmatch(r"\d+(\.\d+)*", word) and word not in lefts:
            lefts[word] = float(x)
    assert lefts["1"] < lefts["1.1"] < lefts["1.4.2"] < lefts["1.4.2.1"]


def test_collapsed_units_are_named_as_hidden_not_listed(qapp) -> None:
    scene = build_scene(small_project(), "s1", collapsed={"helse"})
    try:
        rows = {r.name: r for r in outline_rows(scene)}
    finally:
        scene.deleteLater()
    assert "Sykehjem" not in rows and "Avdeling nord" not in rows
    assert rows["Helse og omsorg"].hidden == 2
    assert "2 underenheter ikke vist" in row_text(rows["Helse og omsorg"])


def test_subtree_export_lists_only_the_subtree(qapp, tmp_path: Path) -> None:
    scene = build_scene(small_project(), "s1", root_unit_id="oppv")
    try:
        rows = outline_rows(scene)
    finally:
        scene.deleteLater()
    assert [(r.number, r.name) for r in rows] == [
        ("1", "Oppvekst"),
        ("1.1", "Fet skole"),
        ("1.2", "Sørum skole"),
        ("1.3", "Barnehager"),
    ]


def test_svg_and_png_carry_the_list_as_text(qapp, tmp_path: Path) -> None:
    svg, png = tmp_path / "kart.svg", tmp_path / "kart.png"
    render_chart(small_project(), "s1", svg)
    render_chart(small_project(), "s1", png)
    ns = {"svg": "http://www.w3.org/2000/svg"}
    desc = ET.parse(svg).getroot().find("svg:desc", ns)
    assert desc is not None and "Organisasjonen som liste" in desc.text
    assert "\n      1.4.2.1 Avdeling nord (avdeling)" in desc.text  # two spaces a level
    chunk = QImage(str(png)).text("Description")
    assert chunk == desc.text


@needs_poppler
def test_board_report_pdf_has_language_and_title(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from test_placement_fixture import SC, place_default
    from test_placement_fixture import small_project as placed_project

    from orgdesigner.i18n import using_language
    from orgdesigner_plugins.board_export.report import write as write_report

    project = placed_project()
    place_default(project)
    path = tmp_path / "rapport.pdf"
    with using_language("nn"):  # the report's text is bokmål whatever the language asked for
        write_report(project, SC, path)
    info = _info(path)
    assert info["Title"] == "Sammenligning av alternativer" and info["Creator"] == "OrgDesigner"
    assert "Sammenligning av alternativer" in _run("pdftotext", "-l", "1", str(path), "-")
    assert b"/Lang (nb-NO)" in path.read_bytes()  # so its language is bokmål


def _struct(pdf: Path) -> list[tuple[int, str, str]]:
    """``pdfinfo -struct-text`` as (indent, element, its text): poppler's reading of the tags."""
    out: list[tuple[int, str, str]] = []
    for line in _run("pdfinfo", "-struct-text", str(pdf)).splitlines():
        indent = len(line) - len(line.lstrip(" "))
        body = line.strip()
        if body.startswith('"') and out:
            i, kind, text = out[-1]
            out[-1] = (i, kind, f"{text} {body.strip(chr(34))}".strip())
        elif body and not body.startswith("/"):  # "/BBox [...]": an attribute of the element above
            out.append((indent, body.split(" ")[0].rstrip(":"), ""))
    return [(i, k, re.sub(r"\s+", " ", t)) for i, k, t in out]


@needs_poppler
def test_pdf_is_tagged_figure_heading_and_the_nested_list_in_reading_order(qapp, tmp_path: Path) -> None:
    import pikepdf

    project = small_project()
    out = tmp_path / "kart.pdf"
    render_chart(project, "s1", out, "pdf")
    assert _info(out)["Tagged"] == "yes"
    with pikepdf.open(out) as pdf:
        assert str(pdf.Root.Lang) == "nb-NO" and bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        doc = pdf.Root.StructTreeRoot.K[0]
        kinds = [str(k.S) for k in doc.K]
        assert kinds == ["/Figure", "/H1", "/P", "/L"]
        assert "Organisasjonskart for alternativet «Alternativ A»" in str(doc.K[0].Alt)
        assert "side 2–2" in str(doc.K[0].Alt)  # where the text version is
        assert [float(v) for v in doc.K[0].A.BBox] == [float(v) for v in pdf.pages[0].mediabox]
    tree = _struct(out)
    assert [k for _i, k, _t in tree[:4]] == ["Document", "Figure", "H1", "P"]
    assert dict((k, t) for _i, k, t in tree[2:4]) == {
        "H1": "Organisasjonen som liste",
        "P": re.sub(r"\s+", " ", intro()),
    }
    bodies = [(i, t) for i, k, t in tree if k == "LBody"]
    scene = build_scene(project, "s1")
    try:
        rows = outline_rows(scene)
    finally:
        scene.deleteLater()
    assert [t for _i, t in bodies] == [re.sub(r"\s+", " ", row_text(r)) for r in rows]
    base = bodies[0][0]
    assert [(i - base) // 4 for i, _t in bodies] == [r.level for r in rows]  # a nested L › LI per level
    titles = [t for _i, k, t in tree if k in ("H1", "P", "LBody")]
    assert not any("Tekstversjon, side" in t for t in titles)  # page numbers are artifacts


@needs_poppler
def test_tiled_pdf_has_one_figure_per_page_with_its_place(qapp, tmp_path: Path) -> None:
    import pikepdf
    from chart_fixtures import big_project

    out = tmp_path / "stor.pdf"
    n = render_chart(big_project(120, 300), "s1", out, paper="A4", orientation="portrait", mode="tile")
    with pikepdf.open(out) as pdf:
        doc = pdf.Root.StructTreeRoot.K[0]
        figures = [k for k in doc.K if str(k.S) == "/Figure"]
        assert 1 < len(figures) < n
        assert all(f" av {len(figures)}." in str(f.Alt) for f in figures)
        assert [int(p.get("/StructParents", -1)) for p in pdf.pages] == list(range(n))


@needs_poppler
def test_pdf_language_is_that_of_the_installed_ui_translators(qapp, tmp_path: Path, monkeypatch) -> None:
    import pikepdf

    from orgdesigner.ui import app

    monkeypatch.setitem(app._current, "language", "en")  # as install_translators(app, "en") records
    out = tmp_path / "chart.pdf"
    render_chart(small_project(), "s1", out)
    with pikepdf.open(out) as pdf:
        assert str(pdf.Root.Lang) == "en"
    assert "<rdf:li>en</rdf:li></rdf:Bag></dc:language>" in _run("pdfinfo", "-meta", str(out))


def test_fast_marking_agrees_with_pikepdfs_parser(qapp, tmp_path: Path) -> None:
    """The regular-expression path marks the same text objects as the full content parser."""
    import pikepdf
    from PySide6.QtGui import QPainter, QPdfWriter

    from orgdesigner.ui import chart_pdf, pdf_tags

    path = tmp_path / "liste.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(chart_pdf.DEVICE_DPI)  # Qt's default page margins kept: positions are the painter's
    painter = QPainter(writer)
    lines = [
        (n % 4, f"{n} Enhet med et langt navn som brytes over linjen – leder: Ola " * (1 + n % 3))
        for n in range(90)
    ]
    pages = chart_pdf.paint_text_pages(painter, writer, "Tittel", lines)
    painter.end()
    assert len(pages) > 1
    with pikepdf.open(path) as pdf:
        for n, items in enumerate(pages, 1):  # page 0 is the one before newPage()
            page = pdf.pages[n]
            fast, parsed = pdf_tags._Marker(items), pdf_tags._Marker(items)
            assert pdf_tags._mark_fast(pdf_tags._content(page), fast) is not None
            pdf_tags._mark_parsed(page, parsed)
            assert fast.found == parsed.found
            assert {i for i, _m in fast.found} == set(range(len(items)))  # every block marked
