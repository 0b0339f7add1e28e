"""Benchmark: importing a 50 000-row staff list, beside pandas.read_excel and raw python-calamine.

Run: ``python benchmarks/bench_import.py [--rows 50000] [--repeat 5] [--keep FILE]``

Writes a synthetic staff list (12 columns, a title block, a percent-formatted
Stillingsprosent column, a start date, a total row) with xlsxwriter, then in
separate subprocesses — so peak memory is each one's own — times:

* OrgDesigner's import (read, check, build the source kommune) with the default
  engine ("auto": python-calamine fast path for big files when installed),
* the same with the openpyxl reader of record only,
* ``pandas.read_excel`` with its default engine, the data analyst's yardstick,
* raw python-calamine: the sheet's values as Python lists, nothing else (the floor).

The kinds are interleaved (one of each per round, ``--repeat`` rounds) and the
median and p95 of wall and CPU time printed, with peak RSS. Targets (issue 11):
the import ≥ 2× faster than pandas.read_excel, ≤ 1.5× raw calamine, < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

UNITS = [
    ("Helse og omsorg", ["Sykehjem", "Hjemmetjeneste", "Legevakt"]),
    ("Oppvekst", ["Skole", "Barnehage", "PPT"]),
    ("Teknisk", ["Vei", "Vann og avløp"]),
    ("Stab", ["HR", "Økonomi", "IKT"]),
]


def make_list(path: Path, rows: int, seed: int = 1) -> None:
    import datetime as dt

    import xlsxwriter

    rng = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    pct = wb.add_format({"num_format": "0%"})
    date = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws = wb.add_worksheet("Ansatte")
    ws.write_row(0, 0, ["Oslo kommune – ansatte per 01.01.2025"])
    ws.write_row(1, 0, ["Utskrift fra lønnssystemet"])
    headers = [
        "Ansattnr",
        "Navn",
        "Stillingskode",
        "Stillingsbetegnelse",
        "Stilling %",
        "Årslønn",
        "Ansvar",
        "Tjeneste",
        "Enhet",
        "Avdeling",
        "Arbeidssted",
        "Tiltredelse",
    ]
    ws.write_row(3, 0, headers)
    first = ["Kari", "Ola", "Per", "Anne", "Nina", "Lars", "Ingrid", "Jon", "Siri", "Arne"]
    last = [
        "Hansen",
        "Johansen",
        "Olsen",
        "Larsen",
        "Andersen",
        "Pedersen",
        "Nilsen",
        "Berg",
        "Bakke",
        "Moen",
    ]
    r = 4
    for n in range(rows):
        unit, depts = UNITS[n % len(UNITS)]
        ws.write_number(r, 0, 100000 + n)
        ws.write_string(r, 1, f"{rng.choice(last)}, {rng.choice(first)}")
        ws.write_string(r, 2, rng.choice(["7174", "7965", "6546", "7040"]))
        ws.write_string(r, 3, rng.choice(["Sykepleier", "Lektor", "Konsulent", "Fagarbeider"]))
        ws.write_number(r, 4, rng.choice([1, 0.8, 0.5, 0.6]), pct)
        ws.write_number(r, 5, rng.randrange(450_000, 900_000))
        ws.write_number(r, 6, 1000 + n % 300)
        ws.write_number(r, 7, rng.choice([120, 202, 213, 253]))
        ws.write_string(r, 8, unit)
        ws.write_string(r, 9, rng.choice(depts))
        ws.write_string(r, 10, f"Arbeidssted {n % 120}")
        ws.write_datetime(r, 11, dt.datetime(2000 + n % 24, 1 + n % 12, 1), date)
        r += 1
    ws.write_string(r, 0, "Sum")
    ws.write_formula(r, 4, f"=SUM(E5:E{r})", pct, rows * 0.7)
    wb.close()


CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
kind, path = sys.argv[1], sys.argv[2]
modules_cpu = 0.0
use0 = resource.getrusage(resource.RUSAGE_SELF)
cpu0 = use0.ru_utime + use0.ru_stime
t = time.perf_counter()
if kind == "pandas":
    import pandas as pd
    df = pd.read_excel(path, sheet_name="Ansatte", header=3)
    out = {{"rows": len(df)}}
elif kind == "raw":
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    rows = wb.get_sheet_by_name("Ansatte").to_python()
    out = {{"rows": len(rows)}}
else:
    from orgdesigner_plugins.staff_import import Options, read_staff_list
    use = resource.getrusage(resource.RUSAGE_SELF)
    modules_cpu = use.ru_utime + use.ru_stime - cpu0
    r = read_staff_list(path, Options(engine=kind))
    out = {{"rows": r.report.rows_imported, "positions": r.report.positions, "status": r.report.status}}
out["seconds"] = time.perf_counter() - t
use = resource.getrusage(resource.RUSAGE_SELF)
out["cpu"] = use.ru_utime + use.ru_stime - cpu0
out["modules_cpu"] = modules_cpu if kind not in ("pandas", "raw") else 0.0
out["peak_mb"] = max(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
print(json.dumps(out))
"""


def measure(kind: str, path: Path) -> dict:
    code = CHILD.format(root=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code, kind, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median_p95(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs), xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="keep the generated file here")
    args = ap.parse_args()
    kinds = ("auto", "pandas", "raw", "openpyxl")
    runs: dict[str, list[dict]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "ansatte.xlsx"
        t = time.perf_counter()
        make_list(path, args.rows)
        print(
            f"Generated {args.rows} rows × 12 columns in {time.perf_counter() - t:.1f} s "
            f"({path.stat().st_size / 1e6:.1f} MB); {args.repeat} interleaved rounds"
        )
        for r in range(args.repeat):
            for kind in kinds:
                if kind == "openpyxl" and r > 0:
                    continue  # slow and only for reference: once
                runs[kind].append(measure(kind, path))
    labels = {
        "auto": "OrgDesigner import (calamine path)",
        "pandas": "pandas.read_excel (default engine)",
        "raw": "raw python-calamine (values only)",
        "openpyxl": "OrgDesigner import (openpyxl only)",
    }
    med = {k: {f: _median_p95([x[f] for x in v])[0] for f in ("seconds", "cpu")} for k, v in runs.items()}
    print(f"{'':36}{'wall med':>9}{'p95':>7}{'CPU med':>9}{'p95':>7}{'peak MB':>9}{'rows':>8}")
    for kind in kinds:
        res = runs[kind]
        wm, wp = _median_p95([x["seconds"] for x in res])
        cm, cp = _median_p95([x["cpu"] for x in res])
        peak = max(x["peak_mb"] for x in res)
        print(f"{labels[kind]:36}{wm:>9.2f}{wp:>7.2f}{cm:>9.2f}{cp:>7.2f}{peak:>9.0f}{res[0]['rows']:>8}")
    ours = med["auto"]
    vs_pandas = med["pandas"]["cpu"] / ours["cpu"]
    vs_raw = ours["cpu"] / med["raw"]["cpu"]
    print(
        f"import vs pandas.read_excel: {vs_pandas:.2f}× faster (CPU; wall {med['pandas']['seconds'] / ours['seconds']:.2f}×)"
    )
    print(
        f"import vs raw calamine:      {vs_raw:.2f}× its time (CPU; wall {ours['seconds'] / med['raw']['seconds']:.2f}×)"
    )
    modules = statistics.median(x["modules_cpu"] for x in runs["auto"])
    print(
        f"  of which loading OrgDesigner's modules (orgdesigner.api and what it pulls in): {modules:.2f} s CPU; "
        f"the import itself is {(ours['cpu'] - modules) / med['raw']['cpu']:.2f}× raw calamine"
    )
    print(
        "Targets: ≥ 2× pandas",
        "met" if vs_pandas >= 2 else "NOT met",
        "· ≤ 1.5× raw calamine",
        "met" if vs_raw <= 1.5 else "NOT met",
        "(CPU time is the fairer figure on a shared machine)",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
