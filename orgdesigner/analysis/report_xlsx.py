"""The import log and a re-import's change report as .xlsx files (openpyxl, no Qt).

Both open with a header naming the project (name, kommune, responsible) and are
written to a temporary file that replaces the target, so a failed save never
leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from ..model import Project
from ..model.import_log import KINDS

SEVERITY = {"error": "Feil", "warning": "Advarsel", "info": "Info"}
FIELD_LABELS = {
    "name": "Navn",
    "fte_percent": "Stillingsprosent",
    "title": "Stillingsbetegnelse",
    "code": "Stillingskode",
    "unit": "Enhet",
    "work_place": "Arbeidssted",
    "salary": "Årslønn",
    "positions": "Antall stillinger",
}


def _header(ws: Any, project: Project, title: str) -> None:
    from openpyxl.styles import Font

    d = project.details()
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    for label, value in (
        ("Prosjekt", d["name"]),
        ("Kommune", d["kommune"]),
        ("Ansvarlig", d["responsible"]),
        ("Laget", dt.datetime.now().strftime("%d.%m.%Y %H:%M")),
    ):
        if value:
            ws.append([label, value])
    ws.append([])


def _table(ws: Any, headers: list[str], rows: list[list[Any]], widths: list[int]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws.append(headers)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.freeze_panes = ws.cell(row=ws.max_row + 1, column=1)
    for row in rows:
        ws.append(row)
    for n, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(n)].width = w


def _save(wb: Any, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".orgd-report-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_import_log(project: Project, entries: list[dict[str, Any]], path: str | os.PathLike[str]) -> Path:
    """One sheet «Importer» (a row per run) and one «Meldinger» (a row per issue, with
    file, sheet, row, column and message)."""
    from openpyxl import Workbook

    wb = Workbook()
    runs = wb.active
    runs.title = "Importer"
    _header(runs, project, "Importlogg")
    _table(
        runs,
        [
            "Tidspunkt",
            "Type",
            "Fil",
            "Ark",
            "Kildekommune",
            "Status",
            "Rader lest",
            "Importert",
            "Avvist",
            "Hoppet over",
            "Feil",
            "Advarsler",
            "Melding",
        ],
        [
            [
                e.get("at", ""),
                KINDS.get(e.get("kind", ""), e.get("kind", "")),
                e.get("file", ""),
                e.get("sheet", ""),
                e.get("kommune", ""),
                e.get("status", ""),
                e.get("counts", {}).get("rows_read"),
                e.get("counts", {}).get("rows_imported"),
                e.get("counts", {}).get("rows_rejected"),
                e.get("counts", {}).get("rows_skipped"),
                sum(1 for i in e.get("issues", []) if i.get("severity") == "error"),
                sum(1 for i in e.get("issues", []) if i.get("severity") == "warning"),
                e.get("message", ""),
            ]
            for e in entries
        ],
        [20, 22, 28, 16, 16, 10, 10, 10, 10, 10, 8, 10, 60],
    )
    issues = wb.create_sheet("Meldinger")
    _header(issues, project, "Meldinger fra importene")
    _table(
        issues,
        ["Tidspunkt", "Fil", "Ark", "Rad", "Kolonne", "Overskrift", "Alvor", "Melding"],
        [
            [
                e.get("at", ""),
                e.get("file", ""),
                e.get("sheet", ""),
                i.get("row"),
                i.get("column", ""),
                i.get("header", ""),
                SEVERITY.get(i.get("severity", ""), i.get("severity", "")),
                i.get("message", ""),
            ]
            for e in entries
            for i in e.get("issues", [])
        ],
        [20, 28, 16, 8, 9, 22, 10, 80],
    )
    return _save(wb, path)


def _show(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_change_report(project: Project, report: Any, path: str | os.PathLike[str]) -> Path:
    """Sheets «Sluttet», «Nye» and «Endret» (one row per changed field: old → new)."""
    from openpyxl import Workbook

    wb = Workbook()
    summary = wb.active
    summary.title = "Oppsummering"
    _header(summary, project, f"Endringer i ansattlista – {report.kommune}")
    c = report.counts()
    _table(
        summary,
        ["", "Antall"],
        [
            ["Fil", report.file],
            ["Sluttet", c["left"]],
            ["Nye", c["new"]],
            ["Endret", c["changed"]],
            ["Uendret", c["unchanged"]],
            ["Ikke sammenlignet (avviste rader)", c["not_compared"]],
        ],
        [34, 40],
    )
    for title, items in (("Sluttet", report.left), ("Nye", report.new)):
        ws = wb.create_sheet(title)
        _table(
            ws,
            ["Ansattnummer", "Navn", "Stillinger"],
            [[i["employee_number"], i["name"], i["positions"]] for i in items],
            [16, 32, 12],
        )
    ws = wb.create_sheet("Endret")
    _table(
        ws,
        ["Ansattnummer", "Navn", "Felt", "Før", "Nå"],
        [
            [ch.employee_number, ch.name, FIELD_LABELS.get(k, k), _show(old), _show(new)]
            for ch in report.changed
            for k, (old, new) in ch.fields.items()
        ],
        [16, 32, 20, 30, 30],
    )
    return _save(wb, path)
