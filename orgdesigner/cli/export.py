"""``orgdesigner export FILE.orgd --format F [--scenario NAME] [--pseudonymise] -o OUT``.

The formats are exactly the exporters the plugin manager offers (built-in: the
Excel lists, the chart as pdf/png/svg, the PowerPoint deck, the comparison
report; and any a kommune's plugin adds). Each gets an export context
(``orgdesigner.export_context``) with the scenario, the options, the validators
and — for a pseudonymised export — a pseudonymiser. Writing is atomic: a failure
leaves no half-written file and the message says why (exit status 1). The
project file is never changed, unless ``--lagre-nøkkel`` asks to store the
pseudonym key.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..i18n import _, count_text
from . import fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help=_("eksporter lister (Excel), organisasjonskart (PDF, PNG, SVG, PowerPoint) eller rapporter"),
        description=_(
            "Skriver det formatet et programtillegg tilbyr: listene (innplassering, bemanningsplan, "
            "organisasjon, lokalisering, funn, historikk) som .xlsx, organisasjonskartet som pdf, png, "
            "svg eller pptx, eller sammenligningsrapporten (rapport). «--format liste» viser alle. "
            "Filen skrives atomisk, og prosjektfilen endres ikke."
        ),
    )
    p.add_argument("file", metavar=_("FIL.orgd"), help=_("prosjektfilen"))
    p.add_argument(
        "--format", required=True, metavar=_("FORMAT"), help=_("formatets id («liste» viser alle)")
    )
    p.add_argument(
        "--scenario", metavar=_("NAVN"), help=_("alternativet (navn eller id; standard: det første)")
    )
    p.add_argument(
        "--pseudonymise",
        "--pseudonymiser",
        action="store_true",
        help=_("erstatt navn med pseudonymer og fjern ansattnummer, lønn og fritekst (til tillitsvalgte)"),
    )
    p.add_argument(
        "--lagre-nøkkel",
        "--save-key",
        dest="save_key",
        action="store_true",
        help=_(
            "lagre en fast nøkkel for pseudonymer i prosjektfilen (ellers endres pseudonymene neste gang)"
        ),
    )
    p.add_argument("-o", "--out", required=False, metavar=_("UT"), help=_("filen som skal skrives"))
    p.add_argument(
        "--unit", metavar=_("ENHET"), help=_("bare denne enheten (navn eller id) med underenheter")
    )
    p.add_argument(
        "--kommune", metavar=_("NAVN"), help=_("innplassering: bare stillinger fra denne gamle kommunen")
    )
    p.add_argument(
        "--status",
        action="append",
        metavar=_("STATUS"),
        help=_(
            "innplassering: bare denne statusen (kan gjentas; «ikke plassert» for dem uten innplassering)"
        ),
    )
    p.add_argument(
        "--paper", choices=("A4", "A3"), default="A4", help=_("papirstørrelse for PDF (standard A4)")
    )
    p.add_argument(
        "--orientation",
        choices=("auto", "landscape", "portrait"),
        default="auto",
        help=_("retning for PDF (standard: etter kartets form – høye kart stående, brede liggende)"),
    )
    p.add_argument("--tile", action="store_true", help=_("fordel et stort kart over flere sider (PDF)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..export_context import ensure_key_op, make_context, pseudonym_key, run_export
    from ..model import ModelError
    from ..plugins import create_manager
    from ..storage import ProjectFileError, load, save

    manager = create_manager()
    exporters = {e.id: e for e in manager.exporters()}
    if args.format in ("liste", "list"):
        for e in exporters.values():
            print(f"{e.id:16} {e.title} ({', '.join(e.extensions)})")
        return 0
    exp = exporters.get(args.format)
    if exp is None:
        problems = "; ".join(p.message for p in manager.problems)
        known = ", ".join(exporters) or _("ingen")
        return fail(
            _("Eksportformatet «{format}» er ikke tilgjengelig (finnes: {known})").format(
                format=args.format, known=known
            )
            + (f"; {problems}" if problems else ""),
            1,
        )
    if not args.out:
        return fail(_("Oppgi filen som skal skrives med -o/--out"), 1)
    path = Path(args.file)
    try:
        project = load(path)
    except ProjectFileError as exc:
        return fail(str(exc), 1)
    try:
        scenario = (
            project.scenario(args.scenario) if args.scenario else next(iter(project.scenarios.values()))
        )
    except StopIteration:
        return fail(_("«{file}» har ingen alternativer").format(file=path.name), 1)
    except ModelError as exc:
        return fail(str(exc), 1)
    options: dict[str, Any] = {
        "pseudonymise": args.pseudonymise,
        "paper": args.paper,
        "orientation": args.orientation,
        "tile": args.tile,
    }
    if args.unit:
        unit_id = _find_unit(scenario, args.unit)
        if unit_id is None:
            return fail(
                _("Fant ikke enheten «{unit}» i alternativet «{scenario}»").format(
                    unit=args.unit, scenario=scenario.name
                ),
                1,
            )
        options["unit_id"] = unit_id
    if args.kommune:
        found = [
            s.id
            for s in project.sources.values()
            if args.kommune.casefold() in (s.id.casefold(), s.name.casefold())
        ]
        if not found:
            return fail(_("Fant ikke kommunen «{kommune}»").format(kommune=args.kommune), 1)
        options["source_id"] = found[0]
    if args.status:
        from ..model import PlacementStatus

        not_placed = {"ikke plassert", _("ikke plassert").casefold()}
        by_label = {_(PlacementStatus.LABELS[s]).casefold(): s for s in PlacementStatus.ALL}
        wanted = [
            "" if s.strip().casefold() in not_placed else by_label.get(s.strip().casefold(), s.strip())
            for s in args.status
        ]
        bad = [s for s in wanted if s and s not in PlacementStatus.ALL]
        if bad:
            return fail(
                _("Ukjent status «{status}» (bruk {statuses} eller «{not_placed}»)").format(
                    status=bad[0],
                    statuses=", ".join(_(PlacementStatus.LABELS[s]) for s in PlacementStatus.ALL),
                    not_placed=_("ikke plassert"),
                ),
                1,
            )
        options["statuses"] = wanted
    if args.pseudonymise and args.save_key:
        op = ensure_key_op(project)
        if op is not None:
            op.apply(project)
            save(project, path)
            print(_("Ny nøkkel for pseudonymer er lagret i {path}").format(path=path), flush=True)
    elif args.pseudonymise and not pseudonym_key(project):
        print(
            _(
                "Merk: prosjektet har ingen fast nøkkel for pseudonymer, så pseudonymene blir andre neste "
                "gang. Bruk --lagre-nøkkel for å lagre en."
            ),
            flush=True,
        )
    out = Path(args.out)
    ctx = make_context(project, scenario, manager, options)
    try:
        result = run_export(exp, ctx, out)
    except Exception as exc:  # ExportError and anything a plugin raises: a message, no traceback
        return fail(str(exc) or type(exc).__name__, 1)
    pages = " (" + count_text("{n} side", "{n} sider", result) + ")" if isinstance(result, int) else ""
    print(
        _("Skrev {what} for «{scenario}» til {path}").format(what=exp.title, scenario=scenario.name, path=out)
        + pages
    )
    return 0


def _find_unit(scenario: Any, ref: str) -> str | None:
    if ref in scenario.units:
        return ref
    hits = [u.id for u in scenario.units.values() if u.name.casefold() == ref.strip().casefold()]
    return hits[0] if len(hits) == 1 else None
