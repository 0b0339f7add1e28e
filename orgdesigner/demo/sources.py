"""Generate one old kommune of the demo: its as-is organisation, staff and work places."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..model import Location, Person, Position, SourceKommune, Unit, UnitType
from . import names
from .kommuner import KommuneSpec, Node
from .profiles import FTE, Job, P, Profile

TYPE_OF_KIND = {
    "root": UnitType.KOMMUNEDIREKTOR,
    "omrade": UnitType.TJENESTEOMRADE,
    "stab": UnitType.STAB,
    "okonomi": UnitType.STOTTE,
    "personal": UnitType.STOTTE,
    "ikt": UnitType.STOTTE,
    "service": UnitType.STOTTE,
}
#: kinds that sit in the town hall rather than in a building of their own
TOWN_HALL = {"root", "omrade", "stab", "okonomi", "personal", "ikt", "service", "tildeling", "plan"}
#: kinds that occur several times in one kommune: their avdelinger carry the unit's name
REPEATING = {"barneskole", "ungdomsskole", "sykehjem", "hjemme", "bolig", "kommunalteknikk", "kultur"}
MERKANTIL = Job("6546", "Førstekonsulent", 1, (540_000, 600_000))
STREETS = ("veien", "gata", "bakken", "vegen", "lia")


@dataclass
class Slot:
    """One position before a person is assigned to it."""

    position: Position
    leader: bool = False


@dataclass
class SourceData:
    """What one generated kommune adds to the project."""

    source: SourceKommune
    persons: list[Person] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    node_units: dict[int, str] = field(default_factory=dict)  # id(node) -> unit id
    avd_units: dict[str, list[str]] = field(default_factory=dict)  # unit id -> avdeling ids
    nodes: list[tuple[Node, str]] = field(default_factory=list)  # (node, unit id) in tree order


def _largest_remainder(total: int, weights: list[float]) -> list[int]:
    s = sum(weights) or 1.0
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def _pick_fte(rng: random.Random, kind: str) -> float:
    values, weights = zip(*FTE[kind], strict=True)
    return float(rng.choices(values, weights)[0])


def _salary(rng: random.Random, job: Job) -> float:
    lo, hi = job.salary
    return float(round(rng.uniform(lo, hi), -2))


def _avdelinger(node: Node, prof: Profile, est_staff: float) -> list[str]:
    if not prof.avdelinger:
        return []
    if prof.staff_per_avd == 0:
        return list(prof.avdelinger)
    k = min(len(prof.avdelinger), int(est_staff // prof.staff_per_avd))
    return list(prof.avdelinger[:k]) if k >= 2 else []


def _flatten(node: Node, sector: int, out: list[tuple[Node, Node | None, int]], parent: Node | None = None):
    sector = node.sector or sector
    out.append((node, parent, sector))
    for child in node.children:
        _flatten(child, sector, out, node)


def build_source(spec: KommuneSpec, rng: random.Random) -> SourceData:
    """The as-is organisation, staff and work places of one old kommune."""
    src = SourceKommune(id=spec.id, name=spec.name, number=spec.number)
    data = SourceData(src)
    flat: list[tuple[Node, Node | None, int]] = []
    _flatten(spec.root, 1, flat)

    total_positions = spec.persons + spec.dual
    scale = total_positions / sum(n.weight for n, _, _ in flat)
    avd_names = [_avdelinger(n, P[n.kind], n.weight * scale) for n, _, _ in flat]
    leaders = len(flat) + sum(len(a) for a in avd_names)
    staff = _largest_remainder(total_positions - leaders, [n.weight for n, _, _ in flat])

    counters: dict[int, int] = {}
    unit_of: dict[int, Unit] = {}
    loc_of: dict[str, str] = {}
    used_names: set[str] = set()
    slots: list[Slot] = []

    def new_location(name: str) -> str:
        lid = f"l-{spec.id}-{len(data.locations) + 1:03d}"
        word = name.split()[0].rstrip(",")
        address = f"{word}{rng.choice(STREETS)} {rng.randint(1, 60)}, {spec.post}"
        data.locations.append(Location(lid, name, address, territory=spec.id))
        return lid

    def new_unit(
        name: str, utype: str, parent: Unit | None, cc: str, loc: str, prof: Profile, kostra: tuple[str, ...]
    ) -> Unit:
        if name in used_names:
            raise ValueError(f"duplicate unit name in demo {spec.id}: {name}")
        used_names.add(name)
        siblings = sum(1 for u in src.units.values() if u.parent_id == (parent.id if parent else None))
        u = Unit(
            id=f"u-{spec.id}-{len(src.units) + 1:03d}",
            name=name,
            type=utype,
            parent_id=parent.id if parent else None,
            sort_order=siblings,
            location_id=loc,
            target_group=prof.target_group,
            role=prof.role,
            kostra=list(kostra),
            cost_centre=cc,
        )
        src.units[u.id] = u
        loc_of[u.id] = loc
        return u

    def add_slot(
        unit: Unit, job: Job, leader: bool, title: str | None = None, fte: float = 100.0, budget: bool = True
    ) -> Slot:
        kostra = unit.kostra[0] if leader or len(unit.kostra) == 1 else rng.choice(unit.kostra)
        pos = Position(
            id=f"st-{spec.id}-{len(slots) + 1:05d}",
            source_id=spec.id,
            unit_id=unit.id,
            code=job.code,
            title=title or job.title,
            fte_percent=fte,
            salary=_salary(rng, job),
            work_place_id=unit.location_id,
            personnel_responsibility=leader,
            budget_responsibility=leader and budget,
            kostra=kostra,
            cost_centre=unit.cost_centre,
        )
        slot = Slot(pos, leader)
        slots.append(slot)
        if leader:
            unit.leader_position_id = pos.id
        return slot

    def staff_slots(unit: Unit, jobs: tuple[Job, ...], n: int) -> None:
        weights = [j.weight for j in jobs]
        for job in rng.choices(jobs, weights, k=n):
            add_slot(unit, job, False, fte=_pick_fte(rng, job.fte))

    for (node, parent, sector), avds, n_staff in zip(flat, avd_names, staff, strict=True):
        prof = P[node.kind]
        v = 0 if node.kind in ("root", "omrade") else counters.get(sector, 0) + 1
        counters[sector] = max(v, counters.get(sector, 0))
        utype = TYPE_OF_KIND.get(node.kind, UnitType.VIRKSOMHET)
        parent_unit = unit_of[id(parent)] if parent is not None else None
        if parent_unit is None:
            loc = new_location(f"{spec.name.split()[0]} rådhus")
        elif node.kind in TOWN_HALL:
            loc = loc_of[parent_unit.id]
        else:
            loc = new_location(node.name)
        kostra = node.kostra or prof.kostra
        unit = new_unit(
            node.name, utype, parent_unit, spec.ansvar.format(s=sector, v=v, a=0), loc, prof, kostra
        )
        unit_of[id(node)] = unit
        data.node_units[id(node)] = unit.id
        data.nodes.append((node, unit.id))

        title = prof.leader.title
        if node.kind == "root":
            title = "Rådmann"
        elif prof.leader.title == "Virksomhetsleder":
            title = spec.leader_word
        add_slot(unit, prof.leader, True, title)

        if not avds:
            staff_slots(unit, prof.jobs, n_staff)
            continue
        direct = max(1, round(n_staff * 0.04))
        staff_slots(unit, (MERKANTIL,), direct)
        shares = _largest_remainder(n_staff - direct, [1 + rng.random() * 0.6 for _ in avds])
        data.avd_units[unit.id] = []
        for a, (avd, share) in enumerate(zip(avds, shares, strict=True), start=1):
            name = f"{node.name} – {avd}" if node.kind in REPEATING else avd
            if name in used_names:
                name = f"{avd} ({node.name})"
            akostra = prof.avd_kostra.get(avd, kostra)
            au = new_unit(
                name, UnitType.AVDELING, unit, spec.ansvar.format(s=sector, v=v, a=a), loc, prof, akostra
            )
            data.avd_units[unit.id].append(au.id)
            lead = prof.avd_leader or Job("9454", "Avdelingsleder", 0, (700_000, 800_000))
            ltitle = "SFO-leder" if avd == "SFO" else lead.title
            add_slot(au, lead, True, ltitle, budget=rng.random() < 0.4)
            staff_slots(au, prof.avd_jobs.get(avd, prof.jobs), share)

    _assign_persons(spec, rng, slots, data)
    return data


def _assign_persons(spec: KommuneSpec, rng: random.Random, slots: list[Slot], data: SourceData) -> None:
    """One person per slot, except ``spec.dual`` small slots held by someone with another position."""
    small = [i for i, s in enumerate(slots) if not s.leader and s.position.fte_percent <= 40]
    if len(small) < spec.dual:
        raise ValueError(f"demo {spec.id}: too few part-time positions for {spec.dual} second positions")
    dual = set(rng.sample(small, spec.dual))
    numbers = rng.sample(range(spec.emp_no[0], spec.emp_no[1] + 1), spec.persons)
    holder: dict[int, Person] = {}
    for i, slot in enumerate(slots):
        if i in dual:
            continue
        first, last = names.draw(rng)
        n = len(data.persons)
        person = Person(
            id=f"p-{spec.id}-{n + 1:05d}",
            employee_no=str(numbers[n]),
            name=f"{first} {last}",
            source_id=spec.id,
            attributes={"fornavn": first, "etternavn": last},
        )
        data.persons.append(person)
        slot.position.person_id = person.id
        holder[i] = person
    hosts = [i for i in holder if not slots[i].leader and slots[i].position.fte_percent <= 60]
    taken: set[int] = set()
    for i in sorted(dual):
        pos = slots[i].position
        while True:
            h = rng.choice(hosts)
            if h not in taken and slots[h].position.unit_id != pos.unit_id:
                break
        taken.add(h)
        pos.person_id = holder[h].id
    data.positions = [s.position for s in slots]
