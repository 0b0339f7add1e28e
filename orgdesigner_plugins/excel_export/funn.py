"""Funn: the findings report of the principle validators for one scenario.

The validators come from the plugin manager (every enabled validator plugin,
built-in or a kommune's own); a caller may pass them as ``validators=[...]``
or a manager as ``plugin_manager=``. A validator that raises is listed as such
and the others go on. Sheets: the cover, "Oppsummering" (findings per
validator and severity) and "Funn" (one row per finding, errors first).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from orgdesigner.api import (
    N_,
    PRINCIPLE,
    Finding,
    Project,
    Scenario,
    Severity,
    Validator,
    _,
    count_text,
    formatting,
    is_enabled,
    run_all,
)

from .common import Column, ListWriter, Styled, resolve_scenario
from .paths import PathCache
from .pseudonym import Pseudonyms

TITLE = N_("Funn – kontroll av prinsipper")
SEVERITY_NAMES = {Severity.ERROR: N_("Feil"), Severity.WARNING: N_("Advarsel"), Severity.INFO: N_("Info")}
LIST_MAX = 10  # names per cell; a finding about 200 positions stays readable

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def load_validators(options: dict[str, Any]) -> list[Validator]:
    """Validators from ``options`` or else from a fresh plugin manager."""
    if options.get("validators") is not None:
        return list(options["validators"])
    manager = options.get("plugin_manager")
    if manager is None:
        from orgdesigner.plugins import create_manager

        manager = create_manager()
    return list(manager.validators())


def run_validators(
    project: Project, sc: Scenario, validators: Iterable[Validator]
) -> tuple[list[tuple[Validator, Finding]], list[tuple[Validator, str]]]:
    """(validator, finding) pairs, and (validator, error text) for validators that raised.

    Runs through the one validator runner (:func:`orgdesigner.analysis.validation.run_all`):
    each rule's ``<id>.enabled``, site defaults and severity setting count as in the app.
    """
    validators = list(validators)
    runner = run_all(project, sc, validators, report=lambda v, exc: None)
    by_id = {v.id: v for v in validators}
    found = [(by_id[f.validator], f) for f in runner.findings() if f.validator in by_id]
    broken = [(v, runner.broken[v.id]) for v in validators if v.id in runner.broken]
    found.sort(key=lambda vf: (category(vf[0]) != PRINCIPLE, _RANK.get(vf[1].severity, 3), vf[0].title))
    return found, broken


def category(v: Validator) -> str:
    return PRINCIPLE if getattr(v, "category", "") == PRINCIPLE else "housekeeping"


CATEGORY_NAMES = {PRINCIPLE: N_("Prinsipp"), "housekeeping": N_("Orden")}


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    sc = resolve_scenario(project, scenario)
    pseudo = bool(options.get("pseudonymise"))
    names = Pseudonyms(project) if pseudo else None
    paths = PathCache(project, sc)
    validators = load_validators(options)
    found, broken = run_validators(project, sc, validators)

    def who(pid: str) -> str:
        pos = project.positions.get(pid)
        if pos is None:
            return pid
        person = project.persons.get(pos.person_id or "")
        if names is not None:
            label = names.name(person.id if person else None)
        else:
            label = person.name if person else _("Vakant")
        return f"{label} ({pos.title})" if pos.title else label

    sum_cols = [
        Column(N_("Kontroll"), "text", 40),
        Column(N_("Type"), "text", 10),
        Column(N_("ID"), "text", 22),
        Column(N_("Feil"), "int", 9),
        Column(N_("Advarsler"), "int", 11),
        Column(N_("Info"), "int", 9),
        Column(N_("Status"), "text", 40),
    ]

    def sum_rows():
        totals = [0, 0, 0]
        for v in validators:
            mine = [f for vv, f in found if vv is v]
            counts = [
                sum(1 for f in mine if f.severity == s)
                for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            ]
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            err = next((e for vv, e in broken if vv is v), "")
            if err:
                status = _("Kontrollen feilet: {error}").format(error=err)
            else:
                status = _("Kjørt") if is_enabled(project, v) else _("Slått av")
            yield [v.title, _(CATEGORY_NAMES[category(v)]), v.id, *counts, status]
        yield [
            Styled(_("Totalt"), "grand"),
            Styled("", "grand"),
            Styled("", "grand"),
            *(Styled(t, "grand") for t in totals),
            Styled("", "grand"),
        ]

    cols = [
        Column(N_("Type"), "text", 10),
        Column(N_("Alvorlighet"), "text", 12),
        Column(N_("Kontroll"), "text", 36),
        Column(N_("Melding"), "wrap", 70),
        Column(N_("Enheter"), "wrap", 50),
        Column(N_("Stillinger"), "wrap", 50),
    ]

    def rows():
        for v, f in found:
            msg = names.scrub(f.message) if names is not None else f.message
            units = _some([paths.scenario_path(u) or u for u in f.unit_ids[: LIST_MAX + 1]], len(f.unit_ids))
            yield [
                _(CATEGORY_NAMES[category(v)]),
                _(SEVERITY_NAMES[f.severity]) if f.severity in SEVERITY_NAMES else f.severity,
                v.title,
                msg,
                units,
                _some([who(p) for p in f.position_ids[: LIST_MAX + 1]], len(f.position_ids)),
            ]

    out = ListWriter(project, sc, f"{_(TITLE)} – {sc.name}", path)
    out.sheet(N_("Oppsummering"), sum_cols, sum_rows())
    out.sheet(N_("Funn"), cols, rows())
    principles = sum(1 for v, _f in found if category(v) == PRINCIPLE)
    notes = [
        count_text("{n} kontroll kjørt", "{n} kontroller kjørt", len(validators))
        + ", "
        + count_text("{n} funn", "{n} funn", len(found))
        + ", "
        + _(
            "{principles} av dem brudd på prinsipper (først i lista; «{housekeeping}» er notater om det som gjenstår)."
        ).format(principles=formatting.number(principles), housekeeping=_(CATEGORY_NAMES["housekeeping"]))
    ]
    if not validators:
        notes = [_("Ingen kontroller er tilgjengelige: ingen programtillegg med kontroller er slått på.")]
    if broken:
        notes.append(
            count_text(
                "{n} kontroll feilet og er ikke med: {names}",
                "{n} kontroller feilet og er ikke med: {names}",
                len(broken),
                names=", ".join(v.title for v, _err in broken),
            )
        )
    out.cover((), notes, pseudonymised=pseudo)
    return out.save()


def _some(labels: list[str], total: int) -> str:
    """At most LIST_MAX labels, then how many more."""
    if total <= LIST_MAX:
        return "; ".join(labels)
    return (
        "; ".join(labels[:LIST_MAX]) + " " + _("… og {n} til").format(n=formatting.number(total - LIST_MAX))
    )
