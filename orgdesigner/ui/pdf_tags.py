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
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name, Operator

DEVICE_DPI = 300  # QPdfWriter's resolution (chart_pdf.DEVICE_DPI; this module stays Qt-free)


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
    """The device-pixel point where a text object starts (first Td in the text matrix)."""
    line = pikepdf.Matrix(1, 0, 0, 1, td[0], td[1]) @ tm @ ctm
    return line.e, line.f


def _mark_text_page(
    pdf: pikepdf.Pdf, page: pikepdf.Page, items: list[TextItem], next_mcid: list[int]
) -> list[tuple[int, int]]:
    """Wrap each text object in marked content; returns (item index, MCID) in stream order."""
    scale, height_pt = DEVICE_DPI / 72.0, float(page.mediabox[3])
    out: list[pikepdf.ContentStreamInstruction] = []
    found: list[tuple[int, int]] = []
    stack: list[pikepdf.Matrix] = []
    ctm = pikepdf.Matrix()
    block: list[pikepdf.ContentStreamInstruction] | None = None
    tm = pikepdf.Matrix()
    start: tuple[float, float] | None = None
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        if block is not None:
            block.append(ins)
            if op == "Tm":
                tm = pikepdf.Matrix(*[float(x) for x in ins.operands])
            elif op in ("Td", "TD") and start is None:
                start = _origin(ctm, tm, (float(ins.operands[0]), float(ins.operands[1])))
            elif op == "ET":
                y_dev = (height_pt - start[1]) * scale if start else -1.0
                hit = next((n for n, it in enumerate(items) if it.top - 2 <= y_dev <= it.bottom + 2), None)
                if hit is None:  # the title line and page number above the text
                    props = Dictionary(Type=Name.Pagination)
                    out.append(pikepdf.ContentStreamInstruction([Name.Artifact, props], Operator("BDC")))
                else:
                    mcid = next_mcid[0]
                    next_mcid[0] += 1
                    found.append((hit, mcid))
                    tag = Name("/" + ("LBody" if items[hit].role == "LI" else items[hit].role))
                    props = Dictionary(MCID=mcid)
                    out.append(pikepdf.ContentStreamInstruction([tag, props], Operator("BDC")))
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
        elif op == "cm":
            ctm = pikepdf.Matrix(*[float(x) for x in ins.operands]) @ ctm
        out.append(ins)
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    return found


def _wrap_figure(pdf: pikepdf.Pdf, page: pikepdf.Page, mcid: int) -> None:
    ops = list(pikepdf.parse_content_stream(page))
    begin = pikepdf.ContentStreamInstruction([Name.Figure, Dictionary(MCID=mcid)], Operator("BDC"))
    end = pikepdf.ContentStreamInstruction([], Operator("EMC"))
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream([begin, *ops, end]))


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
            figure.K.append(0)
            _wrap_figure(pdf, page, 0)
            page.obj.StructParents = len(parents) // 2
            parents.extend([len(parents) // 2, Array([figure])])
        lists: list[tuple[int, Dictionary]] = []  # open L elements by level
        last_li: Dictionary | None = None
        start = len(plan.chart_alts)
        for n, items in enumerate(plan.text_pages):
            page = pdf.pages[start + n]
            counter = [0]
            marks = _mark_text_page(pdf, page, items, counter)
            by_mcid: list[Dictionary | None] = [None] * counter[0]
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
