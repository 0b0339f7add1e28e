"""The validator runner: incremental findings equal a full run; settings, severity, failures, slices."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_metrics import random_op, random_project
from test_metrics_fixtures import small_project

from orgdesigner.analysis.validation import KeyedCheck, ValidationRunner, run_all
from orgdesigner.hookspecs import Finding, Validator
from orgdesigner.model import ModelError, Role, Unit, UnitType, ops
from orgdesigner.model.project import set_site_defaults
from orgdesigner_plugins.validators import all_validators


def norm(findings):
    return sorted(
        (f.validator, f.severity, f.message, tuple(f.unit_ids), tuple(f.position_ids)) for f in findings
    )


def full(project, sc_id="sc"):
    return norm(run_all(project, project.scenarios[sc_id], all_validators()).findings())


def extra_op(draw, p):
    """Edits random_op lacks: unit types and roles, personnel responsibility, renames."""
    sc = p.scenarios["sc"]
    units, pos = list(sc.units), list(p.positions)
    kind = draw(st.sampled_from(["type", "role", "resp", "rename", "person_name"]))
    if kind == "type" and units:
        t = draw(st.sampled_from([UnitType.STAB, "støtte", "tjenesteområde", "virksomhet", "team"]))
        return ops.set_unit_fields(p, "sc", draw(st.sampled_from(units)), type=t)
    if kind == "role" and units:
        r = draw(st.sampled_from([Role.NONE, Role.FORVALTNING, Role.TJENESTEYTING]))
        return ops.set_unit_fields(p, "sc", draw(st.sampled_from(units)), role=r)
    if kind == "resp" and pos:
        return ops.set_fields(
            p, "position", None, draw(st.sampled_from(pos)), personnel_responsibility=draw(st.booleans())
        )
    if kind == "rename" and units:
        return ops.rename_unit(p, "sc", draw(st.sampled_from(units)), draw(st.sampled_from(["A", "B", "Å"])))
    if kind == "person_name" and p.persons:
        return ops.set_fields(p, "person", None, draw(st.sampled_from(list(p.persons))), name="Omdøpt")
    return None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_incremental_findings_equal_a_full_run_after_random_edits(data):
    p = random_project(data.draw)
    for uid in p.scenarios["sc"].units:  # low limits so spans and levels produce findings
        p.scenarios["sc"].units[uid].type = data.draw(st.sampled_from(["avdeling", "stab", "tjenesteområde"]))
    p.settings.update({"span.warn": 1, "span.error": 3, "levels.max": 2})
    runner = ValidationRunner(p, "sc", all_validators())
    runner.update()
    assert norm(runner.findings()) == full(p)
    done = []
    for _ in range(data.draw(st.integers(1, 12))):
        if done and data.draw(st.integers(0, 4)) == 0:
            done.pop().revert(p)
        else:
            try:
                op = random_op(data.draw, p) if data.draw(st.booleans()) else extra_op(data.draw, p)
            except ModelError:
                continue
            if op is None:
                continue
            op.apply(p)
            done.append(op)
        if data.draw(st.booleans()):  # sometimes several edits in one batch
            runner.update()
            assert norm(runner.findings()) == full(p)
    runner.update()
    assert norm(runner.findings()) == full(p)
    counts = runner.unit_counts()
    for uid in p.scenarios["sc"].units:
        mine = [f for f in runner.findings() if uid in f.unit_ids]
        assert counts.get(uid, (0, ""))[0] == len(mine)
    runner.close()


def test_one_edit_rechecks_only_what_it_touched():
    p = small_project()
    calls = []
    check = KeyedCheck(
        lambda index, s: list(index.scenario.units),
        lambda index, s, key: calls.append(key) or [],
        lambda index, s, dirty: dirty.units,
    )
    runner = ValidationRunner(p, "sc", [Validator("probe", "Probe", "info", check)])
    runner.update()
    assert sorted(calls) == ["a", "b", "r"]
    calls.clear()
    ops.rename_unit(p, "sc", "b", "Nytt navn").apply(p)
    runner.update()
    assert sorted(calls) == ["a", "b"]  # the unit and its parent, not the whole scenario


def test_enabled_site_defaults_and_severity_override():
    p = small_project()
    ops.add_unit(p, "sc", Unit("e", "Tom", parent_id="r")).apply(p)
    assert any(
        f.validator == "empty_unit" for f in run_all(p, p.scenarios["sc"], all_validators()).findings()
    )
    set_site_defaults({"empty_unit.enabled": False})
    try:
        found = run_all(p, p.scenarios["sc"], all_validators()).findings()
        assert not any(f.validator == "empty_unit" for f in found)
        p.settings["empty_unit.enabled"] = True  # the project wins over the site
        p.settings["empty_unit.severity"] = "error"
        found = [
            f
            for f in run_all(p, p.scenarios["sc"], all_validators()).findings()
            if f.validator == "empty_unit"
        ]
        assert found and {f.severity for f in found} == {"error"}
    finally:
        set_site_defaults({})


def test_a_settings_change_is_seen_by_a_live_runner():
    p = small_project()
    runner = ValidationRunner(p, "sc", all_validators())
    runner.update()
    before = {f.validator for f in runner.findings()}
    assert "leader_count" in before
    ops.SetSettings({"leader_count.enabled": False}).apply(p)
    runner.update()
    assert "leader_count" not in {f.validator for f in runner.findings()}


def test_a_failing_validator_is_named_disabled_and_the_others_go_on():
    p = small_project()
    calls = []

    def boom(project, scenario, settings):
        calls.append(1)
        raise RuntimeError("kaputt")

    reported = []
    runner = ValidationRunner(
        p,
        "sc",
        [Validator("bad", "Feiler", "error", boom), *all_validators()],
        report=lambda v, e: reported.append(v.id),
    )
    runner.update()
    assert reported == ["bad"] and "kaputt" in runner.broken["bad"]
    assert runner.findings()  # the others ran
    ops.rename_unit(p, "sc", "a", "X").apply(p)
    runner.update()
    assert len(calls) == 1  # not run again


def test_plain_validators_run_in_full_after_each_change():
    p = small_project()
    runs = []

    def count_units(project, scenario, settings):
        runs.append(len(scenario.units))
        return [Finding("n", "info", f"{len(scenario.units)} enheter")]

    runner = ValidationRunner(p, "sc", [Validator("n", "Antall", "info", count_units)])
    runner.update()
    ops.add_unit(p, "sc", Unit("x", "X", parent_id="r")).apply(p)
    runner.update()
    assert runs == [3, 4] and [f.message for f in runner.findings()] == ["4 enheter"]


def test_sliced_full_pass_folds_in_edits_made_meanwhile():
    p = small_project()
    for i in range(300):
        ops.add_unit(p, "sc", Unit(f"n{i}", f"Ny {i}", parent_id="r")).apply(p)
    runner = ValidationRunner(p, "sc", all_validators())
    assert runner.update(budget_s=0.0) is False  # one slice: not done
    ops.remove_unit(p, "sc", "n5").apply(p)
    ops.add_unit(p, "sc", Unit("late", "Sen", parent_id="a")).apply(p)
    while not runner.update(budget_s=0.002):
        pass
    assert norm(runner.findings()) == full(p)


def test_badge_lines_list_the_findings_of_a_unit():
    p = small_project()
    ops.add_unit(p, "sc", Unit("e", "Tom", parent_id="r")).apply(p)
    runner = run_all(p, p.scenarios["sc"], all_validators())
    texts = [f.message for f in runner.unit_findings("e")]
    assert "«Tom» er tom: ingen stillinger og ingen underenheter." in texts
    assert runner.unit_counts()["e"][0] == len(texts)


def test_the_plugin_guides_keyed_check_example_runs_incrementally():
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "docs" / "plugins.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```py\n(.*?)```", text, flags=re.S) if "KeyedCheck(" in b]
    space: dict = {}
    exec(block, space)  # the guide's own example, as a kommune would copy it
    p = small_project()
    runner = ValidationRunner(p, "sc", [space["RULE"]])
    runner.update()
    assert runner.findings() == []
    ops.rename_unit(p, "sc", "b", "Ab").apply(p)
    runner.update()
    assert [f.message for f in runner.findings()] == ["«Ab» har et kort navn."]
    assert norm(runner.findings()) == norm(run_all(p, p.scenarios["sc"], [space["RULE"]]).findings())
