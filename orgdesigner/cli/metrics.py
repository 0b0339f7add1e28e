"""``orgdesigner metrics FILE.orgd [--scenario NAME] [--json]``: key figures of a scenario."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .. import formatting
from ..analysis.compare import KEY_LABELS
from ..analysis.metrics import compute_metrics, progress_status_label, span_definition_text
from ..i18n import _
from . import fail
from .validate import CliError, open_scenario


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "metrics",
        help=_("nøkkeltall for et alternativ (årsverk, kontrollspenn, nivåer, flytting, …)"),
        description=_("Regner ut nøkkeltall for ett alternativ, per enhet og samlet."),
    )
    p.add_argument("file", metavar=_("FIL.orgd"), help=_("prosjektfilen"))
    p.add_argument("--scenario", metavar=_("NAVN"), help=_("alternativets navn (standard: det første)"))
    p.add_argument("--json", action="store_true", help=_("skriv JSON (også tall per enhet)"))
    p.set_defaults(func=run)


def _num(v: Any) -> str:
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return formatting.decimal(v, 2)
    if isinstance(v, int):
        return formatting.number(v)
    return str(v)


def run(args: argparse.Namespace) -> int:
    try:
        project, sc = open_scenario(args.file, args.scenario)
    except CliError as exc:
        return fail(str(exc), 2)
    m = compute_metrics(project, sc.id)
    if args.json:
        out = {"file": args.file, "scenario": {"id": sc.id, "name": sc.name}, **m.to_json()}
        for uid, u in out["units"].items():
            u["name"] = sc.units[uid].name
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    k = m.key_figures()
    names = {s.id: s.name for s in project.sources.values()}
    print(_("Alternativ «{name}»").format(name=sc.name))
    for key, label in KEY_LABELS.items():
        print(f"  {_(label):28} {_num(k[key])}")
    per_level = " / ".join(_num(n) for n in k["units_per_level"])
    levels = _("Enheter per nivå")
    print(f"  {levels:28} {per_level}")
    print("  " + span_definition_text(m.span_definition))
    print(_("Innplassering:"))
    for status, n in k["progress"].items():
        print(f"  {progress_status_label(status):28} {_num(n)}")
    print(_("Opprinnelse (årsverk):"))
    new_position = _("ny stilling")
    for src, fte in k["origin_fte"].items():
        print(f"  {names.get(src, src or new_position):28} {_num(fte)}")
    print(_("Arbeidsplasser per gammel kommune (stillinger før → etter):"))
    unknown = _("ukjent sted")
    for terr in sorted(set(m.balance_before) | set(m.balance_after)):
        before = m.balance_before.get(terr, {}).get("positions", 0)
        after = m.balance_after.get(terr, {}).get("positions", 0)
        print(f"  {names.get(terr, terr or unknown):28} {_num(before)} → {_num(after)}")
    return 0
