"""The outline's Qt model keeps Qt's model contract on every kind of edit, and stays in step
with the scenario and the chart.

pytest-qt's ``qtmodeltester`` (its Python checker, which raises, and Qt's own
QAbstractItemModelTester, whose complaints are Qt warnings) watches the model
while random adds, removals of sets, moves of sets, renames (which can reorder
siblings), copies, undos and redos run through the controller.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from ui_support import small_project

from orgdesigner.analysis import layout as lay
from orgdesigner.model import ModelError, Unit, UnitType, ops
from orgdesigner.model.entities import new_id
from orgdesigner.ui.chart_scene import ChartScene
from orgdesigner.ui.controller import DocumentController
from orgdesigner.ui.outline_model import OutlineModel


def _tree(model: OutlineModel, parent: QModelIndex = QModelIndex()) -> list:  # noqa: B008
    out = []
    for row in range(model.rowCount(parent)):
        ix = model.index(row, 0, parent)
        assert model.parent(ix) == parent
        out.append((model.unit_id(ix), ix.data(), _tree(model, ix)))
    return out


def _expected(sc, parent=None) -> list:
    return [(u, sc.units[u].name, _expected(sc, u)) for u in sc.children(parent)]


def _in_step(c: DocumentController, model: OutlineModel, chart: ChartScene) -> None:
    sc = c.scenario()
    assert _tree(model) == _expected(sc)
    assert set(chart.items_by_unit) == set(lay.visible_units(sc, chart.collapsed))
    fresh = lay.layout_org(sc, chart.collapsed, chart.options)
    assert {u: b.rect() for u, b in chart.layout.boxes.items()} == {
        u: b.rect() for u, b in fresh.boxes.items()
    }


def _random_op(data: st.DataObject, c: DocumentController):
    p, sc = c.project, c.scenario()
    units = list(sc.units)
    kind = data.draw(st.sampled_from(["add", "remove", "move", "rename", "copy", "undo", "redo"]))
    if kind == "undo":
        return "undo"
    if kind == "redo":
        return "redo"
    if kind == "add" or not units:
        parent = data.draw(st.sampled_from([None, *units]))
        index = data.draw(st.one_of(st.none(), st.integers(0, 4)))
        name = data.draw(st.sampled_from(["Alfa", "Beta", "Gamma", "Økonomi"]))
        return ops.add_unit(p, sc.id, Unit(new_id("x"), name, UnitType.AVDELING, parent), index)
    chosen = data.draw(st.lists(st.sampled_from(units), min_size=1, max_size=3, unique=True))
    if kind == "remove":
        return ops.remove_units(p, sc.id, chosen)
    if kind == "move":
        target = data.draw(st.sampled_from([None, *units]))
        return ops.move_units(p, sc.id, chosen, target, data.draw(st.one_of(st.none(), st.integers(0, 4))))
    if kind == "copy":
        return ops.copy_units(p, sc.id, chosen[0], sc.id, data.draw(st.sampled_from([None, *units])))
    # a rename can reorder siblings with the same sort order
    return ops.rename_unit(p, sc.id, chosen[0], data.draw(st.sampled_from(["Aaa", "Mmm", "Ååå"])))


@settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_outline_model_passes_the_model_tester_on_random_edits(qtbot, qtmodeltester, qtlog, data) -> None:
    c = DocumentController(small_project())
    for u in c.scenario().units.values():
        u.sort_order = 0  # siblings then sort by name: renames reorder them
    c.scenario().invalidate()
    model = OutlineModel(c)
    qtmodeltester.check(model, force_py=True)  # raises on a broken contract
    native = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    chart = ChartScene(c)
    chart.rebuild()
    _in_step(c, model, chart)
    for _ in range(data.draw(st.integers(1, 10))):
        try:
            op = _random_op(data, c)
        except ModelError:
            continue  # the factory refused (a move into its own subtree)
        if op == "undo":
            c.undo_stack.undo()
        elif op == "redo":
            c.undo_stack.redo()
        else:
            assert c.run(op)
        _in_step(c, model, chart)
    while c.undo_stack.canUndo():
        c.undo_stack.undo()
    _in_step(c, model, chart)
    assert not [r for r in qtlog.records if "FAIL" in r.message], [r.message for r in qtlog.records]
    del native


@pytest.mark.parametrize("op_name", ["remove_set", "move_set", "undo_remove"])
def test_removals_and_moves_are_row_signals_not_resets(qtbot, op_name) -> None:
    c = DocumentController(small_project())
    model = OutlineModel(c)
    seen: list[str] = []
    for sig in ("modelReset", "layoutChanged", "rowsRemoved", "rowsInserted", "rowsMoved"):
        getattr(model, sig).connect(lambda *_a, s=sig: seen.append(s))
    p = c.project
    persistent = model.index_of("skole")
    from PySide6.QtCore import QPersistentModelIndex

    keep = QPersistentModelIndex(persistent)
    if op_name == "move_set":
        c.run(ops.move_units(p, "s1", ["skole", "hjem"], "kd", 0))
        assert seen and set(seen) == {"rowsMoved"}
        assert model.unit_id(keep) == "skole" and model.parent(model.index_of("skole")) == model.index_of(
            "kd"
        )
    else:
        c.run(ops.remove_units(p, "s1", ["oppv", "stab"]))
        assert set(seen) == {"rowsRemoved"}
        assert not keep.isValid()
        if op_name == "undo_remove":
            seen.clear()
            c.undo_stack.undo()
            assert set(seen) == {"rowsInserted"}
    assert _tree(model) == _expected(c.scenario())


def test_a_subtree_moved_out_of_a_removed_unit_keeps_its_whole_depth(qtbot, qtmodeltester) -> None:
    """One op moves «skole» (with «avd» below it) out of «oppv» and removes «oppv»."""
    c = DocumentController(small_project())
    model = OutlineModel(c)
    qtmodeltester.check(model, force_py=True)
    p = c.project
    ops.add_unit(p, "s1", Unit("team", "Team 1", UnitType.TEAM, "avd")).apply(p)
    c.scenario().invalidate()
    model.reset()
    move = ops.move_units(p, "s1", ["skole"], "kd")
    c.run(ops.Compound([move, ops.RemoveItems("unit", "s1", ["oppv"])]))
    assert _tree(model) == _expected(c.scenario())
    c.undo_stack.undo()
    assert _tree(model) == _expected(c.scenario())
