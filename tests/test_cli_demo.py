"""``orgdesigner demo --out FILE.orgd`` writes the demo; ``info`` reports what the staff lists hold."""

from __future__ import annotations

import json
import subprocess
import sys

from test_demo import FILES, read_sheets, read_staff

from orgdesigner.cli import run
from orgdesigner.demo import SCENARIO_NAME, build_demo_project
from orgdesigner.storage import load


def test_demo_then_info_matches_the_staff_lists(tmp_path):
    out = tmp_path / "x.orgd"
    cmd = [sys.executable, "-m", "orgdesigner"]
    done = subprocess.run([*cmd, "demo", "--out", str(out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "5\u00a0000 ansatte" in done.stdout
    info = subprocess.run([*cmd, "info", str(out), "--json"], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    by_id = {s["id"]: s for s in data["sources"]}
    assert set(by_id) == set(FILES)
    for source_id in FILES:
        rows = read_staff(read_sheets(source_id))
        figures = by_id[source_id]
        assert figures["positions"] == len(rows)
        assert figures["persons"] == len({r["employee_no"] for r in rows})
        assert abs(figures["fte"] - sum(r["fte"] for r in rows) / 100) < 0.01
    (scenario,) = data["scenarios"]
    assert scenario["name"] == SCENARIO_NAME
    assert 0 < scenario["positions"] < data["total"]["positions"]


def test_demo_file_loads_back_equal_to_the_generated_project(tmp_path, capsys):
    out = tmp_path / "demo.orgd"
    assert run(["demo", "--out", str(out), "--seed", "11"]) == 0
    assert load(str(out)) == build_demo_project(11)
    assert run(["demo", "--out", str(out)]) == 0  # overwrites (atomically)
    assert load(str(out)) == build_demo_project()
    assert "Skrev demoprosjektet" in capsys.readouterr().out


def test_demo_reports_a_bad_target_without_traceback(tmp_path, capsys):
    missing = tmp_path / "finnes-ikke" / "x.orgd"
    assert run(["demo", "--out", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "finnes-ikke" in err and "Traceback" not in err
    assert not missing.parent.exists()
    assert run(["demo", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert ".orgd" in capsys.readouterr().err
