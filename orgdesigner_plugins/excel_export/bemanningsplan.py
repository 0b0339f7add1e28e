"""Bemanningsplan: FTE per new unit × stillingskode/title, with subtotals per
service area and a total.

A unit's *service area* is its ancestor directly below the root (or the unit
itself when it sits there); positions placed in the root unit form their own
group. Sheets: the cover, "Bemanningsplan" (unit rows in chart order with a
"Sum" row after each service area and "Totalt" last) and "Per stillingskode".
Every unit of the alternative is listed, empty ones too, and vacant positions
are counted. Salary cost columns are left out of the pseudonymised version. Options:
``pseudonymise``, ``unit_id`` (only this unit and its subtree).
"""

from __future__ import annotations

import os
from collections import defaultdict
from typing import Any

from orgdesigner.api import N_, Project, Scenario, _
from orgdesigner.api import placement as pa

from .common import Column, ExportError, ListWriter, Styled, resolve_scenario
from .paths import PathCache

TITLE = N_("Bemanningsplan")


class _Cell:
    __slots__ = ("count", "vacant", "fte", "cost")

    def __init__(self) -> None:
        self.count = 0
        self.vacant = 0
        self.fte = 0.0
        self.cost = 0.0

    def add(self, fte: float, cost: float, vacant: bool = False) -> None:
        self.count += 1
        self.vacant += int(vacant)
        self.fte += fte
        self.cost += cost

    def merge(self, other: _Cell) -> None:
        self.count += other.count
        self.vacant += other.vacant
        self.fte += other.fte
        self.cost += other.cost


def service_area(sc: Scenario, unit_id: str) -> str:
    """The ancestor directly below the root (the unit itself at depth ≤ 1)."""
    chain = [unit_id, *sc.ancestors(unit_id)]
    return chain[-2] if len(chain) >= 2 else chain[-1]


def tally(
    project: Project, sc: Scenario, within: set[str] | None = None
) -> dict[str, dict[tuple[str, str], _Cell]]:
    """unit id → (code, title) → count, FTE and salary cost of positions placed there."""
    out: dict[str, dict[tuple[str, str], _Cell]] = defaultdict(dict)
    for pid, pos in project.positions.items():
        at = pa.placed_unit(sc, pid)
        if at is None or (within is not None and at not in within):
            continue
        fte = pos.fte_percent / 100.0
        # salary is the annual salary at 100 %; the cost of the position follows its share
        key = (pos.code, pos.title)
        cell = out[at].get(key)
        if cell is None:
            cell = out[at][key] = _Cell()
        cell.add(fte, pos.salary * fte, vacant=not pos.person_id)
    return out


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    sc = resolve_scenario(project, scenario)
    pseudo = bool(options.get("pseudonymise"))
    unit_id = options.get("unit_id") or ""
    if unit_id and unit_id not in sc.units:
        raise ExportError(_("Ukjent enhet i alternativet: {unit}").format(unit=unit_id))
    within = {unit_id, *sc.descendants(unit_id)} if unit_id else None
    paths = PathCache(project, sc)
    data = tally(project, sc, within)

    cols = [
        Column(N_("Tjenesteområde"), "wrap", 22),
        Column(N_("Enhet"), "wrap", 26),
        Column(N_("Stillingskode"), "text", 11),
        Column(N_("Stillingstittel"), "wrap", 24),
        Column(N_("Stillinger"), "int", 10),
        Column(N_("Vakante"), "int", 9),
        Column(N_("Årsverk"), "fte", 10),
    ]
    if not pseudo:
        cols.append(Column(N_("Lønnskostnad"), "money", 14))
    paper = len(cols)
    cols.append(Column(N_("Enhet (sti)"), "text", 50))

    def figures(cell: _Cell, style: str | None = None) -> list[Any]:
        vals: list[Any] = [cell.count, cell.vacant, cell.fte] + ([] if pseudo else [round(cell.cost)])
        return [Styled(v, style) for v in vals] if style else vals

    def line(area: str, uid: str, key: tuple[str, str], cell: _Cell) -> list[Any]:
        row = [paths.scenario_name(area), sc.units[uid].name, key[0], key[1], *figures(cell)]
        return [*row, paths.scenario_path(uid)]

    def empty(area: str, uid: str) -> list[Any]:
        row = [paths.scenario_name(area), sc.units[uid].name, "", _("Ingen stillinger innplassert")]
        return [*row, *figures(_Cell()), paths.scenario_path(uid)]

    def total(label: str, cell: _Cell, style: str, unit: str = "") -> list[Any]:
        row: list[Any] = [Styled(label if not unit else "", style), Styled(unit, style)]
        row += [Styled("", style), Styled("", style), *figures(cell, style), Styled("", style)]
        return row

    def rows():
        grand = _Cell()
        order = [u for u, _depth in sc.walk() if within is None or u in within]
        groups: dict[str, list[str]] = {}
        for uid in order:
            groups.setdefault(service_area(sc, uid), []).append(uid)
        for area, units in groups.items():
            sub = _Cell()
            for uid in units:
                keys = sorted(data.get(uid, {}))
                if not keys:  # every unit of the alternative is listed, empty ones too
                    yield empty(area, uid)
                    continue
                unit_sum = _Cell()
                for key in keys:
                    cell = data[uid][key]
                    unit_sum.merge(cell)
                    yield line(area, uid, key, cell)
                if len(keys) > 1:
                    yield total("", unit_sum, "total", unit=_("Sum {group}").format(group=sc.units[uid].name))
                sub.merge(unit_sum)
            yield total(_("Sum {group}").format(group=sc.units[area].name), sub, "grand")
            grand.merge(sub)
        yield total(_("Totalt"), grand, "grand")

    out = ListWriter(project, sc, f"{_(TITLE)} – {sc.name}", path)
    out.sheet(N_("Bemanningsplan"), cols, rows(), print_columns=paper)

    by_code: dict[tuple[str, str], _Cell] = defaultdict(_Cell)
    for per_unit in data.values():
        for key, cell in per_unit.items():
            by_code[key].merge(cell)
    code_cols = [
        Column(N_("Stillingskode"), "text", 12),
        Column(N_("Stillingstittel"), "text", 30),
        Column(N_("Stillinger"), "int", 11),
        Column(N_("Vakante"), "int", 9),
        Column(N_("Årsverk"), "fte", 11),
    ]
    if not pseudo:
        code_cols.append(Column(N_("Lønnskostnad"), "money", 15))

    def code_rows():
        grand = _Cell()
        for key in sorted(by_code):
            cell = by_code[key]
            grand.merge(cell)
            yield [key[0], key[1], *figures(cell)]
        yield [Styled(_("Totalt"), "grand"), Styled("", "grand"), *figures(grand, "grand")]

    out.sheet(N_("Per stillingskode"), code_cols, code_rows())
    filters = [(N_("Enhet med underenheter"), paths.scenario_path(unit_id))] if unit_id else []
    notes = [
        _(
            "Alle enheter i alternativet er med, også de uten innplasserte stillinger. "
            "Bare innplasserte stillinger telles; vakante stillinger er med (kolonnen Vakante). "
            "Årsverk = stillingsprosent / 100. Sortert som i organisasjonskartet, med sum per enhet "
            "og per tjenesteområde."
        )
    ]
    if not pseudo:
        notes.append(_("Lønnskostnad = årslønn × stillingsandel."))
    out.cover(filters, notes, pseudonymised=pseudo)
    return out.save()
