"""The innplassering and lokalisering panels follow edits cheaply and only while on screen.

Every incremental update must leave the table exactly as a full rebuild would; the
panels must not recompute as a hidden dock tab, and opening a project refreshes once.
"""

from __future__ import annotations

import pytest
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.model import PlacementStatus, ops
from orgdesigner.ui.controller import DocumentController
from orgdesigner.ui.placement_model import ALL, CONFLICTS, NOT_PLACED, PlacementTableModel


@pytest.fixture()
def controller(qtbot):
    p = small_project()
    place_default(p)
    c = DocumentController(p)
    c.set_scenario(SC)
    return c


def snapshot(model: PlacementTableModel) -> list[tuple]:
    return [(r.position_id, r.values, r.conflict, r.placed) for r in model.rows]


def fresh(panel) -> list[tuple]:
    """The table as a full rebuild with the panel's options would show it."""
    m = PlacementTableModel()
    m.filter, m.text, m.by_level, m.within = panel.model.filter, panel.model.text, panel.model.by_level, None
    m.set_scenario(panel.controller.project, panel.controller.scenario())
    return snapshot(m)


def settle(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel._updates.timer.isActive(), timeout=3000)


EDITS = [
    ("move a unit", lambda p: ops.move_units(p, SC, ["n-skole"], "n-helse")),
    ("rename a unit", lambda p: ops.rename_unit(p, SC, "n-opp", "Oppvekst og læring")),
    ("unit location", lambda p: ops.set_unit_fields(p, SC, "n-helse", location_id="l-sk-skole")),
    ("leader of a unit", lambda p: ops.set_unit_fields(p, SC, "n-opp", leader_position_id="fp1")),
    ("place", lambda p: ops.set_placement(p, SC, "fp7", unit_id="n-helse")),
    ("unplace", lambda p: ops.place_positions(p, SC, ["sp4", "fp2"], None)),
    ("status", lambda p: ops.set_placement(p, SC, "fp1", status=PlacementStatus.PLASSERT)),
    ("wish", lambda p: ops.set_placement(p, SC, "fp5", wishes=["n-opp"], note="helst oppvekst")),
    ("position title", lambda p: ops.set_fields(p, "position", None, "fp3", title="Adjunkt")),
    ("leader flag", lambda p: ops.set_fields(p, "position", None, "fp4", personnel_responsibility=True)),
    ("place name", lambda p: ops.set_fields(p, "location", None, "l-sk-rh", name="Rådhuset")),
    ("old unit name", lambda p: ops.rename_unit(p, "fet", "fet-skole", "Fet ungdomsskole")),
    ("remove a unit", lambda p: ops.remove_unit(p, SC, "n-helse")),
]


@pytest.mark.parametrize("filter_key", [ALL, NOT_PLACED, CONFLICTS, PlacementStatus.FORESLATT])
def test_updates_equal_a_full_rebuild(qtbot, controller, filter_key) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    panel._updates.delay_ms = 1  # the short wait after an edit is not what this tests
    panel.filter.setCurrentIndex(panel.filter.findData(filter_key))
    resets = []
    panel.model.modelAboutToBeReset.connect(lambda: resets.append(1))
    for label, make in EDITS:
        assert controller.run(make(controller.project)), label
        settle(qtbot, panel)
        assert snapshot(panel.model) == fresh(panel), label
    for _ in EDITS:
        controller.undo_stack.undo()
        settle(qtbot, panel)
        assert snapshot(panel.model) == fresh(panel)
    assert "konflikter 1" in panel.progress.text()
    # rows that leave or join a filter, and units added or removed, are row signals: no reset
    assert resets == []


def test_a_unit_move_needs_no_reset_and_keeps_the_selection(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    panel.select_positions(["sp2", "fp2"])
    resets = []
    panel.model.modelAboutToBeReset.connect(lambda: resets.append(1))
    controller.run(ops.move_units(controller.project, SC, ["n-skole"], "n-helse"))
    settle(qtbot, panel)
    row = panel.model.row_of("sp2")
    assert panel.model.index(row, 6).data() == "Lillestrøm kommune / Helse og mestring / Lillestrøm skole"
    assert resets == [] and sorted(panel.chosen_positions()) == ["fp2", "sp2"]
    assert panel.unit.findData("n-skole") >= 0
    # the picker names the unit first, then where it now sits
    assert (
        panel.unit.itemText(panel.unit.findData("n-skole"))
        == "Lillestrøm skole — Lillestrøm kommune / Helse og mestring"
    )


def test_by_level_and_search_fall_back_to_a_rebuild(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    panel.by_level.setChecked(True)
    controller.run(ops.set_unit_fields(controller.project, SC, "n-opp", leader_position_id="fp1"))
    settle(qtbot, panel)
    assert snapshot(panel.model) == fresh(panel)
    fp1 = panel.model.rows[panel.model.row_of("fp1")]
    assert fp1.group == "Ledere på nivå 2"  # leads Oppvekst now, not the old Fet kommune
    panel.by_level.setChecked(False)
    panel.search.setText("vakant")
    controller.run(ops.set_fields(controller.project, "position", None, "fp6", person_id="p1"))
    settle(qtbot, panel)
    assert snapshot(panel.model) == fresh(panel)


def test_open_refreshes_once(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel
    from orgdesigner.ui.relocation_panel import RelocationPanel

    panel, reloc = PlacementPanel(controller), RelocationPanel(controller)
    for w in (panel, reloc):
        qtbot.addWidget(w)
        w.show()
    counts = {"placement": 0, "relocation": 0}
    panel.model.modelAboutToBeReset.connect(lambda: counts.__setitem__("placement", counts["placement"] + 1))
    reloc.per_unit.model().modelAboutToBeReset.connect(
        lambda: counts.__setitem__("relocation", counts["relocation"] + 1)
    )
    p = small_project()
    controller.set_project(p)  # projectReplaced and scenarioChanged
    qtbot.waitUntil(lambda: counts["placement"] >= 1 and counts["relocation"] >= 1, timeout=3000)
    qtbot.wait(50)
    assert counts == {"placement": 1, "relocation": 1}
    assert "Plassert 0 av 11" in panel.progress.text()


def test_hidden_dock_tab_waits_until_raised(qtbot, controller) -> None:
    from PySide6.QtWidgets import QMainWindow

    from orgdesigner.ui.placement_install import install_placement_ui

    win = QMainWindow()
    qtbot.addWidget(win)
    ui = install_placement_ui(win, controller)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    reloc = ui.relocation_panel
    runs = []
    real = reloc.refresh
    reloc.refresh = lambda: (runs.append(1), real())[1]
    assert reloc.isVisible()  # a hidden tab still counts as visible for Qt …
    assert reloc.visibleRegion().isEmpty()  # … but has nothing on screen
    controller.run(ops.set_placement(controller.project, SC, "fp7", unit_id="n-opp"))
    settle(qtbot, ui.placement_panel)
    qtbot.wait(200)
    assert runs == [] and reloc._stale
    assert "Plassert 10 av 11" in ui.placement_panel.progress.text()
    ui.relocation_dock.raise_()
    qtbot.waitUntil(lambda: reloc.summary.text().startswith("4 av 10"), timeout=3000)
    assert runs == [1] and not reloc._stale
    # now the placement panel is the hidden tab
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: reloc.summary.text().startswith("3 av 9"), timeout=3000)
    assert ui.placement_panel._stale and "Plassert 10 av 11" in ui.placement_panel.progress.text()
    ui.placement_dock.raise_()
    qtbot.waitUntil(lambda: "Plassert 9 av 11" in ui.placement_panel.progress.text(), timeout=3000)


def test_relocation_follows_unit_renames_without_recomputing(qtbot, controller) -> None:
    from orgdesigner.ui.relocation_panel import RelocationPanel

    reloc = RelocationPanel(controller)
    qtbot.addWidget(reloc)
    reloc.show()
    runs = []
    real = reloc.refresh
    reloc.refresh = lambda: (runs.append(1), real())[1]
    controller.run(ops.rename_unit(controller.project, SC, "n-opp", "Oppvekst og læring"))
    controller.run(ops.move_units(controller.project, SC, ["n-skole"], "n-helse"))
    qtbot.waitUntil(lambda: not reloc._updates.timer.isActive(), timeout=3000)
    units = [reloc.per_unit.model().index(r, 0).data() for r in range(reloc.per_unit.model().rowCount())]
    assert "Lillestrøm kommune / Helse og mestring / Lillestrøm skole" in units
    assert "Lillestrøm kommune / Oppvekst og læring" in units
    controller.run(ops.rename_scenario(controller.project, SC, "Nytt navn"))
    qtbot.wait(250)
    assert runs == []
    controller.run(ops.set_placement(controller.project, SC, "fp7", unit_id="n-opp"))
    qtbot.waitUntil(lambda: reloc.summary.text().startswith("4 av 10"), timeout=3000)
    assert runs == [1]


def test_editor_scrolls_so_the_dock_can_be_low(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.editor.minimumSizeHint().height() > 250  # the form itself is tall …
    assert panel.minimumSizeHint().height() < 200  # … but scrolls inside the panel
    assert panel.editor_scroll.widget() is panel.editor
