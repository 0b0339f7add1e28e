"""The comparison report as an Excel workbook: the same tables as the PDF, every
change listed (not capped), A4 landscape print set-up with header rows repeated.
Every text is written as text — a name starting with «=» never becomes a formula."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from orgdesigner.api import APP_VERSION as __version__
from orgdesigner.api import ComparisonReport, Project, _

from .files import write_atomic
from .numbers import stamp
from .report import area_rows, breach_rows, change_blocks, figure_rows, span_rows

HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
WRAP = Alignment(wrap_text=True, vertical="top")
RIGHT = Alignment(horizontal="right", vertical="top")


def put(ws: Any, row: int, col: int, value: Any) -> Any:
    """Write one cell; text stays text (never a formula)."""
    cell = ws.cell(row=row, column=col, value=value)
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def _print_setup(ws: Any, landscape: bool = True) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = False


def _table(wb: Workbook, name: str, rows: list[list[str]], widths: list[float]) -> None:
    ws = wb.create_sheet(name)
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row, start=1):
            cell = put(ws, i, j, value)
            if i == 1:
                cell.font, cell.fill, cell.alignment = HEAD_FONT, HEAD_FILL, WRAP
            else:
                cell.alignment = RIGHT if j > 1 else WRAP
    for j in range(1, len(rows[0]) + 1):
        ws.column_dimensions[get_column_letter(j)].width = widths[min(j - 1, len(widths) - 1)]
    ws.row_dimensions[1].height = 32  # long alternative names wrap in the header
    ws.freeze_panes = "B2"
    _print_setup(ws)


def write_xlsx(project: Project, r: ComparisonReport, target: Path) -> Path:
    wb = Workbook()
    cover = wb.active
    cover.title = _("Om rapporten")
    rows: list[tuple[str, str]] = [
        (_("Sammenligning av alternativer"), ""),
        ("", ""),
        (_("Prosjekt"), r.project_name),
        (_("Alternativer"), "; ".join(a.name for a in r.alternatives)),
        (_("Gamle kommuner"), ", ".join(r.sources) or "–"),
        (_("Laget"), stamp(r.created)),
        (_("Laget med"), f"OrgDesigner {__version__}"),
    ]
    for c in r.comparisons:
        rows.append((_("Kobling {a_name} → {b_name}").format(a_name=c.a_name, b_name=c.b_name), c.matching))
    for i, (label, value) in enumerate(rows, start=1):
        put(cover, i, 1, label).font = Font(bold=True, size=14 if i == 1 else 11)
        put(cover, i, 2, value).alignment = WRAP
    cover.column_dimensions["A"].width = 34
    cover.column_dimensions["B"].width = 80
    _print_setup(cover, landscape=False)
    cover.print_title_rows = None
    n = len(r.alternatives)
    _table(wb, _("Nøkkeltall"), figure_rows(r), [36] + [26] * n)
    _table(wb, _("Kontrollspenn"), span_rows(r), [28] + [26] * n)
    _table(wb, _("Områder"), area_rows(r), [34] + [16] * (2 * n))
    _table(wb, _("Brudd på prinsipper"), breach_rows(r), [48] + [26] * n)
    ws = wb.create_sheet(_("Endringer"))
    for j, h in enumerate((_("Sammenligning"), _("Type endring"), _("Endring")), start=1):
        cell = put(ws, 1, j, h)
        cell.font, cell.fill = HEAD_FONT, HEAD_FILL
    row = 2
    for heading, sections in change_blocks(r, limit=None):
        for title, sentences in sections:
            for s in sentences:
                put(ws, row, 1, heading)
                put(ws, row, 2, title.rsplit(" (", 1)[0] if title else _("Kobling av enheter"))
                put(ws, row, 3, s).alignment = WRAP
                row += 1
    for col, w in zip("ABC", (44, 26, 90), strict=True):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:C{max(row - 1, 1)}"
    _print_setup(ws)
    return write_atomic(target, wb.save)
