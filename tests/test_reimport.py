"""Re-import of next month's list: the change report names exactly who left, who is new
and what changed; applying it is one op; the CLI keeps its contract."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from test_import_support import isolated_config  # noqa: F401 (autouse fixture)

from orgdesigner.analysis.reimport import LEFT_FLAG, apply_op, compare, incoming_from
from orgdesigner.cli import run as cli_run
from orgdesigner.model import Project, import_log
from orgdesigner.model.sources import scenario_from_asis
from orgdesigner.storage import load, save
from orgdesigner_plugins.staff_import import Options, read_staff_list

DATA = Path(__file__).parent / "data" / "asis"


def project_with_march() -> Project:
    project = Project()
    read_staff_list(DATA / "fet_mars.xlsx", project=project).op(project).apply(project)
    scenario_from_asis(project, list(project.sources), "A", "s-a").apply(project)
    return project


def april(project: Project, ext: str = "xlsx"):
    src = next(iter(project.sources.values()))
    result = read_staff_list(DATA / f"fet_april.{ext}", Options(kommune=src.name), project=project)
    return src, result, compare(project, src.id, incoming_from(result), file=f"fet_april.{ext}")


@pytest.mark.parametrize("ext", ["xlsx", "xls", "csv"])
def test_change_report_names_who_left_who_is_new_and_what_changed(ext: str) -> None:
    project = project_with_march()
    _src, result, report = april(project, ext)
    assert result.report.rows_rejected == 0 and result.report.kommune == "Fet"
    assert [x["employee_number"] for x in report.left] == ["1002"]
    assert sorted(x["employee_number"] for x in report.new) == ["1010", "1011"]
    changed = {c.employee_number: c.fields for c in report.changed}
    assert changed == {
        "1001": {"salary": (1200000.0, 1250000.0)},
        "1005": {"fte_percent": (100.0, 80.0), "title": ("Lærer", "Lektor")},
        "1008": {
            "unit": ("Teknisk / Renhold", "Teknisk / Vaktmester"),
            "work_place": ("Rådhuset", "Kommunegården"),
        },
    }
    assert report.unchanged == 1  # Vik, two positions, same as before
    assert report.counts() == {"left": 1, "new": 2, "changed": 3, "unchanged": 1, "not_compared": 0}


def test_apply_is_one_op_new_unplaced_leavers_flagged_placements_kept() -> None:
    project = project_with_march()
    before = copy.deepcopy(project)
    src, _result, report = april(project)
    sc = project.scenarios["s-a"]
    placed_before = {pid: pl.unit_id for pid, pl in sc.placements.items()}
    op = apply_op(project, report, when="2019-04-01")
    op.apply(project)
    persons = {p.employee_no: p for p in project.persons.values()}
    assert persons["1002"].attributes[LEFT_FLAG] == "2019-04-01"
    olsen_pos = next(p for p in project.positions.values() if p.person_id == persons["1002"].id)
    assert sc.placements[olsen_pos.id].unit_id == placed_before[olsen_pos.id]  # kept
    assert sc.placements[olsen_pos.id].note.startswith("Sluttet ifølge ansattliste 2019-04-01")
    new_pos = [
        p for p in project.positions.values() if p.person_id in (persons["1010"].id, persons["1011"].id)
    ]
    assert len(new_pos) == 2 and not any(p.id in sc.placements for p in new_pos)  # arrive unplaced
    dahl = next(p for p in project.positions.values() if p.person_id == persons["1005"].id)
    assert (dahl.fte_percent, dahl.title) == (80.0, "Lektor")
    assert sc.placements[dahl.id].unit_id == placed_before[dahl.id]  # changed positions keep placement
    moe = next(p for p in project.positions.values() if p.person_id == persons["1008"].id)
    assert (
        src.units[moe.unit_id].name == "Vaktmester"
        and project.locations[moe.work_place_id].name == "Kommunegården"
    )
    # the same list again: nothing left to change
    _s, _r, again = april(project)
    assert again.empty and again.unchanged == 6
    op.revert(project)
    assert project == before


def test_rejected_rows_are_not_taken_for_leavers(tmp_path: Path) -> None:
    project = project_with_march()
    src = next(iter(project.sources.values()))
    rows = (
        (DATA / "fet_april.csv")
        .read_text(encoding="utf-8")
        .replace("1005;Dahl, Eva;7037;Lektor;80", "1005;Dahl, Eva;7037;Lektor;180")
    )
    path = tmp_path / "april.csv"
    path.write_text(rows, encoding="utf-8")
    result = read_staff_list(path, Options(kommune=src.name), project=project)
    report = compare(project, src.id, incoming_from(result))
    assert result.report.rows_rejected == 1
    assert "1005" not in [x["employee_number"] for x in report.left] and report.not_compared == ["1005"]


def test_cli_contract(tmp_path: Path, capsys) -> None:
    target = tmp_path / "p.orgd"
    save(project_with_march(), target)
    stamp = target.read_bytes()
    assert cli_run(["reimport", str(target), str(DATA / "fet_april.xlsx"), "--kommune", "fet", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert target.read_bytes() == stamp  # without --apply nothing is written
    assert {"left", "new", "changed", "counts"} <= set(data)
    assert data["counts"]["left"] == 1 and data["counts"]["new"] == 2 and data["counts"]["changed"] == 3
    eva = next(c for c in data["changed"] if c["employee_number"] == "1005")
    assert eva["fields"] == {"fte_percent": [100.0, 80.0], "title": ["Lærer", "Lektor"]}
    assert (
        cli_run(
            ["reimport", str(target), str(DATA / "fet_april.xlsx"), "--kommune", "Fet", "--apply", "--json"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["applied"] is True
    project = load(target)
    assert sum(1 for p in project.persons.values() if LEFT_FLAG in p.attributes) == 1
    assert [e["kind"] for e in import_log.entries(project)] == ["reimport"]
    # applied again: nothing changed, exit 0, nothing written
    stamp = target.read_bytes()
    assert (
        cli_run(["reimport", str(target), str(DATA / "fet_april.xlsx"), "--kommune", "Fet", "--apply"]) == 0
    )
    assert target.read_bytes() == stamp
    # rejected rows → 1; unreadable file or unknown kommune → 2
    assert cli_run(["reimport", str(target), str(DATA / "fet_mars.xlsx"), "--kommune", "Fet"]) == 1
    assert cli_run(["reimport", str(target), str(tmp_path / "nope.xlsx"), "--kommune", "Fet"]) == 2
    assert cli_run(["reimport", str(target), str(DATA / "fet_april.xlsx"), "--kommune", "Hurdal"]) == 2
    capsys.readouterr()
