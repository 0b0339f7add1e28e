"""Each built-in validator on a small hand-made project, expected findings written out."""

from __future__ import annotations

import pytest
from test_metrics_fixtures import small_project

from orgdesigner.analysis.findings import finding_to_json, run_validators
from orgdesigner.model import Placement, Position, Project, Role, Unit, ops
from orgdesigner.plugins import create_manager


@pytest.fixture(scope="module")
def validators():
    """The built-in validators as the app gets them: through the plugin manager."""
    m = create_manager(
        builtins=["orgdesigner_plugins.validators"],
        entry_points=False,
        user_dir="/nonexistent-u",
        machine_dir="/nonexistent-m",
        disabled=[],
    )
    found = {v.id: v for v in m.validators()}
    assert not m.problems
    return found


def run(validators, project: Project, vid: str, scenario: str = "sc"):
    """(severity, message, unit_ids, position_ids) of one validator's findings."""
    sc = project.scenarios[scenario]
    return [
        (f.severity, f.message, f.unit_ids, f.position_ids)
        for f in run_validators([validators[vid]], project, sc)
    ]


def test_all_validators_have_id_title_severity_settings(validators):
    assert sorted(validators) == sorted(
        [
            "span",
            "levels",
            "staff_in_service_area",
            "allocation_and_delivery",
            "leader_count",
            "leader_placement",
            "unplaced",
            "over_full_time",
            "empty_unit",
            "integrity",
        ]
    )
    for v in validators.values():
        assert v.title and v.severity in ("info", "warning", "error") and isinstance(v.settings, dict)


def wide_unit(n: int, unit_type: str = "virksomhet") -> Project:
    """Unit «Barnehage» led by position «lead» with ``n`` other positions."""
    p = Project()
    from orgdesigner.model import Scenario

    sc = Scenario("sc", "A")
    p.scenarios["sc"] = sc
    sc.units["u"] = Unit("u", "Barnehage", type=unit_type, leader_position_id="lead")
    p.positions["lead"] = Position("lead", title="Styrer")
    sc.placements["lead"] = Placement("lead", "u")
    for i in range(n):
        p.positions[f"p{i}"] = Position(f"p{i}", title="Pedagog")
        sc.placements[f"p{i}"] = Placement(f"p{i}", "u")
    return p


def test_span_thresholds_and_type_override(validators):
    assert run(validators, wide_unit(30), "span") == []
    assert run(validators, wide_unit(31), "span") == [
        ("warning", "Lederen av «Barnehage» har 31 direkte underordnede (grense 30).", ["u"], ["lead"])
    ]
    assert run(validators, wide_unit(41), "span") == [
        ("error", "Lederen av «Barnehage» har 41 direkte underordnede (grense 40).", ["u"], ["lead"])
    ]
    p = wide_unit(41)
    ops.SetSettings({"span.by_type": {"virksomhet": {"warn": 45, "error": 60}}}).apply(p)
    assert run(validators, p, "span") == []
    ops.SetSettings({"span.warn": 10, "span.by_type": {}}).apply(p)
    assert run(validators, p, "span")[0][0] == "error"


def tree_project() -> Project:
    """r(kommunedirektør) → a(tjenesteområde Helse) → v(virksomhet) → d(avdeling) → t(team) → x(team)
    plus a → hr(støtte «HR helse»), r → ok(støtte «Økonomi»)."""
    p = small_project()
    sc = p.scenarios["sc"]
    sc.units.clear()
    sc.placements.clear()
    chain = [
        ("r", "Kommunedirektør", "kommunedirektør"),
        ("a", "Helse", "tjenesteområde"),
        ("v", "Hjemmetjenesten", "virksomhet"),
        ("d", "Sone nord", "avdeling"),
        ("t", "Team 1", "team"),
        ("x", "Natt", "team"),
    ]
    parent = None
    for uid, name, typ in chain:
        sc.units[uid] = Unit(uid, name, type=typ, parent_id=parent)
        parent = uid
    sc.units["hr"] = Unit("hr", "HR helse", type="støtte", parent_id="a")
    sc.units["ok"] = Unit("ok", "Økonomi", type="støtte", parent_id="r")
    return p


def test_levels(validators):
    p = tree_project()
    assert run(validators, p, "levels") == [
        ("warning", "«Natt» ligger på nivå 6; modellen skal ha høyst 5 nivåer.", ["x"], [])
    ]
    ops.SetSettings({"levels.max": 4}).apply(p)
    assert [f[2] for f in run(validators, p, "levels")] == [["t"]]


def test_staff_in_service_area(validators):
    assert run(validators, tree_project(), "staff_in_service_area") == [
        (
            "warning",
            "Stabs-/støtteenheten «HR helse» ligger i tjenesteområdet «Helse»; "
            "stabsfunksjoner skal samles i fellesavdelinger.",
            ["hr", "a"],
            [],
        )
    ]


def test_allocation_and_delivery(validators):
    p = tree_project()
    sc = p.scenarios["sc"]
    assert run(validators, p, "allocation_and_delivery") == []
    sc.units["v"].role = Role.TJENESTEYTING
    sc.units["t"].role = Role.FORVALTNING  # tildeling inside a delivery unit
    assert run(validators, p, "allocation_and_delivery") == [
        (
            "warning",
            "«Hjemmetjenesten» er tjenesteyting, men har forvaltning under seg (Team 1).",
            ["v", "t"],
            [],
        )
    ]
    sc.units["v"].role = Role.NONE
    sc.units["x"].parent_id = "d"
    sc.invalidate()
    sc.units["x"].role = Role.TJENESTEYTING  # d (avdeling, no role) now holds both
    assert run(validators, p, "allocation_and_delivery") == [
        (
            "warning",
            "«Hjemmetjenesten» har både forvaltning og tjenesteyting under seg; "
            "skill tildeling fra utførelse.",
            ["v", "t", "x"],
            [],
        ),
        (
            "warning",
            "«Sone nord» har både forvaltning og tjenesteyting under seg; skill tildeling fra utførelse.",
            ["d", "t", "x"],
            [],
        ),
    ]


def test_leader_count(validators):
    p = small_project()  # r led by p1, a led by p2, b (virksomhet) has no leader
    assert run(validators, p, "leader_count") == [("warning", "«Skole» har ingen leder.", ["b"], [])]
    p.positions["p3"].personnel_responsibility = True  # p3 in b: now b has its one leader
    assert run(validators, p, "leader_count") == []
    p.scenarios["sc"].placements["p3"].unit_id = "a"
    p.scenarios["sc"].invalidate_placements()
    p.scenarios["sc"].units["b"].type = "team"  # teams may lack a leader
    assert run(validators, p, "leader_count") == [
        (
            "warning",
            "«Oppvekst» har 2 ledere med personalansvar: Kommunalsjef – Ylva Bø, Lærer – Ylva Bø.",
            ["a"],
            ["p2", "p3"],
        )
    ]


def test_leader_placement(validators):
    p = small_project()
    assert run(validators, p, "leader_placement") == []
    ops.set_placement(p, "sc", "p2", unit_id="b").apply(p)
    ops.set_placement(p, "sc", "p1", unit_id=None).apply(p)
    assert run(validators, p, "leader_placement") == [
        (
            "warning",
            "Lederen av «Kommunedirektør» (Kommunedirektør – Xavier Ås) er ikke innplassert.",
            ["r"],
            ["p1"],
        ),
        (
            "warning",
            "Lederen av «Oppvekst» (Kommunalsjef – Ylva Bø) er innplassert i «Skole».",
            ["a", "b"],
            ["p2"],
        ),
    ]


def test_unplaced_grouped_by_old_unit(validators):
    p = small_project()
    assert run(validators, p, "unplaced") == [
        ("warning", "Lærer – ledig fra Fet er ikke innplassert.", [], ["p4"])
    ]
    from orgdesigner.model import Unit as U

    p.sources["s2"].units["old"] = U("old", "Sørum skole")
    p.positions["p3"].unit_id = "old"
    p.positions["p2"].unit_id = "old"
    ops.place_positions(p, "sc", ["p2", "p3"], None).apply(p)
    ops.set_placement(p, "sc", "p4", status="overtallig").apply(p)  # settled: surplus
    assert run(validators, p, "unplaced") == [
        ("warning", "2 stillinger fra Sørum / Sørum skole er ikke innplassert.", [], ["p2", "p3"])
    ]


def test_over_full_time(validators):
    p = small_project()  # y holds 80 % + 20 % = 100 %: fine
    assert run(validators, p, "over_full_time") == []
    p.positions["p3"].fte_percent = 40
    assert run(validators, p, "over_full_time") == [
        (
            "warning",
            "Ylva Bø har 120\u00a0% til sammen i 2 stillinger (grense 100\u00a0%): "
            "Kommunalsjef – Ylva Bø, Lærer – Ylva Bø",
            ["a", "b"],
            ["p2", "p3"],
        )
    ]
    ops.SetSettings({"over_full_time.allowed_persons": ["y"]}).apply(p)
    assert run(validators, p, "over_full_time") == []


def test_empty_unit(validators):
    p = small_project()
    ops.add_unit(p, "sc", Unit("e", "Ny enhet", parent_id="r")).apply(p)
    assert run(validators, p, "empty_unit") == [
        ("info", "«Ny enhet» er tom: ingen stillinger og ingen underenheter.", ["e"], [])
    ]
    ops.set_unit_fields(p, "sc", "e", attributes={"begrunnelse": "Opprettes 2027"}).apply(p)
    assert run(validators, p, "empty_unit") == []


def test_integrity(validators):
    p = small_project()
    assert run(validators, p, "integrity") == []
    sc = p.scenarios["sc"]
    sc.units["o"] = Unit("o", "Foreldreløs", parent_id="gone")
    sc.units["c1"] = Unit("c1", "Ring 1", parent_id="c2")
    sc.units["c2"] = Unit("c2", "Ring 2", parent_id="c1")
    sc.units["c3"] = Unit("c3", "Under ringen", parent_id="c1")
    sc.units["b"].leader_position_id = "nope"
    sc.placements["p4"] = Placement("p4", "gone")
    sc.invalidate()
    assert run(validators, p, "integrity") == [
        ("error", "«Foreldreløs» peker på en overordnet enhet som ikke finnes.", ["o"], []),
        ("error", "Enhetene går i ring: Ring 1 → Ring 2.", ["c1", "c2"], []),
        ("error", "1 enhet henger under en ring og når ikke toppen.", ["c3"], []),
        ("error", "Lederstillingen til «Skole» finnes ikke.", ["b"], []),
        ("error", "1 stilling er innplassert i en enhet som ikke finnes.", [], ["p4"]),
    ]


def test_raising_validator_is_reported_and_others_go_on(validators):
    from orgdesigner.hookspecs import Validator

    def boom(project, scenario, settings):
        raise RuntimeError("kaputt")

    reported = []
    bad = Validator("bad", "Feiler", "error", boom)
    found = run_validators(
        [bad, validators["leader_count"]],
        small_project(),
        small_project().scenarios["sc"],
        report=lambda v, e: reported.append((v.id, str(e))),
    )
    assert reported == [("bad", "kaputt")]
    assert [f.validator for f in found] == ["leader_count"]


def test_finding_json_names_units_and_positions(validators):
    p = small_project()
    sc = p.scenarios["sc"]
    ops.set_placement(p, "sc", "p2", unit_id="b").apply(p)
    (f,) = run_validators([validators["leader_placement"]], p, sc)
    assert finding_to_json(p, sc, f) == {
        "validator": "leader_placement",
        "severity": "warning",
        "message": "Lederen av «Oppvekst» (Kommunalsjef – Ylva Bø) er innplassert i «Skole».",
        "unit_ids": ["a", "b"],
        "position_ids": ["p2"],
        "units": [{"id": "a", "name": "Oppvekst"}, {"id": "b", "name": "Skole"}],
        "positions": [{"id": "p2", "name": "Kommunalsjef – Ylva Bø"}],
    }


def test_validator_defaults_are_offered_as_settings():
    m = create_manager(
        builtins=["orgdesigner_plugins.validators"],
        entry_points=False,
        user_dir="/nonexistent-u",
        machine_dir="/nonexistent-m",
        disabled=[],
    )
    defaults = m.settings_defaults()
    assert defaults["span.warn"] == 30 and defaults["span.error"] == 40
    assert defaults["levels.max"] == 5 and defaults["over_full_time.max_percent"] == 100
    assert not m.problems
