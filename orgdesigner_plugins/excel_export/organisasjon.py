"""The organisation structure of a scenario as a table that imports back unchanged
through the structure-table import (``orgdesigner import-org``).

One row per unit in chart order (a parent always comes before its children).
Sheets: the cover and "Organisasjon". Options: ``pseudonymise`` (leader names),
``unit_id`` (only this unit and its subtree; the unit becomes a root).
"""

from __future__ import annotations

import os
from typing import Any

from orgdesigner.api import N_, Project, _, role_label, unit_type_label
from orgdesigner.api import placement as pa

from .common import Column, ExportError, ListWriter, resolve_scenario
from .paths import PathCache
from .pseudonym import names_for

TITLE = N_("Organisasjonsstruktur")

#: column headers. The structure import (orgdesigner_plugins.staff_import.structure) reads Enhet,
#: Overordnet enhet, Enhetstype, Ansvar and — so equal names cannot be confused — the
#: two id columns; no other header here may be one of its synonyms (e.g. "Nivå"). Written in the
#: export's language: the import knows their nn and en translations too, and the type names.
#: The first PAPER_COLUMNS are what a reader needs on paper (the print area); the rest
#: stay in the sheet.
HEADERS = (
    N_("Enhet"),
    N_("Overordnet enhet"),
    N_("Enhetstype"),
    N_("Nivå i treet"),
    N_("Leder"),
    N_("Lokasjon"),
    N_("Stillinger"),
    N_("Årsverk"),
    N_("Enhets-ID"),
    N_("Overordnet ID"),
    N_("Sti"),
    N_("Ansvar"),
    N_("KOSTRA"),
    N_("Målgruppe"),
    N_("Rolle"),
)
PAPER_COLUMNS = 8


def write(project: Project, scenario: Any, path: str | os.PathLike[str], **options: Any):
    sc = resolve_scenario(project, scenario)
    pseudo = bool(options.get("pseudonymise"))
    names = names_for(project, options)
    root = options.get("unit_id") or ""
    if root and root not in sc.units:
        raise ExportError(_("Ukjent enhet i alternativet: {unit}").format(unit=root))
    paths = PathCache(project, sc)
    counts: dict[str, tuple[int, float]] = {}
    for pid, pos in project.positions.items():
        at = pa.placed_unit(sc, pid)
        if at is not None:
            n, fte = counts.get(at, (0, 0.0))
            counts[at] = (n + 1, fte + pos.fte_percent / 100.0)
    widths = {
        "Enhet": 28,
        "Overordnet enhet": 28,
        "Enhetstype": 14,
        "Enhets-ID": 18,
        "Overordnet ID": 18,
    }
    widths.update({"Nivå i treet": 7, "Sti": 60, "Leder": 24, "KOSTRA": 14, "Lokasjon": 20, "Målgruppe": 16})
    kinds = {"Nivå i treet": "int", "Stillinger": "int", "Årsverk": "fte"}
    kinds.update({"Enhet": "wrap", "Overordnet enhet": "wrap", "Leder": "wrap", "Lokasjon": "wrap"})
    cols = [Column(h, kinds.get(h, "text"), widths.get(h, 12)) for h in HEADERS]

    if root:
        order = [(root, 0)] + [(u, sc.depth(u) - sc.depth(root)) for u in sc.descendants(root)]
    else:
        order = list(sc.walk())

    def leader(unit_id: str) -> str:
        pid = sc.units[unit_id].leader_position_id
        pos = project.positions.get(pid or "")
        if pos is None:
            return ""
        person = project.persons.get(pos.person_id or "")
        if names is not None:
            return names.name(person.id if person else None)
        return person.name if person else _("Vakant")

    def rows():
        for uid, depth in order:
            u = sc.units[uid]
            parent = u.parent_id if (u.parent_id in sc.units and uid != root) else None
            loc = project.locations.get(u.location_id or "")
            n, fte = counts.get(uid, (0, 0.0))
            values = {
                "Enhet": u.name,
                "Overordnet enhet": sc.units[parent].name if parent else "",
                "Enhetstype": unit_type_label(u.type),
                "Enhets-ID": u.id,
                "Overordnet ID": parent or "",
                "Nivå i treet": depth + 1,
                "Sti": paths.scenario_path(uid) if not root else _relative_path(sc, root, uid),
                "Leder": leader(uid),
                "Ansvar": u.cost_centre,
                "KOSTRA": ", ".join(u.kostra),
                "Lokasjon": loc.name if loc else "",
                "Målgruppe": u.target_group,
                "Rolle": role_label(u.role),
                "Stillinger": n,
                "Årsverk": fte,
            }
            yield [values[h] for h in HEADERS]

    out = ListWriter(project, sc, f"{_(TITLE)} – {sc.name}", path)
    out.sheet(N_("Organisasjon"), cols, rows(), print_columns=PAPER_COLUMNS)
    filters = [(N_("Enhet med underenheter"), paths.scenario_path(root))] if root else []
    notes = [_("Tabellen kan leses inn igjen som et alternativ med «orgdesigner import-org».")]
    out.cover(filters, notes, pseudonymised=pseudo)
    return out.save()


def _relative_path(sc, root: str, uid: str) -> str:
    chain = [uid]
    for a in sc.ancestors(uid):
        chain.append(a)
        if a == root:
            break
    return " / ".join(sc.units[u].name for u in reversed(chain))
