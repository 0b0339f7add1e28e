"""Value parsing and fødselsnummer detection of the staff list importer."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from test_import_support import synthetic_fnr

from orgdesigner_plugins.staff_import import national_id
from orgdesigner_plugins.staff_import.values import (
    ValueProblem,
    is_total_label,
    parse_date,
    parse_number,
    parse_percent,
    person_name,
)


@pytest.mark.parametrize("kind", ["plain", "d", "h", "test"])
def test_valid_synthetic_numbers_are_recognised(kind: str) -> None:
    rng = random.Random(kind)
    for _ in range(50):
        fnr = synthetic_fnr(rng, kind)
        assert national_id.is_valid(fnr)
        assert national_id.looks_like(fnr)


def test_a_wrong_check_digit_is_not_valid_but_still_looks_like_one() -> None:
    fnr = synthetic_fnr(random.Random(1))
    broken = fnr[:10] + str((int(fnr[10]) + 1) % 10)
    assert not national_id.is_valid(broken)
    assert national_id.looks_like(broken)


def test_the_ten_digit_form_that_lost_its_leading_zero() -> None:
    fnr = synthetic_fnr(random.Random(2), day=5)
    assert fnr.startswith("0")
    as_number = int(fnr)
    assert len(str(as_number)) == 10
    assert national_id.is_valid(as_number)
    assert national_id.is_valid(float(as_number))
    assert national_id.is_valid(str(as_number))


def test_columns_are_flagged_by_valid_numbers_or_by_shape() -> None:
    rng = random.Random(3)
    valid = [synthetic_fnr(rng) for _ in range(5)]
    assert national_id.column_has_national_ids([None, "x", valid[0]])
    shaped = [v[:9] + "00" for v in valid]  # dates + five digits, checksums mostly wrong
    shaped = [v for v in shaped if not national_id.is_valid(v)]
    assert national_id.column_has_national_ids(shaped)
    assert national_id.column_has_national_ids([int(v) for v in shaped])


def test_ordinary_columns_are_not_flagged() -> None:
    assert not national_id.column_has_national_ids([100047, 100104, 100139, None])
    assert not national_id.column_has_national_ids(["9430", "7174", "Sykepleier"])
    assert not national_id.column_has_national_ids([612000, 750000.5, 99999999])
    assert not national_id.column_has_national_ids([])
    # an 11-digit account number that is not a date does not trip the check
    assert not national_id.column_has_national_ids(["99991234567", "98761234567"])


def test_mask_hides_long_digit_runs() -> None:
    fnr = synthetic_fnr(random.Random(4))
    assert fnr not in national_id.mask(f"verdi {fnr} her")


@pytest.mark.parametrize(
    ("value", "pct_format", "fraction", "expected"),
    [
        (80, False, False, 80.0),
        ("80,00", False, False, 80.0),
        ("80 %", False, False, 80.0),
        ("80%", False, False, 80.0),
        ("  50,5 ", False, False, 50.5),
        (0.8, True, False, 80.0),
        (1, True, False, 100.0),
        (0.8, False, True, 80.0),
        ("0,6", False, True, 60.0),
        (100.0, False, False, 100.0),
    ],
)
def test_percent_forms(value: object, pct_format: bool, fraction: bool, expected: float) -> None:
    assert parse_percent(value, pct_format, fraction) == pytest.approx(expected)


@pytest.mark.parametrize("value", ["abc", "150", -5, "", True])
def test_bad_percentages_are_refused(value: object) -> None:
    with pytest.raises(ValueProblem):
        parse_percent(value, False, False)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("612 000,50", 612000.5),
        ("612\u00a0000", 612000.0),
        ("1.234.567,89", 1234567.89),
        ("1,234,567.89", 1234567.89),
        ("kr 500 000,-", 500000.0),
        ("80,00", 80.0),
        (42, 42.0),
    ],
)
def test_numbers_stored_as_text(value: object, expected: float) -> None:
    assert parse_number(value) == pytest.approx(expected)


def test_dates_in_both_systems_and_as_text() -> None:
    assert parse_date(43466) == dt.date(2019, 1, 1)  # 1900 system
    assert parse_date(43466 - 1462, epoch_1904=True) == dt.date(2019, 1, 1)
    assert parse_date("01.08.2015") == dt.date(2015, 8, 1)
    assert parse_date("2015-08-01") == dt.date(2015, 8, 1)
    assert parse_date(dt.datetime(2015, 8, 1, 0, 0)) == dt.date(2015, 8, 1)
    with pytest.raises(ValueProblem):
        parse_date("snart")


def test_names_in_one_cell_or_two() -> None:
    assert person_name("Hansen, Kari") == "Kari Hansen"
    assert person_name("Kari Hansen") == "Kari Hansen"
    assert person_name(first="Kari ", last=" Hansen") == "Kari Hansen"
    assert person_name("Henriksen, Marianne Marit") == "Marianne Marit Henriksen"


def test_total_labels() -> None:
    for label in ("Sum", "SUM", "Totalt", "Total", "Sum totalt", "I alt"):
        assert is_total_label(label)
    for other in ("Summer Hansen", "Sumrad?", "Kari"):
        assert not is_total_label(other)
