"""Benchmark of the lists HR hands out, on a project of Oslo's size.

A synthetic project with 50 000 positions (three old kommuner, one scenario of
5 000 units, 90 % placed, 200 locations): time and peak memory of the
innplasseringsliste and the bemanningsplan (plain and pseudonymised), and of a
PDF of the 5 000-unit chart (``ui.chart_export.render_chart``, fitted on one
A3 page and tiled over A4 pages), of the comparison report of two alternatives
(PDF, Excel, PowerPoint; the second alternative a copy with 50 units moved and
2 000 positions placed elsewhere, breaches counted by the built-in validators)
and of the chart as a PowerPoint deck. Target: each under 10 s.

Time is measured without tracing; "peak" is the extra Python memory the export
allocates (tracemalloc, a second run), "rss" the process's maximum resident
size afterwards.

    .venv/bin/python benchmarks/bench_exports.py [--positions 50000] [--units 5000]
        [--parts lists,chart,report,deck]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgdesigner.model import (  # noqa: E402
    Location,
    Person,
    Placement,
    PlacementStatus,
    Position,
    Project,
    Scenario,
    SourceKommune,
    Unit,
    UnitType,
)

TARGET = 10.0
TITLES = [
    ("7961", "Lærer"),
    ("7174", "Sykepleier"),
    ("7040", "Assistent"),
    ("6545", "Rådgiver"),
    ("7611", "Helsefagarbeider"),
]


def build(positions: int, units: int, seed: int = 7) -> Project:
    rng = random.Random(seed)
    p = Project(name="Benchmark – Oslo-størrelse")
    for n in range(200):
        p.locations[f"l{n}"] = Location(f"l{n}", f"Arbeidssted {n}", f"Gate {n}", ["a", "b", "c"][n % 3])
    for sid, name in (("a", "Aby"), ("b", "Bby"), ("c", "Cby")):
        src = SourceKommune(sid, name)
        src.units[f"{sid}-0"] = Unit(f"{sid}-0", f"{name} kommune", UnitType.KOMMUNEDIREKTOR)
        for n in range(1, 600):
            parent = f"{sid}-{(n - 1) // 8}"
            src.units[f"{sid}-{n}"] = Unit(
                f"{sid}-{n}", f"{name} enhet {n}", UnitType.AVDELING, parent, n, cost_centre=str(1000 + n)
            )
        p.sources[sid] = src
    sc = Scenario("s1", "Ny kommune")
    sc.units["u0"] = Unit("u0", "Kommunedirektør", UnitType.KOMMUNEDIREKTOR, location_id="l0")
    types = [UnitType.TJENESTEOMRADE, UnitType.VIRKSOMHET, UnitType.AVDELING, UnitType.SEKSJON, UnitType.TEAM]
    for n in range(1, units):
        parent = f"u{(n - 1) // 6}"
        depth = 1
        q = (n - 1) // 6
        while q:
            q = (q - 1) // 6
            depth += 1
        sc.units[f"u{n}"] = Unit(
            f"u{n}", f"Enhet {n}", types[min(depth - 1, 4)], parent, n, location_id=f"l{rng.randrange(200)}"
        )
    p.scenarios[sc.id] = sc
    unit_ids = list(sc.units)
    for n in range(positions):
        sid = "abc"[n % 3]
        pid, person = f"pos{n}", f"per{n}"
        p.persons[person] = Person(person, str(100000 + n), f"Fornavn{n} Etternavn{n % 977}", sid)
        code, title = TITLES[n % len(TITLES)]
        p.positions[pid] = Position(
            pid,
            person,
            sid,
            f"{sid}-{rng.randrange(600)}",
            code,
            title,
            rng.choice([100.0, 80.0, 50.0]),
            500_000 + rng.randrange(300_000),
            f"l{rng.randrange(200)}",
        )
        if n % 10:
            sc.placements[pid] = Placement(
                pid,
                rng.choice(unit_ids),
                None,
                rng.choice(PlacementStatus.ALL),
                "",
                [],
                "2026-11-23T10:00:00",
                "hr",
            )
    return p


def measure(label: str, fn) -> float:
    t = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - t
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = "ok" if elapsed < TARGET else f"OVER the {TARGET:.0f} s target"
    print(
        f"{label:<44} {elapsed:6.2f} s   peak {peak / 2**20:6.1f} MB   rss {rss:6.0f} MB   {ok}", flush=True
    )
    return elapsed


def board(project: Project, out: Path, parts: set[str]) -> None:
    """The comparison report (three formats) and the chart deck."""
    from orgdesigner.model import ops
    from orgdesigner_plugins.board_export.deck import write as deck
    from orgdesigner_plugins.board_export.report import write as report
    from orgdesigner_plugins.validators import orgdesigner_validators

    ops.copy_scenario(project, "s1", "Alternativ B", "s2").apply(project)
    sc = project.scenarios["s2"]
    rng = random.Random(11)
    for _n in range(50):  # 50 units moved under another service area
        uid = f"u{rng.randrange(7, len(sc.units))}"
        target = f"u{rng.randrange(1, 7)}"
        if not sc.is_descendant(target, uid) and target != uid:
            ops.move_units(project, "s2", [uid], target).apply(project)
    units = list(sc.units)
    for pid in list(project.positions)[:2000]:
        sc.placements[pid] = Placement(pid, rng.choice(units))
    sc.invalidate_placements()
    validators = orgdesigner_validators()
    if "report" in parts:
        for ext in ("pdf", "xlsx", "pptx"):
            measure(
                f"Sammenligningsrapport, 2 alternativer ({ext})",
                lambda e=ext: report(
                    project, "s1", out / f"rapport.{e}", scenarios=["s1", "s2"], validators=validators
                ),
            )
        print(
            f"{'':<44} files: "
            + ", ".join(
                f"{e} {os.path.getsize(out / f'rapport.{e}') / 2**20:.1f} MB" for e in ("pdf", "xlsx", "pptx")
            )
        )
    if "deck" in parts:
        measure(
            f"PowerPoint, {len(project.scenarios['s1'].units)} units",
            lambda: deck(project, "s1", out / "kart.pptx"),
        )
        from pptx import Presentation

        slides = len(Presentation(str(out / "kart.pptx")).slides)
        print(f"{'':<44} {slides} slides, file {os.path.getsize(out / 'kart.pptx') / 2**20:.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--positions", type=int, default=50_000)
    ap.add_argument("--units", type=int, default=5_000)
    ap.add_argument("--no-chart", action="store_true", help="skip the PDF (no Qt)")
    ap.add_argument("--parts", default="lists,chart,report,deck", help="what to measure (comma-separated)")
    args = ap.parse_args()
    parts = set(args.parts.split(","))
    if args.no_chart:
        parts.discard("chart")
    from orgdesigner_plugins.excel_export import exporter

    t = time.perf_counter()
    project = build(args.positions, args.units)
    print(
        f"project: {len(project.positions)} positions, {len(project.scenarios['s1'].units)} units, "
        f"built in {time.perf_counter() - t:.1f} s"
    )
    try:
        import lxml  # noqa: F401

        print("openpyxl XML writer: lxml")
    except ImportError:
        print("openpyxl XML writer: standard library (et_xmlfile)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        if parts & {"report", "deck"}:
            board(project, out, parts)
        if "lists" not in parts:
            fmts: tuple[str, ...] = ()
        else:
            fmts = ("innplassering", "bemanningsplan")
        for fmt in fmts:
            for pseudo in (False, True):
                name = f"{fmt}{'-pseudonymisert' if pseudo else ''}"
                measure(
                    name,
                    lambda f=fmt, n=name, ps=pseudo: exporter(f).write(
                        project, "s1", out / f"{n}.xlsx", pseudonymise=ps
                    ),
                )
            print(f"{'':<44} file {os.path.getsize(out / f'{fmt}.xlsx') / 2**20:.1f} MB")
        if "chart" not in parts:
            return
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from orgdesigner.ui.chart_export import render_chart

        pages = {}

        def pdf(mode: str, paper: str) -> None:
            pages[mode] = render_chart(project, "s1", out / f"kart-{mode}.pdf", "pdf", paper=paper, mode=mode)

        measure(f"PDF, {args.units} units, fitted on one A3 page", lambda: pdf("fit", "A3"))
        measure(f"PDF, {args.units} units, tiled on A4 pages", lambda: pdf("tile", "A4"))
        print(
            f"{'':<44} pages: fit {pages['fit']}, tile {pages['tile']}; "
            f"file {os.path.getsize(out / 'kart-fit.pdf') / 2**20:.1f} MB"
        )
        del app


if __name__ == "__main__":
    main()
