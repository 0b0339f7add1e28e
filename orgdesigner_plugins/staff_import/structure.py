"""Import an organisation structure table (unit, parent unit, unit type) as a new scenario."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from orgdesigner.api import (
    N_,
    AddItems,
    Compound,
    ModelError,
    Op,
    Project,
    Scenario,
    Unit,
    UnitType,
    _,
    new_id,
)

from . import national_id
from .detect import header_candidates
from .reading import ImportFileError, column_letter, open_book
from .report import ERROR, IMPORTED, INFO, REFUSED, UNREADABLE, WARNING, ImportReport
from .synonyms import key
from .type_words import SETTING as TYPE_SETTING
from .type_words import type_table, word_key
from .values import is_total_label, parse_text

COLUMNS: dict[str, tuple[str, ...]] = {
    "unit": ("Enhet", "Enhetsnavn", "Navn", "Organisasjonsenhet", "Org.enhet", "Enhetens navn"),
    "parent": (
        "Overordnet enhet",
        "Overordnet",
        "Forelder",
        "Tilhører",
        "Ligger under",
        "Overordnet enhetsnavn",
    ),
    "unit_type": ("Enhetstype", "Type", "Nivå", "Enhetsnivå"),
    "unit_id": ("Enhetsnr", "Enhets-ID", "Enhetsnummer", "ID", "Nr", "Org.nr enhet", "Enhetskode"),
    "parent_id": (
        "Overordnet enhetsnr",
        "Overordnet ID",
        "Overordnet nr",
        "Forelder-ID",
        "Overordnet enhetskode",
    ),
    "cost_centre": ("Ansvar", "Ansvarsnr", "Kostnadssted"),
}
#: the headers of the organisation export (excel_export.organisasjon), also in nn and en, so an
#: exported table in any language reads back
_EXPORTED = {
    "unit": N_("Enhet"),
    "parent": N_("Overordnet enhet"),
    "unit_type": N_("Enhetstype"),
    "unit_id": N_("Enhets-ID"),
    "parent_id": N_("Overordnet ID"),
    "cost_centre": N_("Ansvar"),
}
for _key, _header in _EXPORTED.items():
    COLUMNS[_key] += tuple(
        dict.fromkeys(t for lang in ("nn", "en") if (t := _(_header, language=lang)) not in COLUMNS[_key])
    )


@dataclass
class StructureImport:
    report: ImportReport
    scenario_name: str = ""
    units: list[Unit] = field(default_factory=list)
    #: type words the table uses that are not known: word → Excel rows (nothing imported until chosen)
    unknown_types: dict[str, list[int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def issues(self) -> list:
        return self.report.issues

    def op(self, project: Project | None = None, scenario_name: str | None = None) -> Op:
        """One undo step that adds the structure as a new scenario."""
        name = (scenario_name or self.scenario_name).strip()
        if not self.ok:
            raise ModelError(self.report.message or _("Importen ble avvist"))
        if not name:
            raise ModelError(_("Alternativet må ha et navn"))
        if project is not None and any(
            s.name.casefold() == name.casefold() for s in project.scenarios.values()
        ):
            raise ModelError(_("Alternativet «{name}» finnes allerede").format(name=name))
        sc = Scenario(new_id("s"), name)
        ops: list[Op] = [AddItems("scenario", None, [sc])]
        if self.units:
            ops.append(AddItems("unit", sc.id, self.units))
        return Compound(ops, text=_("Importer struktur «{name}»").format(name=name))


def _table() -> dict[str, str]:
    t: dict[str, str] = {}
    for f, hs in COLUMNS.items():
        for h in hs:
            t.setdefault(key(h), f)
    return t


def read_structure_table(
    path: str | Path,
    project: Project | None = None,
    scenario: str | None = None,
    sheet: str | None = None,
    engine: str = "auto",
    type_words: dict[str, str] | None = None,
) -> StructureImport:
    """Read a structure table; never raises for bad input (see the report).

    ``type_words`` maps more unit-type words (as the user chose them) to types;
    a word still unknown refuses the import and is listed in ``unknown_types``."""
    path = Path(path)
    report = ImportReport(file=path.name)
    result = StructureImport(report, scenario_name=scenario or path.stem)
    try:
        with open_book(path, engine=engine) as book:
            if sheet is not None and sheet not in book.sheet_names:
                raise ImportFileError(
                    _("«{path}» har ikke arket «{sheet}»").format(path=path.name, sheet=sheet)
                )
            found = header_candidates(book, _table(), ("unit",), sheet)
            found = [g for g in found if "parent" in g.mapping or "parent_id" in g.mapping]
            if not found:
                raise ImportFileError(
                    _(
                        "Fant ingen strukturtabell i «{path}»: trenger kolonnene Enhet og Overordnet enhet"
                    ).format(path=path.name)
                )
            guess = found[0]
            data = [(i, v) for i, v, _style in book.rows(guess.sheet) if i > guess.row]
    except ImportFileError as exc:
        report.status, report.message = UNREADABLE, str(exc)
        report.add(None, "", "", ERROR, str(exc))
        return result
    report.sheet, report.header_row = guess.sheet, guess.row
    m, headers = guess.mapping, guess.headers
    report.mapping = {f: {"column": column_letter(c), "header": headers[c]} for f, c in m.items()}
    table = type_table(project.settings.get(TYPE_SETTING) if project is not None else None, type_words)
    result.units = _build(data, m, headers, report, table, result.unknown_types)
    report.units = len(result.units)
    report.status = IMPORTED
    if result.unknown_types:
        c = m["unit_type"]
        words = ", ".join(
            _("«{w}» (rad {value}{value2})").format(
                w=w, value=", ".join(map(str, rows[:5])), value2=" …" if len(rows) > 5 else ""
            )
            for w, rows in result.unknown_types.items()
        )
        report.status = REFUSED
        report.message = _(
            "«{path}», arket «{sheet}», kolonne {value} «{value2}»: ukjent enhetstype {words}. Velg hvilken enhetstype ordet betyr (i programmet, eller med --type-word ORD=TYPE), så importeres tabellen."
        ).format(path=path.name, sheet=guess.sheet, value=column_letter(c), value2=headers[c], words=words)
    return result


def _build(
    data: list,
    m: dict[str, int],
    headers: list[str],
    report: ImportReport,
    table: dict[str, str],
    unknown: dict[str, list[int]],
) -> list[Unit]:
    while data and not any(v is not None for v in data[-1][1]):
        data.pop()

    def get(vals: list, f: str) -> str:
        c = m.get(f)
        return parse_text(vals[c]) if c is not None and c < len(vals) else ""

    rows: list[tuple[int, Unit, str]] = []  # row, unit, parent reference
    by_ref: dict[str, Unit] = {}
    use_ids = "unit_id" in m
    for idx, vals in data:
        report.rows_read += 1
        if not any(v is not None for v in vals):
            report.rows_skipped += 1
            continue
        if any(is_total_label(v) for v in vals[:4]):
            report.rows_skipped += 1
            report.add(idx, "", "", INFO, _("Sumrad hoppet over"))
            continue
        name = get(vals, "unit")
        if not name:
            report.rows_rejected += 1
            report.add(idx, column_letter(m["unit"]), headers[m["unit"]], ERROR, _("Enheten mangler navn"))
            continue
        if any(national_id.contains_candidate(parse_text(v)) for v in vals if v is not None):
            report.rows_rejected += 1
            report.add(
                idx, "", "", ERROR, _("Raden inneholder noe som ligner et fødselsnummer og er ikke importert")
            )
            continue
        ref = get(vals, "unit_id") if use_ids else name
        if not ref:
            ref = name
        if ref.casefold() in by_ref:
            report.rows_rejected += 1
            report.add(idx, "", "", ERROR, _("Enheten «{ref}» står to ganger").format(ref=ref))
            continue
        raw_type = get(vals, "unit_type")
        utype = table.get(word_key(raw_type), "") if raw_type else UnitType.AVDELING
        if raw_type and not utype:
            c = m["unit_type"]
            unknown.setdefault(raw_type, []).append(idx)
            report.add(
                idx,
                column_letter(c),
                headers[c],
                ERROR,
                _("Ukjent enhetstype «{raw_type}»: velg hvilken type ordet betyr").format(raw_type=raw_type),
            )
        unit = Unit(new_id("u"), name, type=utype, cost_centre=get(vals, "cost_centre"))
        by_ref[ref.casefold()] = unit
        parent_ref = get(vals, "parent_id") if "parent_id" in m else get(vals, "parent")
        rows.append((idx, unit, parent_ref))
        report.rows_imported += 1
    order: dict[str | None, int] = {}
    for idx, unit, parent_ref in rows:
        if parent_ref:
            parent = by_ref.get(parent_ref.casefold())
            if parent is None:
                col = m.get("parent_id", m.get("parent", 0))
                report.add(
                    idx,
                    column_letter(col),
                    headers[col],
                    WARNING,
                    _("Fant ikke overordnet enhet «{parent_ref}»; enheten er lagt øverst").format(
                        parent_ref=parent_ref
                    ),
                )
            elif parent is unit:
                report.add(idx, "", "", WARNING, _("Enheten er oppgitt som sin egen overordnede"))
            else:
                unit.parent_id = parent.id
    units = {u.id: u for _row, u, _ref in rows}
    for idx, unit, _ref in rows:  # break cycles
        seen, cur = {unit.id}, unit.parent_id
        while cur is not None:
            if cur in seen:
                report.add(
                    idx,
                    "",
                    "",
                    WARNING,
                    _("«{unit}» inngår i en sirkel av overordnede; lagt øverst").format(unit=unit.name),
                )
                unit.parent_id = None
                break
            seen.add(cur)
            cur = units[cur].parent_id
    for _row, unit, _ref in rows:
        unit.sort_order = order.get(unit.parent_id, 0)
        order[unit.parent_id] = unit.sort_order + 1
    return [u for _row, u, _ref in rows]
