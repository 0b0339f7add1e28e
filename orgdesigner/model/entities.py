"""Plain records of the organisation: units, persons, positions, placements, locations.

Every record is a mutable dataclass compared by value, so a project can be
checked for exact equality after undo. Nothing here imports Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from ..i18n import N_, _


def new_id(prefix: str) -> str:
    """A fresh, globally unique id such as ``u-3f2a9c1d0b7e``."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


class UnitType:
    """Unit types of a Norwegian kommune, top down (DOMAIN.md)."""

    KOMMUNEDIREKTOR = "kommunedirektør"
    STAB = "stab"
    STOTTE = "støtte"
    TJENESTEOMRADE = "tjenesteområde"
    VIRKSOMHET = "virksomhet"
    AVDELING = "avdeling"
    SEKSJON = "seksjon"
    TEAM = "team"
    ALL = (KOMMUNEDIREKTOR, STAB, STOTTE, TJENESTEOMRADE, VIRKSOMHET, AVDELING, SEKSJON, TEAM)
    #: the stored code → its name for people (bokmål, marked; :func:`unit_type_label` translates)
    LABELS = {
        KOMMUNEDIREKTOR: N_("kommunedirektør"),
        STAB: N_("stab"),
        STOTTE: N_("støtte"),
        TJENESTEOMRADE: N_("tjenesteområde"),
        VIRKSOMHET: N_("virksomhet"),
        AVDELING: N_("avdeling"),
        SEKSJON: N_("seksjon"),
        TEAM: N_("team"),
    }


class Role:
    """Forvaltning (allocation) versus tjenesteyting (delivery)."""

    NONE = ""
    FORVALTNING = "forvaltning"
    TJENESTEYTING = "tjenesteyting"
    ALL = (NONE, FORVALTNING, TJENESTEYTING)
    LABELS = {NONE: "", FORVALTNING: N_("forvaltning"), TJENESTEYTING: N_("tjenesteyting")}


class PlacementStatus:
    """Status of one position's innplassering."""

    FORESLATT = "foreslått"
    PLASSERT = "plassert"
    TIL_DROFTING = "til drøfting"
    UTLYST_INTERNT = "utlyst internt"
    OVERTALLIG = "overtallig"
    ALL = (FORESLATT, PLASSERT, TIL_DROFTING, UTLYST_INTERNT, OVERTALLIG)
    LABELS = {
        FORESLATT: N_("foreslått"),
        PLASSERT: N_("plassert"),
        TIL_DROFTING: N_("til drøfting"),
        UTLYST_INTERNT: N_("utlyst internt"),
        OVERTALLIG: N_("overtallig"),
    }


def unit_type_label(code: str) -> str:
    """A unit type's name in the current language (the stored code stays bokmål); unknown: as is."""
    label = UnitType.LABELS.get(code)
    return _(label) if label else code


def role_label(code: str) -> str:
    """«forvaltning» / «tjenesteyting» in the current language; no role: ""."""
    label = Role.LABELS.get(code)
    return _(label) if label else code


def status_label(code: str) -> str:
    """A placement status in the current language (stored as the bokmål code); unknown: as is."""
    label = PlacementStatus.LABELS.get(code)
    return _(label) if label else code


@dataclass
class Location:
    """A work place (arbeidssted / oppmøtested)."""

    id: str
    name: str
    address: str = ""
    territory: str = ""  # id of the source kommune whose territory it lies in
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class Unit:
    """One box of an organisation chart (as-is org or scenario)."""

    id: str
    name: str
    type: str = UnitType.AVDELING
    parent_id: str | None = None
    sort_order: int = 0
    leader_position_id: str | None = None
    location_id: str | None = None
    target_group: str = ""  # målgruppe
    role: str = Role.NONE
    kostra: list[str] = field(default_factory=list)
    cost_centre: str = ""  # ansvar
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class Person:
    """An employee (ansatt). Never holds a national identity number."""

    id: str
    employee_no: str
    name: str
    source_id: str = ""  # origin kommune
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class Position:
    """A position (stilling / arbeidsforhold); ``person_id`` None means vacant."""

    id: str
    person_id: str | None = None
    source_id: str = ""  # old kommune; "" for positions created in a scenario
    unit_id: str | None = None  # unit of the source kommune's as-is org
    code: str = ""  # stillingskode
    title: str = ""
    fte_percent: float = 100.0
    salary: float = 0.0  # annual salary at 100 % (årslønn); cost = salary × fte_percent / 100
    work_place_id: str | None = None  # old work place
    personnel_responsibility: bool = False
    budget_responsibility: bool = False
    kostra: str = ""
    cost_centre: str = ""
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class Placement:
    """Innplassering of one position into a scenario unit."""

    position_id: str
    unit_id: str | None = None
    work_place_id: str | None = None  # None: the unit's location
    status: str = PlacementStatus.FORESLATT
    note: str = ""
    wishes: list[str] = field(default_factory=list)  # up to three preferred unit ids
    changed_at: str = ""  # ISO 8601
    changed_by: str = ""


@dataclass
class Relation:
    """A secondary (dotted-line / fag) relation from a unit or position to a unit."""

    id: str
    source_kind: str  # "unit" or "position"
    source_id: str
    target_unit_id: str
    kind: str = "fag"
    note: str = ""


@dataclass
class HistoryEntry:
    """One recorded placement decision (kept for unions and the archive)."""

    scenario_id: str
    position_id: str
    field: str
    old: str
    new: str
    at: str
    by: str
