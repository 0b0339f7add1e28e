"""Which unit types may hold which: a unit may not sit under a unit of a lower rank.

The rank follows DOMAIN.md top down; stab, støtte and tjenesteområde share a rank.
"""

from __future__ import annotations

from ..i18n import _
from .entities import UnitType

RANK = {
    UnitType.KOMMUNEDIREKTOR: 0,
    UnitType.STAB: 1,
    UnitType.STOTTE: 1,
    UnitType.TJENESTEOMRADE: 1,
    UnitType.VIRKSOMHET: 2,
    UnitType.AVDELING: 3,
    UnitType.SEKSJON: 4,
    UnitType.TEAM: 5,
}


def can_hold(parent_type: str | None, child_type: str) -> tuple[bool, str]:
    """Whether a unit of ``child_type`` may be placed under one of ``parent_type``.

    Returns (allowed, reason in bokmål when refused). Unknown types are allowed.
    """
    if parent_type is None:
        return True, ""
    if child_type == UnitType.KOMMUNEDIREKTOR:
        return False, _("Kommunedirektøren må ligge øverst")
    p, c = RANK.get(parent_type), RANK.get(child_type)
    # same rank nests (stab in a service area is allowed; a validator warns about it)
    if p is None or c is None or c >= p:
        return True, ""
    return False, _("En enhet av typen «{child_type}» kan ikke ligge under en «{parent_type}»").format(
        child_type=child_type, parent_type=parent_type
    )
