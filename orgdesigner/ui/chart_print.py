"""Print the chart with a preview (QPrintPreviewDialog); the main window calls :func:`print_chart`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from .chart_export import build_scene, paint_pages, title_text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def make_printer(paper: str = "A4", orientation: str = "landscape") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3 if paper == "A3" else QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if orientation == "landscape" else QPageLayout.Orientation.Portrait
    )
    printer.setPageMargins(QMarginsF(0, 0, 0, 0))
    printer.setDocName(tr("Organisasjonskart"))
    return printer


def print_to(
    printer: QPrinter,
    controller: Any,
    *,
    root_unit_id: str | None = None,
    mode: str = "fit",
    collapsed: Any = (),
    colour_mode: str = "type",
) -> int:
    """Paint the controller's scenario onto ``printer``; returns the number of pages."""
    sc = controller.scenario()
    if sc is None:
        return 0
    scene = build_scene(controller.project, sc.id, root_unit_id, collapsed, colour_mode)
    painter = QPainter()
    if not painter.begin(printer):
        controller.statusMessage.emit(tr("Kunne ikke starte utskriften"))
        return 0
    try:
        return paint_pages(painter, printer, scene, title_text(controller.project, sc.id, root_unit_id), mode)
    finally:
        painter.end()
        scene.deleteLater()


def print_chart(
    controller: Any,
    parent: Any = None,
    *,
    chart_view: Any = None,
    mode: str = "fit",
    root_unit_id: str | None = None,
) -> QPrintPreviewDialog:
    """Open the print preview for the current scenario (what ``chart_view`` shows, if given).

    The dialog is returned already shown (modal); in tests call ``dialog.close()``.
    """
    printer = make_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ref = printer  # the dialog does not own the printer: keep it alive with the dialog
    dialog.setWindowTitle(tr("Skriv ut organisasjonskart"))
    collapsed = set(chart_view.chart.collapsed) if chart_view is not None else set()
    colour = chart_view.chart.style.colour_mode if chart_view is not None else "type"
    root = (
        root_unit_id
        if root_unit_id is not None
        else (chart_view.chart.root_unit_id if chart_view is not None else None)
    )
    dialog.paintRequested.connect(
        lambda p: print_to(
            p, controller, root_unit_id=root, mode=mode, collapsed=collapsed, colour_mode=colour
        )
    )
    dialog.open()
    return dialog
