"""``orgdesigner demo --out FILE.orgd``: write the demo project (Fet + Skedsmo + Sørum → Lillestrøm)."""

from __future__ import annotations

import argparse
from typing import Any

from .. import formatting
from ..demo import DEFAULT_SEED, build_demo_project
from ..i18n import _, count_text
from ..storage import ProjectFileError, save
from . import fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help=_("lag demoprosjektet (Fet, Skedsmo og Sørum blir Lillestrøm)"),
        description=_(
            "Lager demoprosjektet: tre oppdiktede gamle kommuner med ansatte (Fet, Skedsmo og Sørum) "
            "og alternativet «Lillestrøm kommune – vedtatt modell». Navnene er syntetiske."
        ),
    )
    p.add_argument("--out", required=True, metavar=_("FIL.orgd"), help=_("prosjektfilen som skal skrives"))
    p.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=_("frø for tilfeldige data (standard {seed})").format(seed=DEFAULT_SEED),
    )
    p.set_defaults(func=run)


def _num(value: float) -> str:
    return formatting.number(value)


def run(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".orgd"):
        return fail(_("«{path}»: filnavnet må slutte på .orgd").format(path=args.out), 2)
    project = build_demo_project(args.seed)
    try:
        save(project, args.out)
    except ProjectFileError as exc:
        return fail(str(exc), 1)
    except OSError as exc:
        return fail(
            _("Kunne ikke lagre «{path}»: {reason}").format(path=args.out, reason=exc.strerror or exc), 1
        )
    persons = len(project.persons)
    positions = sum(1 for p in project.positions.values() if p.source_id)
    counts = ", ".join(
        [
            count_text("{n} kommune", "{n} kommuner", len(project.sources)),
            count_text("{n} ansatt", "{n} ansatte", persons),
            count_text("{n} stilling", "{n} stillinger", positions),
            count_text("{n} alternativ", "{n} alternativ", len(project.scenarios)),
        ]
    )
    print(_("Skrev demoprosjektet til {path}: {counts}.").format(path=args.out, counts=counts))
    return 0
