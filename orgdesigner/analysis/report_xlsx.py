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

from .. import formatting
from ..i18n import N_, _, label
from ..model import Project
from ..model.import_log import KINDS

SEVERITY = {"error": N_("Feil"), "warning": N_("Advarsel"), "info": N_("Info")}
FIELD_LABELS = {
    "name": N_("Navn"),
    "fte_percent": N_("Stillingsprosent"),
    "title": N_("Stillingsbetegnelse"),
    "code": N_("Stillingskode"),
    "unit": N_("Enhet"),
    "work_place": N_("Arbeidssted"),
    "salary": N_("Årslønn"),
    "positions": N_("Antall stillinger"),
}


def _header(ws: Any, project: Project, title: str) -> None:
    from openpyxl.styles import Font

    d = project.details()
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    for name, value in (
        (_("Prosjekt"), d["name"]),
        (_("Kommune"), d["kommune"]),
        (_("Ansvarlig"), d["responsible"]),
        (_("Laget"), formatting.datetime(dt.datetime.now().replace(microsecond=0))),
    ):
        if value:
            ws.append([name, value])
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
    file, sheet, row, column and message), in the current language."""
    from openpyxl import Workbook

    wb = Workbook()
    runs = wb.active
    runs.title = _("Importer")
    _header(runs, project, _("Importlogg"))
    _table(
        runs,
        [
            _("Tidspunkt"),
            _("Type"),
            _("Fil"),
            _("Ark"),
            _("Kildekommune"),
            _("Status"),
            _("Rader lest"),
            _("Importert"),
            _("Avvist"),
            _("Hoppet over"),
            _("Feil"),
            _("Advarsler"),
            _("Melding"),
        ],
        [
            [
                formatting.timestamp(e.get("at", "")),
                label(KINDS, e.get("kind", "")),
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
    issues = wb.create_sheet(_("Meldinger"))
    _header(issues, project, _("Meldinger fra importene"))
    _table(
        issues,
        [
            _("Tidspunkt"),
            _("Fil"),
            _("Ark"),
            _("Rad"),
            _("Kolonne"),
            _("Overskrift"),
            _("Alvor"),
            _("Melding"),
        ],
        [
            [
                formatting.timestamp(e.get("at", "")),
                e.get("file", ""),
                e.get("sheet", ""),
                i.get("row"),
                i.get("column", ""),
                i.get("header", ""),
                label(SEVERITY, i.get("severity", "")),
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
    summary.title = _("Oppsummering")
    _header(summary, project, _("Endringer i ansattlista – {kommune}").format(kommune=report.kommune))
    c = report.counts()
    _table(
        summary,
        ["", _("Antall")],
        [
            [_("Fil"), report.file],
            [_("Sluttet"), c["left"]],
            [_("Nye"), c["new"]],
            [_("Endret"), c["changed"]],
            [_("Uendret"), c["unchanged"]],
            [_("Ikke sammenlignet (avviste rader)"), c["not_compared"]],
        ],
        [34, 40],
    )
    for title, items in ((_("Sluttet"), report.left), (_("Nye"), report.new)):
        ws = wb.create_sheet(title)
        _table(
            ws,
            [_("Ansattnummer"), _("Navn"), _("Stillinger")],
            [[i["employee_number"], i["name"], i["positions"]] for i in items],
            [16, 32, 12],
        )
    ws = wb.create_sheet(_("Endret"))
    _table(
        ws,
        [_("Ansattnummer"), _("Navn"), _("Felt"), _("Før"), _("Nå")],
        [
            [ch.employee_number, ch.name, label(FIELD_LABELS, k), _show(old), _show(new)]
            for ch in report.changed
            for k, (old, new) in ch.fields.items()
        ],
        [16, 32, 20, 30, 30],
    )
    return _save(wb, path)
