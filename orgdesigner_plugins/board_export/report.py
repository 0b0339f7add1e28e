"""Sammenligningsrapport: alternatives side by side, as PDF, Excel or PowerPoint.

``write(project, scenario, path, scenarios=[…], validators=[…])``: the format
follows the extension of ``path``. ``scenarios`` are ids or names (at least
one; default: ``scenario`` first, then the project's other alternatives).
Breaches are counted with ``validators`` (or those of ``plugin_manager``, or of
``context.validators``). The tables here are shared by the three writers.
"""

from __future__ import annotations

import os
from typing import Any

from orgdesigner.api import ComparisonReport, Project, _, build_report

from .files import BoardExportError, check_target
from .numbers import decimal, millions, whole

EXTENSIONS = (".pdf", ".xlsx", ".pptx")
SECTION_LIMIT = 25  # sentences per kind of change in the PDF and the deck (Excel has them all)


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    target = check_target(path, EXTENSIONS)
    ids = _scenario_ids(project, scenario, options.get("scenarios"))
    validators = _validators(options)
    try:
        data = build_report(project, ids, validators, report=options.get("report_failure"))
    except ValueError as exc:
        raise BoardExportError(str(exc)) from exc
    ext = target.suffix.lower()
    if ext == ".pdf":
        from .report_pdf import write_pdf

        return write_pdf(project, data, target)
    if ext == ".xlsx":
        from .report_xlsx import write_xlsx

        return write_xlsx(project, data, target)
    from .report_pptx import write_pptx

    return write_pptx(project, data, target)


def _scenario_ids(project: Project, scenario: Any, wanted: Any) -> list[str]:
    out: list[str] = []
    for ref in list(wanted or []):
        try:
            sc = project.scenario(str(ref))
        except ValueError as exc:
            raise BoardExportError(str(exc)) from exc
        if sc.id not in out:
            out.append(sc.id)
    if not out:
        first = getattr(scenario, "id", scenario)
        if first:
            try:
                out.append(project.scenario(str(first)).id)
            except ValueError as exc:
                raise BoardExportError(str(exc)) from exc
        out += [s for s in project.scenarios if s not in out]
    if not out:
        raise BoardExportError(_("Prosjektet har ingen alternativer å sammenligne"))
    return out


def _validators(options: dict[str, Any]) -> list[Any]:
    if options.get("validators") is not None:
        return list(options["validators"])
    context = options.get("context")
    if context is not None and getattr(context, "validators", None) is not None:
        return list(context.validators)
    manager = options.get("plugin_manager")
    if manager is not None:
        return list(manager.validators())
    return []


# -- tables shared by the writers --------------------------------------------
def figure_rows(r: ComparisonReport) -> list[list[str]]:
    """Key figures: a header row with the alternatives, then one row per figure."""
    alts = r.alternatives
    rows = [[_("Nøkkeltall"), *(a.name for a in alts)]]

    def add(label: str, values: list[str]) -> None:
        rows.append([label, *values])

    add(_("Enheter"), [whole(a.units) for a in alts])
    add(_("Nivåer"), [whole(a.levels) for a in alts])
    add(_("Enheter per nivå"), [" / ".join(whole(n) for n in a.units_per_level) for a in alts])
    add(_("Ledere"), [whole(a.leaders) for a in alts])
    add(_("Kontrollspenn, snitt"), [decimal(a.span_mean, 1) for a in alts])
    add(_("Kontrollspenn, største"), [whole(a.span_max) for a in alts])
    add(_("Stillinger"), [whole(a.positions) for a in alts])
    add(_("Innplasserte stillinger"), [whole(a.positions_placed) for a in alts])
    add(_("Stillinger som gjenstår å plassere"), [whole(a.positions_to_place) for a in alts])
    add(_("Årsverk"), [decimal(a.fte, 1) for a in alts])
    add(_("Årsverk innplassert"), [decimal(a.fte_placed, 1) for a in alts])
    add(_("Lønnskostnad innplassert"), [millions(a.cost_placed) for a in alts])
    add(_("Stillinger som bytter arbeidssted"), [whole(a.relocated) for a in alts])
    return rows


def span_rows(r: ComparisonReport) -> list[list[str]]:
    alts = r.alternatives
    rows = [[_("Ledere med kontrollspenn"), *(a.name for a in alts)]]
    labels = [label for label, _n in alts[0].span_buckets] if alts else []
    for i, label in enumerate(labels):
        rows.append([label, *(whole(a.span_buckets[i][1]) for a in alts)])
    return rows


def area_rows(r: ComparisonReport) -> list[list[str]]:
    """Årsverk and cost per service area; areas of all alternatives, by name."""
    alts = r.alternatives
    names: list[str] = []
    for a in alts:
        names += [x.name for x in a.areas if x.name not in names]
    rows = [[_("Område"), *(f"{a.name}: {what}" for a in alts for what in (_("årsverk"), _("kostnad")))]]
    for name in names:
        row = [name]
        for a in alts:
            hit = next((x for x in a.areas if x.name == name), None)
            row += [decimal(hit.fte, 1), millions(hit.cost)] if hit else ["–", "–"]
        rows.append(row)
    return rows


def breach_rows(r: ComparisonReport) -> list[list[str]]:
    rows = [[_("Prinsipp (kontroll)"), *(a.name for a in r.alternatives)]]
    for rule, counts in r.breach_rows():
        rows.append([rule, *(whole(n) for n in counts)])
    if len(rows) == 1:
        rows.append([_("Ingen kontroller var tilgjengelige"), *("–" for _alt in r.alternatives)])
    return rows


def change_blocks(
    r: ComparisonReport, limit: int | None = SECTION_LIMIT
) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """Per comparison: heading and (section title with count, sentences) — capped at ``limit``
    per section with an «… og N til» line carrying the true remainder."""
    out = []
    for c in r.comparisons:
        sections = []
        for title, lines in c.sections:
            total = c.positions_moved if title == "Stillinger i en annen enhet" else len(lines)
            shown = lines if limit is None else lines[:limit]
            if limit is not None and len(lines) > limit:
                shown = [*shown, _("… og {n} til").format(n=whole(len(lines) - limit))]
            sections.append((f"{_(title)} ({whole(total)})", shown))
        if not sections:
            sections.append((_("Ingen forskjeller i strukturen"), []))
        out.append(
            (
                _("Fra «{a}» til «{b}»").format(a=c.a_name, b=c.b_name),
                [("", [c.matching]), *sections],
            )
        )
    return out
