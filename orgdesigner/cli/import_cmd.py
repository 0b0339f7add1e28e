"""``orgdesigner import FILE [--sheet NAME] [--kommune NAME] [--drop-national-id]
[--into PROJECT.orgd] [--json]``: import a staff list as a new source kommune.

Exit status 0 when imported (warnings allowed), 2 when refused (fødselsnumre,
or the kommune is already in the project; nothing is written), 1 when the file
cannot be read. Without ``--into`` the list is only checked and reported.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..analysis.findings import severity_label
from ..i18n import _
from . import fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help=_("importer en ansattliste (.xlsx, .xlsm, .csv) som en ny kildekommune"),
        description=_(
            "Leser en ansattliste fra et lønns-/HR-system og legger den til som en ny kildekommune "
            "med dagens organisasjon, ansatte, stillinger og arbeidssteder. Uten --into blir lista "
            "bare kontrollert. Avslutningsstatus: 0 importert, 2 avvist (ingenting skrevet), "
            "1 fila kan ikke leses."
        ),
    )
    p.add_argument("file", metavar=_("FIL"), help=_("ansattlista (.xlsx, .xlsm eller .csv)"))
    p.add_argument("--sheet", metavar=_("ARK"), help=_("arket med lista (standard: finnes automatisk)"))
    p.add_argument("--header-row", type=int, metavar=_("RAD"), help=_("radnummeret med overskriftene"))
    p.add_argument(
        "--kommune", metavar=_("NAVN"), help=_("navnet på kildekommunen (standard: fra tittel eller filnavn)")
    )
    p.add_argument(
        "--drop-national-id",
        action="store_true",
        help=_("utelat kolonner med fødselsnumre i stedet for å avvise hele fila"),
    )
    p.add_argument(
        "--into", metavar=_("PROSJEKT.orgd"), help=_("legg til i dette prosjektet (lages om det ikke finnes)")
    )
    p.add_argument("--json", action="store_true", help=_("skriv rapporten som ett JSON-objekt"))
    p.add_argument(
        "--format",
        metavar=_("ID"),
        default="staff_list",
        help=_("importformatet fra et programtillegg (standard: staff_list; se «orgdesigner plugins»)"),
    )
    p.set_defaults(func=run)


def emit(report: dict[str, Any], text: str, as_json: bool) -> None:
    if as_json:
        json.dump(report, sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def issue_lines(issues: list[Any], limit: int = 50) -> list[str]:
    out = []
    for issue in issues[:limit]:
        where = issue.where()
        label = severity_label(issue.severity).upper()
        out.append(f"  {label}: {where + ': ' if where else ''}{issue.message}")
    if len(issues) > limit:
        out.append("  " + _("… og {n} til (bruk --json for alle)").format(n=len(issues) - limit))
    return out


def run(args: argparse.Namespace) -> int:
    """Import; with ``--into`` the project file is locked from reading to saving (waits briefly
    for another holder, then refuses with who holds it), so two imports never lose a kommune."""
    return run_locked(args, _run)


def run_locked(args: argparse.Namespace, command: Any, app: str = "orgdesigner import") -> int:
    """Run ``command(args)`` holding the lock on ``args.into`` (when given); exit 3 when it is held."""
    if not args.into:
        return command(args)
    from ..storage.lock import ProjectLock, ProjectLocked

    try:
        lock = ProjectLock.acquire(args.into, app=app, wait=LOCK_WAIT)
    except ProjectLocked as exc:
        return fail(f"{exc} " + _("Lukk prosjektet der, eller prøv igjen senere."), 3)
    except OSError as exc:
        return fail(
            _("Kan ikke låse «{path}»: {reason}").format(path=args.into, reason=exc.strerror or exc), 1
        )
    with lock:
        return command(args)


LOCK_WAIT = 30.0  # seconds an import waits for another holder of the project file


def _run(args: argparse.Namespace) -> int:
    from ..model import ModelError, Project, import_log
    from ..model.ops import Compound
    from ..storage import ProjectFileError, load, save
    from . import importing

    importer = importing.find(args.format)
    if importer is None:
        return fail(importing.missing(args.format), 2)

    project = None
    into = Path(args.into) if args.into else None
    if into is not None and into.exists():
        try:
            project = load(into)
        except ProjectFileError as exc:
            return fail(str(exc), 1)
    options = dict(
        sheet=args.sheet,
        header_row=args.header_row,
        kommune=args.kommune,
        drop_national_id=args.drop_national_id,
    )
    if args.format != importing.STAFF_LIST:  # other formats take only the options they know
        options = {k: v for k, v in options.items() if v}
    result = importer.read(args.file, project, **options)
    report = result.report
    data = report.as_dict()
    data["file"] = str(args.file)
    data["into"] = str(into) if into else None
    data["saved"] = False
    text = "\n".join([report.summary(), *issue_lines(report.issues)])
    if report.status in ("unreadable", "refused"):
        if args.json:
            emit(data, text, True)
        return fail(report.message, 1 if report.status == "unreadable" else 2)
    if into is not None:
        target = project if project is not None else Project(name=into.stem)
        try:
            op = Compound([result.op(target), import_log.log_op(import_log.entry("staff", report))])
            op.apply(target)
        except ModelError as exc:
            data["status"], data["message"] = "refused", str(exc)
            if args.json:
                emit(data, text, True)
            return fail(str(exc), 2)
        try:
            save(target, into)
        except (ProjectFileError, OSError) as exc:
            emit(data, text, args.json)
            return fail(_("Kan ikke lagre «{path}»: {reason}").format(path=into, reason=exc), 1)
        data["saved"] = True
        text += "\n" + _("Lagret i {path}").format(path=into)
    emit(data, text, args.json)
    return 0
