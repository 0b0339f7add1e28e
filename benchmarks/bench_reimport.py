"""Benchmark: re-importing next month's 50 000-row staff list for a kommune already in a project.

Run: ``python benchmarks/bench_reimport.py [--rows 50000] [--runs 5]``

Writes two synthetic lists with xlsxwriter (month 1; month 2 with 1 % leavers,
1 % new people and 5 % changed positions), imports month 1 into a project saved
as .orgd (with an alternative copied from today's organisation, so leavers have
placements to flag), then in a fresh subprocess per run times what
``orgdesigner reimport --apply`` does: load the project, read the new list,
compare by employee number, build and apply the one op. Prints the phases
(median and p95 over the runs) and the peak RSS of each run (resource.getrusage).
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
HEADERS = [
    "Ansattnr",
    "Navn",
    "Stillingskode",
    "Stillingsbetegnelse",
    "Stilling %",
    "Årslønn",
    "Enhet",
    "Avdeling",
    "Arbeidssted",
]


def people(rows: int, seed: int = 1) -> list[list]:
    rng = random.Random(seed)
    out = []
    for n in range(rows):
        unit, depts = UNITS[n % len(UNITS)]
        out.append(
            [
                100000 + n,
                f"Person{n} Testesen",
                rng.choice(["7174", "7965", "6546", "7040"]),
                rng.choice(["Sykepleier", "Lektor", "Konsulent", "Fagarbeider"]),
                rng.choice([100, 80, 50, 60]),
                rng.randrange(450_000, 900_000),
                unit,
                rng.choice(depts),
                f"Arbeidssted {n % 120}",
            ]
        )
    return out


def next_month(rows: list[list], seed: int = 2) -> tuple[list[list], dict[str, int]]:
    rng = random.Random(seed)
    kept, left, changed = [], 0, 0
    for r in rows:
        x = rng.random()
        if x < 0.01:
            left += 1
            continue
        r = list(r)
        if x < 0.06:
            r[4] = 100 if r[4] != 100 else 80
            changed += 1
        kept.append(r)
    new = len(rows) // 100
    top = max(r[0] for r in rows)
    kept += [
        [
            top + 1 + n,
            f"Ny{n} Nyansatt",
            "7174",
            "Sykepleier",
            100,
            500_000,
            "Helse og omsorg",
            "Sykehjem",
            "Arbeidssted 1",
        ]
        for n in range(new)
    ]
    return kept, {"left": left, "new": new, "changed": changed}


def write(path: Path, rows: list[list]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Ansatte")
    ws.write_row(0, 0, ["Testby kommune – ansatte"])
    ws.write_row(2, 0, HEADERS)
    for n, r in enumerate(rows, start=3):
        ws.write_row(n, 0, r)
    wb.close()


CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
project_path, list_path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
from orgdesigner.storage import load
from orgdesigner.analysis.reimport import apply_op, compare, incoming_from
from orgdesigner_plugins.staff_import import Options, read_staff_list
project = load(project_path)
t1 = time.perf_counter()
u1 = resource.getrusage(resource.RUSAGE_SELF)
src = next(iter(project.sources.values()))
result = read_staff_list(list_path, Options(kommune=src.name), project=project)
t2 = time.perf_counter()
report = compare(project, src.id, incoming_from(result))
t3 = time.perf_counter()
op = apply_op(project, report)
op.apply(project)
t4 = time.perf_counter()
use = resource.getrusage(resource.RUSAGE_SELF)
cpu = use.ru_utime + use.ru_stime - u1.ru_utime - u1.ru_stime
print(json.dumps({{"cpu": cpu, "load": t1 - t0, "read": t2 - t1, "compare": t3 - t2, "apply": t4 - t3,
                   "reimport": t4 - t1, "peak_mb": use.ru_maxrss / 1024, "counts": report.counts()}}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from orgdesigner.model import Project
    from orgdesigner.model.sources import scenario_from_asis
    from orgdesigner.storage import save
    from orgdesigner_plugins.staff_import import read_staff_list

    with tempfile.TemporaryDirectory() as tmp:
        m1, m2, proj = Path(tmp) / "mars.xlsx", Path(tmp) / "april.xlsx", Path(tmp) / "p.orgd"
        rows = people(args.rows)
        month2, expected = next_month(rows)
        write(m1, rows)
        write(m2, month2)
        t = time.perf_counter()
        project = Project()
        read_staff_list(m1, project=project).op(project).apply(project)
        scenario_from_asis(project, list(project.sources), "A").apply(project)
        save(project, proj)
        print(
            f"Set-up: {args.rows} rows imported and saved in {time.perf_counter() - t:.1f} s; "
            f"month 2 has {expected}"
        )
        runs = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(proj), str(m2)],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    counts = runs[0]["counts"]
    assert {k: counts[k] for k in expected} == expected, (counts, expected)
    print(f"Change report: {counts}")
    print(
        f"{'phase':12}{'median (s)':>12}{'p95 (s)':>10}   (wall time; cpu = CPU time of read+compare+apply)"
    )
    for phase in ("load", "read", "compare", "apply", "reimport", "cpu"):
        xs = sorted(r[phase] for r in runs)
        p95 = xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
        print(f"{phase:12}{statistics.median(xs):>12.2f}{p95:>10.2f}")
    peaks = sorted(r["peak_mb"] for r in runs)
    print(
        f"peak RSS of the whole run (load + re-import): median {statistics.median(peaks):.0f} MB, max {peaks[-1]:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
