"""Validators of the tree itself: levels, staff placement, allocation vs delivery, empty units, integrity."""

from __future__ import annotations

from typing import Any

from orgdesigner.analysis.graph import integrity as tree_integrity
from orgdesigner.analysis.graph import structure
from orgdesigner.hookspecs import Finding, Severity, Validator
from orgdesigner.model import Role

# -- maximum levels ------------------------------------------------------------------


def _check_levels(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    top = int(settings["max"])
    units = scenario.units
    out = []
    for uid, d in structure(scenario)[1].items():
        if d == top:  # the first unit too deep on its branch; its subtree goes with it
            out.append(
                Finding(
                    "levels",
                    Severity.WARNING,
                    f"«{units[uid].name}» ligger på nivå {d + 1}; modellen skal ha høyst {top} nivåer.",
                    unit_ids=[uid],
                )
            )
    return out


def levels() -> Validator:
    return Validator(
        "levels",
        "Antall nivåer",
        Severity.WARNING,
        _check_levels,
        {"max": 5},
        "Enheter under nivå «max» (kommunedirektøren er nivå 1).",
    )


# -- staff and support units inside a service area --------------------------------------


def _check_staff(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    staff, areas = set(settings["staff_types"]), set(settings["area_types"])
    units = scenario.units
    out = []
    for uid, unit in units.items():
        if unit.type not in staff:
            continue
        area = next((a for a in scenario.ancestors(uid) if units[a].type in areas), None)
        if area is not None:
            out.append(
                Finding(
                    "staff_in_service_area",
                    Severity.WARNING,
                    f"Stabs-/støtteenheten «{unit.name}» ligger i tjenesteområdet «{units[area].name}»; "
                    "stabsfunksjoner skal samles i fellesavdelinger.",
                    unit_ids=[uid, area],
                )
            )
    return out


def staff_in_service_area() -> Validator:
    return Validator(
        "staff_in_service_area",
        "Stabsfunksjoner i fellesavdelinger",
        Severity.WARNING,
        _check_staff,
        {"staff_types": ["stab", "støtte"], "area_types": ["tjenesteområde"]},
        "Enheter av typene «staff_types» skal ikke ligge under en enhet av typene «area_types».",
    )


# -- allocation (forvaltning) and delivery (tjenesteyting) in the same unit ------------------

_OTHER = {Role.FORVALTNING: Role.TJENESTEYTING, Role.TJENESTEYTING: Role.FORVALTNING}


def _check_roles(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    mixed_types = set(settings["mixed_types"])
    units = scenario.units
    below: dict[str, dict[str, list[str]]] = {}  # unit → role → descendant ids with that role
    order = [u for u, _ in scenario.walk()]
    for uid in reversed(order):
        acc: dict[str, list[str]] = {}
        for k in scenario.children(uid):
            r = units[k].role
            if r in _OTHER:
                acc.setdefault(r, []).append(k)
            for role, ids in below.get(k, {}).items():
                acc.setdefault(role, []).extend(ids)
        below[uid] = acc
    out = []
    for uid in order:
        unit, acc = units[uid], below[uid]
        if unit.role in _OTHER and acc.get(_OTHER[unit.role]):
            other = acc[_OTHER[unit.role]]
            out.append(
                Finding(
                    "allocation_and_delivery",
                    Severity.WARNING,
                    f"«{unit.name}» er {unit.role}, men har {_OTHER[unit.role]} under seg "
                    f"({', '.join(units[o].name for o in other[:3])}{' …' if len(other) > 3 else ''}).",
                    unit_ids=[uid, *other],
                )
            )
        elif unit.role not in _OTHER and unit.type in mixed_types and len(acc) == 2:
            ids = [*acc[Role.FORVALTNING], *acc[Role.TJENESTEYTING]]
            out.append(
                Finding(
                    "allocation_and_delivery",
                    Severity.WARNING,
                    f"«{unit.name}» har både forvaltning og tjenesteyting under seg; "
                    "skill tildeling fra utførelse.",
                    unit_ids=[uid, *ids],
                )
            )
    return out


def allocation_and_delivery() -> Validator:
    return Validator(
        "allocation_and_delivery",
        "Forvaltning og tjenesteyting i samme enhet",
        Severity.WARNING,
        _check_roles,
        {"mixed_types": ["virksomhet", "avdeling", "seksjon", "team"]},
        "En enhet med én rolle skal ikke ha den andre under seg; en enhet av typene «mixed_types» "
        "uten rolle skal ikke romme begge.",
    )


# -- empty units -------------------------------------------------------------------------


def _check_empty(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    reason = settings["reason_attribute"]
    units, positions = scenario.units, project.positions
    parents = {u.parent_id for u in units.values()}
    placements = scenario.placements
    staffed = {pl.unit_id for pl in placements.values()}
    ghosts = placements.keys() - positions.keys()
    if ghosts:  # placements of positions that are gone do not staff a unit
        staffed = {pl.unit_id for pid, pl in placements.items() if pid in positions}
    out = []
    for uid, unit in units.items():
        if unit.attributes.get(reason) or uid in parents:
            continue
        if uid not in staffed:
            out.append(
                Finding(
                    "empty_unit",
                    Severity.WARNING,
                    f"«{unit.name}» er tom: ingen stillinger og ingen underenheter.",
                    unit_ids=[uid],
                )
            )
    return out


def empty_unit() -> Validator:
    return Validator(
        "empty_unit",
        "Tom enhet",
        Severity.WARNING,
        _check_empty,
        {"reason_attribute": "begrunnelse"},
        "En enhet uten stillinger og underenheter; en begrunnelse i attributtet «reason_attribute» "
        "fjerner funnet.",
    )


# -- orphans, cycles, dangling references ------------------------------------------------------


def _check_integrity(project: Any, scenario: Any, settings: dict[str, Any]) -> list[Finding]:
    units = scenario.units
    found = tree_integrity(scenario)
    out = []
    for uid in found.orphans:
        out.append(
            Finding(
                "integrity",
                Severity.ERROR,
                f"«{units[uid].name}» peker på en overordnet enhet som ikke finnes.",
                unit_ids=[uid],
            )
        )
    for cycle in found.cycles:
        names = " → ".join(units[u].name for u in cycle)
        out.append(
            Finding("integrity", Severity.ERROR, f"Enhetene går i ring: {names}.", unit_ids=list(cycle))
        )
    if found.unreachable:
        out.append(
            Finding(
                "integrity",
                Severity.ERROR,
                f"{len(found.unreachable)} enheter henger under en ring og når ikke toppen.",
                unit_ids=list(found.unreachable),
            )
        )
    for uid, unit in units.items():
        if unit.leader_position_id and unit.leader_position_id not in project.positions:
            out.append(
                Finding(
                    "integrity",
                    Severity.ERROR,
                    f"Lederstillingen til «{unit.name}» finnes ikke.",
                    unit_ids=[uid],
                )
            )
    missing = {pl.unit_id for pl in scenario.placements.values()} - units.keys() - {None}
    dangling = [p for p, pl in scenario.placements.items() if pl.unit_id in missing] if missing else []
    if dangling:
        out.append(
            Finding(
                "integrity",
                Severity.ERROR,
                f"{len(dangling)} stillinger er innplassert i en enhet som ikke finnes.",
                position_ids=[p for p in dangling if p in project.positions],
            )
        )
    ghosts = scenario.placements.keys() - project.positions.keys()
    if ghosts:
        out.append(
            Finding(
                "integrity",
                Severity.ERROR,
                f"{len(ghosts)} innplasseringer gjelder stillinger som ikke finnes.",
            )
        )
    return out


def integrity() -> Validator:
    return Validator(
        "integrity",
        "Integritet (foreldreløse enheter, ringer)",
        Severity.ERROR,
        _check_integrity,
        {},
        "Enheter med ukjent overordnet, ringer i hierarkiet og henvisninger til noe som ikke finnes.",
    )
