"""Turning the data rows of a staff list into records, accounting for every row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import national_id
from .reading import column_letter
from .report import ERROR, INFO, WARNING, ImportReport
from .values import (
    ValueProblem,
    is_total_label,
    parse_code,
    parse_date,
    parse_number,
    parse_percent,
    parse_text,
    person_name,
)

VACANT = {"ledig", "vakant", "ledig stilling", "vakanse"}
TEXT_FIELDS = ("title", "kostra", "unit", "department", "work_place", "manager", "employment_type")


@dataclass
class Record:
    row: int
    employee_no: str = ""
    name: str = ""
    vacant: bool = False
    fte: float = 0.0
    values: dict[str, str] = field(default_factory=dict)
    salary: float = 0.0


def _fraction_column(data: list[tuple[int, list[Any], Any]], col: int | None) -> bool:
    """True when every numeric value of the column lies in 0–1 (fractions, not percent)."""
    if col is None:
        return False
    seen = False
    for _, vals, pct in data:
        v = vals[col] if col < len(vals) else None
        if v is None or col in pct:
            continue
        if isinstance(v, str):
            if "%" in v:
                return False
            try:
                v = parse_number(v)
            except ValueProblem:
                continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if v > 1:
                return False
            if v > 0:
                seen = True
    return seen


def parse_rows(
    data: list[tuple[int, list[Any], frozenset[int]]],
    headers: list[str],
    mapping: dict[str, int],
    report: ImportReport,
    epoch_1904: bool = False,
) -> list[Record]:
    """Records for the rows that import; every other row is counted as rejected or skipped."""
    get_col = mapping.get
    fte_col = get_col("fte")
    fractions = _fraction_column(data, fte_col)
    identity_cols = [c for f in ("employee_no", "name", "first_name", "last_name") if (c := get_col(f)) is not None]
    mapped_cols = set(mapping.values())

    def where(f: str) -> tuple[str, str]:
        c = mapping[f]
        return column_letter(c), headers[c] if c < len(headers) else ""

    records: list[Record] = []
    for idx, vals, pct in data:
        report.rows_read += 1
        n = len(vals)

        def cell(f: str, vals: list[Any] = vals, n: int = n) -> Any:
            c = get_col(f)
            return vals[c] if c is not None and c < n else None

        if not any(v is not None for v in vals):
            report.rows_skipped += 1
            continue
        emp = cell("employee_no")
        if any(is_total_label(v) for v in vals[:8]) and (emp is None or is_total_label(emp)):
            report.rows_skipped += 1
            report.add(idx, "", "", INFO, "Sumrad hoppet over")
            continue
        has_identity = any(c < n and vals[c] is not None for c in identity_cols)
        if not has_identity:
            filled = [vals[c] for c in range(n) if vals[c] is not None and (c in mapped_cols or not mapped_cols)]
            if not filled or all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in filled):
                report.rows_skipped += 1
                report.add(idx, "", "", INFO, "Rad med bare tall (summer) hoppet over")
                continue
            report.rows_rejected += 1
            report.add(idx, "", "", ERROR, "Raden mangler både navn og ansattnummer")
            continue

        rec = Record(idx)
        try:
            rec.employee_no = parse_code(cell("employee_no")) if "employee_no" in mapping else ""
        except ValueProblem as exc:
            report.rows_rejected += 1
            report.add(idx, *where("employee_no"), ERROR, f"Ugyldig ansattnummer: {exc}")
            continue
        if "first_name" in mapping or "last_name" in mapping:
            rec.name = person_name(cell("name"), cell("first_name"), cell("last_name")) if "name" not in mapping \
                else person_name(cell("name"))
        else:
            rec.name = person_name(cell("name"))
        if national_id.contains_candidate(rec.name) or national_id.contains_candidate(rec.employee_no):
            report.rows_rejected += 1
            col = "employee_no" if national_id.contains_candidate(rec.employee_no) else (
                "name" if "name" in mapping else "last_name" if "last_name" in mapping else "first_name")
            report.add(idx, *where(col), ERROR, "Verdien ligner et fødselsnummer og er ikke importert")
            continue
        rec.vacant = rec.name.casefold() in VACANT
        if "fte" in mapping:
            raw = cell("fte")
            if raw is None:
                report.add(idx, *where("fte"), WARNING, "Stillingsprosent mangler; satt til 0")
            else:
                try:
                    rec.fte = parse_percent(raw, fte_col in pct, fractions)
                except ValueProblem as exc:
                    report.rows_rejected += 1
                    report.add(idx, *where("fte"), ERROR, f"Ugyldig stillingsprosent: {exc}")
                    continue
        if "salary" in mapping and cell("salary") is not None:
            try:
                rec.salary = parse_number(cell("salary"))
            except ValueProblem as exc:
                report.add(idx, *where("salary"), WARNING, f"Årslønn kan ikke leses ({exc}); satt til 0")
        for f in ("code", "cost_centre"):
            if f in mapping and cell(f) is not None:
                rec.values[f] = parse_text(cell(f))
        for f in TEXT_FIELDS:
            if f in mapping and cell(f) is not None:
                text = parse_text(cell(f))
                if national_id.contains_candidate(text):
                    report.add(idx, *where(f), WARNING, "Verdien ligner et fødselsnummer og er utelatt")
                    continue
                rec.values[f] = text
        if "start_date" in mapping and cell("start_date") is not None:
            try:
                rec.values["start_date"] = parse_date(cell("start_date"), epoch_1904).isoformat()
            except ValueProblem as exc:
                report.add(idx, *where("start_date"), WARNING, f"Tiltredelsesdato kan ikke leses: {exc}")
        if not rec.name and not rec.vacant:
            report.add(idx, *where("employee_no"), WARNING, "Navn mangler")
        records.append(rec)
    return records
