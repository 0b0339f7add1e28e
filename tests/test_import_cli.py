"""``orgdesigner import`` and ``orgdesigner import-org``: JSON fields, exit status, --into."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pytest
from test_import_support import (
    HEADERS,
    isolated_config,  # noqa: F401 (autouse fixture)
    staff_rows,
    synthetic_fnr,
    write_csv,
    write_xlsx,
)

from orgdesigner.cli import import_cmd, import_org
from orgdesigner.storage import load

FIELDS = {
    "file",
    "sheet",
    "header_row",
    "mapping",
    "rows_read",
    "rows_imported",
    "rows_rejected",
    "rows_skipped",
    "persons",
    "positions",
    "fte_percent_sum",
    "issues",
}


def cli(*argv: str) -> int:
    """The two commands through argparse, as ``orgdesigner.cli`` registers them."""
    parser = argparse.ArgumentParser(prog="orgdesigner")
    sub = parser.add_subparsers()
    import_cmd.register(sub)
    import_org.register(sub)
    args = parser.parse_args(list(argv))
    return args.func(args)


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    status = cli(*argv, "--json")
    out = capsys.readouterr().out
    return status, json.loads(out)


def test_commands_are_registered_in_the_cli() -> None:
    from orgdesigner.cli import COMMANDS

    assert "import_cmd" in COMMANDS and "import_org" in COMMANDS


def test_json_report_and_exit_0(tmp_path: Path, capsys) -> None:
    rows = [
        HEADERS,
        *staff_rows(3),
        [9, "Kari Hansen", "1", "T", "tull", 1, "E", "", ""],
        ["Sum", None, None, None, 300],
    ]
    path = write_xlsx(tmp_path / "liste.xlsx", {"Ark1": rows})
    status, data = run_json(capsys, "import", str(path))
    assert status == 0
    assert FIELDS <= set(data)
    assert (data["rows_read"], data["rows_imported"], data["rows_rejected"], data["rows_skipped"]) == (
        5,
        3,
        1,
        1,
    )
    assert (data["persons"], data["positions"], data["fte_percent_sum"]) == (3, 3, 300)
    assert data["mapping"]["fte"] == {"column": "E", "header": "Stillingsprosent"}
    assert {"row": 5, "column": "E", "severity": "error"}.items() <= data["issues"][0].items()
    assert all({"row", "column", "severity", "message"} <= set(i) for i in data["issues"])
    assert data["saved"] is False


def test_into_a_new_then_an_existing_project(tmp_path: Path, capsys) -> None:
    a = write_xlsx(tmp_path / "fet.xlsx", {"A": [HEADERS, *staff_rows(3)]})
    b = write_csv(tmp_path / "sorum.csv", [HEADERS, *staff_rows(2, start=50)])
    target = tmp_path / "nye.orgd"
    assert cli("import", str(a), "--into", str(target), "--kommune", "Fet") == 0
    assert cli("import", str(b), "--into", str(target)) == 0
    project = load(target)
    assert sorted(s.name for s in project.sources.values()) == [
        "Fet",
        "Sorum",
    ]  # a file name is proposed capitalised
    assert len(project.positions) == 5
    capsys.readouterr()
    before = target.read_bytes()
    assert cli("import", str(a), "--into", str(target), "--kommune", "Fet") == 2  # already there
    assert target.read_bytes() == before
    assert "allerede" in capsys.readouterr().err


def test_refused_exit_2_writes_nothing(tmp_path: Path, capsys) -> None:
    fnrs = [synthetic_fnr(random.Random(i)) for i in range(3)]
    rows = [[*HEADERS, "Fnr"]] + [[*r, f] for r, f in zip(staff_rows(3), fnrs, strict=True)]
    path = write_xlsx(tmp_path / "fnr.xlsx", {"Ark1": rows})
    target = tmp_path / "p.orgd"
    status, data = run_json(capsys, "import", str(path), "--into", str(target))
    assert status == 2 and data["status"] == "refused" and data["rows_imported"] == 0
    assert not target.exists()
    assert cli("import", str(path), "--into", str(target), "--drop-national-id") == 0
    blob = target.read_bytes()
    assert not any(f.encode() in blob for f in fnrs)
    err = capsys.readouterr().err
    assert not any(f in err for f in fnrs)


def test_unreadable_exit_1(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip")
    assert cli("import", str(bad)) == 1
    assert "x.xlsx" in capsys.readouterr().err
    status, data = run_json(capsys, "import", str(tmp_path / "missing.csv"))
    assert status == 1 and data["status"] == "unreadable"


def test_sheet_and_kommune_options(tmp_path: Path, capsys) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", {"A": [HEADERS, *staff_rows(1)], "B": [HEADERS, *staff_rows(2)]})
    status, data = run_json(capsys, "import", str(path), "--sheet", "B", "--kommune", "Hurum")
    assert status == 0 and data["sheet"] == "B" and data["kommune"] == "Hurum" and data["positions"] == 2


def test_import_org_adds_a_scenario(tmp_path: Path, capsys) -> None:
    rows = [
        ["Organisasjonskart"],
        ["Enhet", "Overordnet enhet", "Enhetstype"],
        ["Kommunedirektør", None, "Kommunedirektør"],
        ["Helse og omsorg", "Kommunedirektør", "Kommunalområde"],
        ["Sykehjemmet", "Helse og omsorg", "Virksomhet"],
        ["Kjøkken", "Sykehjemmet", "Avdelingen?"],
        ["HR", "Kommunedirektør", "Støtte"],
        ["Borte", "Finnes ikke", "Team"],
    ]
    path = write_xlsx(tmp_path / "org.xlsx", {"Struktur": rows})
    target = tmp_path / "p.orgd"
    # an unknown type word is never silently turned into another type: refused, word and row named
    status, data = run_json(capsys, "import-org", str(path), "--into", str(target), "--scenario", "Modell A")
    assert status == 2 and "«Avdelingen?» (rad 6)" in data["message"] and not target.exists()
    status, data = run_json(
        capsys,
        "import-org",
        str(path),
        "--into",
        str(target),
        "--scenario",
        "Modell A",
        "--type-word",
        "Avdelingen?=avdeling",
    )
    assert status == 0 and data["units"] == 6
    sc = load(target).scenario("Modell A")
    by_name = {u.name: u for u in sc.units.values()}
    assert by_name["Sykehjemmet"].parent_id == by_name["Helse og omsorg"].id
    assert by_name["Helse og omsorg"].type == "tjenesteområde" and by_name["HR"].type == "støtte"
    assert by_name["Borte"].parent_id is None
    messages = " ".join(i["message"] for i in data["issues"])
    assert "Finnes ikke" in messages and by_name["Kjøkken"].type == "avdeling"
    assert cli("import-org", str(path), "--into", str(target), "--scenario", "Modell A") == 2
    assert cli("import-org", str(tmp_path / "nope.xlsx"), "--into", str(target), "--scenario", "B") == 1


def test_import_org_breaks_cycles(tmp_path: Path) -> None:
    rows = [["Enhet", "Overordnet"], ["A", "B"], ["B", "A"], ["C", "A"]]
    path = write_csv(tmp_path / "sirkel.csv", rows, ",")
    target = tmp_path / "p.orgd"
    assert cli("import-org", str(path), "--into", str(target), "--scenario", "S") == 0
    sc = load(target).scenario("S")
    assert len(sc.roots()) >= 1 and len(list(sc.walk())) == 3


def test_through_the_real_entry_point(tmp_path: Path, capsys) -> None:
    from orgdesigner import cli as cli_pkg

    try:
        cli_pkg.build_parser()
    except ModuleNotFoundError as exc:  # another command module not written yet
        pytest.skip(f"CLI not complete yet: {exc}")
    path = write_xlsx(tmp_path / "l.xlsx", {"A": [HEADERS, *staff_rows(2)]})
    assert cli_pkg.run(["import", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["positions"] == 2
