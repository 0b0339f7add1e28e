"""Tags for the chart PDF that Qt writes untagged (QPdfWriter has no structure tree).

After QPdfWriter has written the file, pikepdf (qpdf) adds what a screen reader needs:

* the catalogue's ``/Lang``, ``/MarkInfo`` (tagged) and ``/ViewerPreferences/DisplayDocTitle``;
* a structure tree: ``Document`` › one ``Figure`` per chart page with an ``/Alt`` text, then
  ``H1`` (heading), ``P`` (introduction) and the organisation as nested ``L`` › ``LI`` ›
  ``LBody`` lists, in reading order;
* marked content in the pages' content streams: each chart page is one figure; on the text
  pages each text object (``BT``…``ET``) is marked with the MCID of the element it belongs to,
  found by where Qt drew it (the text pages' layout is known); title lines and page numbers are
  pagination artifacts.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name, Operator


@dataclass
class TextItem:
    """One painted block of a text page: ``role`` H1, P or LI; ``level`` for LI; device pixels."""

    role: str
    level: int
    top: float
    bottom: float


@dataclass
class TaggingPlan:
    language: str
    chart_alts: list[str]  # one Alt text per chart page (the first pages)
    text_pages: list[list[TextItem]] = field(default_factory=list)


def _origin(ctm: pikepdf.Matrix, tm: pikepdf.Matrix, td: tuple[float, float]) -> tuple[float, float]:
    """Where a text object starts (its first Td in the text matrix), in the painter's device
    pixels: ``ctm`` leaves out the page's first ``cm``, Qt's mapping of them to points."""
    line = pikepdf.Matrix(1, 0, 0, 1, td[0], td[1]) @ tm @ ctm
    return line.e, line.f


def _content(page: pikepdf.Page) -> bytes:
    """The page's content stream(s), decoded and joined."""
    contents = page.obj.Contents
    if isinstance(contents, pikepdf.Array):
        return b"\n".join(part.read_bytes() for part in contents)
    return contents.read_bytes()


class _Marker:
    """Chooses the mark of each text object of a text page: which painted item its start lies
    in (its element gets the next MCID), or a pagination artifact (title line, page number)."""

    def __init__(self, items: list[TextItem]) -> None:
        self.items = items
        self.found: list[tuple[int, int]] = []  # (item index, MCID) in stream order

    def mark(self, start: tuple[float, float] | None) -> tuple[str, int | None]:
        y_dev = start[1] if start else -1.0
        hit = next((n for n, it in enumerate(self.items) if it.top - 2 <= y_dev <= it.bottom + 2), None)
        if hit is None:
            return "Artifact", None
        mcid = len(self.found)
        self.found.append((hit, mcid))
        return ("LBody" if self.items[hit].role == "LI" else self.items[hit].role), mcid


# Operators found by regular expressions over the decoded stream, far faster than parsing
# every glyph (Qt writes one Tj a glyph): whole text objects, the state outside them (q, Q,
# cm), and a text object's Tm and first Td. An operator stands between delimiters.
_NUM = rb"[-+]?(?:\d+\.?\d*|\.\d+)"
_BEFORE, _AFTER = rb"(?<![^\s>\]])", rb"(?![^\s<\[/(])"
_BLOCK = re.compile(_BEFORE + rb"BT" + _AFTER + rb".*?" + _BEFORE + rb"ET" + _AFTER, re.S)
_STATE = re.compile(
    rb"(?P<nums>(?:" + _NUM + rb"\s+){6})cm" + _AFTER + rb"|" + _BEFORE + rb"(?P<op>[qQ])" + _AFTER
)
_TM = re.compile(rb"((?:" + _NUM + rb"\s+){6})Tm" + _AFTER)
_TD = re.compile(rb"(" + _NUM + rb")\s+(" + _NUM + rb")\s+T[dD]" + _AFTER)


def _matrix(numbers: bytes) -> pikepdf.Matrix:
    return pikepdf.Matrix(*(float(x) for x in numbers.split()))


def _mark_fast(raw: bytes, marker: _Marker) -> bytes | None:
    """``BDC``…``EMC`` around each ``BT``…``ET``. ``None`` when the stream has literal strings
    (where an operator's name could hide) or a text object without a Td, and
    :func:`_mark_parsed` does it instead."""
    if b"(" in raw:
        return None
    stack: list[pikepdf.Matrix] = []
    ctm = pikepdf.Matrix()
    base = False
    cuts: list[tuple[int, bytes]] = []
    last = 0
    for block in _BLOCK.finditer(raw):
        for m in _STATE.finditer(raw, last, block.start()):
            if m.group("op") == b"q":
                stack.append(ctm)
            elif m.group("op") == b"Q":
                ctm = stack.pop() if stack else ctm
            elif base:
                ctm = _matrix(m.group("nums")) @ ctm
            else:  # the page's own cm: device pixels (and margins) to points
                base = True
        last = block.end()
        body = block.group()
        td = _TD.search(body)
        if td is None:
            return None
        tm = _TM.search(body, 0, td.start())
        start = _origin(ctm, _matrix(tm.group(1)) if tm else pikepdf.Matrix(), (float(td[1]), float(td[2])))
        tag, mcid = marker.mark(start)
        props = b"<</Type /Pagination>>" if mcid is None else b"<</MCID %d>>" % mcid
        cuts += [(block.start(), b"/%s %s BDC\n" % (tag.encode(), props)), (block.end(), b"\nEMC")]
    parts, at = [], 0
    for where, text in cuts:
        parts += [raw[at:where], text]
        at = where
    parts.append(raw[at:])
    return b"".join(parts)


def _mark_parsed(page: pikepdf.Page, marker: _Marker) -> bytes:
    """The general path: the same marks through pikepdf's content-stream parser."""
    out: list[pikepdf.ContentStreamInstruction] = []
    stack: list[pikepdf.Matrix] = []
    ctm, tm = pikepdf.Matrix(), pikepdf.Matrix()
    block: list[pikepdf.ContentStreamInstruction] | None = None
    start: tuple[float, float] | None = None
    base = False
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        if block is not None:
            block.append(ins)
            if op == "Tm":
                tm = pikepdf.Matrix(*[float(x) for x in ins.operands])
            elif op in ("Td", "TD") and start is None:
                start = _origin(ctm, tm, (float(ins.operands[0]), float(ins.operands[1])))
            elif op == "ET":
                tag, mcid = marker.mark(start)
                props = Dictionary(Type=Name.Pagination) if mcid is None else Dictionary(MCID=mcid)
                out.append(pikepdf.ContentStreamInstruction([Name("/" + tag), props], Operator("BDC")))
                out.extend(block)
                out.append(pikepdf.ContentStreamInstruction([], Operator("EMC")))
                block = None
            continue
        if op == "BT":
            block, tm, start = [ins], pikepdf.Matrix(), None
            continue
        if op == "q":
            stack.append(ctm)
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm" and base:
            ctm = pikepdf.Matrix(*[float(x) for x in ins.operands]) @ ctm
        elif op == "cm":  # the page's own: device pixels (and margins) to points
            base = True
        out.append(ins)
    return pikepdf.unparse_content_stream(out)


def _mark_text_page(pdf: pikepdf.Pdf, page: pikepdf.Page, items: list[TextItem]) -> list[tuple[int, int]]:
    """Mark each text object of a list page; returns (item index, MCID) in stream order."""
    marker = _Marker(items)
    marked = _mark_fast(_content(page), marker)
    if marked is None:
        marker = _Marker(items)
        marked = _mark_parsed(page, marker)
    page.obj.Contents = pdf.make_stream(marked)
    return marker.found


def _wrap_figure(pdf: pikepdf.Pdf, page: pikepdf.Page, mcid: int) -> None:
    """The whole chart page as one marked-content sequence (no parsing: a chart page is large)."""
    body = _content(page)
    page.obj.Contents = pdf.make_stream(b"/Figure <</MCID %d>> BDC\n%s\nEMC\n" % (mcid, body))


def tag_pdf(path: str | os.PathLike, plan: TaggingPlan) -> None:
    """Add language, structure tree and marked content to the PDF at ``path`` (in place)."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        root = pdf.Root
        tree = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        doc = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=tree, K=Array()))
        tree.K = Array([doc])
        parents = Array()

        def elem(kind: str, parent: Dictionary, page: pikepdf.Page | None = None) -> Dictionary:
            e = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + kind), P=parent, K=Array()))
            if page is not None:
                e.Pg = page.obj
            parent.K.append(e)
            return e

        for n, alt in enumerate(plan.chart_alts):
            page = pdf.pages[n]
            figure = elem("Figure", doc, page)
            figure.Alt = pikepdf.String(alt)
            figure.A = Dictionary(O=Name.Layout, BBox=Array([float(v) for v in page.mediabox]))
            figure.K.append(0)
            _wrap_figure(pdf, page, 0)
            page.obj.StructParents = len(parents) // 2
            parents.extend([len(parents) // 2, Array([figure])])
        lists: list[tuple[int, Dictionary]] = []  # open L elements by level
        last_li: Dictionary | None = None
        start = len(plan.chart_alts)
        for n, items in enumerate(plan.text_pages):
            page = pdf.pages[start + n]
            marks = _mark_text_page(pdf, page, items)
            by_mcid: list[Dictionary | None] = [None] * len(marks)
            made: dict[int, Dictionary] = {}
            for index, mcid in marks:
                item = items[index]
                target = made.get(index)
                if target is None:
                    if item.role != "LI":
                        lists, last_li = [], None
                        target = elem(item.role, doc, page)
                    else:
                        while lists and lists[-1][0] > item.level:
                            lists.pop()
                        if not lists or lists[-1][0] < item.level:
                            holder = last_li if (lists and last_li is not None) else doc
                            lists.append((item.level, elem("L", holder)))
                        li = elem("LI", lists[-1][1])
                        last_li = li
                        target = elem("LBody", li, page)
                    made[index] = target
                target.K.append(mcid)
                by_mcid[mcid] = target
            page.obj.StructParents = len(parents) // 2
            parents.extend([len(parents) // 2, Array([e for e in by_mcid if e is not None])])
        tree.ParentTree = pdf.make_indirect(Dictionary(Nums=parents))
        tree.ParentTreeNextKey = len(parents) // 2
        root.StructTreeRoot = tree
        root.MarkInfo = Dictionary(Marked=True)
        root.Lang = pikepdf.String(plan.language)
        root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        pdf.save(path)
