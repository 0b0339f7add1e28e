"""``orgdesigner info FILE.orgd [--json]``: units, persons, positions and FTE.

Per source kommune: its as-is units and the positions whose ``source_id`` is
it. Per scenario: its units and the positions placed in one of its units.
Persons are the distinct ``person_id`` among those positions (vacant positions
count as positions, not persons); FTE (årsverk) is Σ stillingsprosent / 100.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from typing import Any

from .. import formatting
from ..i18n import _, count_text
from ..model import Position, Project
from ..storage import ProjectFileError, load
from . import fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "info",
        help=_("vis enheter, ansatte, stillinger og årsverk per kommune og alternativ"),
        description=_("Viser enheter, ansatte, stillinger og årsverk per kommune og per alternativ."),
    )
    p.add_argument("file", metavar=_("FIL.orgd"), help=_("prosjektfilen"))
    p.add_argument("--json", action="store_true", help=_("skriv ett JSON-objekt i stedet for en tabell"))
    p.set_defaults(func=run)


def _figures(ident: str, name: str, units: int, positions: Iterable[Position]) -> dict[str, Any]:
    pos = list(positions)
    persons = {p.person_id for p in pos if p.person_id}
    fte = sum(p.fte_percent for p in pos) / 100
    return {
        "id": ident,
        "name": name,
        "units": units,
        "persons": len(persons),
        "positions": len(pos),
        "fte": round(fte, 2),
    }


def summary(project: Project) -> dict[str, Any]:
    """The figures ``info`` prints, as a JSON-friendly dict (without ``file``)."""
    by_source: dict[str, list[Position]] = {s: [] for s in project.sources}
    for pos in project.positions.values():
        if pos.source_id in by_source:
            by_source[pos.source_id].append(pos)
    sources = [_figures(s.id, s.name, len(s.units), by_source[s.id]) for s in project.sources.values()]
    scenarios = []
    for sc in project.scenarios.values():
        placed = [
            project.positions[pl.position_id]
            for pl in sc.placements.values()
            if pl.unit_id is not None and pl.unit_id in sc.units and pl.position_id in project.positions
        ]
        row = _figures(sc.id, sc.name, len(sc.units), placed)
        row["unplaced"] = len(project.positions) - len(placed)
        scenarios.append(row)
    from_sources = [p for group in by_source.values() for p in group]
    total = _figures("", _("Sum"), sum(r["units"] for r in sources), from_sources)
    return {
        "project": project.name,
        "sources": sources,
        "scenarios": scenarios,
        "total": total,
        "positions_without_source": len(project.positions) - len(from_sources),
    }


def _num(value: float, decimals: int = 0) -> str:
    """12 345,5 in bokmål and nynorsk, 12,345.5 in English (orgdesigner.formatting)."""
    return formatting.number(value, decimals)


def _table(title: str, rows: list[dict[str, Any]], extra: bool = False) -> list[str]:
    heads = [title, _("Enheter"), _("Ansatte"), _("Stillinger"), _("Årsverk")] + (
        [_("Ikke plassert")] if extra else []
    )
    body = [
        [r["name"], _num(r["units"]), _num(r["persons"]), _num(r["positions"]), _num(r["fte"], 1)]
        + ([_num(r["unplaced"])] if extra else [])
        for r in rows
    ]
    widths = [max(len(str(c)) for c in col) for col in zip(heads, *body, strict=False)]
    fmt = [f"{{:<{widths[0]}}}"] + [f"{{:>{w}}}" for w in widths[1:]]

    def line(cells: list[str]) -> str:
        return "  ".join(f.format(c) for f, c in zip(fmt, cells, strict=True)).rstrip()

    out = [line(heads), line(["-" * w for w in widths])]
    out += [line(r) for r in body]
    return out


def render(file: str, data: dict[str, Any]) -> str:
    lines = [_("Prosjekt: {name}").format(name=data["project"]), _("Fil: {path}").format(path=file), ""]
    rows = list(data["sources"])
    if len(rows) > 1:
        rows.append(data["total"])
    if data["sources"]:
        lines += _table(_("Kommune (som er)"), rows)
    else:
        lines.append(_("Ingen kommuner er importert."))
    extra = data.get("positions_without_source", 0)
    if extra:
        lines.append(
            count_text(
                "I tillegg: {n} stilling opprettet i alternativene (uten kommune).",
                "I tillegg: {n} stillinger opprettet i alternativene (uten kommune).",
                extra,
            )
        )
    lines.append("")
    if data["scenarios"]:
        lines += _table(_("Alternativ (skal bli)"), data["scenarios"], extra=True)
    else:
        lines.append(_("Ingen alternativer."))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        project = load(args.file)
    except ProjectFileError as exc:
        return fail(str(exc), 1)
    data = summary(project)
    text = (
        json.dumps({"file": args.file, **data}, ensure_ascii=False, indent=2)
        if args.json
        else render(args.file, data)
    )
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into head: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
