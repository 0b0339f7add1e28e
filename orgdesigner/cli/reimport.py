"""``orgdesigner reimport PROJECT.orgd FILE --kommune NAME [--apply] [--json]``: compare
a new staff list with a source kommune's staff and, with ``--apply``, update it.

Without ``--apply`` nothing is written. Exit status: 0 when applied or nothing
changed, 1 when the list has rejected rows (with ``--apply`` the other rows are
applied), 2 when the file or project cannot be read, the list is refused, or the
kommune is unknown. The change report (``--json``) has ``left``, ``new`` and
``changed`` (each with ``employee_number``; ``changed`` with ``fields``:
``{field: [old, new]}``) and ``counts``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..i18n import _
from . import fail
from .import_cmd import issue_lines


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "reimport",
        help=_("sammenlign en ny ansattliste med en kildekommune og oppdater den (--apply)"),
        description=_(
            "Leser en ny ansattliste for en kildekommune som allerede er i prosjektet, finner hvem som "
            "har sluttet, hvem som er nye og hva som er endret (stillingsprosent, tittel, stillingskode, "
            "enhet, arbeidssted, lønn), og oppdaterer prosjektet med --apply. Avslutningsstatus: "
            "0 oppdatert eller ingen endringer, 1 lista har avviste rader, 2 fila kan ikke leses eller "
            "er avvist."
        ),
    )
    p.add_argument("project", metavar=_("PROSJEKT.orgd"), help=_("prosjektet"))
    p.add_argument("file", metavar=_("FIL"), help=_("den nye ansattlista (.xlsx, .xls, .xlsm, .csv)"))
    p.add_argument("--kommune", metavar=_("NAVN"), required=True, help=_("kildekommunen lista gjelder"))
    p.add_argument("--apply", action="store_true", help=_("oppdater prosjektet (uten: bare rapport)"))
    p.add_argument("--json", action="store_true", help=_("skriv endringsrapporten som ett JSON-objekt"))
    p.add_argument("--sheet", metavar=_("ARK"), help=_("arket med lista (standard: finnes automatisk)"))
    p.add_argument("--header-row", type=int, metavar=_("RAD"), help=_("radnummeret med overskriftene"))
    p.add_argument(
        "--drop-national-id",
        action="store_true",
        help=_("utelat kolonner med fødselsnumre i stedet for å avvise"),
    )
    p.set_defaults(func=run)


def _text(report: Any, changes: Any) -> str:
    c = changes.counts()
    lines = [
        report.summary(),
        _("Kildekommune: {kommune}").format(kommune=changes.kommune),
        _("Sluttet: {left} · nye: {new} · endret: {changed} · uendret: {unchanged}").format(**c),
    ]
    left, new, changed = _("SLUTTET"), _("NY"), _("ENDRET")
    width = max(len(left), len(new), len(changed))
    for item in changes.left[:30]:
        lines.append(f"  {left:{width}} {item['employee_number']} {item['name']}")
    for item in changes.new[:30]:
        lines.append(f"  {new:{width}} {item['employee_number']} {item['name']}")
    for ch in changes.changed[:30]:
        diff = "; ".join(f"{k}: {old} → {new}" for k, (old, new) in ch.fields.items())
        lines.append(f"  {changed:{width}} {ch.employee_number} {ch.name}: {diff}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from ..analysis.reimport import apply_op, compare, incoming_from
    from ..model import import_log
    from ..model.ops import Compound
    from ..storage import ProjectFileError, load, save
    from . import importing

    importer = importing.find(importing.STAFF_LIST)
    if importer is None:
        return fail(importing.missing(importing.STAFF_LIST), 2)
    path = Path(args.project)
    try:
        project = load(path)
    except (ProjectFileError, OSError) as exc:
        return fail(str(exc), 2)
    source = next((s for s in project.sources.values() if s.name.casefold() == args.kommune.casefold()), None)
    if source is None:
        names = ", ".join(s.name for s in project.sources.values()) or _("ingen")
        return fail(
            _("Prosjektet har ingen kildekommune «{kommune}» (kildekommuner: {names})").format(
                kommune=args.kommune, names=names
            ),
            2,
        )
    result = importer.read(
        args.file,
        project,
        sheet=args.sheet,
        header_row=args.header_row,
        kommune=source.name,
        drop_national_id=args.drop_national_id,
    )
    report = result.report
    if not result.ok:
        if args.json:
            json.dump({"status": report.status, "message": report.message}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        return fail(report.message, 2)
    changes = compare(project, source.id, incoming_from(result), file=str(args.file))
    data = changes.as_dict()
    data["counts"]["rejected_rows"] = report.rows_rejected
    data["rejected"] = [i.as_dict() for i in report.issues if i.severity == "error"]
    data["applied"] = False
    rejected = report.rows_rejected > 0
    text = "\n".join([_text(report, changes), *issue_lines(report.issues)])
    if args.apply and not changes.empty:
        log = import_log.entry("reimport", report, {"changes": changes.counts()})
        op = Compound([apply_op(project, changes), import_log.log_op(log)], text=_("Oppdater ansatte"))
        op.apply(project)
        try:
            save(project, path)
        except (ProjectFileError, OSError) as exc:
            return fail(_("Kan ikke lagre «{path}»: {reason}").format(path=path, reason=exc), 2)
        data["applied"] = True
        text += "\n" + _("Oppdatert og lagret i {path}").format(path=path)
    elif not args.apply and not changes.empty:
        text += "\n" + _("Ingenting er endret (bruk --apply for å oppdatere prosjektet).")
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        print(text)
    if rejected:
        return 1
    return 0
