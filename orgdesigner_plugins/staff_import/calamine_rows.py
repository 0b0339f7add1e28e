"""The calamine fast path of the .xlsx reader: a sheet's values as plain rows.

calamine reads values only; the number formats (percent, date, time) come from the
workbook's styles as a row → column → kind map (:meth:`XlsxBook._special_cells`), so
the rows equal the exact openpyxl path's: None for empty, int for whole numbers,
datetime for dates, and the percent-formatted columns of each row.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from . import reading

_BASIC = frozenset({str, float, int, bool, type(None)})


def _plain(v: Any, epoch: Any, to_excel: Any) -> Any:
    """A calamine value of a cell without a date style: dates become serial numbers."""
    if isinstance(v, (dt.date, dt.time, dt.timedelta)):
        v = to_excel(v, epoch)
    return reading.norm(v)


def calamine_rows(
    opened: tuple[Any, Any], epoch: Any, limit: int | None, special: dict[int, dict[int, str]]
) -> Iterator[tuple[int, list[Any], frozenset[int]]]:
    """(excel row, values, percent columns) for each row of calamine's sheet ``opened``
    (workbook, sheet; closed at the end).

    The sheet comes whole (calamine holds it anyway); cells are converted in one
    comprehension, then only the columns holding dates or times and the styled cells
    are revisited, instead of every cell of every row."""
    from openpyxl.utils.datetime import from_excel, to_excel

    empty: frozenset[int] = frozenset()
    wb, sh = opened
    try:
        c0 = (sh.start or (0, 0))[1]
        raw_rows = list(sh.iter_rows())  # rows count from 1, columns from sh.start
        if limit is not None:
            del raw_rows[limit:]
        if c0:
            pad = [None] * c0
            raw_rows = [pad + raw for raw in raw_rows]
        rows = [
            [  # one comprehension, no call per cell; dates and styled cells are redone below
                (v.strip() or None)
                if v.__class__ is str
                else (int(v) if v.is_integer() and -1e15 < v < 1e15 else v)
                if v.__class__ is float
                else v
                for v in src
            ]
            for src in raw_rows
        ]
        n_rows = len(rows)
        # dates and times: serial numbers unless styled (the styled ones are settled below)
        odd_cols = [
            col
            for col, column in enumerate(itertools.zip_longest(*raw_rows))
            if not _BASIC.issuperset(map(type, column))
        ]
        for col in odd_cols:
            for n, src in enumerate(raw_rows):
                v = src[col] if col < len(src) else None
                if v.__class__ not in _BASIC:
                    kinds = special.get(n + 1)
                    if not (kinds and col in kinds):
                        rows[n][col] = _plain(v, epoch, to_excel)
        flags_of: dict[int, frozenset[int]] = {}
        as_datetime: dict[dt.date, dt.datetime] = {}
        for idx, kinds in special.items():
            if not 0 < idx <= n_rows:
                continue
            src, values = raw_rows[idx - 1], rows[idx - 1]
            width = len(src)
            flags: set[int] | None = None
            for col, kind in kinds.items():
                v = src[col] if col < width else None
                if v is None or v.__class__ is str:
                    continue
                if v.__class__ is dt.date and kind == "date":  # the common date cell
                    found = as_datetime.get(v)
                    if found is None:
                        found = as_datetime[v] = reading.norm(v)
                    values[col] = found
                    continue
                if v.__class__ is float and kind == "pct":  # converted as norm() would
                    if flags is None:
                        flags = set()
                    flags.add(col)
                    continue
                if isinstance(v, (dt.date, dt.time, dt.timedelta)):
                    if kind not in ("date", "td"):
                        v = to_excel(v, epoch)
                    elif kind == "date" and isinstance(v, dt.timedelta):
                        v = from_excel(v.total_seconds() / 86400, epoch)
                elif kind == "date" and isinstance(v, float):
                    v = from_excel(v, epoch)
                elif kind == "td" and isinstance(v, float):
                    v = from_excel(v, epoch, timedelta=True)
                elif kind == "pct" and isinstance(v, float):
                    if flags is None:
                        flags = set()
                    flags.add(col)
                values[col] = reading.norm(v)
            if flags:
                flags_of[idx] = frozenset(flags)
        del raw_rows
        for n, values in enumerate(rows):
            while values and values[-1] is None:
                values.pop()
            yield n + 1, values, flags_of.get(n + 1, empty)
    finally:
        wb.close()
