"""parse_rows reads each distinct cell value once per column: repeated values, values
that compare equal across types (1, 1.0, True), and repeated bad values still give each
row its own result and its own message."""

from __future__ import annotations

import datetime as dt

from orgdesigner_plugins.staff_import.report import ImportReport
from orgdesigner_plugins.staff_import.rows import parse_rows

HEADERS = ["Ansattnr", "Navn", "Stilling %", "Tittel", "Tiltredelse"]
MAPPING = {"employee_no": 0, "name": 1, "fte": 2, "title": 3, "start_date": 4}


def test_equal_values_of_other_types_are_read_each_as_their_own() -> None:
    data = [
        (2, ["1", "Ola", 100, 1, dt.datetime(2020, 1, 1)], frozenset()),
        (3, ["2", "Kari", 100.0, 1.0, dt.datetime(2020, 1, 1)], frozenset()),
        (4, ["3", "Per", 100, True, 43831], frozenset()),
        (5, ["4", "Anne", 1, "1", 43831.0], frozenset({2})),  # 1 under a percent format: 100 %
        (6, ["5", "Nina", 1, "ja", "01.01.2020"], frozenset()),
    ]
    report = ImportReport(file="x.xlsx")
    records = parse_rows(data, HEADERS, MAPPING, report)
    assert [r.values["title"] for r in records] == ["1", "1", "ja", "1", "ja"]
    assert [r.fte for r in records] == [100, 100, 100, 100, 1]
    assert {r.values["start_date"] for r in records} == {"2020-01-01"}
    assert report.rows_read == 5 and report.rows_rejected == 0


def test_a_repeated_bad_value_is_refused_on_every_row_with_its_row_number() -> None:
    data = [(n, [str(n), f"Navn {n}", "mye", "Rådgiver", "i fjor"], frozenset()) for n in range(2, 6)]
    report = ImportReport(file="x.xlsx")
    assert parse_rows(data, HEADERS, MAPPING, report) == []
    assert report.rows_read == 4 and report.rows_rejected == 4
    refused = [i for i in report.issues if "stillingsprosent" in i.message]
    assert [i.row for i in refused] == [2, 3, 4, 5]
    assert len({i.message for i in refused}) == 1 and "mye" in refused[0].message
