"""Property test of the model operations: random valid edit sequences undo and redo exactly.

Every step builds an op through the public factories in ``ops.py`` from the
current state, applies it, and checks that revert + re-apply of that one op are
exact. At the end all ops are reverted in reverse order (the project must equal
a deepcopy of the original, dict order included, caches fresh) and re-applied
(the project must equal the edited state again).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesigner.model import (
    Location,
    ModelError,
    Person,
    PlacementStatus,
    Position,
    Project,
    Scenario,
    SourceKommune,
    Unit,
    UnitType,
    bulk,
    locations,
    ops,
)


def small_project() -> Project:
    p = Project(name="Lillestrøm")
    for k, (sid, name) in enumerate([("k-fet", "Fet"), ("k-sor", "Sørum")]):
        src = SourceKommune(sid, name, number=f"30{k}")
        p.sources[sid] = src
        src.units[f"{sid}-0"] = Unit(f"{sid}-0", "Rådmann", UnitType.KOMMUNEDIREKTOR)
        for i in range(1, 5):
            parent = f"{sid}-{(i - 1) // 2}"
            src.units[f"{sid}-{i}"] = Unit(
                f"{sid}-{i}",
                f"{name} enhet {i}",
                parent_id=parent,
                sort_order=i,
                kostra=["120"] if i % 2 else ["202"],
                cost_centre=str(4700 + i % 3),
            )
    p.locations = {"l1": Location("l1", "Rådhuset"), "l2": Location("l2", "Skolen")}
    for i in range(8):
        sid = "k-fet" if i % 2 else "k-sor"
        p.persons[f"e{i}"] = Person(f"e{i}", str(100 + i), f"Ansatt {i}", source_id=sid)
        p.positions[f"p{i}"] = Position(f"p{i}", f"e{i}", sid, f"{sid}-{i % 5}", fte_percent=50.0 + i)
    p.positions["p8"] = Position("p8", None, "k-fet", "k-fet-1", kostra="202", cost_centre="4711")  # vacant
    p.positions["p3"].work_place_id = "l2"  # an old work place: l2 cannot be removed
    sc = Scenario("s1", "Alternativ A")
    p.scenarios["s1"] = sc
    for i, (name, parent) in enumerate(
        [("Kommunedirektør", None), ("Oppvekst", "n0"), ("Helse", "n0"), ("Skole", "n1")]
    ):
        sc.units[f"n{i}"] = Unit(f"n{i}", name, parent_id=parent, sort_order=i)
    op = ops.place_positions(p, "s1", ["p0", "p1", "p2"], "n1")
    op.apply(p)
    ops.add_relation(p, "s1", "unit", "n2", "n1").apply(p)
    p.settings["span.warn"] = 25
    return p


# ---------------------------------------------------------------------------
# exact comparison: dataclass ==, the order of every dict, fresh caches
# ---------------------------------------------------------------------------


def _orders(obj: Any, path: str = "p") -> list[tuple[str, list[Any]]]:
    out: list[tuple[str, list[Any]]] = []
    if isinstance(obj, dict):
        out.append((path, list(obj)))
        for k, v in obj.items():
            out += _orders(v, f"{path}[{k!r}]")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _orders(v, f"{path}[{i}]")
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            if f.compare:
                out += _orders(getattr(obj, f.name), f"{path}.{f.name}")
    return out


def _caches_fresh(p: Project) -> None:
    for org in [*p.sources.values(), *p.scenarios.values()]:
        fresh = copy.copy(org)
        fresh._children = None
        for uid in [None, *org.units]:
            assert org.children(uid) == fresh.children(uid), f"stale children index in {org.id}"
        if isinstance(org, Scenario):
            fresh._by_unit = None
            for uid in [None, *org.units]:
                assert org.positions_in(uid) == fresh.positions_in(uid), f"stale placement index in {org.id}"


def assert_same(actual: Project, expected: Project) -> None:
    assert actual == expected
    assert _orders(actual) == _orders(expected)
    _caches_fresh(actual)


def _invariants(p: Project) -> None:
    for org in [*p.sources.values(), *p.scenarios.values()]:
        for uid in org.units:
            org.ancestors(uid)  # cycle-safe walk
            assert uid not in org.ancestors(uid)
        assert sum(1 for _ in org.walk()) == len(org.units), f"unreachable or cyclic units in {org.id}"
    for sc in p.scenarios.values():
        for pl in sc.placements.values():
            assert pl.unit_id is None or pl.unit_id in sc.units
            assert all(w in sc.units for w in pl.wishes)
        for rel in sc.relations.values():
            assert rel.target_unit_id in sc.units
    for src in p.sources.values():
        for pos in p.positions.values():
            if pos.source_id == src.id:
                assert pos.unit_id is None or pos.unit_id in src.units


# ---------------------------------------------------------------------------
# drawing one valid op from the current state
# ---------------------------------------------------------------------------

NAMES = st.text(alphabet="abcæøå ÆØÅ-", min_size=1, max_size=8).filter(str.strip)
ORG_KINDS = ["source", "scenario"]


def _org_ids(p: Project, kind: str | None = None) -> list[str]:
    if kind == "scenario":
        return list(p.scenarios)
    if kind == "source":
        return list(p.sources)
    return [*p.sources, *p.scenarios]


def draw_op(data: st.DataObject, p: Project) -> ops.Op | None:  # noqa: C901 - one branch per op
    pick = lambda xs: data.draw(st.sampled_from(list(xs)))  # noqa: E731
    kind = data.draw(
        st.sampled_from(
            [
                "add_unit",
                "rename_unit",
                "set_unit_fields",
                "move_units",
                "remove_unit",
                "copy_units",
                "set_placement",
                "place_positions",
                "add_scenario",
                "copy_scenario",
                "rename_scenario",
                "remove_scenario",
                "add_relation",
                "remove_relation",
                "set_fields",
                "settings",
                "add_location",
                "edit_location",
                "remove_location",
                "bulk_place",
            ]
        )
    )
    orgs = _org_ids(p)
    scenarios = _org_ids(p, "scenario")
    if kind in ("add_unit", "rename_unit", "set_unit_fields", "move_units", "remove_unit", "copy_units"):
        org_id = pick(orgs)
        units = list(p.org(org_id).units)
        if kind == "add_unit":
            parent = pick([None, *units])
            index = data.draw(st.one_of(st.none(), st.integers(0, 6)))
            uid = f"x{data.draw(st.integers(0, 3))}"
            return ops.add_unit(p, org_id, Unit(uid, data.draw(NAMES), pick(UnitType.ALL), parent), index)
        if not units:
            return None
        if kind == "rename_unit":
            return ops.rename_unit(p, org_id, pick(units), data.draw(NAMES))
        if kind == "set_unit_fields":
            field = pick(
                ["type", "target_group", "role", "kostra", "cost_centre", "attributes", "location_id"]
            )
            value = {
                "type": st.sampled_from(UnitType.ALL),
                "target_group": NAMES,
                "role": st.sampled_from(["", "forvaltning", "tjenesteyting"]),
                "kostra": st.lists(st.sampled_from(["120", "202", "254"]), max_size=3),
                "cost_centre": NAMES,
                "attributes": st.dictionaries(NAMES, NAMES, max_size=2),
                "location_id": st.sampled_from([None, *p.locations]),
            }[field]
            return ops.set_unit_fields(p, org_id, pick(units), **{field: data.draw(value)})
        if kind == "move_units":
            movers = data.draw(st.lists(st.sampled_from(units), min_size=1, max_size=3, unique=True))
            return ops.move_units(
                p, org_id, movers, pick([None, *units]), data.draw(st.one_of(st.none(), st.integers(0, 5)))
            )
        if kind == "remove_unit":
            if data.draw(st.booleans()):
                return ops.remove_unit(p, org_id, pick(units))
            return ops.remove_units(
                p, org_id, data.draw(st.lists(st.sampled_from(units), min_size=1, max_size=4))
            )
        to_org = pick(orgs)
        return ops.copy_units(p, org_id, pick(units), to_org, pick([None, *p.org(to_org).units]))
    if kind in ("set_placement", "place_positions"):
        if not scenarios:
            return None
        sc_id = pick(scenarios)
        sc_units = [None, *p.scenarios[sc_id].units]
        if kind == "place_positions":
            # a UI selection may name a position twice
            pids = data.draw(st.lists(st.sampled_from(list(p.positions)), min_size=1, max_size=4))
            return ops.place_positions(p, sc_id, pids, pick(sc_units))
        changes: dict[str, Any] = {}
        for name in data.draw(
            st.lists(
                st.sampled_from(["unit_id", "status", "note", "wishes", "work_place_id"]),
                min_size=1,
                unique=True,
            )
        ):
            changes[name] = data.draw(
                {
                    "unit_id": st.sampled_from(sc_units),
                    "status": st.sampled_from(PlacementStatus.ALL),
                    "note": st.text(max_size=5),
                    "wishes": st.lists(st.sampled_from(sc_units[1:] or ["-"]), max_size=3, unique=True)
                    if len(sc_units) > 1
                    else st.just([]),
                    "work_place_id": st.sampled_from([None, *p.locations]),
                }[name]
            )
        return ops.set_placement(p, sc_id, pick(p.positions), **changes)
    if kind == "add_location":
        loc_id = (
            f"loc{data.draw(st.integers(0, 3))}" if data.draw(st.booleans()) else pick(p.locations or ["l1"])
        )
        return locations.add_location(p, data.draw(NAMES), data.draw(NAMES), pick(["", *p.sources]), loc_id)
    if kind in ("edit_location", "remove_location"):
        if not p.locations:
            return None
        loc_id = pick(p.locations)
        if kind == "remove_location":
            return locations.remove_location(p, loc_id)
        return locations.edit_location(p, loc_id, **{pick(["name", "address"]): data.draw(NAMES)})
    if kind == "bulk_place":
        with_units = [s for s in scenarios if p.scenarios[s].units]
        if not with_units:
            return None
        sc_id = pick(with_units)
        rules = []
        for _ in range(data.draw(st.integers(1, 3))):
            rule_kind = pick(bulk.KINDS)
            src_id = pick(p.sources)
            if rule_kind == bulk.BY_UNIT:
                if not p.sources[src_id].units:
                    return None
                rule = bulk.BulkRule(
                    rule_kind, pick(p.sources[src_id].units), src_id, data.draw(st.booleans())
                )
            else:
                rule = bulk.BulkRule(rule_kind, pick(["120", "202", "4711"]), pick(["", src_id]))
            rules.append((rule, pick(p.scenarios[sc_id].units)))
        status = pick([None, *PlacementStatus.ALL])
        return bulk.bulk_place(p, sc_id, rules, replace_placed=data.draw(st.booleans()), status=status)
    if kind == "add_scenario":
        return ops.add_scenario(p, data.draw(NAMES), f"s{data.draw(st.integers(0, 3))}")
    if not scenarios:
        return None
    sc_id = pick(scenarios)
    if kind == "copy_scenario":
        return ops.copy_scenario(p, sc_id, data.draw(NAMES), f"s{data.draw(st.integers(0, 3))}")
    if kind == "rename_scenario":
        return ops.rename_scenario(p, sc_id, data.draw(NAMES))
    if kind == "remove_scenario":
        return ops.remove_scenario(p, sc_id)
    sc = p.scenarios[sc_id]
    if kind == "add_relation":
        if not sc.units:
            return None
        src_kind = pick(["unit", "position"])
        source = pick(sc.units if src_kind == "unit" else p.positions)
        return ops.add_relation(p, sc_id, src_kind, source, pick(sc.units), pick(["fag", "prosjekt"]))
    if kind == "remove_relation":
        return ops.remove_relation(p, sc_id, pick(sc.relations)) if sc.relations else None
    if kind == "set_fields":
        target = pick(["person", "position", "location", "source", "scenario"])
        if target == "person":
            return ops.set_fields(p, "person", None, pick(p.persons), name=data.draw(NAMES))
        if target == "position":
            field = pick(["fte_percent", "title", "salary", "personnel_responsibility", "attributes"])
            value = {
                "fte_percent": st.floats(0, 100, allow_nan=False),
                "title": NAMES,
                "salary": st.floats(0, 2e6, allow_nan=False),
                "personnel_responsibility": st.booleans(),
                "attributes": st.dictionaries(NAMES, NAMES, max_size=2),
            }[field]
            return ops.set_fields(p, "position", None, pick(p.positions), **{field: data.draw(value)})
        if target == "location":
            return ops.set_fields(p, "location", None, pick(p.locations), address=data.draw(NAMES))
        if target == "source":
            return ops.set_fields(p, "source", None, pick(p.sources), number=data.draw(NAMES))
        return ops.set_fields(p, "scenario", None, sc_id, description=data.draw(NAMES))
    # settings: change, add or rename the project
    key = pick(["span.warn", "span.error", "language", "name", "new.key"])
    value = data.draw(NAMES) if key in ("name", "language") else data.draw(st.integers(1, 60))
    return ops.SetSettings({key: value})


# ---------------------------------------------------------------------------
# the property
# ---------------------------------------------------------------------------


@settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_valid_sequences_undo_and_redo_exactly(data):
    project = small_project()
    original = copy.deepcopy(project)
    applied: list[ops.Op] = []
    for _ in range(data.draw(st.integers(1, 20), label="steps")):
        try:
            op = draw_op(data, project)
        except ModelError:
            continue  # the factory refused an invalid edit; nothing changed
        if op is None:
            continue
        before = copy.deepcopy(project)
        op.apply(project)
        after = copy.deepcopy(project)
        _invariants(project)
        op.revert(project)
        assert_same(project, before)
        op.apply(project)
        assert_same(project, after)
        applied.append(op)
    edited = copy.deepcopy(project)
    for op in reversed(applied):
        op.revert(project)
    assert_same(project, original)
    for op in applied:
        op.apply(project)
    assert_same(project, edited)


def test_every_op_notifies_listeners():
    p = small_project()
    seen = []
    p.subscribe(seen.append)
    op = ops.rename_unit(p, "s1", "n1", "Oppvekst og læring")
    op.apply(p)
    assert seen and seen[-1].kind == "unit" and seen[-1].ids == ("n1",)
    n = len(seen)
    op.revert(p)
    assert len(seen) > n


def test_failed_compound_rolls_back():
    p = small_project()
    before = copy.deepcopy(p)
    bad = ops.Compound([ops.rename_unit(p, "s1", "n1", "Nytt"), ops.RemoveItems("unit", "s1", ["nope"])])
    try:
        bad.apply(p)
    except ModelError:
        pass
    else:  # pragma: no cover
        raise AssertionError("expected ModelError")
    assert_same(p, before)


def test_factories_refuse_duplicate_ids_and_collection_fields():
    """Bugs the property test found: a duplicate id passed validation and failed in apply."""
    p = small_project()
    try:
        ops.add_unit(p, "s1", Unit("n1", "Dobbel"))
    except ModelError as e:
        assert "finnes allerede" in str(e)
    else:  # pragma: no cover
        raise AssertionError("duplicate unit id accepted")
    for make in (
        lambda: ops.add_scenario(p, "Ny", "s1"),
        lambda: ops.add_scenario(p, "Ny", "k-fet"),  # would shadow a source kommune in project.org()
        lambda: ops.copy_scenario(p, "s1", "Kopi", "k-sor"),
        lambda: ops.set_fields(p, "scenario", None, "s1", units={}),
        lambda: locations.add_location(p, "Ny plass", location_id="l1"),
    ):
        try:
            make()
        except ModelError:
            continue
        raise AssertionError("invalid edit accepted")  # pragma: no cover


def test_place_positions_tolerates_a_position_named_twice():
    p = small_project()
    op = ops.place_positions(p, "s1", ["p5", "p5", "p6"], "n2")
    op.apply(p)  # used to fail: two placements added for p5
    assert p.scenarios["s1"].positions_in("n2") == ["p5", "p6"]
