"""Real-world spreadsheets: every corpus file imports or gives a clear error; the
calamine fast path gives exactly what the openpyxl path gives; the demo lists import."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from test_import_support import (
    CORPUS,
    HEADERS,
    REPO,
    isolated_config,  # noqa: F401 (autouse fixture)
    staff_rows,
    write_xlsx,
)

from orgdesigner_plugins.staff_import import Options, read_staff_list, read_structure_table
from orgdesigner_plugins.staff_import.reading import ImportFileError, calamine_available, open_book

CORPUS_FILES = sorted(CORPUS.glob("*.xlsx")) if CORPUS.is_dir() else []
DEMO_FILES = sorted((REPO / "resources" / "demo").glob("*.xlsx"))


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


@pytest.fixture(autouse=True)
def _quiet_openpyxl():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        yield


@pytest.mark.skipif(not CORPUS_FILES, reason="corpus ../shared/corpus/xlsx-wild not present")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=_ids(CORPUS_FILES))
def test_corpus_file_imports_or_gives_a_clear_error(path: Path, capsys) -> None:
    from test_import_cli import cli

    status = cli("import", str(path), "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["rows_imported"] + data["rows_rejected"] + data["rows_skipped"] == data["rows_read"]
    if data["status"] == "imported":
        assert status == 0 and data["positions"] == data["rows_imported"]
    else:
        assert status in (1, 2)
        assert path.name in data["message"] and "Traceback" not in data["message"]
    s = read_structure_table(path).report
    assert s.status == "imported" or path.name in s.message


def _raw(path: Path, engine: str) -> object:
    try:
        with open_book(path, engine=engine) as book:
            out = {}
            for sheet in book.sheet_names:
                rows = [(i, v, sorted(p)) for i, v, p in book.rows(sheet, limit=5000)]
                while rows and not rows[-1][1]:
                    rows.pop()
                out[sheet] = rows
            return out
    except ImportFileError as exc:
        return str(exc)


def _generated(tmp: Path) -> list[Path]:
    import datetime as dt

    rows = [[*HEADERS, "Tiltredelse"]] + [[*r, dt.date(2010, 1, 1 + n)] for n, r in enumerate(staff_rows(5))]
    rows[2][4] = 0.8
    return [
        write_xlsx(tmp / "pct.xlsx", {"A": rows}, formats={("A", 2, 4): "0.0%"}),
        write_xlsx(tmp / "d1904.xlsx", {"A": rows}, date_1904=True),
        write_xlsx(
            tmp / "offset.xlsx",
            {"A": [[], [None, None, *HEADERS], *[[None, None, *r] for r in staff_rows(3)]]},
        ),
    ]


@pytest.mark.skipif(not calamine_available(), reason="python-calamine not installed")
def test_calamine_fast_path_matches_openpyxl_on_every_file(tmp_path: Path) -> None:
    files = [*CORPUS_FILES, *_generated(tmp_path)]
    differ = [p.name for p in files if _raw(p, "openpyxl") != _raw(p, "calamine")]
    assert differ == []
    demo = [p for p in DEMO_FILES if "skedsmo" in p.name][:1]  # the one with percent-formatted fractions
    for p in [*demo, *_generated(tmp_path)]:
        a = read_staff_list(p, Options(engine="openpyxl")).report.as_dict()
        b = read_staff_list(p, Options(engine="calamine")).report.as_dict()
        assert a == b


@pytest.mark.skipif(not DEMO_FILES, reason="demo staff lists not generated yet")
@pytest.mark.parametrize("path", DEMO_FILES, ids=_ids(DEMO_FILES))
def test_demo_staff_lists_import(path: Path) -> None:
    result = read_staff_list(path)
    r = result.report
    assert r.ok, r.message
    assert r.rows_imported > 100 and r.rows_rejected == 0
    assert r.rows_imported + r.rows_rejected + r.rows_skipped == r.rows_read
    assert 50 < r.fte_percent_sum / r.positions <= 100
    assert {"employee_no", "fte"} <= set(r.mapping) and (
        {"name"} <= set(r.mapping) or "last_name" in r.mapping
    )
    units = {u.id: u for u in result.units}
    assert all(p.unit_id in units for p in result.positions)
    assert sum(1 for u in result.units if u.leader_position_id) > len(units) // 3


def test_the_plugin_offers_both_importers() -> None:
    from orgdesigner.plugins import PluginManager

    pm = PluginManager()
    pm.load_builtins(["orgdesigner_plugins.staff_import"])
    found = {i.id for impls in pm.pm.hook.orgdesigner_importers() for i in impls}
    assert {"staff_list", "org_structure"} <= found
