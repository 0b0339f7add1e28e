"""Write the demo kommune's staff lists as .xlsx files, the way HR systems export them.

Usage (from the repository root)::

    python resources/demo/make_demo.py            # writes resources/demo/*.xlsx
    python resources/demo/make_demo.py --out DIR  # somewhere else

Each old kommune gets its own shape (DOMAIN.md, "Staff lists as HR systems
export them"), generated from ``orgdesigner.demo.build_demo_project()`` with the
fixed seed, so the files agree with the project row for row:

* Fet: a title block above the header, percent as 80, a total row at the bottom.
* Skedsmo: a cover sheet before the data sheet, "Etternavn, Fornavn" in one cell,
  percent as the fraction 0.8 with a percent number format.
* Sørum: trailing spaces in headers, percent as the text "80,00", blank rows
  between the units.

The files are written reproducibly (fixed document and zip timestamps), so a
re-run without changes to the generator gives byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from a checkout without installing

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

from orgdesigner.demo import DEFAULT_SEED, StaffRow, build_demo_project, staff_rows  # noqa: E402

EXPORT_DATE = dt.datetime(2019, 10, 1, 7, 30)
BOLD = Font(bold=True)


def _fet(wb: Workbook, rows: list[StaffRow]) -> None:
    ws = wb.active
    ws.title = "Ansatte"
    ws.append(["Fet kommune"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Ansatte og stillinger per 01.10.2019"])
    ws.append(["Utskrift fra lønns- og personalsystemet"])
    ws.append([])
    header = [
        "Ansattnr",
        "Navn",
        "Stillingskode",
        "Stillingsbetegnelse",
        "Stillingsprosent",
        "Årslønn",
        "Ansvar",
        "Tjeneste",
        "Enhet",
        "Arbeidssted",
        "Nærmeste leder",
    ]
    ws.append(header)
    for cell in ws[5]:
        cell.font = BOLD
    for r in sorted(rows, key=lambda r: (r.unit, r.last_name, r.first_name, int(r.employee_no))):
        ws.append(
            [
                int(r.employee_no),
                r.name,
                int(r.code),
                r.title,
                r.fte_percent,
                r.salary,
                int(r.cost_centre),
                int(r.kostra),
                r.unit,
                r.work_place,
                r.leader,
            ]
        )
        ws.cell(ws.max_row, 5).number_format = "0.00"
        ws.cell(ws.max_row, 6).number_format = "#,##0"
    ws.append([])
    ws.append(
        [
            "Sum",
            f"{len(rows)} stillinger",
            None,
            None,
            sum(r.fte_percent for r in rows),
            sum(r.salary for r in rows),
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = BOLD
    ws.freeze_panes = "A6"


def _skedsmo(wb: Workbook, rows: list[StaffRow]) -> None:
    cover = wb.active
    cover.title = "Forside"
    for line in (
        "Skedsmo kommune",
        "Personalrapport – aktive arbeidsforhold",
        "Uttrekksdato: 01.10.2019",
        "Kilde: HR-systemet",
        "",
        "Fortrolig: inneholder personopplysninger.",
    ):
        cover.append([line])
    cover["A1"].font = Font(bold=True, size=16)
    ws = wb.create_sheet("Ansatte")
    ws.append(
        [
            "Ressursnr",
            "Navn",
            "Stillingskode",
            "Stillingstittel",
            "Stilling %",
            "Lønn",
            "Ansvarsnr",
            "Funksjon",
            "Org.enhet",
            "Arbeidssted",
            "Nærmeste leder",
        ]
    )
    for cell in ws[1]:
        cell.font = BOLD
    for r in rows:  # by employee number
        leader = f"{r.leader_last}, {r.leader_first}" if r.leader_last else ""
        ws.append(
            [
                int(r.employee_no),
                f"{r.last_name}, {r.first_name}",
                r.code,
                r.title,
                r.fte_percent / 100,
                r.salary,
                r.cost_centre,
                r.kostra,
                r.unit,
                r.work_place,
                leader,
            ]
        )
        ws.cell(ws.max_row, 5).number_format = "0%"
        ws.cell(ws.max_row, 6).number_format = "#,##0.00"
    ws.auto_filter.ref = ws.dimensions
    wb.active = 1


def _percent_text(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _sorum(wb: Workbook, rows: list[StaffRow]) -> None:
    ws = wb.active
    ws.title = "Stillinger"
    ws.append(
        [
            "Personalnr ",
            "Etternavn ",
            "Fornavn ",
            "Stillingskode",
            "Stillingsbetegnelse ",
            "Stillingsandel ",
            "Årslønn ",
            "Ansvar ",
            "Tjeneste",
            "Avdeling ",
            "Arbeidssted ",
            "Nærmeste leder ",
        ]
    )
    previous = None
    for r in sorted(rows, key=lambda r: (r.cost_centre, r.last_name, r.first_name, int(r.employee_no))):
        if previous is not None and r.unit != previous:
            ws.append([])
        previous = r.unit
        ws.append(
            [
                r.employee_no,
                r.last_name,
                r.first_name,
                int(r.code),
                r.title,
                _percent_text(r.fte_percent),
                r.salary,
                int(r.cost_centre),
                r.kostra,
                r.unit,
                r.work_place,
                r.leader,
            ]
        )


#: file name → (source kommune id, writer)
FILES: dict[str, tuple[str, Callable[[Workbook, list[StaffRow]], None]]] = {
    "fet-ansatte-2019.xlsx": ("fet", _fet),
    "skedsmo-personalrapport-2019.xlsx": ("skedsmo", _skedsmo),
    "sorum-stillinger-2019.xlsx": ("sorum", _sorum),
}


def _reproducible(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so identical content gives identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=EXPORT_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                stamp = EXPORT_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
            dst.writestr(fixed, content)
    return out.getvalue()


def write_all(out_dir: Path, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write one staff list per old kommune into ``out_dir``; returns the paths."""
    project = build_demo_project(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for filename, (source_id, writer) in FILES.items():
        wb = Workbook()
        wb.properties.creator = "HR-systemet"
        wb.properties.created = wb.properties.modified = EXPORT_DATE
        writer(wb, staff_rows(project, source_id))
        buf = io.BytesIO()
        wb.save(buf)
        path = out_dir / filename
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(_reproducible(buf.getvalue()))
        tmp.replace(path)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Skriv demokommunens ansattlister (.xlsx).")
    parser.add_argument("--out", type=Path, default=HERE, help="mappe (standard: resources/demo)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    for path in write_all(args.out, args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
