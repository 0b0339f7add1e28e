"""``orgdesigner info``: figures per source kommune and per scenario, table and JSON, bad files."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesigner import storage
from orgdesigner.cli import info
from orgdesigner.model import Person, Placement, Position, Project, Scenario, SourceKommune, Unit


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    info.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def project_file(tmp_path):
    p = Project(name="Nye Lillestrøm")
    fet = SourceKommune("k-fet", "Fet", number="3022")
    sor = SourceKommune("k-sor", "Sørum", number="3027")
    p.sources = {fet.id: fet, sor.id: sor}
    for i in range(3):
        fet.units[f"f{i}"] = Unit(f"f{i}", f"Fet {i}")
    sor.units["s0"] = Unit("s0", "Sørum 0")
    p.persons = {e: Person(e, e, e) for e in ("e1", "e2", "e3")}
    p.positions = {
        "p1": Position("p1", "e1", "k-fet", "f0", fte_percent=100),
        "p2": Position("p2", "e1", "k-fet", "f1", fte_percent=50),  # second position, same person
        "p3": Position("p3", None, "k-fet", "f2", fte_percent=80),  # vacant
        "p4": Position("p4", "e2", "k-sor", "s0", fte_percent=60),
        "p5": Position("p5", "e3", "", None, fte_percent=20),  # created in a scenario
    }
    sc = Scenario("s1", "Alternativ A", units={"n0": Unit("n0", "Ny"), "n1": Unit("n1", "Ny 2")})
    sc.placements = {
        "p1": Placement("p1", "n0"),
        "p3": Placement("p3", "n1"),
        "p4": Placement("p4", None),  # not placed
        "p5": Placement("p5", "gone"),  # points at a unit that no longer exists
    }
    empty = Scenario("s2", "Tomt")
    p.scenarios = {sc.id: sc, empty.id: empty}
    path = tmp_path / "prosjekt.orgd"
    storage.save(p, path)
    return path


def test_json_figures(project_file, capsys):
    assert _run(["info", str(project_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(project_file) and data["project"] == "Nye Lillestrøm"
    assert data["sources"] == [
        {"id": "k-fet", "name": "Fet", "units": 3, "persons": 1, "positions": 3, "fte": 2.3},
        {"id": "k-sor", "name": "Sørum", "units": 1, "persons": 1, "positions": 1, "fte": 0.6},
    ]
    a, b = data["scenarios"]
    assert {k: a[k] for k in ("id", "name", "units", "persons", "positions", "fte")} == {
        "id": "s1",
        "name": "Alternativ A",
        "units": 2,
        "persons": 1,
        "positions": 2,
        "fte": 1.8,
    }
    assert a["unplaced"] == 3
    assert data["total"]["positions"] == 4 and data["positions_without_source"] == 1
    assert (b["units"], b["persons"], b["positions"], b["fte"], b["unplaced"]) == (0, 0, 0, 0, 5)


def test_table_is_norwegian(project_file, capsys):
    assert _run(["info", str(project_file)]) == 0
    out = capsys.readouterr().out
    assert "Prosjekt: Nye Lillestrøm" in out
    for word in ("Kommune", "Enheter", "Ansatte", "Stillinger", "Årsverk", "Alternativ", "Ikke plassert"):
        assert word in out
    fet = next(line for line in out.splitlines() if line.startswith("Fet"))
    assert fet.split()[1:] == ["3", "1", "3", "2,3"]
    total = next(line for line in out.splitlines() if line.startswith("Sum"))
    assert total.split()[1:] == ["4", "2", "4", "2,9"]  # p5 has no source kommune
    assert "1 stilling opprettet i alternativene" in out


def test_number_format():
    assert info._num(12345.5, 1) == "12\u00a0345,5"  # Babel's bokmål: a no-break space
    assert info._num(3100) == "3\u00a0100"


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 10, None])
def test_bad_file_clear_message_exit_1(tmp_path, capsys, content):
    path = tmp_path / "feil.orgd"
    if content is not None:
        path.write_bytes(content)
    assert _run(["info", str(path), "--json"]) == 1
    err = capsys.readouterr().err
    assert "feil.orgd" in err and "Traceback" not in err


def test_through_the_real_entry_point(project_file):
    r = subprocess.run(
        [sys.executable, "-m", "orgdesigner", "info", str(project_file), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if "No module named 'orgdesigner.cli." in r.stderr:
        pytest.skip("another CLI command module is not written yet")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["sources"][0]["fte"] == 2.3
    bad = subprocess.run(
        [sys.executable, "-m", "orgdesigner", "info", str(project_file.with_name("nei.orgd"))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and "nei.orgd" in bad.stderr and "Traceback" not in bad.stderr


# -- the demo: info's figures match the generated staff lists, read independently ---------

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"
#: file → (sheet, employee-number header, FTE header)
STAFF_LISTS = {
    "fet-ansatte-2019.xlsx": ("Ansatte", "Ansattnr", "Stillingsprosent"),
    "skedsmo-personalrapport-2019.xlsx": ("Ansatte", "Ressursnr", "Stilling %"),
    "sorum-stillinger-2019.xlsx": ("Stillinger", "Personalnr", "Stillingsandel"),
}


def _staff_list_figures(path: Path, sheet: str, id_head: str, fte_head: str) -> tuple[int, int, float]:
    """(positions, persons, FTE) from a staff list: rows with a numeric employee number."""
    calamine = pytest.importorskip("python_calamine")
    rows = calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()
    h = next(i for i, r in enumerate(rows) if any(str(c).strip() == id_head for c in r))
    head = [str(c).strip() for c in rows[h]]
    id_col, fte_col = head.index(id_head), head.index(fte_head)
    ids, ftes = [], []
    for r in rows[h + 1 :]:
        emp = str(r[id_col]).strip()
        if not re.fullmatch(r"\d+(\.0)?", emp):
            continue  # blank lines, sum lines
        value = r[fte_col]
        if isinstance(value, str):
            value = float(value.replace("%", "").replace(",", ".").strip() or 0)
        ids.append(emp)
        ftes.append(float(value))
    scale = 1.0 if max(ftes) <= 1.5 else 100.0  # a fraction (1,0) or a percentage (100)
    return len(ids), len(set(ids)), round(sum(ftes) / scale, 2)


def test_demo_figures_match_the_staff_lists(tmp_path):
    if not all((DEMO / f).exists() for f in STAFF_LISTS):
        pytest.skip("demo staff lists not generated")
    out = tmp_path / "demo.orgd"
    made = subprocess.run(
        [sys.executable, "-m", "orgdesigner", "demo", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if made.returncode != 0 and "invalid choice" in made.stderr:
        pytest.skip("the demo command is not written yet")
    assert made.returncode == 0, made.stderr
    r = subprocess.run(
        [sys.executable, "-m", "orgdesigner", "info", str(out), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    sources = json.loads(r.stdout)["sources"]
    assert len(sources) == len(STAFF_LISTS)
    expected = sorted(_staff_list_figures(DEMO / f, *spec) for f, spec in STAFF_LISTS.items())
    actual = sorted((s["positions"], s["persons"], s["fte"]) for s in sources)
    for (pos, per, fte), (want_pos, want_per, want_fte) in zip(actual, expected, strict=True):
        assert (pos, per) == (want_pos, want_per)
        assert fte == pytest.approx(want_fte, abs=0.011)
