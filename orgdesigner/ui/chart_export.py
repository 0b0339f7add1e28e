"""Chart output: PDF (vector), PNG and SVG of a scenario or a subtree; runs headless.

:func:`render_chart` is what the CLI (``orgdesigner export --format pdf|png|svg``)
calls; it creates an offscreen QApplication when none exists. A chart too
large for one page is either scaled onto one A4/A3 page (``mode="fit"``) or
tiled over several pages (``mode="tile"``) with an overlap strip, crop marks
and page labels ("Side 2/13 · rad 1/5, kol. 3/4"). Every page carries a title line with project,
scenario and date. Files are written atomically (temporary file + ``os.replace``).
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import formatting
from ..model import ModelError, Project, unit_type_label
from .tile_breaks import tile_starts

FORMATS = ("pdf", "png", "svg")
PAPERS = ("A4", "A3")
MM_PER_UNIT_READABLE = 0.225  # tiles: a 200-unit box is 45 mm wide, names about 8 pt
MM_PER_UNIT_MAX = 0.35  # fit: small charts are not blown up beyond this
MARGIN_MM, TITLE_MM, FOOTER_MM, OVERLAP_MM = 10.0, 9.0, 7.0, 12.0
MAX_PNG_SIDE = 16000

_app: Any = None


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


class ChartExportError(Exception):
    """A chart could not be written; the message (bokmål) names the file."""


def ensure_app() -> Any:
    """The running QApplication, or a new offscreen one for headless use."""
    global _app
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _app = app = QApplication(["orgdesigner"])
    return app


class _StaticController:
    """Just enough of DocumentController for a scene that does not listen to edits."""

    def __init__(self, project: Project, scenario_id: str) -> None:
        self.project = project
        self.scenario_id = scenario_id
        self.selection: list = []
        self.plugins = None

    def scenario(self) -> Any:
        return self.project.scenarios.get(self.scenario_id)

    def selected_units(self) -> list[str]:
        return []


def build_scene(
    project: Project,
    scenario_id: str,
    root_unit_id: str | None = None,
    collapsed: Iterable[str] = (),
    colour_mode: str = "type",
) -> Any:
    """A chart scene of the scenario (or subtree) for printing, without badges or selection."""
    ensure_app()
    from PySide6.QtCore import Qt

    from .chart_scene import ChartScene

    sc = project.scenarios.get(scenario_id)
    if sc is None:
        raise ModelError(tr("Fant ikke alternativet «%1»").replace("%1", scenario_id))
    if root_unit_id is not None and root_unit_id not in sc.units:
        raise ModelError(
            tr("Fant ikke enheten «%1» i «%2»").replace("%1", root_unit_id).replace("%2", sc.name)
        )
    scene = ChartScene(
        _StaticController(project, sc.id), listen=False, root_unit_id=root_unit_id, collapsed=set(collapsed)
    )
    scene.show_findings = False
    scene.style.print_mode = True
    scene.setBackgroundBrush(Qt.GlobalColor.white)
    scene.style.colour_mode = colour_mode
    scene.finish_animation()
    return scene


def title_text(project: Project, scenario_id: str, root_unit_id: str | None = None) -> str:
    sc = project.scenarios[scenario_id]
    parts = [project.title() or project.name, sc.name]  # name – kommune (Fil → Prosjektinformasjon)
    if root_unit_id:
        parts.append(sc.path(root_unit_id))
    parts.append(formatting.date(_dt.date.today(), "short"))
    return " — ".join(parts)


def render_chart(
    project: Project,
    scenario_id: str,
    path: str | os.PathLike,
    fmt: str | None = None,
    *,
    root_unit_id: str | None = None,
    paper: str = "A4",
    orientation: str = "auto",
    mode: str = "fit",
    collapsed: Iterable[str] = (),
    colour_mode: str = "type",
) -> int:
    """Write the chart to ``path`` as pdf, png or svg; returns the number of pages written.

    ``orientation`` "auto" turns the page to the chart's own shape (a tall chart prints portrait).
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ChartExportError(
            tr("%1: ukjent format «%2» (bruk pdf, png eller svg)").replace("%1", str(path)).replace("%2", fmt)
        )
    if (
        paper not in PAPERS
        or orientation not in ("auto", "landscape", "portrait")
        or mode not in ("fit", "tile")
    ):
        raise ChartExportError(
            tr("%1: ugyldig papir/retning/modus (%2)")
            .replace("%1", str(path))
            .replace("%2", f"{paper}, {orientation}, {mode}")
        )
    if not path.parent.is_dir():
        raise ChartExportError(tr("%1: mappen finnes ikke").replace("%1", str(path)))
    try:
        scene = build_scene(project, scenario_id, root_unit_id, collapsed, colour_mode)
    except ModelError as exc:
        raise ChartExportError(f"{path}: {exc}") from exc
    if orientation == "auto":
        bounds = scene.itemsBoundingRect()
        orientation = "portrait" if bounds.height() > bounds.width() else "landscape"
    title = title_text(project, scenario_id, root_unit_id)
    text = _text_alternative(scene, title)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".{fmt}", dir=path.parent)
    os.close(fd)
    try:
        if fmt == "pdf":
            meta = pdf_meta(project, scenario_id, title)
            pages = _write_pdf(scene, tmp, title, paper, orientation, mode, meta)
        elif fmt == "png":
            pages = _write_png(scene, tmp, title, text)
        else:
            pages = _write_svg(scene, tmp, title, text)
        os.replace(tmp, path)
        return pages
    except ChartExportError:
        raise
    except OSError as exc:
        raise ChartExportError(
            tr("%1: kunne ikke skrive filen (%2)")
            .replace("%1", str(path))
            .replace("%2", str(exc.strerror or exc))
        ) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
        scene.deleteLater()


def _write_pdf(scene: Any, tmp: str, title: str, paper: str, orientation: str, mode: str, meta: Any) -> int:
    """The chart (one page or tiles), then the list pages (``chart_pdf``), tagged; page count."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from . import chart_pdf

    writer = QPdfWriter(tmp)
    writer.setResolution(chart_pdf.DEVICE_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A3 if paper == "A3" else QPageSize.PageSizeId.A4))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if orientation == "landscape" else QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))  # paint_pages keeps its own margins
    writer.setTitle(title)
    writer.setCreator("OrgDesigner")
    chart_pdf.set_metadata(writer, meta)  # author, and the language in the XMP packet
    painter = QPainter()
    if not painter.begin(writer):
        raise ChartExportError(tr("%1: kunne ikke lage PDF").replace("%1", tmp))
    try:
        pages = paint_pages(painter, writer, scene, title, mode)
        text_pages = chart_pdf.paint_list(painter, writer, scene, title)
    finally:
        painter.end()
    chart_pdf.tag(tmp, meta, pages, text_pages)
    return pages + len(text_pages)


def pdf_meta(project: Project, scenario_id: str, title: str) -> Any:
    """Title, author (the kommune or project), subject and language of a chart PDF."""
    from . import chart_outline
    from .chart_pdf import PdfMeta

    author = project.title() or project.name or "OrgDesigner"
    subject = chart_outline.subject(project.scenarios[scenario_id].name)
    return PdfMeta(title, author, subject, chart_outline.language_tag())


def _text_alternative(scene: Any, title: str) -> str:
    """The chart as a nested list in plain text (``chart_outline``)."""
    from .chart_outline import plain_text

    return plain_text(scene, title)


def paint_pages(painter: Any, device: Any, scene: Any, title: str, mode: str) -> int:
    """Paint the chart onto a paged device (QPdfWriter or QPrinter); returns the page count."""
    from PySide6.QtCore import QRectF

    dpmm = device.logicalDpiX() / 25.4
    page_w, page_h = device.width(), device.height()
    m = MARGIN_MM * dpmm
    area = QRectF(m, m + TITLE_MM * dpmm, page_w - 2 * m, page_h - 2 * m - (TITLE_MM + FOOTER_MM) * dpmm)
    src = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
    if src.isEmpty():
        src = QRectF(0, 0, 100, 100)
    fit = min(area.width() / src.width(), area.height() / src.height())
    readable = MM_PER_UNIT_READABLE * dpmm
    if mode == "fit" or fit >= readable:
        scale = min(fit, MM_PER_UNIT_MAX * dpmm)
        target = QRectF(area.left(), area.top(), src.width() * scale, src.height() * scale)
        target.moveCenter(area.center())
        target.moveTop(area.top())
        _page_frame(painter, device, title, "", dpmm, legend_entries(scene))
        scene.render(painter, target, src)
        return 1
    scale = readable
    overlap = OVERLAP_MM * dpmm
    step_w, step_h = area.width() - overlap, area.height() - overlap
    boxes = _box_rects(scene)
    xs = tile_starts(
        src.left(), src.right(), area.width() / scale, step_w / scale, [(b.left(), b.right()) for b in boxes]
    )
    ys = tile_starts(
        src.top(), src.bottom(), area.height() / scale, step_h / scale, [(b.top(), b.bottom()) for b in boxes]
    )
    rows, cols = len(ys), len(xs)
    tiles = []
    for r, y in enumerate(ys):
        for c, x in enumerate(xs):
            tile = QRectF(x, y, area.width() / scale, area.height() / scale)
            # the leading overlap strip is already on the page before: a page whose boxes all
            # lie in it (or that has none) is not printed
            own = tile.adjusted(overlap / scale if c else 0, overlap / scale if r else 0, 0, 0)
            if _has_boxes(scene, own, 0.25):
                tiles.append((r, c, tile))
    entries = legend_entries(scene)
    page = 0
    for r, c, tile in tiles:
        if page:
            device.newPage()
        page += 1
        label = (
            tr("Side %1/%2 · rad %3/%4, kol. %5/%6")
            .replace("%1", str(page))
            .replace("%2", str(len(tiles)))
            .replace("%3", str(r + 1))
            .replace("%4", str(rows))
            .replace("%5", str(c + 1))
            .replace("%6", str(cols))
        )
        _page_frame(painter, device, title, label, dpmm, entries)
        painter.save()
        painter.setClipRect(area)
        scene.render(painter, area, tile)
        painter.restore()
        _overlap_marks(
            painter, area, overlap, dpmm, right=c < cols - 1, bottom=r < rows - 1, left=c > 0, top=r > 0
        )
    return page


def legend_entries(scene: Any) -> list[tuple[str, str]]:
    """(colour, label) pairs explaining the box colours of a chart scene."""
    from .unit_item import TYPE_COLOURS

    st = scene.style
    project = scene.controller.project
    if st.colour_mode == "origin":
        return [(st.origin_colour(sid).name(), src.name) for sid, src in project.sources.items()]
    sc = scene.scenario()
    used = {sc.units[u].type for u in scene.layout.boxes} if sc is not None else set()
    return [(colour, unit_type_label(t)) for t, colour in TYPE_COLOURS.items() if t in used]


def _draw_legend(painter: Any, x: float, top: float, height: float, entries: list[tuple[str, str]]) -> None:
    """Colour squares with labels in one line from ``x``."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    fm = painter.fontMetrics()
    side = height * 0.6
    for colour, label in entries:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(x, top + (height - side) / 2, side, side))
        x += side * 1.4
        painter.setPen(QColor("#222222"))
        w = fm.horizontalAdvance(label)
        painter.drawText(QRectF(x, top, w + 2, height), Qt.AlignmentFlag.AlignVCenter, label)
        x += w + side * 1.6


def _header(painter: Any, width: float, title: str, entries: list[tuple[str, str]]) -> None:
    """Title line and legend line at the top of a PNG or SVG (HEAD units tall)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    font = QFont()
    font.setPixelSize(16)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    painter.drawText(QRectF(10, 6, width - 20, 24), Qt.AlignmentFlag.AlignLeft, title)
    font.setBold(False)
    font.setPixelSize(12)
    painter.setFont(font)
    _draw_legend(painter, 10, 32, 18, entries)


HEAD = 56


def _box_rects(scene: Any) -> list[Any]:
    """The scene rectangles of every unit box."""
    from .unit_item import UnitItem

    return [it.scene_box() for it in scene.items() if isinstance(it, UnitItem)]


def _has_boxes(scene: Any, rect: Any, share: float = 0.0) -> bool:
    """Whether a unit box (not only a passing connector) lies in ``rect``: more than ``share`` of
    its width and of its height (a sliver of a box printed whole on the page before is not enough)."""
    from .unit_item import UnitItem

    for it in scene.items(rect):
        if isinstance(it, UnitItem):
            box = it.scene_box()
            part = box.intersected(rect)
            if part.width() > share * box.width() and part.height() > share * box.height():
                return True
    return False


def _page_frame(
    painter: Any,
    device: Any,
    title: str,
    label: str,
    dpmm: float,
    entries: list[tuple[str, str]] | None = None,
) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    m = MARGIN_MM * dpmm
    font = QFont()
    font.setPixelSize(max(8, int(4.2 * dpmm)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    width = device.width() - 2 * m
    label_width = painter.fontMetrics().horizontalAdvance(label) + 4 * dpmm if label else 0
    title = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideMiddle, int(width - label_width))
    head = QRectF(m, m, width, TITLE_MM * dpmm)
    painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
    if label:  # the page's place in the grid, top right where the legend cannot cover it
        painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)
    if entries:
        font.setBold(False)
        font.setPixelSize(max(6, int(3.0 * dpmm)))
        painter.setFont(font)
        _draw_legend(painter, m, device.height() - m - 5 * dpmm, 5 * dpmm, entries)


def _overlap_marks(
    painter: Any, area: Any, overlap: float, dpmm: float, *, right: bool, bottom: bool, left: bool, top: bool
) -> None:
    """Dashed lines where the neighbouring page's part begins, and crop marks at the corners."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QPen

    pen = QPen(QColor("#9e9e9e"), max(1.0, 0.2 * dpmm), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    if right:
        x = area.right() - overlap
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
    if bottom:
        y = area.bottom() - overlap
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    painter.setPen(QPen(QColor("#000000"), max(1.0, 0.25 * dpmm)))
    tick = 4 * dpmm
    for x, dx in ((area.left(), -1), (area.right(), 1)):
        for y, dy in ((area.top(), -1), (area.bottom(), 1)):
            painter.drawLine(QPointF(x, y + dy * 1.0), QPointF(x, y + dy * tick))
            painter.drawLine(QPointF(x + dx * 1.0, y), QPointF(x + dx * tick, y))
    del left, top


def _write_png(scene: Any, tmp: str, title: str, text: str = "") -> int:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    src = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    scale = min(1.0, MAX_PNG_SIDE / max(src.width(), 1), MAX_PNG_SIDE / max(src.height(), 1))
    head = HEAD
    w, h = max(400, int(src.width() * scale)), int(src.height() * scale) + head
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    image.setText("Title", title)
    image.setText("Description", text)  # the text alternative, as a PNG text chunk
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        _header(painter, w, title, legend_entries(scene))
        scene.render(painter, QRectF(0, head, src.width() * scale, src.height() * scale), src)
    finally:
        painter.end()
    if not image.save(tmp, "PNG"):
        raise ChartExportError(tr("%1: kunne ikke skrive PNG").replace("%1", tmp))
    return 1


def _write_svg(scene: Any, tmp: str, title: str, text: str = "") -> int:
    from PySide6.QtCore import QRect, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    src = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    head = HEAD
    gen = QSvgGenerator()
    gen.setFileName(tmp)
    gen.setSize(QSize(int(src.width()), int(src.height()) + head))
    gen.setViewBox(QRect(0, 0, int(src.width()), int(src.height()) + head))
    gen.setTitle(title)
    gen.setDescription(text or "OrgDesigner")  # <desc>: the chart as a nested list
    painter = QPainter()
    if not painter.begin(gen):
        raise ChartExportError(tr("%1: kunne ikke lage SVG").replace("%1", tmp))
    try:
        _header(painter, src.width(), title, legend_entries(scene))
        scene.render(painter, QRectF(0, head, src.width(), src.height()), src)
    finally:
        painter.end()
    return 1
