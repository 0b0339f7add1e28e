"""Operations on the list of locations (work places) — lokalisering.

A location has a name, an address and the old kommune whose territory it lies
in. Removing a location that units or placements use clears those references
in the same undo step (placements through :func:`ops.set_placement`, so the
change is in the history); a location that is still some position's *old*
work place cannot be removed, since that is a fact about today.
"""

from __future__ import annotations

from ..i18n import _, count_text
from .entities import Location, new_id
from .ops import AddItems, Compound, Op, RemoveItems, SetFields, set_placement
from .org import Scenario
from .project import ModelError, Project


def _check(project: Project, name: str, address: str, territory: str, location_id: str | None = None) -> str:
    """The trimmed name; refuses an empty name, an unknown kommune and a duplicate
    (same name and address, case-insensitive — several places may share a name)."""
    name = name.strip()
    if not name:
        raise ModelError(_("Lokasjonen må ha et navn"))
    if territory and territory not in project.sources:
        raise ModelError(_("Ukjent kommune: {territory}").format(territory=territory))
    key = (name.casefold(), address.strip().casefold())
    for loc in project.locations.values():
        if loc.id != location_id and (loc.name.casefold(), loc.address.strip().casefold()) == key:
            raise ModelError(
                _("Det finnes allerede en lokasjon «{name}» med denne adressen").format(name=name)
            )
    return name


def add_location(
    project: Project, name: str, address: str = "", territory: str = "", location_id: str | None = None
) -> Op:
    """A new location; name and address together must be unique."""
    name = _check(project, name, address, territory)
    if location_id is not None and location_id in project.locations:
        raise ModelError(_("Lokasjonen finnes allerede: {location_id}").format(location_id=location_id))
    loc = Location(location_id or new_id("loc"), name, address.strip(), territory)
    return AddItems("location", None, [loc], text=_("Ny lokasjon «{name}»").format(name=name))


def edit_location(project: Project, location_id: str, **changes: str) -> Op:
    """Change name, address and/or territory of a location."""
    if location_id not in project.locations:
        raise ModelError(_("Ukjent lokasjon: {location_id}").format(location_id=location_id))
    unknown = set(changes) - {"name", "address", "territory"}
    if unknown:
        raise ModelError(_("Ukjent felt «{value}»").format(value=sorted(unknown)[0]))
    loc = project.locations[location_id]
    name = _check(
        project,
        changes.get("name", loc.name),
        changes.get("address", loc.address),
        changes.get("territory", loc.territory),
        location_id,
    )
    if "name" in changes:
        changes["name"] = name
    if "address" in changes:
        changes["address"] = changes["address"].strip()
    real = {k: v for k, v in changes.items() if getattr(loc, k) != v}
    if not real:
        raise ModelError(_("Ingen endring"))
    return SetFields("location", None, location_id, real, text=_("Endre lokasjon «{name}»").format(name=name))


def users(project: Project, location_id: str) -> dict[str, int]:
    """How many units, placements and positions (as old work place) use a location."""
    units = sum(
        1
        for org in [*project.sources.values(), *project.scenarios.values()]
        for u in org.units.values()
        if u.location_id == location_id
    )
    placements = sum(
        1
        for sc in project.scenarios.values()
        for pl in sc.placements.values()
        if pl.work_place_id == location_id
    )
    positions = sum(1 for p in project.positions.values() if p.work_place_id == location_id)
    return {"units": units, "placements": placements, "positions": positions}


def remove_location(project: Project, location_id: str) -> Op:
    """Remove a location; units and placements that use it fall back to no location."""
    if location_id not in project.locations:
        raise ModelError(_("Ukjent lokasjon: {location_id}").format(location_id=location_id))
    loc = project.locations[location_id]
    old = users(project, location_id)["positions"]
    if old:
        raise ModelError(
            count_text(
                "«{place}» er gammelt arbeidssted for {n} stilling og kan ikke fjernes",
                "«{place}» er gammelt arbeidssted for {n} stillinger og kan ikke fjernes",
                old,
                place=loc.name,
            )
        )
    ops: list[Op] = []
    for org in [*project.sources.values(), *project.scenarios.values()]:
        for u in org.units.values():
            if u.location_id == location_id:
                ops.append(SetFields("unit", org.id, u.id, {"location_id": None}))
        if isinstance(org, Scenario):
            for pl in org.placements.values():
                if pl.work_place_id == location_id:
                    ops.append(set_placement(project, org.id, pl.position_id, work_place_id=None))
    ops.append(RemoveItems("location", None, [location_id]))
    return Compound(ops, text=_("Fjern lokasjon «{name}»").format(name=loc.name))
