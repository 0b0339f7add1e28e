"""The Excel lists: reopened with openpyxl and checked against the project."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from openpyxl import load_workbook
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.hookspecs import Finding, Severity, Validator
from orgdesigner_plugins.excel_export import EXPORTERS, ExportError, exporter, orgdesigner_exporters
from orgdesigner_plugins.excel_export.innplassering import PAPER
from orgdesigner_plugins.excel_export.pseudonym import KEY_SETTING


@pytest.fixture()
def project():
    p = small_project()
    place_default(p)
    p.settings[KEY_SETTING] = "0123456789abcdef"
    return p


def table(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    head = rows[0]
    return [dict(zip(head, r, strict=True)) for r in rows[1:] if any(v is not None for v in r)]


def entries(ws) -> list[dict]:
    """The position rows of a list, without the subtotal row after each unit."""
    return [r for r in table(ws) if not str(r.get("Ny enhet") or "").startswith("Sum ")]


def cover(wb) -> dict:
    return {r[0]: r[1] for r in wb["Om listen"].iter_rows(values_only=True) if r[0]}


def export(project, fmt, path, **options):
    exporter(fmt).write(project, SC, path, **options)
    return load_workbook(path)


def test_registered_as_exporter_plugins() -> None:
    got = {e.id: e for e in orgdesigner_exporters()}
    assert (
        set(got)
        == set(EXPORTERS)
        >= {"innplassering", "bemanningsplan", "organisasjon", "lokalisering", "funn"}
    )
    assert all(e.extensions == (".xlsx",) for e in got.values())


def test_through_the_plugin_manager(tmp_path) -> None:
    from orgdesigner.plugins import create_manager

    manager = create_manager(
        builtins=["orgdesigner_plugins.excel_export"],
        entry_points=False,
        user_dir=tmp_path,
        machine_dir=tmp_path,
        disabled=(),
    )
    assert {e.id for e in manager.exporters()} == set(EXPORTERS)
    assert not manager.problems


def test_innplassering_rows_match_the_project(project, tmp_path) -> None:
    wb = export(project, "innplassering", tmp_path / "i.xlsx")
    assert wb.sheetnames == ["Om listen", "Innplassering", "Ikke plassert", "Konflikter"]
    rows = entries(wb["Innplassering"])
    assert len(rows) == len(project.positions)
    sc = project.scenarios[SC]
    seen = set()
    for r in rows:
        # find the position this row is about, independently of the exporter
        matches = [
            pos
            for pos in project.positions.values()
            if (project.persons[pos.person_id].employee_no if pos.person_id else None) == r["Ansattnr"]
            and pos.code == r["Stillingskode"]
            and abs(pos.fte_percent / 100 - r["Stilling %"]) < 1e-9
        ]
        assert len(matches) == 1, r
        pos = matches[0]
        seen.add(pos.id)
        person = project.persons.get(pos.person_id or "")
        assert r["Navn"] == (person.name if person else "Vakant")
        assert r["Gammel kommune"] == project.sources[pos.source_id].name
        assert r["Gammel enhet"].endswith(project.sources[pos.source_id].units[pos.unit_id].name)
        assert r["Stillingstittel"] == pos.title
        assert r["Årslønn"] == pos.salary
        pl = sc.placements.get(pos.id)
        if pl is None or pl.unit_id is None:
            assert r["Ny enhet"] is None and r["Nytt arbeidssted"] is None
            continue
        unit = sc.units[pl.unit_id]
        assert r["Ny enhet"] == unit.name
        assert r["Ny enhet (sti)"] == sc.path(unit.id)
        assert r["Status"] == pl.status
        new_place = project.locations[pl.work_place_id or unit.location_id].name
        assert r["Nytt arbeidssted"] == new_place
        old_place = project.locations[pos.work_place_id].name
        assert r["Gammelt arbeidssted"] == old_place
        assert r["Bytter arbeidssted"] == (
            "Ja" if (pl.work_place_id or unit.location_id) != pos.work_place_id else "Nei"
        )
        assert isinstance(r["Sist endret"], dt.datetime)
    assert seen == set(project.positions)
    frank = next(r for r in rows if r["Navn"] == "Frank Skedsen")
    assert frank["Merknad"] == "Avklart med Frank Skedsen"
    eva = next(r for r in rows if r["Navn"] == "Eva Helsesen")
    assert eva["Ønsker"] == "Helse og mestring; Oppvekst"
    assert {r["Stillingstittel"] for r in entries(wb["Ikke plassert"])} == {"Sykepleier", "Assistent"}
    conflicts = table(wb["Konflikter"])
    assert len(conflicts) == 1 and "Bjørn Skolesen" in conflicts[0]["Gjelder"]


def test_spreadsheet_form(project, tmp_path) -> None:
    wb = export(project, "innplassering", tmp_path / "i.xlsx")
    ws = wb["Innplassering"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:S{ws.max_row}"
    head = ws[1]
    assert all(c.font.b for c in head) and head[0].fill.fgColor.rgb.endswith("1F4E78")
    assert [c.value for c in head][:9] == list(PAPER)  # what a reader needs on paper comes first
    assert ws.column_dimensions["M"].width >= 40  # the new unit's path is wide
    assert ws["D2"].number_format == "0.0 %"  # Stilling %
    assert ws["L2"].number_format == "#,##0"  # Årslønn
    info = cover(wb)
    assert info["Prosjekt"] == project.name and info["Alternativ"] == "Lillestrøm A"
    assert isinstance(info["Dato"], dt.datetime) and info["Utvalg"] == "Alle"
    assert info["Pseudonymisert"] == "Nei"


def test_innplassering_filters(project, tmp_path) -> None:
    wb = export(project, "innplassering", tmp_path / "f.xlsx", source_id="skedsmo")
    assert {r["Gammel kommune"] for r in entries(wb["Innplassering"])} == {"Skedsmo"}
    assert len(entries(wb["Innplassering"])) == 4
    assert "Gammel kommune: Skedsmo" in cover(wb)["Utvalg"]
    wb = export(project, "innplassering", tmp_path / "g.xlsx", statuses=["plassert"])
    assert [r["Navn"] for r in entries(wb["Innplassering"])] == ["Frank Skedsen"]
    wb = export(project, "innplassering", tmp_path / "h.xlsx", unit_id="n-opp")
    assert {r["Ny enhet"] for r in entries(wb["Innplassering"])} == {"Oppvekst", "Lillestrøm skole"}


def test_bemanningsplan_subtotals_and_total(project, tmp_path) -> None:
    wb = export(project, "bemanningsplan", tmp_path / "b.xlsx")
    rows = table(wb["Bemanningsplan"])
    detail = [r for r in rows if r["Enhet"] and not r["Enhet"].startswith("Sum ")]
    sums = {r["Tjenesteområde"]: r for r in rows if not r["Enhet"]}
    unit_sums = {r["Enhet"]: r for r in rows if (r["Enhet"] or "").startswith("Sum ")}
    sc = project.scenarios[SC]
    placed = [project.positions[p] for p, pl in sc.placements.items() if pl.unit_id]
    assert sums["Totalt"]["Årsverk"] == pytest.approx(sum(p.fte_percent for p in placed) / 100)
    assert sums["Totalt"]["Stillinger"] == len(placed) == 9
    # Oppvekst: fp4 (50 %) in Oppvekst, four positions (3.8 FTE) in Lillestrøm skole
    assert sums["Sum Oppvekst"]["Årsverk"] == pytest.approx(4.3)
    assert sums["Sum Oppvekst"]["Stillinger"] == 5
    assert sums["Sum Helse og mestring"]["Årsverk"] == pytest.approx(2.75)
    teachers = next(r for r in detail if r["Enhet"] == "Lillestrøm skole" and r["Stillingskode"] == "7961")
    assert (teachers["Stillinger"], teachers["Årsverk"]) == (2, pytest.approx(1.8))
    assert teachers["Lønnskostnad"] == round(610_000 * 0.8 + 620_000)
    assert sum(r["Årsverk"] for r in detail) == pytest.approx(sums["Totalt"]["Årsverk"])
    assert unit_sums["Sum Lillestrøm skole"]["Årsverk"] == pytest.approx(3.8)
    # every unit of the alternative is listed, also one with nobody placed
    assert {r["Enhet"] for r in detail} == {u.name for u in sc.units.values()}
    codes = {(r["Stillingskode"], r["Stillingstittel"]): r for r in table(wb["Per stillingskode"])}
    assert codes[("9951", "Rektor")]["Stillinger"] == 2
    assert codes[("Totalt", None)]["Årsverk"] == pytest.approx(8.05)
    assert wb["Bemanningsplan"]["G2"].number_format == "#,##0.00"


def test_organisasjon_round_trips_through_the_structure_import(project, tmp_path) -> None:
    from orgdesigner_plugins.staff_import import read_structure_table

    path = tmp_path / "org.xlsx"
    export(project, "organisasjon", path)
    result = read_structure_table(path, project=project, scenario="Tilbake")
    assert result.ok, result.report.message
    assert result.report.rows_imported == 4 and result.report.rows_rejected == 0
    result.op(project, "Tilbake").apply(project)
    back = project.scenario("Tilbake")
    orig = project.scenarios[SC]

    def shape(org):
        return [
            (
                org.units[u].name,
                org.units[org.units[u].parent_id].name if org.units[u].parent_id else None,
                org.units[u].type,
                org.units[u].cost_centre,
                d,
            )
            for u, d in org.walk()
        ]

    assert shape(back) == shape(orig)


def test_organisasjon_with_equal_names_round_trips(project, tmp_path) -> None:
    from orgdesigner.model import Unit, ops
    from orgdesigner_plugins.staff_import import read_structure_table

    for parent in ("n-opp", "n-helse"):
        ops.add_unit(project, SC, Unit(f"adm-{parent}", "Administrasjon", "avdeling", parent)).apply(project)
    path = tmp_path / "org.xlsx"
    export(project, "organisasjon", path)
    result = read_structure_table(path, project=project, scenario="Tilbake")
    result.op(project, "Tilbake").apply(project)
    back = project.scenario("Tilbake")
    parents = sorted(back.units[u.parent_id].name for u in back.units.values() if u.name == "Administrasjon")
    assert parents == ["Helse og mestring", "Oppvekst"]


def test_lokalisering_tables(project, tmp_path) -> None:
    wb = export(project, "lokalisering", tmp_path / "l.xlsx")
    assert wb.sheetnames == ["Om listen", "Per enhet", "Fra-til", "Per kommune", "Bytter arbeidssted"]
    terr = {r["Område (gammel kommune)"]: r for r in table(wb["Per kommune"])}
    assert (terr["Fet"]["Stillinger før"], terr["Fet"]["Stillinger etter"]) == (6, 4)
    assert (terr["(ukjent)"]["Stillinger før"], terr["Ikke plassert"]["Stillinger etter"]) == (1, 2)
    assert (terr["Skedsmo"]["Stillinger før"], terr["Skedsmo"]["Stillinger etter"]) == (4, 5)
    assert terr["Skedsmo"]["Årsverk etter"] == pytest.approx(4.5)
    assert terr["Totalt"]["Stillinger før"] == terr["Totalt"]["Stillinger etter"] == 11
    units = {r["Enhet"]: r for r in table(wb["Per enhet"])}
    assert (units["Lillestrøm skole"]["Innplassert"], units["Lillestrøm skole"]["Bytter arbeidssted"]) == (
        4,
        1,
    )
    assert units["Totalt"]["Bytter arbeidssted"] == 3
    pairs = {(r["Gammelt arbeidssted"], r["Nytt arbeidssted"]): r["Stillinger"] for r in table(wb["Fra-til"])}
    assert pairs[("Fet skole", "Skedsmo skole")] == 1 and pairs[("Fet rådhus", "Fet rådhus")] == 2
    movers = sorted(r["Navn"] for r in table(wb["Bytter arbeidssted"]))
    assert movers == ["Bjørn Skolesen", "Dag Fritidsen", "Ida Hjemsen"]


def _validators():
    def span(project, scenario, settings):
        return [Finding("test.span", Severity.ERROR, "For stort spenn", ["n-skole"], ["sp2"])]

    def broken(project, scenario, settings):
        raise RuntimeError("kaputt")

    def info(project, scenario, settings):
        assert settings["limit"] == 7  # the project's setting wins over the default
        return [Finding("test.info", Severity.INFO, "Bare til info", [], [])]

    return [
        Validator("test.span", "Kontrollspenn", Severity.ERROR, span),
        Validator("test.broken", "Ødelagt", Severity.WARNING, broken),
        Validator("test.info", "Info", Severity.INFO, info, settings={"limit": 3}),
    ]


def test_funn_report(project, tmp_path) -> None:
    project.settings["test.info.limit"] = 7
    wb = export(project, "funn", tmp_path / "funn.xlsx", validators=_validators())
    found = table(wb["Funn"])
    assert [(r["Alvorlighet"], r["Kontroll"]) for r in found] == [("Feil", "Kontrollspenn"), ("Info", "Info")]
    assert found[0]["Enheter"] == "Lillestrøm kommune / Oppvekst / Lillestrøm skole"
    assert found[0]["Stillinger"] == "Gro Rektorsen (Rektor)"
    summary = {r["ID"]: r for r in table(wb["Oppsummering"])}
    assert (
        summary["test.broken"]["Status"].startswith("Kontrollen feilet")
        and "kaputt" in summary["test.broken"]["Status"]
    )
    assert summary["test.span"]["Feil"] == 1


def test_funn_uses_the_plugin_managers_validators(project, tmp_path) -> None:
    class Manager:
        def validators(self):
            return _validators()[:1]

    wb = export(project, "funn", tmp_path / "funn.xlsx", plugin_manager=Manager())
    assert len(table(wb["Funn"])) == 1


def test_history_export(project, tmp_path) -> None:
    wb = export(project, "historikk", tmp_path / "h.xlsx")
    rows = table(wb["Historikk"])
    assert len(rows) == len(project.history) == 13
    last = rows[-1]
    assert (last["Navn"], last["Felt"], last["Til"]) == (
        "Eva Helsesen",
        "Ønsker",
        "Helse og mestring; Oppvekst",
    )
    first = rows[0]
    assert (first["Navn"], first["Felt"], first["Fra"], first["Til"]) == (
        "Frank Skedsen",
        "Ny enhet",
        None,
        "Lillestrøm kommune",
    )
    assert first["Endret av"] == project.history[0].by
    assert isinstance(first["Tidspunkt"], dt.datetime)


# -- pseudonymised -------------------------------------------------------------


def _all_values(path):
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            yield from (v for v in row if v is not None)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_pseudonymised_files_hold_no_name_number_or_salary(project, tmp_path, fmt) -> None:
    # a note naming a person and giving an employee number must be scrubbed too
    from orgdesigner.model import ops

    ops.set_placement(project, SC, "fp2", note="Samtale med Bjørn Skolesen (1002) og Gro").apply(project)
    path = tmp_path / f"{fmt}.xlsx"
    exporter(fmt).write(project, SC, path, pseudonymise=True, validators=_validators())
    names = [p.name for p in project.persons.values()]
    parts = {w for n in names for w in n.split()}
    numbers = {p.employee_no for p in project.persons.values()}
    salaries = {pos.salary for pos in project.positions.values()}
    values = list(_all_values(path))
    assert values, "empty file"
    for v in values:
        if isinstance(v, str):
            assert not any(n in v for n in names), v
            assert not (set(v.replace("(", " ").replace(")", " ").split()) & (parts | numbers)), v
            assert not any(str(int(s)) in v.replace(" ", "") for s in salaries), v
        elif isinstance(v, (int, float)):
            assert v not in salaries, v
            assert str(v) not in numbers, v
    assert "Ja" in str(cover(load_workbook(path))["Pseudonymisert"])


def test_pseudonyms_are_stable_and_keyed(project, tmp_path) -> None:
    project.settings["export.pseudonym_min_group"] = 1  # every unit listed person by person

    def names(path):
        return [r["Navn"] for r in entries(load_workbook(path)["Innplassering"])]

    exporter("innplassering").write(project, SC, tmp_path / "a.xlsx", pseudonymise=True)
    exporter("innplassering").write(project, SC, tmp_path / "b.xlsx", pseudonymise=True)
    a, b = names(tmp_path / "a.xlsx"), names(tmp_path / "b.xlsx")
    assert a == b
    assert len(set(a)) == len(project.persons) + 1  # nine persons and "Vakant"
    assert all(n == "Vakant" or n.startswith("Ansatt ") for n in a)
    project.settings[KEY_SETTING] = "another key"
    exporter("innplassering").write(project, SC, tmp_path / "c.xlsx", pseudonymise=True)
    assert set(names(tmp_path / "c.xlsx")) - {"Vakant"} != set(a) - {"Vakant"}
    header = next(load_workbook(tmp_path / "a.xlsx")["Innplassering"].iter_rows(values_only=True))
    assert "Ansattnr" not in header and "Årslønn" not in header


# -- atomic writing ------------------------------------------------------------


def test_failure_leaves_no_file_and_says_why(project, tmp_path, monkeypatch) -> None:
    from openpyxl import Workbook

    target = tmp_path / "liste.xlsx"

    def boom(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", boom)
    with pytest.raises(ExportError, match="No space left on device") as err:
        exporter("innplassering").write(project, SC, target)
    assert str(target) in str(err.value)
    assert os.listdir(tmp_path) == []
    # an existing file is left as it was
    target.write_bytes(b"old contents")
    with pytest.raises(ExportError):
        exporter("bemanningsplan").write(project, SC, target)
    assert target.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == ["liste.xlsx"]


def test_missing_folder_is_refused_before_work(project, tmp_path) -> None:
    with pytest.raises(ExportError, match="finnes ikke"):
        exporter("lokalisering").write(project, SC, tmp_path / "nope" / "x.xlsx")
    with pytest.raises(ExportError, match="mappe"):
        exporter("lokalisering").write(project, SC, tmp_path)


def test_fast_rows_round_trip_through_openpyxl(project, tmp_path) -> None:
    """Odd values survive the direct row writer exactly as openpyxl reads them."""
    from orgdesigner_plugins.excel_export.common import Column, ListWriter, Styled

    when = dt.datetime(2026, 11, 23, 10, 30)
    rows = [
        ["A & B <c> \"d\" 'e'", 1, 0.125, when, None],
        ["  leading and trailing  ", -3, 8.850000000000001, "", "x"],
        ["bad\x01char\x1ftext", 10**12, 2.5, None, "æøå ÆØÅ – «»"],
        [
            Styled("Sum", "total"),
            Styled(7, "total"),
            Styled(0.5, "total"),
            Styled("", "total"),
            Styled(None, "total"),
        ],
        ["y" * 40000, 0, 0.0, when.date(), True],
    ]
    cols = [
        Column("Tekst"),
        Column("Tall", "int"),
        Column("Andel", "pct"),
        Column("Når", "datetime"),
        Column("Annet"),
    ]
    out = ListWriter(project, None, "Test", tmp_path / "t.xlsx")
    assert out.sheet("Data", cols, rows) == 5
    out.cover()
    out.save()
    ws = load_workbook(tmp_path / "t.xlsx")["Data"]
    got = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert got[0] == ["A & B <c> \"d\" 'e'", 1, 0.125, when, None]
    assert got[1] == ["  leading and trailing  ", -3, 8.85, None, "x"]  # sum noise rounded away
    assert got[2] == ["badchartext", 10**12, 2.5, None, "æøå ÆØÅ – «»"]
    assert got[3] == ["Sum", 7, 0.5, None, None]
    assert len(got[4][0]) == 32767 and got[4][4] is True
    assert ws["B5"].font.b and ws["C5"].number_format == "0.0 %" and ws["C2"].number_format == "0.0 %"
    assert ws["D2"].is_date and ws.auto_filter.ref == "A1:E6" and ws.freeze_panes == "A2"
    ro = load_workbook(tmp_path / "t.xlsx", read_only=True)["Data"]
    assert (ro.max_row, ro.max_column) == (6, 5)
    assert all(len(r) == 5 for r in ro.iter_rows(values_only=True))


def test_printable_and_readable_by_others(project, tmp_path) -> None:
    path = tmp_path / "i.xlsx"
    wb = export(project, "innplassering", path)
    ws = wb["Innplassering"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$1"
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask  # not the 0600 of a temporary file


def test_funn_by_default_uses_the_installed_validator_plugins(project, tmp_path) -> None:
    import orgdesigner_plugins as builtin

    if "orgdesigner_plugins.validators" not in builtin.BUILTIN:
        pytest.skip("no built-in validator plugin yet")
    wb = export(project, "funn", tmp_path / "funn.xlsx")
    summary = table(wb["Oppsummering"])
    assert len(summary) >= 2  # at least one validator and the total row
    assert all(r["Status"] == "Kjørt" for r in summary if r["ID"])


def test_status_filter_not_placed_means_without_a_unit(project, tmp_path) -> None:
    from orgdesigner.model import ops

    ops.set_placement(project, SC, "fp6", status="til drøfting").apply(project)  # a record, still no unit
    ops.set_placement(project, SC, "sp4", unit_id=None, status="overtallig").apply(project)
    wb = export(project, "innplassering", tmp_path / "f.xlsx", statuses=[""])
    assert sorted(r["Stillingstittel"] for r in entries(wb["Innplassering"])) == ["Assistent", "Sykepleier"]
    wb = export(project, "innplassering", tmp_path / "g.xlsx", statuses=["overtallig", "til drøfting"])
    assert sorted(r["Stillingstittel"] for r in entries(wb["Innplassering"])) == ["Hjemmehjelp", "Sykepleier"]


def test_funn_puts_principle_breaches_first_and_honours_rule_settings(project, tmp_path) -> None:
    from orgdesigner.model.project import set_site_defaults
    from orgdesigner_plugins.validators import all_validators

    project.settings["span.warn"] = 0  # every unit with a report breaches the span principle
    set_site_defaults({"empty_unit.enabled": False, "leader_count.severity": "info"})
    try:
        wb = export(project, "funn", tmp_path / "funn.xlsx", validators=all_validators())
    finally:
        set_site_defaults({})
    found = table(wb["Funn"])
    types = [r["Type"] for r in found]
    assert types[0] == "Prinsipp" and "Orden" in types
    assert types == sorted(types, key=lambda t: t != "Prinsipp")  # principles first, then housekeeping
    summary = {r["ID"]: r for r in table(wb["Oppsummering"])}
    assert summary["span"]["Type"] == "Prinsipp" and summary["unplaced"]["Type"] == "Orden"
    assert summary["empty_unit"]["Status"] == "Slått av"  # the site's default reaches the export
    leaders = [r for r in found if r["Kontroll"] == "Én leder per enhet"]
    assert leaders and all(r["Alvorlighet"] == "Info" for r in leaders)
