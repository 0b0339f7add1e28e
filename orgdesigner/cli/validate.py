"""``orgdesigner validate FILE.orgd [--scenario NAME] [--json]``: check the principles.

Runs every validator the plugin manager offers (built-ins and a kommune's own)
on one scenario (default: the first). Exit status 1 when there are errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..analysis.findings import finding_to_json, run_validators, severity_label
from ..analysis.validation import HOUSEKEEPING, PRINCIPLE, category
from ..i18n import _, count_text
from ..model import ModelError, Project, Scenario
from ..storage import ProjectFileError, load
from . import fail


class CliError(Exception):
    """A user-facing error; ``main`` prints it with :func:`fail`."""


def open_scenario(path: str, name: str | None) -> tuple[Project, Scenario]:
    """Load a project and pick a scenario by name or id (default: the first)."""
    try:
        project = load(path)
    except ProjectFileError as exc:
        raise CliError(str(exc)) from None
    if not project.scenarios:
        raise CliError(_("{path}: prosjektet har ingen alternativer").format(path=path))
    if name is None:
        return project, next(iter(project.scenarios.values()))
    return project, pick(project, name)


def pick(project: Project, name: str) -> Scenario:
    """A scenario by name or id; the error lists the names there are."""
    try:
        return project.scenario(name)
    except ModelError as exc:
        names = ", ".join(f"«{s.name}»" for s in project.scenarios.values())
        raise CliError(_("{error} (finnes: {names})").format(error=exc, names=names)) from None


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "validate",
        help=_("sjekk et alternativ mot prinsippene (kontrollspenn, nivåer, ledere, …)"),
        description=_(
            "Kjører alle validatorer på ett alternativ. Avslutter med status 1 når det finnes feil."
        ),
    )
    p.add_argument("file", metavar=_("FIL.orgd"), help=_("prosjektfilen"))
    p.add_argument("--scenario", metavar=_("NAVN"), help=_("alternativets navn (standard: det første)"))
    p.add_argument("--json", action="store_true", help=_("skriv JSON"))
    p.set_defaults(func=run)


def validate(project: Project, scenario: Scenario) -> tuple[list[Any], list[dict[str, str]]]:
    """Findings from every validator (through the one runner: enabled settings, site defaults
    and severity settings count), and problems with plugins (name, message)."""
    findings, problems, _principles = _validate(project, scenario)
    return findings, problems


def _validate(project: Project, scenario: Scenario) -> tuple[list[Any], list[dict[str, str]], set[str]]:
    """:func:`validate`, and the ids of the rules that check a principle."""
    from .. import plugins

    manager = plugins.create_manager()

    def report(validator: Any, exc: BaseException) -> None:
        owner = manager.plugin_of(validator) or validator.id
        manager.report(
            owner,
            _("validatoren «{id}» feilet: {error}").format(
                id=validator.id, error=f"{type(exc).__name__}: {exc}"
            ),
            exc,
        )

    validators = manager.validators()
    principles = {v.id for v in validators if category(v) == PRINCIPLE}
    findings = run_validators(validators, project, scenario, report=report)
    problems = [{"name": p.name, "message": p.message} for p in manager.problems]
    return findings, problems, principles


def run(args: argparse.Namespace) -> int:
    try:
        project, sc = open_scenario(args.file, args.scenario)
    except CliError as exc:
        return fail(str(exc), 2)
    findings, problems, principles = _validate(project, sc)
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    breaches = sum(f.validator in principles for f in findings)
    for p in problems:
        print(
            "orgdesigner: "
            + _("programtillegg «{name}»: {message}").format(name=p["name"], message=p["message"]),
            file=sys.stderr,
        )
    if args.json:
        out = {
            "file": args.file,
            "scenario": {"id": sc.id, "name": sc.name},
            "counts": counts,
            "principle_breaches": breaches,
            "findings": [
                {
                    **finding_to_json(project, sc, f),
                    "category": PRINCIPLE if f.validator in principles else HOUSEKEEPING,
                }
                for f in findings
            ],
            "plugin_problems": problems,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        summary = ", ".join(
            [
                count_text("{n} feil", "{n} feil", counts["error"]),
                count_text("{n} advarsel", "{n} advarsler", counts["warning"]),
                count_text("{n} info", "{n} info", counts["info"]),
            ]
        )
        brudd = count_text("{n} brudd på prinsipper", "{n} brudd på prinsipper", breaches)
        print(
            _("Alternativ «{name}»: {summary} – {breaches}").format(
                name=sc.name, summary=summary, breaches=brudd
            )
        )
        for f in findings:
            where = ", ".join(sc.units[u].name for u in f.unit_ids[:3] if u in sc.units)
            print(
                f"{severity_label(f.severity).upper():9} [{f.validator}]"
                + (" " + _("PRINSIPP:") if f.validator in principles else "")
                + f" {f.message}"
                + (f"  ({where})" if where and len(f.unit_ids) > 1 else "")
            )
    return 1 if counts["error"] else 0
