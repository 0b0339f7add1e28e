"""Turning the data rows of a staff list into records, accounting for every row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from orgdesigner.api import _

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
    """True when the column holds fractions, not percent: some value lies in 0–1 and
    none is above 2 (so 1,2 in a fraction column is 120 %, an error, not 1,2 %)."""
    if col is None:
        return False
    seen = False
    for _row, vals, pct in data:
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
            if v > 2:
                return False
            if 0 < v < 1:
                seen = True
    return seen


def parse_rows(
    data: list[tuple[int, list[Any], frozenset[int]]],
    headers: list[str],
    mapping: dict[str, int],
    report: ImportReport,
    epoch_1904: bool = False,
    suspect: set[int] | None = None,
) -> list[Record]:
    """Records for the rows that import; every other row is counted as rejected or skipped.

    ``suspect`` are the columns where some text holds a run of digits shaped like a
    fødselsnummer (None: check every column); such values are left out."""
    get_col = mapping.get
    fte_col = get_col("fte")
    fractions = _fraction_column(data, fte_col)
    identity_cols = [
        c for f in ("employee_no", "name", "first_name", "last_name") if (c := get_col(f)) is not None
    ]
    mapped_cols = set(mapping.values())
    width = max([len(headers), *(c + 1 for c in mapped_cols)])
    emp_col = get_col("employee_no")
    name_col, first_col, last_col = get_col("name"), get_col("first_name"), get_col("last_name")
    two_names = name_col is None and (first_col is not None or last_col is not None)
    salary_col, start_col = get_col("salary"), get_col("start_date")
    codes = [(f, c) for f in ("code", "cost_centre") if (c := get_col(f)) is not None]
    texts = [(f, c) for f in TEXT_FIELDS if (c := get_col(f)) is not None]
    check = (lambda c: True) if suspect is None else suspect.__contains__
    candidate = national_id.contains_candidate

    def where(f: str) -> tuple[str, str]:
        c = mapping[f]
        return column_letter(c), headers[c] if c < len(headers) else ""

    def at(vals: list[Any], c: int | None) -> Any:
        return None if c is None else vals[c]

    text_of = _Memo(parse_text)  # the same title, unit, code recurs on thousands of rows
    date_of = _Memo(lambda v: parse_date(v, epoch_1904).isoformat())
    percent_of = _Memo(lambda v: parse_percent(v, False, fractions))
    percent_fmt_of = _Memo(lambda v: parse_percent(v, True, fractions))
    hidden: dict[str, bool] = {}  # text → shaped like a fødselsnummer (for suspect columns)

    def shaped(text: str) -> bool:
        found = hidden.get(text)
        if found is None:
            found = hidden[text] = candidate(text)
        return found

    records: list[Record] = []
    report.rows_read += len(data)
    for idx, vals, pct in data:
        n = len(vals)
        if vals.count(None) == n:
            report.rows_skipped += 1
            continue
        if n < width:
            vals = vals + [None] * (width - n)
        emp = None if emp_col is None else vals[emp_col]
        if (emp is None or (type(emp) is str and is_total_label(emp))) and any(
            is_total_label(v) for v in vals[:8]
        ):
            report.rows_skipped += 1
            report.add(idx, "", "", INFO, "Sumrad hoppet over")
            continue
        for c in identity_cols:
            if vals[c] is not None:
                break
        else:
            filled = [
                vals[c] for c in range(n) if vals[c] is not None and (c in mapped_cols or not mapped_cols)
            ]
            if not filled or all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in filled):
                report.rows_skipped += 1
                report.add(idx, "", "", INFO, _("Rad med bare tall (summer) hoppet over"))
                continue
            report.rows_rejected += 1
            report.add(
                idx,
                *where(next(f for f in ("employee_no", "name", "last_name", "first_name") if f in mapping)),
                ERROR,
                _("Raden mangler både navn og ansattnummer"),
            )
            continue

        rec = Record(idx)
        if emp_col is not None:
            try:
                rec.employee_no = parse_code(emp)
            except ValueProblem as exc:
                report.rows_rejected += 1
                report.add(
                    idx, *where("employee_no"), ERROR, _("Ugyldig ansattnummer: {exc}").format(exc=exc)
                )
                continue
        if two_names:
            rec.name = person_name(None, at(vals, first_col), at(vals, last_col))
        else:
            rec.name = person_name(vals[name_col]) if name_col is not None else ""
        if (candidate(rec.employee_no) if emp_col is not None and check(emp_col) else False) or (
            (rec.name and any(check(c) for c in (name_col, first_col, last_col) if c is not None))
            and candidate(rec.name)
        ):
            report.rows_rejected += 1
            col = (
                "employee_no"
                if emp_col is not None and candidate(rec.employee_no)
                else (
                    "name" if name_col is not None else "last_name" if last_col is not None else "first_name"
                )
            )
            report.add(idx, *where(col), ERROR, _("Verdien ligner et fødselsnummer og er ikke importert"))
            continue
        rec.vacant = rec.name.casefold() in VACANT or rec.employee_no.casefold() in VACANT
        if emp_col is not None and not rec.employee_no and not rec.vacant:
            report.rows_rejected += 1
            report.add(idx, *where("employee_no"), ERROR, _("Ansattnummer mangler; raden er ikke importert"))
            continue
        if fte_col is not None:
            raw = vals[fte_col]
            if raw is None:
                report.add(idx, *where("fte"), WARNING, _("Stillingsprosent mangler; satt til 0"))
            else:
                try:
                    rec.fte = (percent_fmt_of if fte_col in pct else percent_of)(raw)
                except ValueProblem as exc:
                    report.rows_rejected += 1
                    report.rejected_employees.append(rec.employee_no)
                    report.add(
                        idx, *where("fte"), ERROR, _("Ugyldig stillingsprosent: {exc}").format(exc=exc)
                    )
                    continue
        if salary_col is not None and (v := vals[salary_col]) is not None:
            try:
                if v.__class__ is float and v - v == 0:  # finite: what parse_number returns
                    rec.salary = v
                elif v.__class__ is int and -(2**53) < v < 2**53:
                    rec.salary = float(v)
                else:
                    rec.salary = parse_number(v)
            except ValueProblem as exc:
                report.add(
                    idx,
                    *where("salary"),
                    WARNING,
                    _("Årslønn kan ikke leses ({exc}); satt til 0").format(exc=exc),
                )
        values = rec.values
        for f, c in codes:
            if vals[c] is not None:
                values[f] = text_of(vals[c])
        for f, c in texts:
            v = vals[c]
            if v is not None:
                text = text_of(v)
                if check(c) and shaped(text):
                    report.add(idx, *where(f), WARNING, _("Verdien ligner et fødselsnummer og er utelatt"))
                    continue
                values[f] = text
        if start_col is not None and vals[start_col] is not None:
            try:
                values["start_date"] = date_of(vals[start_col])
            except ValueProblem as exc:
                report.add(
                    idx,
                    *where("start_date"),
                    WARNING,
                    _("Tiltredelsesdato kan ikke leses: {exc}").format(exc=exc),
                )
        if not rec.name and not rec.vacant and emp_col is not None:
            report.add(idx, *where("employee_no"), WARNING, _("Navn mangler"))
        records.append(rec)
    return records


class _Memo:
    """A parser's answer per distinct cell value (keyed by type too: 1, 1.0 and True differ);
    a refusal is remembered as its message and raised afresh each time."""

    __slots__ = ("fn", "seen")

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn = fn
        self.seen: dict[tuple[type, Any], Any] = {}

    def __call__(self, value: Any) -> Any:
        key = (value.__class__, value)
        try:
            found = self.seen[key]
        except KeyError:
            try:
                found = self.fn(value)
            except ValueProblem as exc:
                found = _Refused(str(exc))
            self.seen[key] = found
        if found.__class__ is _Refused:
            raise ValueProblem(found.message)
        return found


class _Refused:
    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message
