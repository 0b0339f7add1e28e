"""The target scenario of the demo: the top structure Lillestrøm kommune decided.

Kommunedirektør; kommunedirektørens stab; stabsavdelinger Organisasjon og
utvikling, Digitalisering, Økonomi; tjenesteområder Oppvekst, Helse og mestring,
Kultur, miljø og samfunn — with virksomheter under them that absorb the old
kommuners' units. Leaders and some whole units are placed; the rest is left for
the user to place.
"""

from __future__ import annotations

from ..model import Placement, PlacementStatus, Position, Role, Scenario, Unit, UnitType
from .kommuner import Node
from .profiles import P
from .sources import SourceData

SCENARIO_ID = "sc-lillestrom"
SCENARIO_NAME = "Lillestrøm kommune – vedtatt modell"
ROOT = "Kommunedirektør"
STAB = "Kommunedirektørens stab"
#: (name, unit type, avdelinger of its own) directly under the kommunedirektør, in order
TOP = (
    (STAB, UnitType.STAB, ()),
    (
        "Organisasjon og utvikling",
        UnitType.STOTTE,
        ("HR", "Organisasjonsutvikling og HMS", "Service og kommunikasjon"),
    ),
    ("Digitalisering", UnitType.STOTTE, ("Digital drift", "Digital utvikling", "Dokumentsenteret")),
    ("Økonomi", UnitType.STOTTE, ("Regnskap", "Budsjett og analyse", "Lønn", "Innkjøp")),
    ("Oppvekst", UnitType.TJENESTEOMRADE, ()),
    ("Helse og mestring", UnitType.TJENESTEOMRADE, ()),
    ("Kultur, miljø og samfunn", UnitType.TJENESTEOMRADE, ()),
)
AREA_OF_OLD = {
    "Oppvekst": "Oppvekst",
    "Oppvekst og kultur": "Oppvekst",
    "Helse og omsorg": "Helse og mestring",
    "Helse og sosial": "Helse og mestring",
    "Samfunnsutvikling": "Kultur, miljø og samfunn",
    "Teknisk": "Kultur, miljø og samfunn",
    "Kultur": "Kultur, miljø og samfunn",
}
TARGET_OF_KIND = {
    "root": ROOT,
    "stab": STAB,
    "okonomi": "Økonomi",
    "personal": "Organisasjon og utvikling",
    "ikt": "Digitalisering",
    "helsestasjon": "Helsestasjon og PP-tjeneste",
    "barnevern": "Barnevern",
    "tildeling": "Tildelingskontoret",
    "bolig": "Bo og aktivitet",
    "psyk": "Psykisk helse og rus",
    "nav": "NAV Lillestrøm",
    "legevakt": "Legevakt",
    "plan": "Plan og bygg",
    "kommunalteknikk": "Kommunalteknikk",
    "eiendom": "Eiendom",
    "kultur": "Kultur",
}
#: virksomhet kinds per tjenesteområde, in the order they are listed
AREA_KINDS = {
    "Oppvekst": ("barnehage", "barneskole", "ungdomsskole", "helsestasjon", "barnevern"),
    "Helse og mestring": ("tildeling", "sykehjem", "hjemme", "bolig", "psyk", "nav", "legevakt"),
    "Kultur, miljø og samfunn": ("plan", "kommunalteknikk", "eiendom", "kultur"),
}
ONE_TO_ONE = {"barneskole", "ungdomsskole", "sykehjem", "hjemme"}
#: (kommune id, kinds) whose whole staff is placed in the demo
WHOLE_UNITS = (
    ("fet", {"barneskole", "ungdomsskole", "barnehage"}),
    ("sorum", {"barneskole", "ungdomsskole"}),
    ("skedsmo", {"sykehjem"}),
)
PRIMARY = "skedsmo"  # where the new leaders come from when units merge
STAMP = ("2019-09-02T09:00:00", "Prosjektgruppen")


def target_of(node: Node) -> str:
    """The scenario unit an as-is unit moves into."""
    if node.kind == "omrade":
        return AREA_OF_OLD[node.name]
    if node.target:
        return node.target
    if node.kind in ONE_TO_ONE:
        return node.name
    return TARGET_OF_KIND[node.kind]


def build_scenario(
    sources: list[SourceData], positions: dict[str, Position]
) -> tuple[Scenario, list[Position]]:
    """The decided model, with placements; returns it and the new (vacant) positions it creates."""
    sc = Scenario(
        id=SCENARIO_ID,
        name=SCENARIO_NAME,
        description="Toppstrukturen bystyret vedtok for nye Lillestrøm kommune (demo).",
    )
    by_name: dict[str, Unit] = {}
    origin: dict[str, list[tuple[SourceData, str]]] = {}  # scenario unit name -> (source, as-is unit id)
    kind_of: dict[str, str] = {}
    new_positions: list[Position] = []

    def add(name: str, utype: str, parent: Unit | None, kind: str = "", avd: bool = False) -> Unit:
        if name in by_name:
            raise ValueError(f"duplicate unit name in demo scenario: {name}")
        siblings = sum(1 for u in sc.units.values() if u.parent_id == (parent.id if parent else None))
        prof = P.get(kind)
        unit = Unit(
            id=f"u-lil-{len(sc.units) + 1:04d}",
            name=name,
            type=utype,
            parent_id=parent.id if parent else None,
            sort_order=siblings,
            role=prof.role if prof and not avd else Role.NONE,
            target_group=prof.target_group if prof else "",
        )
        sc.units[unit.id] = unit
        by_name[name] = unit
        return unit

    for data in sources:
        for node, uid in data.nodes:
            t = target_of(node)
            origin.setdefault(t, []).append((data, uid))
            kind_of.setdefault(t, node.kind)

    root = add(ROOT, UnitType.KOMMUNEDIREKTOR, None, "root")
    for name, utype, avds in TOP:
        unit = add(name, utype, root, kind_of.get(name, ""))
        for avd in avds:
            add(avd, UnitType.AVDELING, unit)
    for area, kinds in AREA_KINDS.items():
        names = [t for t, k in kind_of.items() if k in kinds and t not in by_name]
        names.sort(key=lambda t: (kinds.index(kind_of[t]), t))
        for t in names:
            virk = add(t, UnitType.VIRKSOMHET, by_name[area], kind_of[t])
            for data, uid in origin[t]:
                if kind_of[t] == "barnehage":
                    avd = add(data.source.units[uid].name, UnitType.AVDELING, virk, "barnehage", True)
                    origin[avd.name] = [(data, uid)]
                elif kind_of[t] in ONE_TO_ONE and len(origin[t]) == 1:
                    for aid in data.avd_units.get(uid, []):
                        avd = add(data.source.units[aid].name, UnitType.AVDELING, virk, kind_of[t], True)
                        origin[avd.name] = [(data, aid)]

    # fields that follow from the units a scenario unit absorbs
    for uid, _depth in sc.walk():
        unit = sc.units[uid]
        olds = [(d, d.source.units[o]) for d, o in origin.get(unit.name, [])]
        unit.attributes["opprinnelse"] = ";".join(u.id for _, u in olds)
        unit.kostra = sorted({k for _, u in olds for k in u.kostra})
        primary = next((u for d, u in olds if d.source.id == PRIMARY), olds[0][1] if olds else None)
        parent_loc = sc.units[unit.parent_id].location_id if unit.parent_id else None
        unit.location_id = primary.location_id if primary else parent_loc
        unit.cost_centre = _ansvar(sc, unit)

    placements: dict[str, Placement] = {}

    def place(pos_id: str, unit: Unit, status: str, note: str = "") -> None:
        placements[pos_id] = Placement(pos_id, unit.id, None, status, note, [], *STAMP)

    # leaders: the primary kommune's leader leads the merged unit; the others are to be discussed
    for unit in list(sc.units.values()):
        if unit.type == UnitType.VIRKSOMHET and kind_of.get(unit.name) == "barnehage":
            continue  # a new barnehageområde: its styrere lead their barnehager (avdelinger)
        olds = [(d, d.source.units[o]) for d, o in origin.get(unit.name, [])]
        olds.sort(key=lambda du: du[0].source.id != PRIMARY)
        for n, (data, old) in enumerate(olds):
            if not old.leader_position_id:
                continue
            if n == 0:
                place(old.leader_position_id, unit, PlacementStatus.PLASSERT)
                unit.leader_position_id = old.leader_position_id
            else:
                where = (
                    by_name[STAB]
                    if unit.type in (UnitType.KOMMUNEDIREKTOR, UnitType.TJENESTEOMRADE)
                    else unit
                )
                place(
                    old.leader_position_id,
                    where,
                    PlacementStatus.TIL_DROFTING,
                    f"Leder i {data.source.name}; avklares i samtale",
                )
    # new barnehageområder get a leader position that is advertised internally
    for unit in sc.units.values():
        if unit.type == UnitType.VIRKSOMHET and kind_of.get(unit.name) == "barnehage":
            pos = Position(
                id=f"st-lil-{len(new_positions) + 1:04d}",
                code="9451",
                title="Virksomhetsleder",
                fte_percent=100.0,
                salary=960_000.0,
                personnel_responsibility=True,
                budget_responsibility=True,
                kostra="201",
                cost_centre=unit.cost_centre,
            )
            new_positions.append(pos)
            unit.leader_position_id = pos.id
            place(pos.id, unit, PlacementStatus.UTLYST_INTERNT, "Ny stilling; utlyses internt")
    # whole units: every position follows its tasks into the new unit
    target_unit = {o: by_name[name] for name, olds in origin.items() for _, o in olds}
    for data in sources:
        kinds = dict(WHOLE_UNITS).get(data.source.id, set())
        for node, uid in data.nodes:
            if node.kind not in kinds:
                continue
            for o in [uid, *data.avd_units.get(uid, [])]:
                for pos in data.positions:
                    if pos.unit_id == o and pos.id not in placements:
                        place(pos.id, target_unit[o], PlacementStatus.FORESLATT)
    sc.placements = {k: placements[k] for k in sorted(placements)}
    return sc, new_positions


def _ansvar(sc: Scenario, unit: Unit) -> str:
    """Lillestrøm's new ansvar scheme: six digits by position in the tree."""
    chain = [unit.id, *sc.ancestors(unit.id)][::-1]
    digits = [sc.units[c].sort_order + 2 for c in chain[1:]]  # below the root: 2, 3, …
    top, virk, avd = ([*digits, 0, 0, 0])[:3]
    return f"{top}{virk:02d}{avd:02d}0" if chain[1:] else "100000"
