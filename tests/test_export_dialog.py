"""The export dialog and the report in the app, on real widgets: the formats are exactly
the plugin manager's exporters, the chart PDF takes paper, orientation and tiling, and
Alternativ → Sammenligningsrapport… writes the report."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.model import ops
from orgdesigner.plugins import create_manager
from orgdesigner.ui.controller import DocumentController
from orgdesigner.ui.export_dialog import ExportDialog


@pytest.fixture()
def controller(tmp_path):
    p = small_project()
    place_default(p)
    ops.copy_scenario(p, SC, "Alternativ B", "s-b").apply(p)
    ops.rename_unit(p, "s-b", "n-helse", "Helse, mestring og omsorg").apply(p)
    manager = create_manager(entry_points=False, user_dir=tmp_path, machine_dir=tmp_path, disabled=())
    c = DocumentController(p, plugins=manager)
    c.set_scenario(SC)
    return c


def offered(dlg) -> list[str]:
    return [dlg.kind.itemData(i) for i in range(dlg.kind.count())]


def test_formats_are_exactly_the_managers_exporters(qtbot, controller, tmp_path) -> None:
    dlg = ExportDialog(controller)
    qtbot.addWidget(dlg)
    assert offered(dlg) == [e.id for e in controller.plugins.exporters()]
    assert {"innplassering", "pdf", "pptx", "rapport"} <= set(offered(dlg))
    controller.plugins = create_manager(
        entry_points=False, user_dir=tmp_path, machine_dir=tmp_path, disabled=["excel_export"]
    )
    dlg2 = ExportDialog(controller)
    qtbot.addWidget(dlg2)
    assert "innplassering" not in offered(dlg2) and "pptx" in offered(dlg2)
    controller.plugins = None  # no manager: nothing to offer, and the dialog says so
    dlg3 = ExportDialog(controller)
    qtbot.addWidget(dlg3)
    assert offered(dlg3) == [] and "Ingen eksportformater" in dlg3.message.text()


def test_chart_pdf_with_paper_orientation_and_tiling(qtbot, controller, tmp_path) -> None:
    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    dlg = ExportDialog(controller)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.kind.setCurrentIndex(dlg.kind.findData("innplassering"))
    assert not dlg.page_row.isVisible()
    dlg.kind.setCurrentIndex(dlg.kind.findData("pdf"))
    assert dlg.page_row.isVisible() and dlg.path.text().endswith(".pdf")
    dlg.paper.setCurrentIndex(dlg.paper.findData("A3"))
    dlg.orientation.setCurrentIndex(dlg.orientation.findData("portrait"))
    dlg.tile.setChecked(True)
    target = tmp_path / "kart.pdf"
    dlg.path.setText(str(target))
    ok, message = dlg.export()
    assert ok, message
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "842 x 1191 pts (A3)" in info  # A3 portrait (width x height)


def test_deck_from_the_dialog(qtbot, controller, tmp_path) -> None:
    dlg = ExportDialog(controller)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData("pptx"))
    target = tmp_path / "kart.pptx"
    dlg.path.setText(str(target))
    ok, message = dlg.export()
    assert ok, message
    assert len(Presentation(str(target)).slides) >= 2


def test_report_from_the_compare_dialog_and_the_menu(qtbot, controller, tmp_path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenu

    from orgdesigner.ui.analysis_install import install_analysis_ui
    from orgdesigner.ui.compare_dialog import CompareDialog, ask_report

    dlg = CompareDialog(controller)
    qtbot.addWidget(dlg)
    target = tmp_path / "rapport.xlsx"
    ok, message = dlg.ask_report(str(target))
    assert ok, message
    wb = load_workbook(target)
    assert [c.value for c in wb["Nøkkeltall"][1]] == ["Nøkkeltall", "Lillestrøm A", "Alternativ B"]
    changes = [r[2] for r in wb["Endringer"].iter_rows(min_row=2, values_only=True)]
    assert "Helse og mestring får navnet Helse, mestring og omsorg" in changes
    # Alternativ → Sammenligningsrapport…
    win = QMainWindow()
    qtbot.addWidget(win)
    win.scenario_menu = QMenu("Alternativ", win)
    install_analysis_ui(win, controller)
    action = win.findChild(QAction, "action_comparison_report")
    assert action is not None and action in win.scenario_menu.actions()
    # without the report plugin the user is told, nothing is written
    controller.plugins = create_manager(
        entry_points=False, user_dir=tmp_path, machine_dir=tmp_path, disabled=["board_export"]
    )
    ok, message = ask_report(controller, None, None, str(tmp_path / "x.pdf"))
    assert not ok and "slått av" in message and not (tmp_path / "x.pdf").exists()


def test_chart_save_dialog_offers_paper_orientation_and_tiling(qtbot, tmp_path) -> None:
    from orgdesigner.ui.chart_export_dialog import ChartExportDialog

    dlg = ChartExportDialog(str(tmp_path / "kart.pdf"))
    qtbot.addWidget(dlg)
    assert dlg.tile.isEnabled() and dlg.paper.isEnabled()
    dlg.path.setText(str(tmp_path / "kart.png"))
    assert not dlg.tile.isEnabled()  # one picture: no pages to tile
    dlg.path.setText(str(tmp_path / "stor.pdf"))
    dlg.paper.setCurrentIndex(dlg.paper.findData("A3"))
    dlg.orientation.setCurrentIndex(dlg.orientation.findData("landscape"))
    dlg.tile.setChecked(True)
    assert dlg.choices() == {
        "path": str(tmp_path / "stor.pdf"),
        "paper": "A3",
        "orientation": "landscape",
        "mode": "tile",
    }
