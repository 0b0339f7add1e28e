"""The loader's column-wise cell check (checks.chunk_checker) flags every row the SQL
condition (checks.bad_row_condition) flags, on random cells of every kind, so a chunk it
passes is clean; what it flags, SQL judges and names."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.storage import checks, schema

TABLES = [schema.UNITS, schema.POSITIONS, schema.PLACEMENTS, schema.PERSONS, schema.HISTORY]

cells = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.sampled_from(
        [
            "a" * (checks.MAX_SHORT + 1),  # over the limit in characters, not in bytes
            "å" * (2 * checks.MAX_SHORT + 1),  # over it in bytes
            "a" * (4 * checks.MAX_SHORT + 1),
            "a" * (4 * checks.MAX_LONG + 1),
            "[]",
            "{}",
        ]
    ),
    st.integers(-(2**62), 2**62),
    st.sampled_from([0, 1, 2, -1, 10**9, 10**9 + 1, 10**12, 10**12 + 1]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, 1.0, 0.5, 1e12, 1e12 + 1, -1e13]),
    st.binary(max_size=4),
)


@settings(max_examples=150, deadline=None, database=None)
@given(st.sampled_from(TABLES), st.lists(st.lists(cells, min_size=20, max_size=20), min_size=1, max_size=6))
def test_chunk_check_flags_every_row_sql_flags(table: schema.Table, rows: list[list]) -> None:
    con = sqlite3.connect(":memory:")
    schema.create_schema(con)
    cols = ["seq"] + ([table.scope] if table.scope else []) + list(table.columns)
    names = ", ".join(f'"{c}"' for c in cols[1:])
    marks = ", ".join("?" * (len(cols) - 1))
    for values in rows:
        try:
            con.execute(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", values[: len(cols) - 1])
        except sqlite3.IntegrityError:  # NOT NULL or UNIQUE: such a file cannot exist either
            continue
    quoted = ", ".join(f'"{c}"' for c in cols)
    found = con.execute(
        f"SELECT {quoted}, ({checks.bad_row_condition(table.name)}) FROM {table.name} ORDER BY seq"
    ).fetchall()
    suspect = checks.chunk_checker(table.name, cols)
    for row in found:
        *cells_of_row, bad = row
        if bad:
            assert suspect([tuple(cells_of_row)]), row
    clean = [tuple(r[:-1]) for r in found if not r[-1]]
    if clean and all(not suspect([r]) for r in clean):
        assert not suspect(clean)  # column-wise over a chunk: the same answer as row by row
    if any(r[-1] for r in found):
        assert suspect([tuple(r[:-1]) for r in found])
