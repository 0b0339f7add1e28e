"""Property: every row is accounted for — imported + rejected + skipped = rows read."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_import_support import (
    isolated_config,  # noqa: F401 (autouse fixture)
    write_csv,
)

from orgdesigner_plugins.staff_import import read_staff_list

HEADER = ["Ansattnr", "Navn", "Stillingsprosent", "Enhet", "Årslønn"]

cell = st.one_of(
    st.none(),
    st.integers(min_value=-5, max_value=100_000).map(str),
    st.sampled_from(
        [
            "Sum",
            "Totalt",
            "Kari Hansen",
            "Hansen, Kari",
            "80,00",
            "80 %",
            "0,8",
            "abc",
            "Helse",
            "1 234,50",
            "  ",
            "Ledig",
            "12.5",
        ]
    ),
    st.text(alphabet="abcæøå ,.%-0123456789", max_size=12),
)
row = st.lists(cell, min_size=0, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row, min_size=0, max_size=25))
def test_every_row_is_accounted_for(rows: list[list[str | None]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_csv(Path(tmp) / "liste.csv", [HEADER, *rows])
        result = read_staff_list(path)
    r = result.report
    assert r.rows_imported + r.rows_rejected + r.rows_skipped == r.rows_read
    if r.ok:
        assert len(result.positions) == r.rows_imported
        assert r.rows_read <= len(rows)
        assert all(0 <= p.fte_percent <= 100 for p in result.positions)
        errors = [i.row for i in r.issues if i.severity == "error"]
        assert len(errors) == r.rows_rejected and set(errors) <= set(range(2, len(rows) + 2))
