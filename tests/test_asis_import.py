"""Messy staff lists (written by LibreOffice Calc): exact counts, every bad row named,
the kommune's name from the content, .xls through the same reader, type words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import_support import isolated_config  # noqa: F401 (autouse fixture)

from orgdesigner.cli import run as cli_run
from orgdesigner.model import Project
from orgdesigner.plugins import create_manager
from orgdesigner_plugins.staff_import.kommune_name import name_from_file, propose

DATA = Path(__file__).parent / "data" / "asis"


def importer(importer_id: str):
    return next(i for i in create_manager(disabled=[]).importers() if i.id == importer_id)


@pytest.mark.parametrize("ext", ["xlsx", "xls", "csv"])
def test_march_list_counts_and_names_every_bad_row(ext: str) -> None:
    result = importer("staff_list").read(DATA / f"fet_mars.{ext}", None)
    r = result.report
    assert r.ok and r.kommune == "Fet" and r.kommune_number == "0227" and r.kommune_from == "title"
    assert result.source.number == "0227"
    # 11 data rows: 7 positions, 2 rejected (no employee number; 120 %), a blank and a sum row skipped
    assert (r.rows_read, r.rows_imported, r.rows_rejected, r.rows_skipped) == (11, 7, 2, 2)
    assert r.rows_imported == len(result.positions) == r.positions
    assert r.persons == len(result.persons) == 5  # Vik has two positions, the vacant one has no person
    assert all(p.employee_no for p in result.persons)
    errors = {(i.row, i.column, i.header): i.message for i in r.issues if i.severity == "error"}
    assert errors[(7, "A", "Ansattnr")].startswith("Ansattnummer mangler")
    assert "120" in errors[(8, "E", "Stilling %")]
    assert r.fte_percent_sum == pytest.approx(100 + 80 + 100 + 50 + 30 + 50 + 60)


def test_name_proposals() -> None:
    assert propose(["Personalliste Fet kommune per 1.3.2019"], [], "x")[:2] == ("Fet", "")
    assert propose(["Ansatte"], ["Forside", "Nes kommune", "Kommunenummer: 3034"], "x") == (
        "Nes",
        "3034",
        "cover",
    )
    assert propose(["Kommunenr 0231"], [], "hr_eksport") == ("Skedsmo", "0231", "number")
    assert name_from_file("skedsmo_hr_eksport") == "Skedsmo"
    assert name_from_file("Personalliste Fet 2019") == "Fet"
    assert propose(["Oversikt over Aurskog-Høland kommune"], [], "x")[0] == "Aurskog-Høland"


def test_cli_import_logs_into_the_project(tmp_path: Path, capsys) -> None:
    target = tmp_path / "p.orgd"
    assert cli_run(["import", str(DATA / "fet_mars.xls"), "--into", str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kommune"] == "Fet" and data["persons"] == 5
    from orgdesigner.model import import_log
    from orgdesigner.storage import load

    project = load(target)
    [entry] = import_log.entries(project)
    assert entry["kind"] == "staff" and entry["file"] == "fet_mars.xls" and entry["sheet"] == "fet_mars"
    assert {(i["row"], i["column"]) for i in entry["issues"] if i["severity"] == "error"} == {
        (7, "A"),
        (8, "E"),
    }
    assert entry["counts"]["rows_rejected"] == 2


@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_structure_type_words_keep_staff_units(ext: str) -> None:
    read = importer("org_structure").read
    result = read(DATA / f"struktur_fet.{ext}", Project(), scenario="A")
    assert not result.ok and list(result.unknown_types) == ["Fagenhet"]
    assert result.unknown_types["Fagenhet"] == [11] and "Fagenhet" in result.report.message
    result = read(DATA / f"struktur_fet.{ext}", Project(), scenario="A", type_words={"Fagenhet": "seksjon"})
    assert result.ok
    types = {u.name: u.type for u in result.units}
    assert types == {
        "Kommunedirektøren": "kommunedirektør",
        "Økonomi og personal": "stab",
        "IKT": "støtte",
        "Lønn": "støtte",
        "Helse og velferd": "tjenesteområde",
        "Sykehjemmet": "virksomhet",
        "Kjøkken": "team",
        "Oppvekst": "tjenesteområde",
        "Fetsund skole": "virksomhet",
        "Småskoletrinnet": "seksjon",
    }


def test_project_type_words_extend_the_table() -> None:
    project = Project(settings={"staff_import.type_words": {"fag enhet": "seksjon"}})
    result = importer("org_structure").read(DATA / "struktur_fet.csv", project, scenario="A")
    assert result.ok and {u.name: u.type for u in result.units}["Småskoletrinnet"] == "seksjon"


def test_disabling_staff_import_removes_its_importers(tmp_path: Path, capsys) -> None:
    ids = {i.id for i in create_manager(disabled=["staff_import"]).importers()}
    assert "staff_list" not in ids and "org_structure" not in ids
    assert {"staff_list", "org_structure"} <= {i.id for i in create_manager(disabled=[]).importers()}


def test_user_type_words_file_extends_the_table(monkeypatch, tmp_path: Path) -> None:
    from orgdesigner_plugins.staff_import.type_words import save_user_word, type_table, word_key

    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "cfg"))
    assert word_key("Fag-enhet") not in type_table()
    save_user_word("Fag-enhet", "seksjon")
    save_user_word("Tull", "ikke en type")  # only real unit types are kept
    table = type_table()
    assert table[word_key("FAG ENHET")] == "seksjon" and word_key("Tull") not in table
    result = importer("org_structure").read(DATA / "struktur_fet.xlsx", Project(), scenario="A")
    assert result.ok and {u.name: u.type for u in result.units}["Småskoletrinnet"] == "seksjon"


def test_cli_import_of_a_kommune_already_there_points_to_reimport(tmp_path: Path, capsys) -> None:
    target = tmp_path / "p.orgd"
    assert cli_run(["import", str(DATA / "fet_mars.xlsx"), "--into", str(target)]) == 0
    assert cli_run(["import", str(DATA / "fet_april.xlsx"), "--into", str(target)]) == 2
    assert "orgdesigner reimport" in capsys.readouterr().err


def test_a_broken_xls_is_named_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "gammel.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 ikke en arbeidsbok")
    result = importer("staff_list").read(bad, None)
    assert not result.ok and result.report.status == "unreadable" and "gammel.xls" in result.report.message


def test_a_hung_validator_does_not_block_an_import(tmp_path: Path) -> None:
    """The read-only guard of a validator still running (timed out, in its own thread) refuses
    that thread's writes only: the staff importer, a plugin in another thread, goes on."""
    import threading

    from orgdesigner.plugin_guard import ReadOnly

    project = Project()
    guard = ReadOnly(project)
    entered, release, seen = threading.Event(), threading.Event(), {}

    def validator() -> None:
        guard.enter()
        entered.set()
        release.wait(10)
        try:
            project.name = "endret av en validator"
        except PermissionError:
            seen["refused"] = True
        guard.leave()

    worker = threading.Thread(target=validator)
    worker.start()
    try:
        assert entered.wait(10)
        result = importer("staff_list").read(DATA / "fet_mars.xlsx", None)
        assert result.ok and len(result.positions) == 7
    finally:
        release.set()
        worker.join(10)
    assert seen == {"refused": True} and project.name != "endret av en validator"
