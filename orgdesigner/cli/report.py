"""``orgdesigner report FILE.orgd --scenario A --scenario B [...] -o RAPPORT.pdf|.xlsx|.pptx``.

The comparison report for a board: the top levels of each alternative side by
side, key figures, span of control, årsverk and cost per area, principle
breaches per rule and the structural differences in words. It is written by
the exporter «rapport» that the plugin manager offers (built-in:
``board_export``), with the validators the manager offers; the format follows
the file's extension.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..i18n import _
from . import fail
from .validate import CliError, open_scenario, pick


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report",
        help=_("sammenligningsrapport for alternativer (PDF, Excel eller PowerPoint)"),
        description=_(
            "Lager en rapport som sammenligner alternativene: de øverste nivåene side om side, "
            "nøkkeltall, kontrollspenn, årsverk og kostnad per område, brudd på prinsippene og endringene "
            "i strukturen. Formatet følger filendelsen (.pdf, .xlsx eller .pptx)."
        ),
    )
    p.add_argument("file", metavar=_("FIL.orgd"), help=_("prosjektfilen"))
    p.add_argument(
        "--scenario",
        action="append",
        metavar=_("NAVN"),
        help=_("et alternativ (navn eller id); gjenta for hvert (standard: alle)"),
    )
    p.add_argument(
        "-o", "--out", required=True, metavar=_("RAPPORT"), help=_("filen (.pdf, .xlsx eller .pptx)")
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..export_context import make_context, run_export
    from ..plugins import create_manager

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".xlsx", ".pptx"):
        return fail(_("{path}: rapporten kan skrives som .pdf, .xlsx eller .pptx").format(path=out), 2)
    try:
        project, first = open_scenario(args.file, (args.scenario or [None])[0])
        chosen = [first] + [pick(project, s) for s in (args.scenario or [])[1:]]
    except CliError as exc:
        return fail(str(exc), 2)
    if not args.scenario:
        chosen = list(project.scenarios.values())
    manager = create_manager()
    exp = next((e for e in manager.exporters() if e.id == "rapport"), None)
    if exp is None:
        return fail(_("Rapporten er ikke tilgjengelig (programtillegget «board_export» er slått av)"), 1)
    ctx = make_context(project, first, manager, {"scenarios": [s.id for s in chosen]})
    try:
        run_export(exp, ctx, out)
    except Exception as exc:  # a message, no traceback
        return fail(str(exc) or type(exc).__name__, 1)
    names = ", ".join(f"«{s.name}»" for s in chosen)
    print(_("Skrev sammenligningsrapporten for {names} til {path}").format(names=names, path=out))
    return 0
