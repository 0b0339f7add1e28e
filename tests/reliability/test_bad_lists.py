"""Bad and hostile staff lists: refused with a clear message naming file and sheet, or read
correctly — never an abort, a hang or gigabytes of memory (each import runs in a child
process with a 2 GiB address-space limit and a time limit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from bad_lists import NAMED, random_cases, staff_rows, write_xlsx
from harness import REPO, import_in_child

REFUSED = {  # case → words the message must hold (besides the file name)
    "mellomrom i XFD1048576": ["Ansatte", "XFD1048576"],
    "en celle i ZZ1048576": ["Ansatte", "ZZ1048576"],
    "rad 99 999 999": ["Ansatte", "99999999"],
    "r=1e308": ["Ansatte", "ugyldig"],
    "NaN som ukjent tall": ["Ansatte", "ugyldig"],
    "celler uten referanse, bredt": ["Ansatte", "kolonne"],
    "201 kolonner": ["Ansatte", "GS"],
    "CSV med 100 000 kolonner": ["kolonne"],
    "arbeidsbok uten ark": ["ingen regneark"],
    "zip-bombe 600 MB ark": ["500 MB"],
    "delte tekster 600 MB": ["500 MB"],
    "1 048 576 rader": ["Ansatte", "1048576"],
    "ikke en zip": ["ikke en gyldig Excel-fil"],
    "tom fil": [],
}
READ = {
    "32 000 blanke i en lønn",
    "celle utenfor sin rad",
    "tom formatert celle langt ute",
    "200 kolonner",
    "tittel på 32 767 tegn",
    "CSV-tittel på 32 767 tegn",
}
NOT_FINITE = {"NaN som tall", "NaN i CSV"}
SLOW_FOR_BOTH = {"zip-bombe 600 MB ark", "delte tekster 600 MB", "1 048 576 rader"}


def _engines(name: str, suffix: str) -> list[str]:
    if suffix == ".csv" or name in SLOW_FOR_BOTH:
        return ["auto"]
    return ["calamine", "openpyxl"]


CASES = [(n, s, m, e) for n, s, m in NAMED for e in _engines(n, s)]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("name, suffix, make, engine", CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_named_bad_list(tmp_path, name, suffix, make, engine):
    path = tmp_path / f"liste{suffix}"
    make(path)
    out = import_in_child(path, engine)
    assert "crash" not in out, out.get("crash")
    if name in REFUSED:
        assert out["status"] == "unreadable", out
        assert path.name in out["message"]
        for word in REFUSED[name]:
            assert word.replace(" ", "") in out["message"].replace(" ", ""), out["message"]
        assert "Traceback" not in out["message"]
    elif name in READ:
        assert out["ok"] and out["positions"] >= 1, out
    elif name in NOT_FINITE:
        assert any("endelig tall" in m for m in out["issues"]), out["issues"]
        assert all(x == x and abs(x) < float("inf") for x in out["fte"] + out["salary"])
    else:
        raise AssertionError(f"no expectation for {name}")


@pytest.mark.timeout(240)
def test_random_bad_lists_sample(tmp_path):
    failures = []
    cases = random_cases(12, seed=int(os.environ.get("ORGD_SEED", "16")))
    for i, (name, suffix, make) in enumerate(cases):
        path = tmp_path / f"r{i}{suffix}"
        make(path)
        out = import_in_child(path, "calamine" if suffix == ".xlsx" else "auto")
        if "crash" in out or (not out["ok"] and path.name not in out["message"]):
            failures.append((name, out))
    assert not failures, failures


@pytest.mark.timeout(120)
def test_cli_json_stays_valid_json_with_nan_and_header_row_on_an_empty_workbook(tmp_path):
    nan = tmp_path / "nan.csv"
    nan.write_text("Ansattnr;Navn;Stilling %;Årslønn\n1;Kari;NaN;inf\n2;Ola;100;500000\n", encoding="utf-8")
    empty = tmp_path / "tom.xlsx"
    write_xlsx(empty, [])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = [sys.executable, "-m", "orgdesigner", "import"]
    proc = subprocess.run([*run, str(nan), "--json"], capture_output=True, text=True, env=env, cwd=REPO)
    report = json.loads(proc.stdout, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert "endelig tall" in json.dumps(report, ensure_ascii=False)
    proc = subprocess.run(
        [*run, str(empty), "--header-row", "1"], capture_output=True, text=True, env=env, cwd=REPO
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "ingen regneark" in proc.stderr + proc.stdout


def test_mapping_to_a_column_the_sheet_lacks_is_named(tmp_path):
    from plugins.staff_import import Options, read_staff_list

    path = tmp_path / "liste.xlsx"
    write_xlsx(path, [("Ansatte", staff_rows())])
    res = read_staff_list(path, Options(mapping={"employee_no": 0, "name": 1, "unit": 40}))
    assert not res.ok
    assert (
        "AO" in res.report.message and "liste.xlsx" in res.report.message and "Ansatte" in res.report.message
    )


def test_an_abort_in_the_xls_reader_is_a_message_not_the_end_of_the_app(tmp_path, monkeypatch):
    """The .xls reader runs in a child: a real abort there (as calamine's on a hostile
    record) leaves this process running and gives a clear message."""
    from plugins.staff_import import Options, read_staff_list, xls

    path = tmp_path / "gammel.xls"
    path.write_bytes((REPO / "tests" / "data" / "asis" / "fet_mars.xls").read_bytes())
    assert read_staff_list(path, Options()).ok
    monkeypatch.setattr(xls, "_CHILD", "import os\nos.abort()\n")
    res = read_staff_list(path, Options())
    assert not res.ok and "gammel.xls" in res.report.message and "stoppet" in res.report.message
    monkeypatch.undo()
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40)  # an OLE header, then junk
    res = read_staff_list(path, Options())
    assert not res.ok and "gammel.xls" in res.report.message
