"""The findings panel on the real widget: updates while editing, selects what a finding is about."""

from __future__ import annotations

import pytest
from test_metrics_fixtures import small_project

from orgdesigner.model import Unit, ops
from orgdesigner.plugins import create_manager
from orgdesigner.ui.controller import DocumentController
from orgdesigner.ui.findings_panel import FindingsPanel


@pytest.fixture
def controller(qtbot):
    pm = create_manager(
        builtins=["orgdesigner_plugins.validators"],
        entry_points=False,
        user_dir="/nonexistent-u",
        machine_dir="/nonexistent-m",
        disabled=[],
    )
    return DocumentController(small_project(), plugins=pm)


def messages(panel):
    return [item.text(0) for item in panel.finding_items()]


def test_shows_findings_grouped_and_counted(qtbot, controller):
    panel = FindingsPanel(controller, delay_ms=0)
    qtbot.addWidget(panel)
    assert panel.summary.text() == "0 feil, 2 advarsler, 0 info"
    heads = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert heads == ["Én leder per enhet (1)", "Stilling ikke innplassert (1)"]
    assert messages(panel) == ["«Skole» har ingen leder.", "Lærer – ledig fra Fet er ikke innplassert."]


def test_updates_after_an_edit_and_undo(qtbot, controller):
    panel = FindingsPanel(controller, delay_ms=10)
    qtbot.addWidget(panel)
    controller.run(ops.add_unit(controller.project, "sc", Unit("e", "Ny enhet", parent_id="r")))
    with qtbot.waitSignal(panel.refreshed, timeout=2000):
        pass
    assert "«Ny enhet» er tom: ingen stillinger og ingen underenheter." in messages(panel)
    assert "«Ny enhet» har ingen leder ennå (ingen stillinger er innplassert)." in messages(panel)
    controller.undo_stack.undo()
    with qtbot.waitSignal(panel.refreshed, timeout=2000):
        pass
    assert not any("Ny enhet" in m for m in messages(panel))


def test_clicking_a_finding_selects_its_units_and_positions(qtbot, controller):
    panel = FindingsPanel(controller, delay_ms=0)
    qtbot.addWidget(panel)
    controller.run(ops.set_placement(controller.project, "sc", "p2", unit_id="b"))
    panel.refresh()
    item = next(i for i in panel.finding_items() if i.text(0).startswith("Lederen av «Oppvekst»"))
    with qtbot.waitSignal(controller.selectionChanged) as blocker:
        panel.tree.setCurrentItem(item)
    assert blocker.args[0] == [("unit", "a"), ("unit", "b"), ("position", "p2")]
    assert blocker.args[1] is panel


def test_filter_and_broken_validator(qtbot, controller):
    from orgdesigner.hookspecs import Validator, hookimpl

    class Broken:
        @hookimpl
        def orgdesigner_validators(self):
            def boom(project, scenario, settings):
                raise RuntimeError("au")

            return [Validator("boom", "Feiler", "error", boom)]

    controller.plugins.register(Broken(), "broken")
    panel = FindingsPanel(controller, delay_ms=0)
    qtbot.addWidget(panel)
    assert any(p.name == "broken" for p in controller.plugins.problems)
    assert len(panel.finding_items()) == 2  # the built-ins still ran
    panel.filter.setCurrentIndex(1)  # errors only
    assert panel.finding_items() == []
    assert panel.summary.text() == "0 feil, 2 advarsler, 0 info"


def test_follows_scenario_switch_and_new_project(qtbot, controller):
    panel = FindingsPanel(controller, delay_ms=0)
    qtbot.addWidget(panel)
    controller.run(ops.copy_scenario(controller.project, "sc", "B", "sb"))
    controller.run(ops.add_unit(controller.project, "sb", Unit("e", "Bare i B", parent_id="r")))
    with qtbot.waitSignal(panel.refreshed, timeout=2000):
        controller.set_scenario("sb")
    assert "«Bare i B» er tom: ingen stillinger og ingen underenheter." in messages(panel)
    from orgdesigner.model import Project

    with qtbot.waitSignal(panel.refreshed, timeout=2000):
        controller.set_project(Project())
    assert panel.finding_items() == [] and panel.summary.text() == "0 feil, 0 advarsler, 0 info"


def span_breach(controller):
    """Oppvekst («a») gets 3 direct reports with the limits set low: a principle breach."""
    p = controller.project
    controller.run(ops.SetSettings({"span.warn": 1, "span.error": 5}))
    for pid in ("p1", "p3", "p4"):
        if pid in p.positions:
            controller.run(ops.set_placement(p, "sc", pid, unit_id="a"))


def test_principle_breaches_come_first_and_stand_out(qtbot, controller):
    panel = FindingsPanel(controller, delay_ms=0)
    qtbot.addWidget(panel)
    span_breach(controller)
    panel.refresh()
    first = panel.tree.topLevelItem(0)
    assert first.text(0).startswith("Kontrollspenn") and first.text(2) == "prinsipp"
    assert first.font(0).bold()
    assert all(
        panel.tree.topLevelItem(i).text(2) == "orden" for i in range(1, panel.tree.topLevelItemCount())
    )
    assert "brudd på prinsipper" in panel.summary.text()
    panel.filter.setCurrentIndex(3)  # principle breaches only
    assert panel.finding_items() and all(i.parent() is first for i in panel.finding_items())


def test_an_edit_replaces_only_the_rows_it_changed(qtbot, controller):
    panel = FindingsPanel(controller, delay_ms=0)
    qtbot.addWidget(panel)
    qtbot.wait(50)  # the service's first announcement after opening rebuilds once
    unplaced_row = next(i for i in panel.finding_items() if "ikke innplassert" in i.text(0))
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        controller.run(ops.add_unit(controller.project, "sc", Unit("e", "Ny enhet", parent_id="r")))
    assert "«Ny enhet» er tom: ingen stillinger og ingen underenheter." in messages(panel)
    # the row about an untouched finding is the same Qt item: no rebuild of the tree
    assert any(i is unplaced_row for i in panel.finding_items())


def test_rule_severity_is_set_per_project_in_one_undo_step(qtbot, controller):
    panel = FindingsPanel(controller, delay_ms=0)
    qtbot.addWidget(panel)
    assert "0 feil" in panel.summary.text()
    panel._fill_rules_menu()
    menu = next(a.menu() for a in panel.rules_menu.actions() if a.text() == "Én leder per enhet")
    action = next(a for a in menu.actions() if a.objectName() == "severity_leader_count_error")
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        action.trigger()
    assert controller.project.settings["leader_count.severity"] == "error"
    assert panel.summary.text().startswith("1 feil")
    row = next(i for i in panel.finding_items() if i.text(0) == "«Skole» har ingen leder.")
    assert row.text(1) == "feil"
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        controller.undo_stack.undo()
    assert panel.summary.text().startswith("0 feil")
    off = next(a for a in menu.actions() if a.objectName() == "enabled_leader_count")
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        off.trigger()  # checked → unchecked: the rule is off in this project
    assert not any("leder" in m for m in messages(panel))
