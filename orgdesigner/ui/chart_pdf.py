"""The chart PDF's metadata, its text pages (the organisation as a list) and its tagging.

Metadata: title, author (the project's kommune or name), subject, creator and the document
language — in the info dictionary where Qt writes it, and in the XMP packet (``dc:language``,
``dc:title``, ``dc:description``), the one place Qt lets a program give the language. After the
chart come pages with the organisation as a nested list (``chart_outline``), painted top to
bottom in one column, so a reader's text extraction gives the list in order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication

from . import chart_outline
from .chart_export import FOOTER_MM, MARGIN_MM, TITLE_MM, _page_frame

log = logging.getLogger(__name__)
DEVICE_DPI = 300  # the QPdfWriter's resolution
INDENT_MM = 6.0  # per level of the list
MAX_INDENT_LEVELS = 8  # deeper levels keep this indent (the number shows the depth)
BODY_MM = 3.6  # text height ≈ 10 pt
HEAD_MM = 5.2


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    language: str  # BCP 47, e.g. nb-NO


def xmp(meta: PdfMeta) -> bytes:
    """An XMP packet with title, author, subject and language (Dublin Core) and the tool."""
    t, a, s, lang = (escape(x) for x in (meta.title, meta.author, meta.subject, meta.language))
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li><rdf:li xml:lang="{lang}">{t}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{a}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{s}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>OrgDesigner</xmp:CreatorTool>
   <pdf:Producer>OrgDesigner (Qt PDF)</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def set_metadata(writer: Any, meta: PdfMeta) -> None:
    """Author and the XMP packet (title, author, subject, language) of a QPdfWriter."""
    from PySide6.QtCore import QByteArray

    writer.setAuthor(meta.author)
    writer.setDocumentXmpMetadata(QByteArray(xmp(meta)))


def paint_list(painter: Any, device: Any, scene: Any, title: str) -> list[list[Any]]:
    """The organisation as a nested list on new pages after the chart (see paint_text_pages)."""
    lines = [(r.level, chart_outline.row_text(r)) for r in chart_outline.outline_rows(scene)]
    return paint_text_pages(painter, device, title, lines)


def tag(path: str, meta: PdfMeta, chart_pages: int, text_pages: list[list[Any]]) -> None:
    """Tag the written PDF; a PDF that cannot be tagged is still written (and the cause logged)."""
    from .pdf_tags import TaggingPlan, tag_pdf

    alts = chart_outline.figure_alts(meta.subject, chart_pages, len(text_pages))
    try:
        tag_pdf(path, TaggingPlan(meta.language, alts, text_pages))
    except Exception:  # noqa: BLE001 — the untagged chart is still the user's export
        log.exception("PDF-en ble skrevet uten tagger")


def paint_text_pages(painter: Any, device: Any, title: str, lines: list[tuple[int, str]]) -> list[list[Any]]:
    """New pages with a heading, an introduction and ``lines`` (level, text) indented by level;
    returns, per page, where each block was painted (``pdf_tags.TextItem``, device pixels)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    from .pdf_tags import TextItem

    dpmm = device.logicalDpiX() / 25.4
    m = MARGIN_MM * dpmm
    top, bottom = m + TITLE_MM * dpmm, device.height() - m - FOOTER_MM * dpmm
    width = device.width() - 2 * m
    head_font, body_font = QFont(), QFont()
    head_font.setPixelSize(max(8, int(HEAD_MM * dpmm)))
    head_font.setBold(True)
    body_font.setPixelSize(max(6, int(BODY_MM * dpmm)))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    items = [(head_font, -2, chart_outline.heading()), (body_font, -1, chart_outline.intro())]
    items += [(body_font, level, text) for level, text in lines]
    pages: list[list[tuple[Any, QRectF, str, int]]] = [[]]
    y = top
    for n, (font, level, text) in enumerate(items):
        indent = min(max(level, 0), MAX_INDENT_LEVELS) * INDENT_MM * dpmm
        painter.setFont(font)
        rect = painter.boundingRect(QRectF(m + indent, 0, width - indent, bottom - top), flags, text)
        gap = rect.height() * (0.6 if n < 2 else 0.25)
        if pages[-1] and y + rect.height() > bottom:
            pages.append([])
            y = top
        pages[-1].append((font, QRectF(m + indent, y, width - indent, rect.height()), text, level))
        y += rect.height() + gap
    for number, page in enumerate(pages, 1):
        device.newPage()
        label = tr("Tekstversjon, side %1/%2").replace("%1", str(number))
        _page_frame(painter, device, title, label.replace("%2", str(len(pages))), dpmm)
        painter.setPen(QColor("#111111"))
        for font, rect, text, _level in page:
            painter.setFont(font)
            painter.drawText(rect, flags, text)
    roles = {-2: "H1", -1: "P"}
    return [
        [TextItem(roles.get(level, "LI"), level, rect.top(), rect.bottom()) for _f, rect, _t, level in page]
        for page in pages
    ]
