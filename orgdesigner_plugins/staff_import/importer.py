"""Import a staff list (ansattliste) into a new source kommune.

:func:`read_staff_list` reads and checks a file and returns a :class:`StaffImport`
with the report and the records it would add; :meth:`StaffImport.op` turns them
into ONE undoable model op. Nothing is written to a project unless that op is
applied, and a refused file (fødselsnumre) yields no op at all.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orgdesigner.api import (
    AddItems,
    Compound,
    Location,
    ModelError,
    Op,
    Person,
    Position,
    Project,
    SetSettings,
    SourceKommune,
    Unit,
    _,
)

from . import national_id
from .build import build_entities
from .detect import header_at, header_candidates, headers_by_field, mapping_from_headers
from .kommune_name import propose, text_lines
from .reading import Book, ImportFileError, column_letter, open_book
from .report import ERROR, IMPORTED, INFO, REFUSED, UNREADABLE, WARNING, ImportReport
from .rows import parse_rows
from .synonyms import FIELDS, synonym_table

log = logging.getLogger(__name__)

#: fields that identify a person; a header row needs one of them
IDENTITY = ("employee_no", "name", "first_name", "last_name")

SETTING_PREFIX = "staff_import.mapping."


@dataclass
class Options:
    sheet: str | None = None
    header_row: int | None = None
    mapping: dict[str, int] | None = None  # field → 0-based column
    kommune: str | None = None
    drop_national_id: bool = False
    synonyms: dict[str, list[str]] | None = None
    engine: str = "auto"
    remembered: dict[str, dict[str, str]] = field(default_factory=dict)  # kommune → field → header


@dataclass
class StaffImport:
    report: ImportReport
    source: SourceKommune | None = None
    units: list[Unit] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def issues(self) -> list:
        return self.report.issues

    def op(self, project: Project | None = None) -> Op:
        """One undo step that adds the source kommune with its org, staff and work places."""
        if not self.ok or self.source is None:
            raise ModelError(self.report.message or "Importen ble avvist")
        if project is not None:
            for s in project.sources.values():
                if s.name.casefold() == self.source.name.casefold():
                    raise ModelError(
                        _(
                            "Prosjektet har allerede kildekommunen «{s}». En ny liste for samme kommune leses med «Oppdater fra ny ansattliste» (orgdesigner reimport), som viser endringene."
                        ).format(s=s.name)
                    )
        sid = self.source.id
        ops: list[Op] = [AddItems("source", None, [self.source])]
        if self.locations:
            ops.append(AddItems("location", None, self.locations))
        if self.units:
            ops.append(AddItems("unit", sid, self.units))
        if self.persons:
            ops.append(AddItems("person", None, self.persons))
        if self.positions:
            ops.append(AddItems("position", None, self.positions))
        remembered = headers_by_field(self.headers, self.mapping)
        ops.append(SetSettings({SETTING_PREFIX + self.source.name: remembered}))
        return Compound(ops, text=_("Importer ansatte fra «{file}»").format(file=self.report.file))


def remembered_mappings(project: Project | None) -> dict[str, dict[str, str]]:
    """kommune name → field → header, as earlier imports into ``project`` stored them."""
    if project is None:
        return {}
    return {
        k[len(SETTING_PREFIX) :]: v
        for k, v in project.settings.items()
        if k.startswith(SETTING_PREFIX) and isinstance(v, dict)
    }


def read_staff_list(
    path: str | Path, options: Options | None = None, project: Project | None = None
) -> StaffImport:
    """Read, check and convert one staff list; never raises for bad input."""
    opts = options or Options()
    if project is not None and not opts.remembered:
        opts.remembered = remembered_mappings(project)
    path = Path(path)
    report = ImportReport(file=path.name)
    # hundreds of thousands of cells and records: a cyclic collection in the middle walks
    # them all again and again (a third of the time at 50 000 rows); the few cycles (the
    # workbook's objects) are collected afterwards
    collecting = gc.isenabled()
    gc.disable()
    try:
        with open_book(path, engine=opts.engine) as book:
            result = _read(book, path, opts, report, project)
    except ImportFileError as exc:
        report.status = UNREADABLE
        report.message = str(exc)
        report.add(None, "", "", ERROR, str(exc))
        result = StaffImport(report)
    finally:
        if collecting:
            gc.enable()
    log.info(
        "Import av %s: %s, %d rader lest, %d importert, %d avvist, %d hoppet over",
        report.file,
        report.status,
        report.rows_read,
        report.rows_imported,
        report.rows_rejected,
        report.rows_skipped,
    )
    return result


def _read(
    book: Book, path: Path, opts: Options, report: ImportReport, project: Project | None
) -> StaffImport:
    table = synonym_table(_project_synonyms(project, opts))
    if opts.sheet is not None and opts.sheet not in book.sheet_names:
        raise ImportFileError(
            _("«{path}» har ikke arket «{sheet}» (arkene er: {value})").format(
                path=path.name, sheet=opts.sheet, value=", ".join(book.sheet_names)
            )
        )
    if opts.header_row is not None:
        sheet = opts.sheet
        if sheet is None:  # the row was given, the sheet is the one that holds the list
            found = header_candidates(book, table, IDENTITY)
            sheet = found[0].sheet if found else book.sheet_names[0]
        guess = header_at(book, sheet, opts.header_row, table)
    else:
        found = header_candidates(book, table, IDENTITY, opts.sheet)
        if not found:
            if opts.sheet:
                text = _(
                    "Fant ingen ansattliste i «{path}»: arket «{sheet}» har ingen overskriftsrad med kjente "
                    "kolonner (som Ansattnr, Navn, Stillingsprosent, Enhet)"
                ).format(path=path.name, sheet=opts.sheet)
            else:
                text = _(
                    "Fant ingen ansattliste i «{path}»: ingen av arkene har en overskriftsrad med kjente "
                    "kolonner (som Ansattnr, Navn, Stillingsprosent, Enhet)"
                ).format(path=path.name)
            raise ImportFileError(text)
        guess = found[0]
    report.sheet, report.header_row = guess.sheet, guess.row
    headers = guess.headers
    name, number, origin = propose(guess.title_lines, _cover_lines(book, guess.sheet), path.stem)
    kommune = (opts.kommune or name).strip()
    report.kommune, report.kommune_number = kommune, number
    report.kommune_from = "user" if opts.kommune else origin
    mapping = dict(guess.mapping)
    if opts.mapping is not None:
        mapping = {f: c for f, c in opts.mapping.items() if f in FIELDS and c is not None and c >= 0}
    elif kommune in opts.remembered:
        mapping.update(mapping_from_headers(headers, opts.remembered[kommune]))

    data = [(idx, vals, pct) for idx, vals, pct in book.rows(guess.sheet) if idx > guess.row]
    while data and not any(v is not None for v in data[-1][1]):
        data.pop()  # trailing blank rows are not rows of the list
    width = max([len(headers), *(len(v) for _row, v, _pct in data)], default=0)
    headers = headers + [""] * (width - len(headers))
    beyond = sorted((c, f) for f, c in mapping.items() if c >= width)
    if beyond:
        cols = ", ".join(f"{column_letter(c)} (for «{f}»)" for c, f in beyond)
        last = f"A–{column_letter(width - 1)}" if width else "ingen"
        raise ImportFileError(
            _("«{path}», arket «{sheet}»: kolonne {cols} finnes ikke (arket har kolonnene {last})").format(
                path=path.name, sheet=guess.sheet, cols=cols, last=last
            )
        )

    flagged, suspect = _national_id_columns(headers, data, table, mapping)
    if flagged:
        names = ", ".join(f"{column_letter(c)} «{headers[c] or '(uten overskrift)'}»" for c in flagged)
        if not opts.drop_national_id:
            report.status = REFUSED
            report.message = _(
                "«{path}», arket «{sheet}», kolonne {names}: ser ut til å inneholde fødselsnumre. Importen er avvist, og ingenting er lagret. Fjern kolonnen fra fila, eller velg å utelate den."
            ).format(path=path.name, sheet=guess.sheet, names=names)
            for c in flagged:
                report.add(
                    None,
                    column_letter(c),
                    headers[c],
                    ERROR,
                    _("Kolonnen ser ut til å inneholde fødselsnumre"),
                )
            report.rows_read = len(data)
            report.rows_rejected = len(data)  # nothing imported: every row is accounted for as refused
            report.mapping = _mapping_report(headers, mapping)
            return StaffImport(report, headers=headers, mapping=mapping)
        for c in flagged:
            report.dropped_columns.append(f"{column_letter(c)} «{headers[c]}»")
            report.add(None, column_letter(c), headers[c], INFO, _("Kolonnen med fødselsnumre er utelatt"))
        mapping = {f: col for f, col in mapping.items() if col not in flagged}
        for c in flagged:  # the values never leave this function
            for _row, vals, _pct in data:
                if c < len(vals):
                    vals[c] = None
    mapping.pop("national_id", None)
    if "birth_date" in mapping:  # recognised so it is not mistaken for anything else, never stored
        c = mapping.pop("birth_date")
        report.add(None, column_letter(c), headers[c], INFO, _("Fødselsdato trengs ikke og leses ikke inn"))
    report.mapping = _mapping_report(headers, mapping)
    if not any(f in mapping for f in IDENTITY):
        raise ImportFileError(
            _("«{path}», arket «{sheet}»: ingen kolonne er koblet til navn eller ansattnummer").format(
                path=path.name, sheet=guess.sheet
            )
        )

    records = parse_rows(data, headers, mapping, report, epoch_1904=book.epoch_1904, suspect=suspect)
    result = StaffImport(report, headers=headers, mapping=mapping)
    result.source, result.units, result.persons, result.positions, result.locations = build_entities(
        kommune,
        records,
        report,
        has_unit_columns=any(f in mapping for f in ("unit", "department", "cost_centre")),
        columns={f: (column_letter(c), headers[c]) for f, c in mapping.items()},
    )
    result.source.number = report.kommune_number
    report.status = IMPORTED
    if not result.positions:
        report.add(None, "", "", WARNING, _("Lista har ingen ansatte som kan importeres"))
    report.persons, report.positions = len(result.persons), len(result.positions)
    report.units, report.locations = len(result.units), len(result.locations)
    report.fte_percent_sum = sum(p.fte_percent for p in result.positions)
    return result


def _cover_lines(book: Book, data_sheet: str) -> list[str]:
    """The text of cover sheets in front of the list (their first 15 rows)."""
    lines: list[str] = []
    for sheet in book.sheet_names:
        if sheet == data_sheet:
            break
        lines += text_lines(book.rows(sheet, limit=15))
    return lines


def _project_synonyms(project: Project | None, opts: Options) -> dict[str, list[str]]:
    extra: dict[str, list[str]] = {}
    if project is not None:
        for f, hs in (project.settings.get("staff_import.synonyms") or {}).items():
            extra.setdefault(f, []).extend(hs)
    for f, hs in (opts.synonyms or {}).items():
        extra.setdefault(f, []).extend(hs)
    return extra


def _mapping_report(headers: list[str], mapping: dict[str, int]) -> dict[str, dict[str, str]]:
    return {
        f: {"column": column_letter(c), "header": headers[c] if c < len(headers) else ""}
        for f, c in sorted(mapping.items(), key=lambda kv: kv[1])
    }


def _national_id_columns(
    headers: list[str], data: list[tuple[int, list[Any], Any]], table: dict[str, str], mapping: dict[str, int]
) -> tuple[list[int], set[int]]:
    """Columns that hold fødselsnumre (by header or content), and the columns where
    some value is shaped like one (the rows leave those values out)."""
    from .synonyms import key

    flagged = {c for c, h in enumerate(headers) if table.get(key(h)) == "national_id"}
    if "national_id" in mapping:
        flagged.add(mapping["national_id"])
    holds, suspect = national_id.scan_rows((vals for _, vals, _ in data), flagged)
    flagged |= holds
    return sorted(flagged), suspect
