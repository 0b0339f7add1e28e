"""``orgdesigner export``: the contract's flags, atomic output, clear errors."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from test_placement_fixture import place_default, small_project

from orgdesigner.cli import run
from orgdesigner.storage import load, save
from plugins.excel_export.pseudonym import KEY_SETTING


@pytest.fixture()
def orgd(tmp_path):
    p = small_project()
    place_default(p)
    path = tmp_path / "prosjekt.orgd"
    save(p, path)
    return path


def names(path):
    ws = load_workbook(path)["Innplassering"]
    return [r[0] for r in list(ws.iter_rows(values_only=True))[1:]]


@pytest.mark.parametrize("fmt", ["innplassering", "bemanningsplan", "organisasjon", "lokalisering", "funn"])
def test_each_list_format(orgd, tmp_path, fmt, capsys) -> None:
    out = tmp_path / f"{fmt}.xlsx"
    assert run(["export", str(orgd), "--format", fmt, "--scenario", "Lillestrøm A", "-o", str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Om listen" and len(wb.sheetnames) >= 2
    assert "Lillestrøm A" in capsys.readouterr().out


def test_pseudonymise_stores_a_key_once_and_stays_stable(orgd, tmp_path, capsys) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert load(orgd).settings.get(KEY_SETTING) is None
    assert run(["export", str(orgd), "--format", "innplassering", "--pseudonymise", "-o", str(a)]) == 0
    assert "nøkkel" in capsys.readouterr().out
    key = load(orgd).settings.get(KEY_SETTING)
    assert key
    assert run(["export", str(orgd), "--format", "innplassering", "--pseudonymise", "-o", str(b)]) == 0
    assert "nøkkel" not in capsys.readouterr().out
    assert load(orgd).settings[KEY_SETTING] == key
    assert names(a) == names(b)
    assert "Anne Fetsen" not in names(a)


def test_unit_option(orgd, tmp_path) -> None:
    out = tmp_path / "o.xlsx"
    assert run(["export", str(orgd), "--format", "organisasjon", "--unit", "Oppvekst", "-o", str(out)]) == 0
    rows = list(load_workbook(out)["Organisasjon"].iter_rows(values_only=True))[1:]
    assert [r[0] for r in rows] == ["Oppvekst", "Lillestrøm skole"]


def test_errors_are_messages_not_tracebacks(orgd, tmp_path, capsys) -> None:
    out = tmp_path / "x.xlsx"
    assert run(["export", str(orgd), "--format", "innplassering", "--scenario", "Finnes ikke", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Finnes ikke" in err and "Traceback" not in err
    assert run(["export", str(tmp_path / "mangler.orgd"), "--format", "funn", "-o", str(out)]) == 1
    assert "mangler.orgd" in capsys.readouterr().err
    assert run(["export", str(orgd), "--format", "bemanningsplan", "-o", str(tmp_path / "nei" / "x.xlsx")]) == 1
    assert "finnes ikke" in capsys.readouterr().err
    assert run(["export", str(orgd), "--format", "organisasjon", "--unit", "Ingen slik", "-o", str(out)]) == 1
    assert not out.exists()
    with pytest.raises(SystemExit):
        run(["export", str(orgd), "--format", "docx", "-o", str(out)])
