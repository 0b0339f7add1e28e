"""orgdesigner.formatting: one way to write figures and dates for people, in nb, nn and en."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgdesigner import formatting
from orgdesigner.cli import run

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _fresh_language():
    formatting.set_language(None)
    yield
    formatting.set_language(None)


@pytest.mark.parametrize(
    "language, whole, decimal, percent, date",
    [
        ("nb", f"1{NBSP}592{NBSP}800", f"1{NBSP}145,3", f"25,3{NBSP}%", "3. des. 2026"),
        ("nn", f"1{NBSP}592{NBSP}800", f"1{NBSP}145,3", f"25,3{NBSP}%", "3. des. 2026"),
        ("en", "1,592,800", "1,145.3", "25.3%", "3 Dec 2026"),
    ],
)
def test_each_language(language, whole, decimal, percent, date):
    assert formatting.number(1592800, language=language) == whole
    assert formatting.decimal(1145.30, 2, language=language) == decimal
    assert formatting.percent(0.2534, 1, language=language) == percent
    assert formatting.date(dt.date(2026, 12, 3), language=language) == date


def test_exact_decimals_and_no_grouping_for_files():
    assert formatting.number(2.0, 2) == "2,00"
    assert formatting.number(12345.678, 1, group=False) == "12345,7"
    assert formatting.decimal(Decimal("7.10"), 2) == "7,1"
    assert formatting.number(-1234) in (f"-1{NBSP}234", f"\u22121{NBSP}234")


def test_language_from_settings_then_nb(tmp_path, monkeypatch):
    assert formatting.current_language() == "nb"
    settings = tmp_path / "s.json"
    settings.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(settings))
    formatting.set_language(None)
    assert formatting.number(3100) == "3,100"
    formatting.set_language("nn_NO.UTF-8")
    assert formatting.current_language() == "nn" and formatting.number(3100) == f"3{NBSP}100"
    formatting.set_language("klingon")
    assert formatting.current_language() == "nb"


@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(formatting.LANGUAGES))
def test_whole_numbers_read_back(value, language):
    text = formatting.number(value, language=language)
    digits = text.replace(NBSP, "").replace(",", "").replace("\u2212", "-")
    assert int(digits) == value


def test_the_cli_writes_figures_in_the_settings_language(tmp_path, monkeypatch, capsys):
    out = tmp_path / "demo.orgd"
    assert run(["demo", "--out", str(out)]) == 0
    assert f"5{NBSP}000 ansatte" in capsys.readouterr().out
    settings = tmp_path / "s.json"
    settings.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    monkeypatch.setenv("ORGDESIGNER_USER_SETTINGS", str(settings))
    formatting.set_language(None)
    assert run(["info", str(out)]) == 0
    text = capsys.readouterr().out
    assert "5,000" in text or "3,100" in text, text


@pytest.mark.parametrize(
    "language, points, short_date, stamp",
    [
        ("nb", f"120,5{NBSP}%", "03.12.2026", "03.12.2026, 17:20"),
        ("nn", f"120,5{NBSP}%", "03.12.2026", "03.12.2026, 17:20"),
        ("en", "120.5%", "03/12/2026", "03/12/2026, 17:20"),
    ],
)
def test_percent_points_short_dates_and_stored_timestamps(language, points, short_date, stamp):
    assert formatting.percent_points(120.5, language=language) == points
    assert formatting.percent_points(100.0, language=language) == points.replace("120.5", "100").replace(
        "120,5", "100"
    )
    assert formatting.date(dt.date(2026, 12, 3), "short", language=language) == short_date
    assert formatting.timestamp("2026-12-03T17:20:05", language=language) == stamp
    assert formatting.timestamp("ikke en tid", language=language) == "ikke en tid"


def test_an_export_language_applies_to_figures_too():
    with formatting.using_language("en"):
        assert formatting.number(1449) == "1,449"
    assert formatting.number(1449) == f"1{NBSP}449"
