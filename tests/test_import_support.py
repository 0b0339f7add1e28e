"""Shared helpers for the import tests: synthetic fødselsnumre and messy staff lists.

Staff lists are written with xlsxwriter (or by hand as CSV) — a different
writer than openpyxl, which the importer reads with. No tests live here.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "xlsx-wild"

HEADERS = [
    "Ansattnr",
    "Navn",
    "Stillingskode",
    "Stillingsbetegnelse",
    "Stillingsprosent",
    "Årslønn",
    "Enhet",
    "Avdeling",
    "Arbeidssted",
]


def _control(digits: list[int], weights: list[int]) -> int | None:
    k = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    return 0 if k == 11 else (None if k == 10 else k)


def synthetic_fnr(rng: random.Random, kind: str = "plain", day: int | None = None) -> str:
    """A checksum-valid, randomly generated (never real) 11-digit number.

    kind: plain, d (day + 40), h (month + 40) or test (month + 80)."""
    while True:
        d = day if day is not None else rng.randint(1, 28)
        m = rng.randint(1, 12)
        y = rng.randint(0, 99)
        if kind == "d":
            d += 40
        elif kind == "h":
            m += 40
        elif kind == "test":
            m += 80
        digits = [int(c) for c in f"{d:02d}{m:02d}{y:02d}{rng.randint(0, 999):03d}"]
        k1 = _control(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2])
        if k1 is None:
            continue
        k2 = _control([*digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k2 is None:
            continue
        return "".join(map(str, [*digits, k1, k2]))


def write_xlsx(
    path: Path,
    sheets: dict[str, list[list[Any]]],
    formats: dict[tuple[str, int, int], str] | None = None,
    date_1904: bool = False,
) -> Path:
    """Write sheets of rows with xlsxwriter; ``formats[(sheet, row0, col0)]`` is a number format.
    A string starting with "=" is a formula; a tuple ("=F(...)", cached) gives its cached value."""
    xlsxwriter = pytest.importorskip("xlsxwriter")
    import datetime as dt

    wb = xlsxwriter.Workbook(str(path), {"date_1904": date_1904, "strings_to_numbers": False})
    cache: dict[str, Any] = {}
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                fmt_code = (formats or {}).get((name, r, c))
                fmt = None
                if fmt_code:
                    fmt = cache.get(fmt_code) or cache.setdefault(
                        fmt_code, wb.add_format({"num_format": fmt_code})
                    )
                if v is None:
                    continue
                if isinstance(v, tuple):
                    ws.write_formula(r, c, v[0], fmt, v[1])
                elif isinstance(v, (dt.date, dt.datetime)):
                    ws.write_datetime(
                        r,
                        c,
                        v,
                        fmt or cache.setdefault("dd.mm.yyyy", wb.add_format({"num_format": "dd.mm.yyyy"})),
                    )
                elif isinstance(v, str):
                    ws.write_string(r, c, v, fmt)
                elif isinstance(v, (int, float)):
                    ws.write_number(r, c, v, fmt)
                else:
                    ws.write(r, c, v, fmt)
    wb.close()
    return path


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    """CSV by hand (no csv module): fields with the delimiter or quotes are quoted."""
    lines = []
    for row in rows:
        out = []
        for v in row:
            s = "" if v is None else str(v)
            if delimiter in s or '"' in s or "\n" in s:
                s = '"' + s.replace('"', '""') + '"'
            out.append(s)
        lines.append(delimiter.join(out))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def staff_rows(n: int = 5, start: int = 1000) -> list[list[Any]]:
    """n plain data rows matching :data:`HEADERS`."""
    units = [("Helse", "Sykehjem"), ("Helse", "Hjemmetjeneste"), ("Oppvekst", "Skole")]
    out = []
    for i in range(n):
        unit, dept = units[i % len(units)]
        out.append(
            [
                start + i,
                f"Person{i} Testesen",
                "7174",
                "Sykepleier",
                100,
                600000 + i,
                unit,
                dept,
                f"Sted {i % 2}",
            ]
        )
    return out


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own header synonyms and remembered mappings never leak into a test.
    Import this name into a test module to use it there."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(folder))
    return folder
