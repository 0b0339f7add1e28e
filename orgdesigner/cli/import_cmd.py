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

from . import fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help="importer en ansattliste (.xlsx, .xlsm, .csv) som en ny kildekommune",
        description=(
            "Leser en ansattliste fra et lønns-/HR-system og legger den til som en ny kildekommune "
            "med dagens organisasjon, ansatte, stillinger og arbeidssteder. Uten --into blir lista "
            "bare kontrollert. Avslutningsstatus: 0 importert, 2 avvist (ingenting skrevet), "
            "1 fila kan ikke leses."
        ),
    )
    p.add_argument("file", metavar="FIL", help="ansattlista (.xlsx, .xlsm eller .csv)")
    p.add_argument("--sheet", metavar="ARK", help="arket med lista (standard: finnes automatisk)")
    p.add_argument("--header-row", type=int, metavar="RAD", help="radnummeret med overskriftene")
    p.add_argument(
        "--kommune", metavar="NAVN", help="navnet på kildekommunen (standard: fra tittel eller filnavn)"
    )
    p.add_argument(
        "--drop-national-id",
        action="store_true",
        help="utelat kolonner med fødselsnumre i stedet for å avvise hele fila",
    )
    p.add_argument(
        "--into", metavar="PROSJEKT.orgd", help="legg til i dette prosjektet (lages om det ikke finnes)"
    )
    p.add_argument("--json", action="store_true", help="skriv rapporten som ett JSON-objekt")
    p.add_argument(
        "--format",
        metavar="ID",
        default="staff_list",
        help="importformatet fra et programtillegg (standard: staff_list; se «orgdesigner plugins»)",
    )
    p.set_defaults(func=run)


def emit(report: dict[str, Any], text: str, as_json: bool) -> None:
    if as_json:
        json.dump(report, sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def issue_lines(issues: list[Any], limit: int = 50) -> list[str]:
    sev = {"error": "FEIL", "warning": "ADVARSEL", "info": "INFO"}
    out = []
    for issue in issues[:limit]:
        where = issue.where()
        out.append(
            f"  {sev.get(issue.severity, issue.severity)}: {where + ': ' if where else ''}{issue.message}"
        )
    if len(issues) > limit:
        out.append(f"  … og {len(issues) - limit} til (bruk --json for alle)")
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
        return fail(f"{exc} Lukk prosjektet der, eller prøv igjen senere.", 3)
    except OSError as exc:
        return fail(f"Kan ikke låse «{args.into}»: {exc.strerror or exc}", 1)
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
            return fail(f"Kan ikke lagre «{into}»: {exc}", 1)
        data["saved"] = True
        text += f"\nLagret i {into}"
    emit(data, text, args.json)
    return 0
