"""Fødselsnumre never reach the project, a saved file, a log or a message."""

from __future__ import annotations

import logging
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

from orgdesigner.model import ModelError, Project
from orgdesigner.storage import save
from orgdesigner_plugins.staff_import import Options, read_staff_list


def _file_with(tmp_path: Path, header: str, values: list, name: str = "fnr.xlsx") -> Path:
    rows = [[*HEADERS, header]] + [[*row, v] for row, v in zip(staff_rows(len(values)), values, strict=True)]
    return write_xlsx(tmp_path / name, {"Personal": rows})


def _forms(fnrs: list[str]) -> list[str]:
    """Every way a number could show up in bytes: 11 digits and the 10-digit form."""
    return [*fnrs, *(f.lstrip("0") for f in fnrs)]


def _assert_absent(fnrs: list[str], *texts: str) -> None:
    for text in texts:
        for f in _forms(fnrs):
            assert f not in text


def test_refused_by_header_with_a_message_naming_file_sheet_and_column(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    fnrs = [synthetic_fnr(random.Random(i)) for i in range(4)]
    path = _file_with(tmp_path, "Fødselsnummer", fnrs)
    result = read_staff_list(path)
    r = result.report
    assert r.status == "refused" and not r.ok
    assert "fnr.xlsx" in r.message and "«Personal»" in r.message and "J «Fødselsnummer»" in r.message
    assert r.rows_imported == 0 and r.rows_imported + r.rows_rejected + r.rows_skipped == r.rows_read
    assert not result.persons and not result.positions
    with pytest.raises(ModelError):
        result.op(Project())
    _assert_absent(fnrs, repr(r.as_dict()), caplog.text)


@pytest.mark.parametrize("kind", ["plain", "d", "h", "test"])
def test_refused_by_content_under_an_innocent_header(tmp_path: Path, kind: str) -> None:
    rng = random.Random(kind)
    fnrs = [synthetic_fnr(rng, kind) for _ in range(5)]
    r = read_staff_list(_file_with(tmp_path, "Ident", fnrs)).report
    assert r.status == "refused" and "J «Ident»" in r.message
    _assert_absent(fnrs, repr(r.as_dict()))


def test_refused_when_stored_as_numbers_that_lost_the_leading_zero(tmp_path: Path) -> None:
    rng = random.Random(7)
    fnrs = [synthetic_fnr(rng, day=rng.randint(1, 9)) for _ in range(5)]
    assert all(len(str(int(f))) == 10 for f in fnrs)
    r = read_staff_list(_file_with(tmp_path, "Nummer", [int(f) for f in fnrs])).report
    assert r.status == "refused"
    _assert_absent(fnrs, repr(r.as_dict()))


def test_refused_when_dates_plus_five_digits_fail_the_checksum(tmp_path: Path) -> None:
    rng = random.Random(8)
    shaped = []
    for _ in range(6):
        f = synthetic_fnr(rng)
        shaped.append(f[:9] + f"{(int(f[9:]) + 1) % 100:02d}")
    r = read_staff_list(_file_with(tmp_path, "Id", shaped)).report
    assert r.status == "refused"


def test_refused_in_csv_too(tmp_path: Path) -> None:
    fnrs = [synthetic_fnr(random.Random(9 + i)) for i in range(3)]
    rows = [[*HEADERS, "Fnr"]] + [[*row, v] for row, v in zip(staff_rows(3), fnrs, strict=True)]
    r = read_staff_list(write_csv(tmp_path / "l.csv", rows)).report
    assert r.status == "refused" and "Fnr" in r.message


def test_dropped_on_request_and_absent_from_saved_file_and_log(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    rng = random.Random(10)
    fnrs = [synthetic_fnr(rng, day=rng.randint(1, 28)) for _ in range(6)]
    fnrs[0] = synthetic_fnr(rng, day=3)  # one that loses its zero as a number
    values = [int(fnrs[0]), *fnrs[1:]]
    path = _file_with(tmp_path, "Fødselsnr", values)
    result = read_staff_list(path, Options(drop_national_id=True))
    r = result.report
    assert r.ok and r.rows_imported == 6
    assert r.dropped_columns == ["J «Fødselsnr»"]
    project = Project()
    result.op(project).apply(project)
    target = tmp_path / "prosjekt.orgd"
    save(project, target)
    blob = target.read_bytes()
    for f in _forms(fnrs):
        assert f.encode() not in blob
        assert f.encode("utf-16-le") not in blob
    _assert_absent(fnrs, repr(project), repr(r.as_dict()), caplog.text)


def test_a_stray_number_inside_a_kept_text_column_is_left_out(tmp_path: Path) -> None:
    fnr = synthetic_fnr(random.Random(11))
    rows = [
        HEADERS,
        [1, "Kari Hansen", "1", f"Sykepleier {fnr}", 100, 1, "Helse", "", ""],
        *staff_rows(3, start=5),
    ]
    result = read_staff_list(write_xlsx(tmp_path / "t.xlsx", {"A": rows}))
    assert result.ok
    _assert_absent([fnr], repr(result.positions), repr(result.report.as_dict()))


def test_birth_dates_are_recognised_but_not_stored(tmp_path: Path) -> None:
    import datetime as dt

    rows = [[*HEADERS, "Fødselsdato"], *[[*r, dt.date(1970, 1, 1 + n)] for n, r in enumerate(staff_rows(3))]]
    result = read_staff_list(write_xlsx(tmp_path / "f.xlsx", {"A": rows}))
    assert result.ok and "birth_date" not in result.report.mapping
    assert any(i.column == "J" and "Fødselsdato" in i.message for i in result.report.issues)
    assert "1970" not in repr(result.positions) + repr(result.persons)
