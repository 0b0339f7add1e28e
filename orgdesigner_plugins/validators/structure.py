"""Validators of the tree itself: levels, staff placement, allocation vs delivery, empty units.

Each checks one unit at a time from :class:`~orgdesigner.analysis.validation_index.ScenarioIndex`
and names the units an edit can have changed (see ``_touched_*``); integrity is in
:mod:`.integrity`.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import Dirty, Finding, KeyedCheck, Role, ScenarioIndex, Severity, _, role_label

from .rule import PRINCIPLE, Rule, all_units

# -- maximum levels ------------------------------------------------------------------


def _check_levels(index: ScenarioIndex, settings: dict[str, Any], uid: str) -> list[Finding]:
    top = int(settings["max"])
    units = index.scenario.units
    if uid not in units or not index.reaches_root(uid):
        return []
    d = len(index.chain(uid))
    if d != top:  # the first unit too deep on its branch; its subtree goes with it
        return []
    return [
        Finding(
            "levels",
            Severity.WARNING,
            _("«{unit}» ligger på nivå {level}; modellen skal ha høyst {max} nivåer.").format(
                unit=units[uid].name, level=d + 1, max=top
            ),
            unit_ids=[uid],
        )
    ]


def _subtrees(index: ScenarioIndex, roots: set[str]) -> set[str]:
    out: set[str] = set()
    for u in roots:
        if u not in out:
            out.update(index.subtree(u))
    return out


def _touched_levels(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    return _subtrees(index, dirty.structural) | dirty.changed


def levels() -> Rule:
    return Rule(
        "levels",
        _("Antall nivåer"),
        Severity.WARNING,
        KeyedCheck(all_units, _check_levels, _touched_levels),
        {"max": 5},
        _("Enheter under nivå «max» (kommunedirektøren er nivå 1)."),
        category=PRINCIPLE,
    )


# -- staff and support units inside a service area --------------------------------------


def _check_staff(index: ScenarioIndex, settings: dict[str, Any], uid: str) -> list[Finding]:
    units = index.scenario.units
    unit = units.get(uid)
    if unit is None or unit.type not in settings["staff_types"]:
        return []
    areas = set(settings["area_types"])
    area = next((a for a in index.chain(uid) if units[a].type in areas), None)
    if area is None:
        return []
    return [
        Finding(
            "staff_in_service_area",
            Severity.WARNING,
            _(
                "Stabs-/støtteenheten «{unit}» ligger i tjenesteområdet «{area}»; "
                "stabsfunksjoner skal samles i fellesavdelinger."
            ).format(unit=unit.name, area=units[area].name),
            unit_ids=[uid, area],
        )
    ]


def _touched_staff(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    return _subtrees(index, dirty.changed)  # a type, name or parent above a unit changed


def staff_in_service_area() -> Rule:
    return Rule(
        "staff_in_service_area",
        _("Stabsfunksjoner i fellesavdelinger"),
        Severity.WARNING,
        KeyedCheck(all_units, _check_staff, _touched_staff),
        {"staff_types": ["stab", "støtte"], "area_types": ["tjenesteområde"]},
        _("Enheter av typene «staff_types» skal ikke ligge under en enhet av typene «area_types»."),
        category=PRINCIPLE,
    )


# -- allocation (forvaltning) and delivery (tjenesteyting) in the same unit ------------------

_OTHER = {Role.FORVALTNING: Role.TJENESTEYTING, Role.TJENESTEYTING: Role.FORVALTNING}


def _below_with(index: ScenarioIndex, uid: str, role: str) -> list[str]:
    """Units with ``role`` below ``uid``, depth first in chart order (only branches that hold some)."""
    units, below = index.scenario.units, index.below
    out: list[str] = []
    stack = list(reversed(index.children(uid)))
    while stack:
        k = stack.pop()
        if units[k].role == role:
            out.append(k)
        if below.get(k, {}).get(role):
            stack.extend(reversed(index.children(k)))
    return out


def _check_roles(index: ScenarioIndex, settings: dict[str, Any], uid: str) -> list[Finding]:
    units = index.scenario.units
    unit = units.get(uid)
    if unit is None or uid not in index.below:
        return []
    counts = index.below[uid]
    if unit.role in _OTHER and counts.get(_OTHER[unit.role]):
        other = _below_with(index, uid, _OTHER[unit.role])
        return [
            Finding(
                "allocation_and_delivery",
                Severity.WARNING,
                _("«{unit}» er {role}, men har {other} under seg ({names}).").format(
                    unit=unit.name,
                    role=role_label(unit.role),
                    other=role_label(_OTHER[unit.role]),
                    names=", ".join(units[o].name for o in other[:3]) + (" …" if len(other) > 3 else ""),
                ),
                unit_ids=[uid, *other],
            )
        ]
    if (
        unit.role not in _OTHER
        and unit.type in settings["mixed_types"]
        and counts.get(Role.FORVALTNING)
        and counts.get(Role.TJENESTEYTING)
    ):
        ids = [*_below_with(index, uid, Role.FORVALTNING), *_below_with(index, uid, Role.TJENESTEYTING)]
        return [
            Finding(
                "allocation_and_delivery",
                Severity.WARNING,
                _(
                    "«{unit}» har både forvaltning og tjenesteyting under seg; skill tildeling fra utførelse."
                ).format(unit=unit.name),
                unit_ids=[uid, *ids],
            )
        ]
    return []


def _touched_roles(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    units = index.scenario.units
    out = dirty.roles | dirty.changed  # counts below changed; the units themselves
    for u in dirty.changed:  # a unit listed in its ancestors' findings was renamed, moved or re-sorted
        if u in units and (units[u].role in _OTHER or any(index.below.get(u, {}).values())):
            out.update(index.chain(u))
    return out


def allocation_and_delivery() -> Rule:
    return Rule(
        "allocation_and_delivery",
        _("Forvaltning og tjenesteyting i samme enhet"),
        Severity.WARNING,
        KeyedCheck(all_units, _check_roles, _touched_roles),
        {"mixed_types": ["virksomhet", "avdeling", "seksjon", "team"]},
        _(
            "En enhet med én rolle skal ikke ha den andre under seg; en enhet av typene «mixed_types» "
            "uten rolle skal ikke romme begge."
        ),
        category=PRINCIPLE,
    )


# -- empty units -------------------------------------------------------------------------


def _check_empty(index: ScenarioIndex, settings: dict[str, Any], uid: str) -> list[Finding]:
    unit = index.scenario.units.get(uid)
    if unit is None or unit.attributes.get(settings["reason_attribute"]) or index.kids.get(uid):
        return []
    positions = index.project.positions
    if any(p in positions for p in index.members.get(uid, ())):
        return []
    return [
        Finding(
            "empty_unit",
            Severity.INFO,
            _("«{unit}» er tom: ingen stillinger og ingen underenheter.").format(unit=unit.name),
            unit_ids=[uid],
        )
    ]


def _touched_empty(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[str]:
    return {u for u in (*dirty.units, *dirty.placed_in) if u is not None}


def empty_unit() -> Rule:
    return Rule(
        "empty_unit",
        _("Tom enhet"),
        Severity.INFO,
        KeyedCheck(all_units, _check_empty, _touched_empty),
        {"reason_attribute": "begrunnelse"},
        _(
            "En enhet uten stillinger og underenheter; en begrunnelse i attributtet «reason_attribute» "
            "fjerner funnet. Et notat om orden (info) mens strukturen tegnes."
        ),
    )
