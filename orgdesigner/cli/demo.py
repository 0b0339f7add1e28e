"""``orgdesigner demo --out FILE.orgd``: write the demo project (Fet + Skedsmo + Sørum → Lillestrøm)."""

from __future__ import annotations

import argparse
from typing import Any

from .. import formatting
from ..demo import DEFAULT_SEED, build_demo_project
from ..storage import ProjectFileError, save
from . import fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help="lag demoprosjektet (Fet, Skedsmo og Sørum blir Lillestrøm)",
        description=(
            "Lager demoprosjektet: tre oppdiktede gamle kommuner med ansatte (Fet, Skedsmo og Sørum) "
            "og alternativet «Lillestrøm kommune – vedtatt modell». Navnene er syntetiske."
        ),
    )
    p.add_argument("--out", required=True, metavar="FIL.orgd", help="prosjektfilen som skal skrives")
    p.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"frø for tilfeldige data (standard {DEFAULT_SEED})"
    )
    p.set_defaults(func=run)


def _num(value: float) -> str:
    return formatting.number(value)


def run(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".orgd"):
        return fail(f"«{args.out}»: filnavnet må slutte på .orgd", 2)
    project = build_demo_project(args.seed)
    try:
        save(project, args.out)
    except ProjectFileError as exc:
        return fail(str(exc), 1)
    except OSError as exc:
        return fail(f"Kunne ikke lagre «{args.out}»: {exc.strerror or exc}", 1)
    persons = len(project.persons)
    positions = sum(1 for p in project.positions.values() if p.source_id)
    print(
        f"Skrev demoprosjektet til {args.out}: {len(project.sources)} kommuner, "
        f"{_num(persons)} ansatte, {_num(positions)} stillinger, {len(project.scenarios)} alternativ."
    )
    return 0
