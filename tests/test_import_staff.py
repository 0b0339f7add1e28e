"""Staff lists as HR systems export them: one test per case of issue #5."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from test_import_support import (
    HEADERS,
    isolated_config,  # noqa: F401 (autouse fixture)
    staff_rows,
    write_csv,
    write_xlsx,
)

from orgdesigner.model import Project
from orgdesigner_plugins.staff_import import Options, read_staff_list


def imported(path: Path, **options: object):
    result = read_staff_list(path, Options(**options))
    r = result.report
    assert r.rows_imported + r.rows_rejected + r.rows_skipped == r.rows_read
    return result


def test_cover_sheet_title_block_and_trailing_spaces(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        {
            "Forside": [["Personalrapport"], ["Fortrolig"], [], ["Navn på rapport", "Ansatte"]],
            "Ansatte": [
                ["Fet kommune – ansatte per 01.10.2019"],
                ["Utskrift fra lønnssystemet"],
                [],
                [f"  {h}  " for h in HEADERS],
                *staff_rows(4),
            ],
        },
    )
    result = imported(path)
    r = result.report
    assert (r.sheet, r.header_row) == ("Ansatte", 4)
    assert r.kommune == "Fet"
    assert r.mapping["fte"] == {"column": "E", "header": "Stillingsprosent"}
    assert r.mapping["employee_no"]["header"] == "Ansattnr"
    assert (r.rows_read, r.rows_imported, r.persons, r.positions) == (4, 4, 4, 4)


def test_sheet_and_header_row_can_be_chosen(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "to.xlsx",
        {
            "A": [HEADERS, *staff_rows(2)],
            "B": [["tittel"], HEADERS, *staff_rows(3)],
        },
    )
    assert imported(path).report.sheet == "A"
    r = imported(path, sheet="B", header_row=2).report
    assert (r.sheet, r.header_row, r.rows_imported) == ("B", 2, 3)
    cover = write_xlsx(
        tmp_path / "forside.xlsx", {"Forside": [["x"]], "Liste": [["tittel"], HEADERS, *staff_rows(2)]}
    )
    r = imported(cover, header_row=2).report
    assert (r.sheet, r.header_row, r.rows_imported) == ("Liste", 2, 2)
    bad = read_staff_list(path, Options(sheet="C"))
    assert bad.report.status == "unreadable" and "«C»" in bad.report.message


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(";", "utf-8"), (",", "utf-8-sig"), (";", "cp1252"), (",", "cp1252")]
)
def test_csv_delimiters_and_encodings(tmp_path: Path, delimiter: str, encoding: str) -> None:
    rows = [
        HEADERS,
        [1, "Bøe, Åse", "7174", "Sykepleier", "80,00", "612 000,50", "Helse", "Sørheim", "Årnes"],
    ]
    path = write_csv(tmp_path / "liste.csv", rows, delimiter, encoding)
    result = imported(path)
    (pos,) = result.positions
    (person,) = result.persons
    assert person.name == "Åse Bøe"
    assert pos.fte_percent == 80.0
    assert pos.salary == 612000.5
    assert {u.name for u in result.units} >= {"Helse", "Sørheim"}
    assert result.locations[0].name == "Årnes"


def test_xlsm_is_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(HEADERS)
    for row in staff_rows(2):
        wb.active.append(row)
    wb.save(tmp_path / "makro.xlsm")
    assert imported(tmp_path / "makro.xlsm").report.rows_imported == 2


def test_blank_rows_and_total_rows_are_skipped(tmp_path: Path) -> None:
    rows = [
        HEADERS,
        *staff_rows(2),
        [],
        [None, None],
        *staff_rows(1, start=2000),
        ["Sum", None, None, None, 300, 1800000],
        [None, "Totalt", None, None, 300],
        [None, None, None, None, 300, 1800000],
    ]
    result = imported(write_xlsx(tmp_path / "sum.xlsx", {"Ark1": rows}))
    r = result.report
    assert (r.rows_read, r.rows_imported, r.rows_skipped, r.rows_rejected) == (8, 3, 5, 0)
    assert all(p.name.startswith("Person") for p in result.persons)
    assert {i.row for i in r.issues if "Sum" in i.message or "summer" in i.message} == {7, 8, 9}


def test_formulas_give_their_cached_values(tmp_path: Path) -> None:
    rows = [
        HEADERS,
        [1, "Kari Hansen", "7174", "Sykepleier", ("=40+40", 80), ("=50000*12", 600000), "Helse", "", ""],
    ]
    (pos,) = imported(write_xlsx(tmp_path / "f.xlsx", {"Ark1": rows})).positions
    assert (pos.fte_percent, pos.salary) == (80.0, 600000.0)


def test_percent_forms_in_one_file(tmp_path: Path) -> None:
    rows = [HEADERS] + [
        [i, f"P{i} Q", "1", "T", v, 1, "E", "", ""] for i, v in enumerate([80, "80,00", "80 %", 0.8], 1)
    ]
    path = write_xlsx(tmp_path / "p.xlsx", {"Ark1": rows}, formats={("Ark1", 4, 4): "0%"})
    assert [p.fte_percent for p in imported(path).positions] == [80.0] * 4


def test_fractions_without_percent_format(tmp_path: Path) -> None:
    rows = [HEADERS] + [[i, f"P{i} Q", "1", "T", v, 1, "E", "", ""] for i, v in enumerate([1, 0.5, "0,8"], 1)]
    path = write_xlsx(tmp_path / "f.xlsx", {"Ark1": rows})
    assert [p.fte_percent for p in imported(path).positions] == [100.0, 50.0, 80.0]


def test_numbers_stored_as_text_and_leading_zeros(tmp_path: Path) -> None:
    rows = [HEADERS, ["00123", "Kari Hansen", "07174", "Sykepleier", "100", "612 000,50", "Helse", "", ""]]
    result = imported(write_xlsx(tmp_path / "t.xlsx", {"Ark1": rows}))
    (pos,) = result.positions
    assert result.persons[0].employee_no == "00123"
    assert (pos.code, pos.fte_percent, pos.salary) == ("07174", 100.0, 612000.5)


@pytest.mark.parametrize("date_1904", [False, True])
def test_dates_from_1900_and_1904_workbooks(tmp_path: Path, date_1904: bool) -> None:
    rows = [[*HEADERS, "Tiltredelse"], [1, "Kari Hansen", "1", "T", 100, 1, "E", "", "", dt.date(2015, 8, 1)]]
    path = write_xlsx(tmp_path / "d.xlsx", {"Ark1": rows}, date_1904=date_1904)
    (pos,) = imported(path).positions
    assert pos.attributes["start_date"] == "2015-08-01"


def test_name_in_one_cell_or_two_columns(tmp_path: Path) -> None:
    one = write_xlsx(
        tmp_path / "en.xlsx",
        {"A": [["Ansattnr", "Etternavn, Fornavn", "Stilling %"], [1, "Hansen, Kari", 100]]},
    )
    two = write_xlsx(
        tmp_path / "to.xlsx",
        {"A": [["Ansattnr", "Etternavn", "Fornavn", "Stilling %"], [1, "Hansen", "Kari", 100]]},
    )
    assert imported(one).persons[0].name == imported(two).persons[0].name == "Kari Hansen"


def test_same_employee_number_same_name_is_one_person_with_two_positions(tmp_path: Path) -> None:
    rows = [
        HEADERS,
        [7, "Hansen, Kari", "1", "Sykepleier", 60, 1, "Helse", "A", ""],
        [7, "Kari Hansen", "1", "Sykepleier", 40, 1, "Helse", "B", ""],
    ]
    result = imported(write_xlsx(tmp_path / "s.xlsx", {"Ark1": rows}))
    assert len(result.persons) == 1 and len(result.positions) == 2
    assert {p.person_id for p in result.positions} == {result.persons[0].id}
    assert not [i for i in result.report.issues if i.severity != "info"]


def test_same_employee_number_other_name_is_an_error_on_the_later_row(tmp_path: Path) -> None:
    rows = [
        HEADERS,
        [7, "Kari Hansen", "1", "T", 60, 1, "E", "", ""],
        [8, "Per Berg", "1", "T", 60, 1, "E", "", ""],
        [7, "Ola Olsen", "1", "T", 40, 1, "E", "", ""],
    ]
    r = imported(write_xlsx(tmp_path / "s.xlsx", {"Ark1": rows})).report
    (err,) = [i for i in r.issues if i.severity == "error"]
    assert (err.row, err.column, err.header) == (4, "A", "Ansattnr") and "7" in err.message
    assert (r.rows_imported, r.rows_rejected) == (2, 1)


def test_more_than_100_percent_in_total_is_a_warning(tmp_path: Path) -> None:
    rows = [
        HEADERS,
        [7, "Kari Hansen", "1", "T", 80, 1, "E", "", ""],
        [7, "Kari Hansen", "1", "T", 40, 1, "E", "", ""],
    ]
    r = imported(write_xlsx(tmp_path / "s.xlsx", {"Ark1": rows})).report
    (warn,) = [i for i in r.issues if i.severity == "warning"]
    assert (warn.row, warn.column) == (3, "E") and "120" in warn.message
    assert r.ok and r.rows_imported == 2


def test_rejected_rows_name_row_column_header_and_letter(tmp_path: Path) -> None:
    rows = [
        ["Rapport"],
        HEADERS,
        *staff_rows(2),
        [5, "Kari Hansen", "1", "T", "mye", 1, "E", "", ""],
        [None, None, "1", "T", 100, 1, "E", "", ""],
    ]
    r = imported(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows})).report
    errors = [i for i in r.issues if i.severity == "error"]
    assert [(i.row, i.column, i.header) for i in errors] == [
        (5, "E", "Stillingsprosent"),
        (6, "A", "Ansattnr"),
    ]
    assert "mye" in errors[0].message
    assert (r.rows_read, r.rows_imported, r.rows_rejected, r.rows_skipped) == (4, 2, 2, 0)


def test_units_from_enhet_and_avdeling(tmp_path: Path) -> None:
    result = imported(write_xlsx(tmp_path / "u.xlsx", {"Ark1": [HEADERS, *staff_rows(6)]}))
    units = {u.id: u for u in result.units}
    by_name = {u.name: u for u in result.units}
    assert units[by_name["Sykehjem"].parent_id].name == "Helse"
    assert units[by_name["Skole"].parent_id].name == "Oppvekst"
    root = [u for u in result.units if u.parent_id is None]
    assert len(root) == 1 and root[0].type == "kommunedirektør"
    assert by_name["Helse"].parent_id == by_name["Oppvekst"].parent_id == root[0].id
    sykehjem = by_name["Sykehjem"].id
    assert sum(1 for p in result.positions if p.unit_id == sykehjem) == 2


def test_units_from_ansvar_only(tmp_path: Path) -> None:
    rows = [
        ["Ansattnr", "Navn", "Ansvar", "Stilling %"],
        [1, "A B", 2100, 100],
        [2, "C D", 2100, 50],
        [3, "E F", 3100, 100],
    ]
    result = imported(write_xlsx(tmp_path / "a.xlsx", {"Ark1": rows}))
    cc = sorted(u.cost_centre for u in result.units if u.cost_centre)
    assert cc == ["2100", "3100"]
    assert {p.cost_centre for p in result.positions} == {"2100", "3100"}


def test_narmeste_leder_gives_leaders_and_nesting(tmp_path: Path) -> None:
    rows = [
        ["Ansattnr", "Navn", "Enhet", "Stilling %", "Nærmeste leder"],
        [1, "Rita Rådmann", "Rådmannens stab", 100, None],
        [2, "Helga Helsesjef", "Helse og omsorg", 100, "Rita Rådmann"],
        [3, "Sina Styrer", "Sykehjemmet", 100, "Helga Helsesjef"],
        [4, "Pleier En", "Sykehjemmet", 100, "Sina Styrer"],
        [5, "Pleier To", "Sykehjemmet", 100, "Sina Styrer"],
        [6, "Konsulent", "Helse og omsorg", 100, "Helga Helsesjef"],
    ]
    result = imported(write_xlsx(tmp_path / "l.xlsx", {"Ark1": rows}))
    by_name = {u.name: u for u in result.units}
    person = {p.id: p.name for p in result.persons}
    leader = {pos.id: person[pos.person_id] for pos in result.positions}
    assert leader[by_name["Sykehjemmet"].leader_position_id] == "Sina Styrer"
    assert leader[by_name["Helse og omsorg"].leader_position_id] == "Helga Helsesjef"
    assert by_name["Sykehjemmet"].parent_id == by_name["Helse og omsorg"].id
    root = next(u for u in result.units if u.parent_id is None)
    assert leader[root.leader_position_id] == "Rita Rådmann"
    assert by_name["Helse og omsorg"].parent_id == root.id
    assert by_name["Helse og omsorg"].type == "tjenesteområde"
    assert by_name["Sykehjemmet"].type == "virksomhet"
    assert by_name["Rådmannens stab"].type == "stab"


def test_the_import_is_one_undoable_op(tmp_path: Path) -> None:
    result = imported(write_xlsx(tmp_path / "u.xlsx", {"Ark1": [HEADERS, *staff_rows(5)]}))
    project = Project()
    before = Project()
    op = result.op(project)
    op.apply(project)
    (source,) = project.sources.values()
    assert len(source.units) == len(result.units) and len(project.positions) == 5
    assert len(project.locations) == 2
    op.revert(project)
    assert project == before
    op.apply(project)
    assert len(project.persons) == 5
    with pytest.raises(Exception, match="allerede"):
        result.op(project)


def test_mapping_is_remembered_per_source_kommune(tmp_path: Path) -> None:
    rows = [["Ansattnr", "Navn", "Prosent stilling x"], [1, "A B", 50]]
    path = write_xlsx(tmp_path / "m.xlsx", {"Ark1": rows})
    first = read_staff_list(path, Options(kommune="Fet", mapping={"employee_no": 0, "name": 1, "fte": 2}))
    assert first.positions[0].fte_percent == 50.0
    project = Project()
    first.op(project).apply(project)
    assert project.settings["staff_import.mapping.Fet"]["fte"] == "Prosent stilling x"
    again = read_staff_list(path, Options(kommune="Fet"), project=project)
    assert again.report.mapping["fte"]["column"] == "C"
    other = read_staff_list(path, Options(kommune="Sørum"), project=project)
    assert "fte" not in other.report.mapping


def test_user_can_extend_the_header_synonyms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["Tilsattnr", "Navn", "Brøkdel"], [1, "A B", 50]]
    path = write_xlsx(tmp_path / "s.xlsx", {"Ark1": rows})
    assert "fte" not in read_staff_list(path).report.mapping
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path))
    (tmp_path / "header_synonyms.json").write_text(
        '{"fte": ["Brøkdel"], "employee_no": ["Tilsattnr"]}', "utf-8"
    )
    r = read_staff_list(path).report
    assert r.mapping["fte"]["header"] == "Brøkdel" and r.mapping["employee_no"]["column"] == "A"
    project = Project(settings={"staff_import.synonyms": {"fte": ["Brøkdel"]}})
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "empty"))
    assert read_staff_list(path, project=project).report.mapping["fte"]["column"] == "C"


@pytest.mark.parametrize("name", ["tom.xlsx", "bilde.xls", "notat.txt", "skadet.xlsx", "mangler.xlsx"])
def test_unreadable_files_give_clear_messages(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name == "tom.xlsx":
        write_xlsx(path, {"Ark1": [["Ingenting her"]]})
    elif name != "mangler.xlsx":
        path.write_bytes(b"\x00\x01 not a spreadsheet" * 10)
    r = read_staff_list(path).report
    assert r.status == "unreadable"
    assert name in r.message and "Traceback" not in r.message
