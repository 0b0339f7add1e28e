"""The demo kommune: deterministic, realistic in size and shape, consistent with its staff lists."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import astuple
from pathlib import Path

import openpyxl
import pytest

from orgdesigner.demo import KOMMUNER, SCENARIO_NAME, build_demo_project, staff_rows
from orgdesigner.model import PlacementStatus, Role, UnitType

DEMO_DIR = Path(__file__).resolve().parents[1] / "resources" / "demo"
FILES = {
    "fet": "fet-ansatte-2019.xlsx",
    "skedsmo": "skedsmo-personalrapport-2019.xlsx",
    "sorum": "sorum-stillinger-2019.xlsx",
}
SIZES = {"fet": (600, 800), "skedsmo": (2800, 3400), "sorum": (1050, 1350)}


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


def test_same_seed_same_project_and_fast():
    start = time.perf_counter()
    a = build_demo_project()
    elapsed = time.perf_counter() - start
    b = build_demo_project()
    assert a == b
    assert list(a.positions) == list(b.positions)
    assert elapsed < 2.0, f"generation took {elapsed:.2f} s"
    c = build_demo_project(seed=7)
    assert c != a
    assert [p.name for p in c.persons.values()] != [p.name for p in a.persons.values()]


def test_three_source_kommuner_of_realistic_size(project):
    assert [s.name for s in project.sources.values()] == ["Fet kommune", "Skedsmo kommune", "Sørum kommune"]
    for source in project.sources.values():
        persons = [p for p in project.persons.values() if p.source_id == source.id]
        positions = [p for p in project.positions.values() if p.source_id == source.id]
        lo, hi = SIZES[source.id]
        assert lo <= len(persons) <= hi
        assert len(positions) > len(persons)  # some hold two positions
        assert re.fullmatch(r"\d{4}", source.number)
        roots = source.roots()
        assert len(roots) == 1 and source.units[roots[0]].type == UnitType.KOMMUNEDIREKTOR
        types = Counter(u.type for u in source.units.values())
        assert types[UnitType.TJENESTEOMRADE] >= 3 and types[UnitType.VIRKSOMHET] >= 10
        assert types[UnitType.AVDELING] >= 10 and types[UnitType.STAB] == 1


def test_positions_persons_and_units_are_consistent(project):
    total: dict[str, float] = defaultdict(float)
    for pos in project.positions.values():
        if pos.source_id:
            org = project.sources[pos.source_id]
            assert pos.unit_id in org.units
            assert project.locations[pos.work_place_id].territory == pos.source_id
            assert re.fullmatch(r"\d{4}", pos.code)
            assert re.fullmatch(r"\d{3}", pos.kostra)
            assert pos.cost_centre == org.units[pos.unit_id].cost_centre
            assert 400_000 <= pos.salary <= 1_800_000
            assert project.persons[pos.person_id].source_id == pos.source_id
            total[pos.person_id] += pos.fte_percent
    assert max(total.values()) <= 100
    assert len({p.fte_percent for p in project.positions.values()}) >= 5
    codes = {p.code for p in project.positions.values()}
    assert {"9430", "9440", "9451", "9454", "9951", "7961", "7965"} <= codes
    for source in project.sources.values():
        names = [u.name for u in source.units.values()]
        assert len(names) == len(set(names)), "unit names are unique within a kommune"
        ccs = [u.cost_centre for u in source.units.values()]
        assert len(ccs) == len(set(ccs))
        for unit in source.units.values():
            leader = project.positions[unit.leader_position_id]
            assert leader.unit_id == unit.id and leader.personnel_responsibility
            assert all(re.fullmatch(r"\d{3}", k) for k in unit.kostra)
    counts = Counter(p.person_id for p in project.positions.values() if p.person_id)
    assert sum(1 for n in counts.values() if n == 2) >= 50


def test_scenario_has_the_decided_top_structure(project):
    (sc,) = project.scenarios.values()
    assert sc.name == SCENARIO_NAME == "Lillestrøm kommune – vedtatt modell"
    (root,) = sc.roots()
    assert sc.units[root].name == "Kommunedirektør"
    assert sc.units[root].type == UnitType.KOMMUNEDIREKTOR
    top = [(sc.units[c].name, sc.units[c].type) for c in sc.children(root)]
    assert top == [
        ("Kommunedirektørens stab", UnitType.STAB),
        ("Organisasjon og utvikling", UnitType.STOTTE),
        ("Digitalisering", UnitType.STOTTE),
        ("Økonomi", UnitType.STOTTE),
        ("Oppvekst", UnitType.TJENESTEOMRADE),
        ("Helse og mestring", UnitType.TJENESTEOMRADE),
        ("Kultur, miljø og samfunn", UnitType.TJENESTEOMRADE),
    ]
    for c in sc.children(root)[4:]:
        virk = [sc.units[v] for v in sc.children(c)]
        assert len(virk) >= 4 and all(v.type == UnitType.VIRKSOMHET for v in virk)
    by_name = {u.name: u for u in sc.units.values()}
    assert by_name["Tildelingskontoret"].role == Role.FORVALTNING
    assert by_name["Fet helsetun"].role == Role.TJENESTEYTING
    assert by_name["Kommunedirektør"].leader_position_id in project.positions


def test_part_of_the_staff_is_placed(project):
    (sc,) = project.scenarios.values()
    staff = [p for p in project.positions.values() if p.source_id]
    placed = [p for p in staff if p.id in sc.placements]
    assert 0.1 * len(staff) < len(placed) < 0.6 * len(staff)
    for pl in sc.placements.values():
        assert pl.position_id in project.positions and pl.unit_id in sc.units
    statuses = Counter(pl.status for pl in sc.placements.values())
    assert statuses[PlacementStatus.PLASSERT] >= 50 and statuses[PlacementStatus.FORESLATT] >= 500
    assert statuses[PlacementStatus.TIL_DROFTING] >= 1 and statuses[PlacementStatus.UTLYST_INTERNT] >= 1
    for unit in sc.units.values():
        if unit.leader_position_id:
            assert sc.placements[unit.leader_position_id].unit_id == unit.id
    # each placed leader came from a unit the scenario unit absorbs
    placed_leaders = [
        u
        for u in sc.units.values()
        if u.leader_position_id in project.positions and project.positions[u.leader_position_id].source_id
    ]
    assert len(placed_leaders) >= 40


def _canonical(header: object) -> str | None:
    text = str(header or "").strip().lower()
    synonyms = {
        "employee_no": ("ansattnr", "ressursnr", "personalnr"),
        "fte": ("stillingsprosent", "stilling %", "stillingsandel"),
        "code": ("stillingskode",),
        "unit": ("enhet", "org.enhet", "avdeling"),
        "name": ("navn",),
        "last": ("etternavn",),
        "first": ("fornavn",),
    }
    return next((key for key, words in synonyms.items() if text in words), None)


def read_sheets(source_id: str) -> list[list[list[tuple[object, str]]]]:
    """One demo file: per sheet, rows of (value, number format)."""
    wb = openpyxl.load_workbook(DEMO_DIR / FILES[source_id], read_only=True)
    try:
        return [
            [[(c.value, getattr(c, "number_format", "") or "") for c in row] for row in ws.iter_rows()]
            for ws in wb.worksheets
        ]
    finally:
        wb.close()


@pytest.fixture(scope="module")
def sheets() -> dict[str, list[list[list[tuple[object, str]]]]]:
    """Every file read once."""
    return {source_id: read_sheets(source_id) for source_id in FILES}


def read_staff(sheets: list[list[list[tuple[object, str]]]]) -> list[dict]:
    """A minimal reader for the three demo shapes (the real importer is a plugin)."""
    rows: list[dict] = []
    for ws in sheets:
        header: dict[int, str] | None = None
        for cells in ws:
            values = [v for v, _ in cells]
            if header is None:
                keys = {i: _canonical(v) for i, v in enumerate(values)}
                if "employee_no" in keys.values():
                    header = {i: k for i, k in keys.items() if k}
                continue
            row = {k: values[i] if i < len(values) else None for i, k in header.items()}
            if not re.fullmatch(r"\d+", str(row["employee_no"] or "")):
                continue  # blank or total row
            fte = row["fte"]
            fmt = cells[next(i for i, k in header.items() if k == "fte")][1]
            if isinstance(fte, str):
                fte = float(fte.replace(",", "."))
            elif "%" in fmt:
                fte = fte * 100
            row["fte"] = round(float(fte), 2)
            row["employee_no"] = str(row["employee_no"])
            row["code"] = str(row["code"])
            rows.append(row)
    return rows


@pytest.mark.parametrize("source_id", list(FILES))
def test_staff_list_matches_the_project(project, sheets, source_id):
    rows = read_staff(sheets[source_id])
    expected = staff_rows(project, source_id)
    persons = [p for p in project.persons.values() if p.source_id == source_id]
    assert (
        len(rows) == len(expected) == sum(1 for p in project.positions.values() if p.source_id == source_id)
    )
    assert len({r["employee_no"] for r in rows}) == len(persons)
    assert round(sum(r["fte"] for r in rows), 2) == round(
        sum(p.fte_percent for p in project.positions.values() if p.source_id == source_id), 2
    )
    got = sorted((r["employee_no"], r["code"], r["fte"], r["unit"]) for r in rows)
    want = sorted((r.employee_no, r.code, r.fte_percent, r.unit) for r in expected)
    assert got == want
    names = {p.employee_no: p.name for p in persons}
    for r in rows:
        if "name" in r and "," in r["name"]:
            last, first = (s.strip() for s in r["name"].split(",", 1))
            assert f"{first} {last}" == names[r["employee_no"]]
        elif "name" in r:
            assert r["name"] == names[r["employee_no"]]
        else:
            assert f"{r['first']} {r['last']}" == names[r["employee_no"]]


def test_the_three_files_have_different_shapes(sheets):
    shapes = {sid: (len(ws), ws[-1][0][0][0]) for sid, ws in sheets.items()}
    assert shapes["fet"] == (1, "Fet kommune")  # title block above the header
    assert shapes["skedsmo"] == (2, "Ressursnr")  # cover sheet first
    assert shapes["sorum"] == (1, "Personalnr ")  # trailing space


def test_no_national_identity_numbers_anywhere(project, sheets):
    long_digits = re.compile(r"\d{10,}")
    for source_id, workbook in sheets.items():
        for ws in workbook:
            for row in ws:
                for value, _ in row:
                    if isinstance(value, float) and value.is_integer():
                        value = int(value)
                    assert not long_digits.search(str(value if value is not None else "")), (source_id, value)
    for record in (*project.persons.values(), *project.positions.values()):
        for value in astuple(record):
            assert not long_digits.search(str(value))


def test_kommune_specs_cover_every_file():
    assert {k.id for k in KOMMUNER} == set(FILES)
    for k in KOMMUNER:
        assert (DEMO_DIR / FILES[k.id]).is_file()


def test_generator_needs_neither_qt_nor_faker():
    code = (
        "import sys; from orgdesigner.demo import build_demo_project; build_demo_project(); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'faker', 'openpyxl')]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
