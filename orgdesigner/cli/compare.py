"""``orgdesigner compare FILE.orgd A B [--json]``: two scenarios side by side."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..analysis.compare import KEY_LABELS, describe_sections, diff_scenarios, key_figures_table
from ..i18n import _
from . import fail
from .metrics import _num
from .validate import CliError, open_scenario, pick

LIMIT = 40


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "compare",
        help=_("sammenlign to alternativer: nøkkeltall og endringer i strukturen"),
        description=_(
            "Viser nøkkeltall for to alternativer side om side og hva som er lagt til, "
            "fjernet, flyttet og omdøpt fra A til B."
        ),
    )
    p.add_argument("file", metavar=_("FIL.orgd"), help=_("prosjektfilen"))
    p.add_argument("a", metavar=_("A"), help=_("første alternativ (navn)"))
    p.add_argument("b", metavar=_("B"), help=_("andre alternativ (navn)"))
    p.add_argument("--json", action="store_true", help=_("skriv JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        project, a = open_scenario(args.file, args.a)
        b = pick(project, args.b)
    except CliError as exc:
        return fail(str(exc), 2)
    table = key_figures_table(project, [a.id, b.id])
    diff = diff_scenarios(project, a.id, b.id)
    if args.json:
        out = {
            "file": args.file,
            "scenarios": [{"id": s.id, "name": s.name, "key_figures": table[s.id]} for s in (a, b)],
            "diff": diff.to_json(project),
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"{'':28} {a.name[:18]:>18} {b.name[:18]:>18}")
    for key, label in KEY_LABELS.items():
        print(f"{_(label):28} {_num(table[a.id][key]):>18} {_num(table[b.id][key]):>18}")
    print("\n" + _("Endringer fra «{a}» til «{b}»:").format(a=a.name, b=b.name))
    if diff.empty:
        print("  " + _("ingen"))
    for title, lines in describe_sections(project, diff):
        total = len(diff.positions_moved) if title == "Stillinger i en annen enhet" else len(lines)
        print(f"  {_(title)} ({_num(total)}):")
        for line in lines[:LIMIT]:
            print(f"    {line}")
        if len(lines) > LIMIT:
            print("    " + _("… og {n} til").format(n=_num(len(lines) - LIMIT)))
    print(f"\n  {diff.matching_text()}")
    return 0
