"""``orgdesigner import-org FILE --into PROJECT.orgd --scenario NAME``: import an
organisation structure table (unit, parent unit, unit type) as a new scenario.

Exit status 0 when imported, 2 when refused (nothing written), 1 when the file
cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..i18n import _
from . import fail
from .import_cmd import emit, issue_lines


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import-org",
        help=_(
            "importer en organisasjonsstruktur (enhet, overordnet enhet, enhetstype) som et nytt alternativ"
        ),
        description=_(
            "Leser en tabell med kolonnene Enhet, Overordnet enhet og Enhetstype (.xlsx, .xlsm eller .csv) "
            "og legger den til som et nytt alternativ i prosjektet."
        ),
    )
    p.add_argument("file", metavar=_("FIL"), help=_("strukturtabellen"))
    p.add_argument(
        "--into", metavar=_("PROSJEKT.orgd"), required=True, help=_("prosjektet (lages om det ikke finnes)")
    )
    p.add_argument("--scenario", metavar=_("NAVN"), required=True, help=_("navnet på det nye alternativet"))
    p.add_argument("--sheet", metavar=_("ARK"), help=_("arket med tabellen (standard: finnes automatisk)"))
    p.add_argument("--json", action="store_true", help=_("skriv rapporten som ett JSON-objekt"))
    p.add_argument(
        "--type-word",
        action="append",
        metavar=_("ORD=TYPE"),
        help=_("hva et ukjent ord i enhetstype-kolonnen betyr, f.eks. «Fagenhet=virksomhet» (kan gjentas)"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Like ``import``: the project file is locked while it is read, changed and saved."""
    from .import_cmd import run_locked

    return run_locked(args, _run, "orgdesigner import-org")


def _run(args: argparse.Namespace) -> int:
    from ..model import ModelError, Project, import_log
    from ..model.ops import Compound
    from ..storage import ProjectFileError, load, save
    from . import importing

    importer = importing.find(importing.STRUCTURE)
    if importer is None:
        return fail(importing.missing(importing.STRUCTURE), 2)
    words: dict[str, str] = {}
    for item in args.type_word or []:
        word, sep, kind = item.partition("=")
        if not sep or not word.strip() or not kind.strip():
            return fail(_("--type-word må være ORD=TYPE (fikk «{item}»)").format(item=item), 2)
        words[word.strip()] = kind.strip().casefold()

    into = Path(args.into)
    project = None
    if into.exists():
        try:
            project = load(into)
        except ProjectFileError as exc:
            return fail(str(exc), 1)
    result = importer.read(args.file, project, scenario=args.scenario, sheet=args.sheet, type_words=words)
    report = result.report
    data = report.as_dict()
    data.update(file=str(args.file), into=str(into), scenario=args.scenario, saved=False)
    text = "\n".join([report.summary(), *issue_lines(report.issues)])
    if report.status != "imported":
        if args.json:
            emit(data, text, True)
        return fail(report.message, 1 if report.status == "unreadable" else 2)
    target = project if project is not None else Project(name=into.stem)
    try:
        log = import_log.log_op(import_log.entry("structure", report))
        Compound([result.op(target, args.scenario), log]).apply(target)
    except ModelError as exc:
        data["status"], data["message"] = "refused", str(exc)
        emit(data, text, args.json)
        return fail(str(exc), 2)
    try:
        save(target, into)
    except (ProjectFileError, OSError) as exc:
        emit(data, text, args.json)
        return fail(_("Kan ikke lagre «{path}»: {reason}").format(path=into, reason=exc), 1)
    data["saved"] = True
    saved = _("Alternativet «{name}» er lagret i {path}").format(name=args.scenario, path=into)
    emit(data, f"{text}\n{saved}", args.json)
    return 0
