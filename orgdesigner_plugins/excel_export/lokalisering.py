"""Lokalisering: the relocation impact of a scenario.

Sheets: the cover, "Per enhet" (placed and relocated positions per new unit),
"Fra-til" (old work place → new work place), "Per kommune" (jobs on each old
kommune's territory before and after) and "Bytter arbeidssted" (one row per
relocated position). Options: ``pseudonymise`` (names in the last sheet).
"""

from __future__ import annotations

import os
from typing import Any

from orgdesigner.api import N_, Project, _, count_text
from orgdesigner.api import relocation as rl

from .common import Column, ListWriter, Styled, resolve_scenario
from .paths import PathCache
from .pseudonym import names_for, pseudonym_note

TITLE = N_("Lokalisering – konsekvenser")


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    sc = resolve_scenario(project, scenario)
    pseudo = bool(options.get("pseudonymise"))
    names = names_for(project, options)
    paths = PathCache(project, sc)
    out = ListWriter(project, sc, f"{_(TITLE)} – {sc.name}", path)

    unit_cols = [
        Column(N_("Enhet"), "wrap", 24),
        Column(N_("Enhet (sti)"), "wrap", 36),
        Column(N_("Lokasjon"), "wrap", 20),
        Column(N_("Innplassert"), "int", 12),
        Column(N_("Bytter arbeidssted"), "int", 12),
        Column(N_("Andel som bytter"), "pct", 12),
        Column(N_("Årsverk innplassert"), "fte", 12),
        Column(N_("Årsverk som bytter"), "fte", 12),
    ]

    def unit_rows():
        tot = rl.UnitImpact("")
        for r in rl.per_unit(project, sc):
            u = sc.units[r.unit_id]
            share = r.relocated / r.placed if r.placed else None
            tot.placed += r.placed
            tot.relocated += r.relocated
            tot.fte_placed += r.fte_placed
            tot.fte_relocated += r.fte_relocated
            place = rl.place_name(project, u.location_id) if u.location_id else ""
            yield [
                u.name,
                paths.scenario_path(u.id),
                place,
                r.placed,
                r.relocated,
                share,
                r.fte_placed,
                r.fte_relocated,
            ]
        share = tot.relocated / tot.placed if tot.placed else None
        yield [
            Styled(v, "grand")
            for v in (
                _("Totalt"),
                "",
                "",
                tot.placed,
                tot.relocated,
                share,
                tot.fte_placed,
                tot.fte_relocated,
            )
        ]

    out.sheet(N_("Per enhet"), unit_cols, unit_rows())

    pair_cols = [
        Column(N_("Gammelt arbeidssted"), "text", 26),
        Column(N_("Nytt arbeidssted"), "text", 26),
        Column(N_("Bytter"), "text", 9),
        Column(N_("Stillinger"), "int", 11),
        Column(N_("Årsverk"), "fte", 11),
    ]
    out.sheet(
        N_("Fra-til"),
        pair_cols,
        (
            [
                rl.place_name(project, p.old_place),
                rl.place_name(project, p.new_place),
                _("Ja") if p.relocated else _("Nei"),
                p.positions,
                p.fte,
            ]
            for p in rl.place_table(project, sc)
        ),
    )

    terr_cols = [
        Column(N_("Område (gammel kommune)"), "text", 26),
        Column(N_("Stillinger før"), "int", 12),
        Column(N_("Stillinger etter"), "int", 12),
        Column(N_("Endring"), "int", 10),
        Column(N_("Årsverk før"), "fte", 12),
        Column(N_("Årsverk etter"), "fte", 12),
        Column(N_("Endring årsverk"), "fte", 12),
    ]

    def terr_rows():
        tb = ta = 0
        fb = fa = 0.0
        for r in rl.territories(project, sc):
            tb += r.positions_before
            ta += r.positions_after
            fb += r.fte_before
            fa += r.fte_after
            yield [
                rl.territory_name(project, r.territory),
                r.positions_before,
                r.positions_after,
                r.change,
                r.fte_before,
                r.fte_after,
                r.fte_change,
            ]
        yield [Styled(v, "grand") for v in (_("Totalt"), tb, ta, ta - tb, fb, fa, fa - fb)]

    out.sheet(N_("Per kommune"), terr_cols, terr_rows())

    move_cols = [
        Column(N_("Navn"), "wrap", 22),
        Column(N_("Stillingstittel"), "wrap", 18),
        Column(N_("Gammel kommune"), "wrap", 12),
        Column(N_("Ny enhet (sti)"), "wrap", 34),
        Column(N_("Gammelt arbeidssted"), "wrap", 18),
        Column(N_("Nytt arbeidssted"), "wrap", 18),
        Column(N_("Årsverk"), "fte", 10),
    ]

    def move_rows():
        moves = rl.relocated(project, sc)
        if names is None:
            for m in moves:
                yield move_row(m)
            return
        # pseudonymised: per unit, sorted by pseudonym; a unit with few people only as a count
        by_unit: dict[str, list] = {}
        for m in moves:
            by_unit.setdefault(m.unit_id, []).append(m)
        for uid in sorted(by_unit, key=paths.scenario_path):
            ms = by_unit[uid]
            people = {project.positions[m.position_id].person_id for m in ms} - {None}
            if len(people) < names.min_group:
                fte = sum(m.fte for m in ms)
                yield [
                    Styled(
                        _("Færre enn {least} personer – bare antall").format(least=names.min_group), "total"
                    ),
                    Styled(count_text("{n} stilling", "{n} stillinger", len(ms)), "total"),
                    Styled("", "total"),
                    Styled(paths.scenario_path(uid), "total"),
                    Styled("", "total"),
                    Styled("", "total"),
                    Styled(fte, "total"),
                ]
                continue
            rows = [move_row(m) for m in ms]
            yield from sorted(rows, key=lambda r: r[0])

    def move_row(m):
        pos = project.positions[m.position_id]
        person = project.persons.get(pos.person_id or "")
        if names is not None:
            who = names.name(person.id if person else None)
        else:
            who = person.name if person else _("Vakant")
        return [
            who,
            pos.title,
            paths.source_name(pos.source_id),
            paths.scenario_path(m.unit_id),
            rl.place_name(project, m.old_place),
            rl.place_name(project, m.new_place),
            m.fte,
        ]

    out.sheet(N_("Bytter arbeidssted"), move_cols, move_rows())
    notes = [
        _("Nytt arbeidssted er arbeidsstedet satt på innplasseringen, ellers enhetens lokasjon."),
        _(
            "Før: området der det gamle arbeidsstedet ligger (ellers den gamle kommunen). "
            "Etter: området der det nye arbeidsstedet ligger."
        ),
    ]
    if names is not None:
        notes.append(pseudonym_note(names))
    out.cover((), notes, pseudonymised=pseudo)
    return out.save()
