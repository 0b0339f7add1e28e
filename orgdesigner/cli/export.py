"""``orgdesigner export FILE.orgd --format F [--scenario NAME] [--pseudonymise] -o OUT``.

Formats: the Excel lists innplassering, bemanningsplan, organisasjon,
lokalisering, funn (and historikk) from the exporter plugins, and the chart as
pdf, png or svg. Writing is atomic: a failure leaves no half-written file and
the message says why (exit status 1).

The chart formats need Qt: they are rendered by ``orgdesigner.ui.chart_export``,
imported only when such a format is asked for, on the offscreen platform when
there is no display.
"""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path
from typing import Any

from . import fail

LISTS = ("innplassering", "bemanningsplan", "organisasjon", "lokalisering", "funn", "historikk")
CHARTS = ("pdf", "png", "svg")
FORMATS = LISTS + CHARTS


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help="eksporter lister (Excel) eller organisasjonskart (PDF, PNG, SVG)",
        description=(
            "Skriver en liste (innplassering, bemanningsplan, organisasjon, lokalisering, funn, historikk) "
            "som .xlsx, eller organisasjonskartet som PDF, PNG eller SVG. Filen skrives atomisk. "
            "Første pseudonymiserte eksport lagrer en tilfeldig nøkkel i prosjektfilen, slik at "
            "pseudonymene blir de samme neste gang."
        ),
    )
    p.add_argument("file", metavar="FIL.orgd", help="prosjektfilen")
    p.add_argument("--format", required=True, choices=FORMATS, metavar="FORMAT", help=" | ".join(FORMATS))
    p.add_argument("--scenario", metavar="NAVN", help="alternativet (navn eller id; standard: det første)")
    p.add_argument(
        "--pseudonymise",
        "--pseudonymiser",
        action="store_true",
        help="erstatt navn med pseudonymer og fjern ansattnummer og lønn (til drøfting med tillitsvalgte)",
    )
    p.add_argument("-o", "--out", required=True, metavar="UT", help="filen som skal skrives")
    p.add_argument("--unit", metavar="ENHET", help="bare denne enheten (navn eller id) med underenheter")
    p.add_argument(
        "--kommune", metavar="NAVN", help="innplassering: bare stillinger fra denne gamle kommunen"
    )
    p.add_argument(
        "--status",
        action="append",
        metavar="STATUS",
        help="innplassering: bare denne statusen (kan gjentas; «ikke plassert» for dem uten innplassering)",
    )
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help="papirstørrelse for PDF (standard A4)")
    p.add_argument(
        "--orientation",
        choices=("auto", "landscape", "portrait"),
        default="auto",
        help="retning for PDF (standard: etter kartets form – høye kart stående, brede liggende)",
    )
    p.add_argument("--tile", action="store_true", help="fordel et stort kart over flere sider (PDF)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..model import ModelError
    from ..storage import ProjectFileError, load

    path = Path(args.file)
    try:
        project = load(path)
    except ProjectFileError as exc:
        return fail(str(exc), 1)
    try:
        scenario = (
            project.scenario(args.scenario) if args.scenario else next(iter(project.scenarios.values()))
        )
    except StopIteration:
        return fail(f"«{path.name}» har ingen alternativer", 1)
    except ModelError as exc:
        return fail(str(exc), 1)
    unit_id = None
    if args.unit:
        unit_id = _find_unit(scenario, args.unit)
        if unit_id is None:
            return fail(f"Fant ikke enheten «{args.unit}» i alternativet «{scenario.name}»", 1)
    out = Path(args.out)
    if args.format in CHARTS:
        return _chart(project, scenario.id, out, args, unit_id)
    return _list(project, path, scenario, out, args, unit_id)


def _find_unit(scenario: Any, ref: str) -> str | None:
    if ref in scenario.units:
        return ref
    hits = [u.id for u in scenario.units.values() if u.name.casefold() == ref.strip().casefold()]
    return hits[0] if len(hits) == 1 else None


def _exporter(fmt: str) -> Any:
    """The exporter with id ``fmt`` from the plugin manager (a kommune's plugin may replace nothing built in)."""
    from ..plugins import create_manager

    manager = create_manager()
    for exp in manager.exporters():
        if exp.id == fmt:
            return exp, manager
    return None, manager


def _list(
    project: Any, path: Path, scenario: Any, out: Path, args: argparse.Namespace, unit_id: str | None
) -> int:
    exp, manager = _exporter(args.format)
    if exp is None:
        problems = "; ".join(p.message for p in manager.problems)
        return fail(
            f"Eksportformatet «{args.format}» er ikke tilgjengelig" + (f" ({problems})" if problems else ""),
            1,
        )
    options: dict[str, Any] = {"pseudonymise": args.pseudonymise}
    if unit_id:
        options["unit_id"] = unit_id
    if args.kommune:
        found = [
            s.id
            for s in project.sources.values()
            if args.kommune.casefold() in (s.id.casefold(), s.name.casefold())
        ]
        if not found:
            return fail(f"Fant ikke kommunen «{args.kommune}»", 1)
        options["source_id"] = found[0]
    if args.status:
        from ..model import PlacementStatus

        wanted = ["" if s.strip().casefold() == "ikke plassert" else s.strip() for s in args.status]
        bad = [s for s in wanted if s and s not in PlacementStatus.ALL]
        if bad:
            return fail(
                f"Ukjent status «{bad[0]}» (bruk {', '.join(PlacementStatus.ALL)} eller «ikke plassert»)", 1
            )
        options["statuses"] = wanted
    if args.format == "funn":
        options["plugin_manager"] = manager
    if args.pseudonymise:
        stored = _ensure_pseudonym_key(project, path)
        if stored:
            print(f"Ny nøkkel for pseudonymer er lagret i {path}", flush=True)
    try:
        exp.write(project, scenario, out, **options)
    except Exception as exc:  # ExportError and anything a plugin raises: a message, no traceback
        return fail(str(exc) or type(exc).__name__, 1)
    print(f"Skrev {exp.title} for «{scenario.name}» til {out}")
    return 0


def _ensure_pseudonym_key(project: Any, path: Path) -> bool:
    from plugins.excel_export.pseudonym import ensure_key_op

    from ..storage import save

    op = ensure_key_op(project)
    if op is None:
        return False
    op.apply(project)
    save(project, path)
    return True


def _chart(project: Any, scenario_id: str, out: Path, args: argparse.Namespace, unit_id: str | None) -> int:
    if not out.parent.is_dir() and str(out.parent):
        return fail(f"Kan ikke skrive {out}: mappen {out.parent} finnes ikke", 1)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        chart_export = importlib.import_module("orgdesigner.ui.chart_export")
        widgets = importlib.import_module("PySide6.QtWidgets")
    except ImportError as exc:
        return fail(f"Kartutskrift er ikke tilgjengelig: {exc}", 1)
    app = widgets.QApplication.instance() or widgets.QApplication(["orgdesigner"])
    kwargs: dict[str, Any] = {
        "root_unit_id": unit_id,
        "paper": args.paper,
        "orientation": args.orientation,
        "mode": "tile" if args.tile else "fit",
    }
    try:
        pages = chart_export.render_chart(project, scenario_id, str(out), args.format, **kwargs)
    except Exception as exc:
        return fail(str(exc) or type(exc).__name__, 1)
    del app
    n = pages if isinstance(pages, int) else len(pages) if hasattr(pages, "__len__") else 1
    print(f"Skrev kartet til {out} ({n} {'side' if n == 1 else 'sider'})")
    return 0
