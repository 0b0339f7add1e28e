"""Chart output: PDF (fit and tiled), PNG and SVG, atomic writing, print preview."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from chart_fixtures import big_project, small_project
from PySide6.QtGui import QImage

from orgdesigner.ui.chart_export import ChartExportError, render_chart

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils missing")


def pdf_pages(pdf: Path, out: Path) -> list[QImage]:
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(out / "page")], check=True, timeout=60)
    return [QImage(str(p)) for p in sorted(out.glob("page*.png"))]


def ink(image: QImage, top: float = 0.0, bottom: float = 1.0) -> float:
    """Share of sampled pixels that are not white (0 for a blank page), between two heights."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    dark = total = 0
    for y in range(int(image.height() * top), int(image.height() * bottom), 4):
        for x in range(0, image.width(), 4):
            c = image.pixelColor(x, y)
            total += 1
            dark += (c.red() + c.green() + c.blue()) < 600
    return dark / max(total, 1)


@needs_pdftoppm
def test_pdf_fit_is_one_non_blank_page(qapp, tmp_path: Path) -> None:
    out = tmp_path / "kart.pdf"
    assert render_chart(small_project(), "s1", out, "pdf", paper="A4") == 2  # chart + its text version
    assert out.read_bytes().startswith(b"%PDF")
    pages = pdf_pages(out, tmp_path)
    assert len(pages) == 2
    assert pages[0].width() > pages[0].height()  # landscape
    assert ink(pages[0]) > 0.01


@needs_pdftoppm
def test_large_chart_tiles_over_several_pages(qapp, tmp_path: Path) -> None:
    project = big_project(120, 300)
    out = tmp_path / "stor.pdf"
    n = render_chart(project, "s1", out, paper="A4", orientation="portrait", mode="tile")
    assert n > 1
    pages = pdf_pages(out, tmp_path)
    assert len(pages) == n
    assert pages[0].height() > pages[0].width()  # portrait
    # every page shows boxes, not only its title and legend: empty tiles are left out
    assert all(ink(p, 0.06, 0.88) > 0.003 for p in pages)  # below the title line, above the legend


@needs_pdftoppm
def test_fit_mode_puts_a_large_chart_on_one_a3_page(qapp, tmp_path: Path) -> None:
    out = tmp_path / "a3.pdf"
    n = render_chart(big_project(400, 800), "s1", out, paper="A3", mode="fit")
    pages = pdf_pages(out, tmp_path)
    assert len(pages) == n and ink(pages[0]) > 0.005
    first = subprocess.run(["pdftotext", "-l", "1", str(out), "-"], capture_output=True, text=True).stdout
    second = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(out), "-"], capture_output=True, text=True
    )
    assert "Tekstversjon" not in first and "Tekstversjon, side 1/" in second.stdout  # one chart page
    # A3 landscape at 40 dpi: 420 mm wide
    assert abs(pages[0].width() - round(420 / 25.4 * 40)) <= 2


def test_png_is_not_blank(qapp, tmp_path: Path) -> None:
    out = tmp_path / "kart.png"
    assert render_chart(small_project(), "s1", out) == 1
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 500
    assert ink(image) > 0.01


def test_svg_parses_and_names_the_units(qapp, tmp_path: Path) -> None:
    project = small_project()
    out = tmp_path / "kart.svg"
    render_chart(project, "s1", out, "svg")
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    text = " ".join(t for t in root.itertext())
    for name in ("Oppvekst", "Helse og omsorg", "Hjemmetjenesten", "Testprosjekt", "Alternativ A"):
        assert name in text
    assert "tjenesteområde" in text and "team" not in text  # the legend names the types shown
    render_chart(project, "s1", out, "svg", colour_mode="origin")
    text = " ".join(ET.parse(out).getroot().itertext())
    assert "Fet" in text and "Sørum" in text


def test_subtree_only(qapp, tmp_path: Path) -> None:
    out = tmp_path / "helse.svg"
    render_chart(small_project(), "s1", out, "svg", root_unit_id="helse")
    text = " ".join(ET.parse(out).getroot().itertext())
    assert "Sykehjem" in text and "Avdeling nord" in text
    assert "Fet skole" not in text


def test_failures_leave_no_file_and_say_why(qapp, tmp_path: Path) -> None:
    project = small_project()
    with pytest.raises(ChartExportError, match="ukjent format"):
        render_chart(project, "s1", tmp_path / "x.doc")
    with pytest.raises(ChartExportError, match="Fant ikke alternativet"):
        render_chart(project, "nope", tmp_path / "x.pdf")
    with pytest.raises(ChartExportError, match="Fant ikke enheten"):
        render_chart(project, "s1", tmp_path / "x.pdf", root_unit_id="zzz")
    with pytest.raises(ChartExportError, match="mappen finnes ikke"):
        render_chart(project, "s1", tmp_path / "nei" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_survives_a_failed_write(qapp, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "kart.png"
    out.write_bytes(b"old")
    from orgdesigner.ui import chart_export

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(chart_export, "_write_png", boom)
    with pytest.raises(ChartExportError, match="kunne ikke skrive"):
        render_chart(small_project(), "s1", out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["kart.png"]


def test_print_preview_paints_pages(qtbot, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from orgdesigner.ui.chart_print import make_printer, print_chart, print_to
    from orgdesigner.ui.controller import DocumentController

    controller = DocumentController(small_project())
    printer = make_printer("A4", "portrait")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    assert print_to(printer, controller) == 1
    assert (tmp_path / "print.pdf").stat().st_size > 1000
    dialog = print_chart(controller)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.close()
