"""``orgdesigner plugins [--json] [--strict]``: list the plugins the program finds.

One line per plugin: name, version, source (built-in, installed package, the user's
or the machine's plugin folder) and status (active, turned off, failed), with the
problem of a failed one. IT uses it to check that a plugin dropped into the machine
plugin folder loads; ``--strict`` exits 1 when any plugin failed or a problem
(such as a bad settings file) was reported.
"""

from __future__ import annotations

import argparse
import json

from .. import plugins
from ..i18n import _, label


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plugins",
        help=_("vis programtilleggene (navn, versjon, kilde, status)"),
        description=_(
            "Lister programtilleggene programmet finner: innebygde, installerte pakker og "
            "programtilleggsmappene for brukeren og maskinen."
        ),
    )
    parser.add_argument("--json", action="store_true", help=_("skriv ut som JSON"))
    parser.add_argument(
        "--strict", action="store_true", help=_("avslutt med status 1 hvis et programtillegg feilet")
    )
    parser.set_defaults(func=run)


def collect(manager: plugins.PluginManager) -> dict:
    """The manager's plugins and problems as JSON-friendly data."""
    return {
        "plugins": [
            {
                "name": info.name,
                "version": info.version,
                "source": info.source,
                "status": info.status,
                "location": info.location,
                "problem": info.problem,
            }
            for info in manager.plugin_infos()
        ],
        "problems": [{"name": p.name, "message": p.message} for p in manager.problems],
    }


def format_table(data: dict) -> str:
    rows = [(_("Navn"), _("Versjon"), _("Kilde"), _("Status"))]
    for item in data["plugins"]:
        status = label(plugins.STATUS_LABELS, item["status"])
        rows.append(
            (
                item["name"],
                item["version"] or "–",
                label(plugins.SOURCE_LABELS, item["source"]),
                status,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    if not data["plugins"]:
        lines.append(_("(ingen programtillegg funnet)"))
    for problem in data["problems"]:
        lines.append(
            _("Problem i «{name}»: {message}").format(name=problem["name"], message=problem["message"])
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    manager = plugins.create_manager()
    data = collect(manager)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_table(data))
    if args.strict and (data["problems"] or any(p["status"] == plugins.FAILED for p in data["plugins"])):
        return 1
    return 0
