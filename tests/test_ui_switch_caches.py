"""Switching alternative keeps what each alternative computed, and what it keeps is never stale.

The outline tree, the innplassering table, the metrics engine and the validator run of
an alternative are kept when another one is shown. Switching back reuses them (the same
objects, no rebuild) when nothing that concerns them changed; an edit in the
alternative shown that concerns every alternative (a position's fields) is followed or
drops what was kept, so what is shown always equals a fresh build.
"""

from __future__ import annotations

import pytest
from test_placement_fixture import SC, place_default, small_project
from test_ui_placement_updates import fresh, settle, snapshot

from orgdesigner.analysis.metrics_engine import MetricsEngine
from orgdesigner.analysis.validation import ValidationRunner
from orgdesigner.model import ops
from orgdesigner.ui.controller import DocumentController
from orgdesigner.ui.outline_model import OutlineModel

B = "s-b"


@pytest.fixture()
def controller(qtbot):
    p = small_project()
    place_default(p)
    c = DocumentController(p)
    c.run(ops.copy_scenario(p, SC, "Alternativ B", B))
    c.set_scenario(SC)
    return c


def local_edits(c: DocumentController) -> None:
    """Edits in B that concern B only."""
    p = c.project
    assert c.run(ops.move_units(p, B, ["n-skole"], "n-helse"))
    assert c.run(ops.set_placement(p, B, "fp7", unit_id="n-helse"))
    assert c.run(ops.rename_unit(p, B, "n-opp", "Oppvekst B"))


def shared_edit(c: DocumentController) -> None:
    """An edit made while B is shown that concerns A too: a position's FTE and leader flag."""
    assert c.run(
        ops.set_fields(c.project, "position", None, "fp4", fte_percent=40.0, personnel_responsibility=True)
    )


def tree(model: OutlineModel) -> dict:
    out, stack = {}, [None]
    while stack:
        uid = stack.pop()
        kids = model.children_of(uid)
        out[uid] = (kids, model.counts(uid) if uid else None)
        stack.extend(kids)
    return out


def test_outline_keeps_the_tree_of_an_alternative_and_follows_shared_edits(qtbot, controller) -> None:
    model = OutlineModel(controller)
    kids_a = model._kids
    controller.set_scenario(B)
    local_edits(controller)
    assert tree(model) == tree(OutlineModel(controller))
    controller.set_scenario(SC)
    assert model._kids is kids_a  # switching back: no rebuild
    assert tree(model) == tree(OutlineModel(controller))
    controller.set_scenario(B)
    shared_edit(controller)
    controller.set_scenario(SC)
    assert tree(model) == tree(OutlineModel(controller))
    # an edit in A while B is kept drops B's tree
    assert controller.run(ops.move_units(controller.project, SC, ["n-skole"], "n-helse"))
    controller.set_scenario(B)
    assert tree(model) == tree(OutlineModel(controller))
    controller.undo_stack.undo()  # the move in A, made while A was shown; B is shown now
    controller.set_scenario(SC)
    assert tree(model) == tree(OutlineModel(controller))


def test_placement_table_keeps_an_alternative_and_drops_it_after_a_shared_edit(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    panel._updates.delay_ms = 1
    settle(qtbot, panel)
    rows_a, text_a = panel.model.rows, panel.progress.text()
    controller.set_scenario(B)
    settle(qtbot, panel)
    local_edits(controller)
    settle(qtbot, panel)
    assert snapshot(panel.model) == fresh(panel)
    controller.set_scenario(SC)
    settle(qtbot, panel)
    assert panel.model.rows is rows_a and panel.progress.text() == text_a  # kept, not rebuilt
    assert snapshot(panel.model) == fresh(panel)
    assert controller.run(ops.set_placement(controller.project, SC, "fp7", unit_id="n-helse"))
    settle(qtbot, panel)  # followed incrementally from the kept state (rows, row index)
    assert snapshot(panel.model) == fresh(panel) and panel.progress.text() != text_a
    controller.set_scenario(B)
    settle(qtbot, panel)
    shared_edit(controller)  # fp4 now leads: a conflict in A too
    settle(qtbot, panel)
    controller.set_scenario(SC)
    settle(qtbot, panel)
    assert panel.model.rows is not rows_a
    assert snapshot(panel.model) == fresh(panel)
    other = PlacementPanel(controller)  # a panel that never saw A before: the same progress line
    qtbot.addWidget(other)
    assert panel.progress.text() == other.progress.text()


def test_the_metrics_engine_of_each_alternative_is_kept_and_current(qtbot, controller) -> None:
    from orgdesigner_plugins.metric_panels.panels_qt import shared_engine

    eng_a = shared_engine(controller)
    controller.set_scenario(B)
    eng_b = shared_engine(controller)
    assert eng_b is not eng_a and eng_b.scenario_id == B
    local_edits(controller)
    shared_edit(controller)
    controller.set_scenario(SC)
    assert shared_engine(controller) is eng_a  # no rebuild on switching back
    for sid, eng in ((SC, eng_a), (B, eng_b)):
        assert eng.snapshot() == MetricsEngine(controller.project, sid, listen=False).snapshot()
    controller.run(ops.remove_scenario(controller.project, B))
    assert controller.scenario_id == SC
    shared_engine(controller)
    assert B not in controller._metric_panels_engines  # a removed alternative's engine is closed
    controller.set_project(small_project())
    assert shared_engine(controller) is not eng_a


def test_the_validator_run_of_each_alternative_is_kept_and_current(qtbot, controller) -> None:
    from orgdesigner.ui.app import create_plugins
    from orgdesigner.ui.validation_service import service_for

    controller.plugins = create_plugins()
    service = service_for(controller)
    runner_a = service.current()
    assert runner_a is not None and not runner_a.busy
    controller.set_scenario(B)
    runner_b = service.current()
    assert runner_b is not runner_a
    before = found(runner_a)
    local_edits(controller)
    shared_edit(controller)
    controller.set_scenario(SC)
    runner = service.current()
    assert runner is runner_a  # kept: no first pass on switching back
    validators = controller.plugins.validators()
    for sid, r in ((SC, runner), (B, runner_b)):
        r.update()
        new = ValidationRunner(controller.project, sid, validators, listen=False)
        new.update()
        assert found(r) == found(new), sid
    assert found(runner) != before  # the shared edit was followed, not missed


def found(runner: ValidationRunner) -> dict:
    return {rule: {k: v for k, v in keys.items() if v} for rule, keys in runner.results.items()}


def test_only_the_alternative_shown_before_keeps_its_runner(qtbot, controller) -> None:
    from orgdesigner.ui.app import create_plugins
    from orgdesigner.ui.validation_service import service_for

    controller.plugins = create_plugins()
    assert controller.run(ops.copy_scenario(controller.project, SC, "Alternativ C", "s-c"))
    service = service_for(controller)
    runners = {}
    for sid in (SC, B, "s-c"):
        controller.set_scenario(sid)
        runners[sid] = service.current()
    controller.set_scenario(B)
    assert service.current() is runners[B]  # shown just before
    controller.set_scenario(SC)
    assert service.current() is not runners[SC]  # dropped (memory), checked afresh
    assert not runners[SC]._listening and not runners["s-c"]._listening  # closed
