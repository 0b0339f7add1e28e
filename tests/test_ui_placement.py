"""pytest-qt tests of the innplassering and lokalisering widgets (real widgets, offscreen)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton
from test_placement_fixture import SC, place_default, small_project

from orgdesigner.model import PlacementStatus
from orgdesigner.model.bulk import BY_UNIT
from orgdesigner.ui.controller import DocumentController


@pytest.fixture()
def controller(qtbot):
    p = small_project()
    place_default(p)
    c = DocumentController(p)
    c.set_scenario(SC)
    return c


def choose(combo, data) -> None:
    """Pick the item with ``data`` as a user would (activated is what marks a field as edited)."""
    idx = combo.findData(data)
    assert idx >= 0, data
    combo.setCurrentIndex(idx)
    combo.activated.emit(idx)


def names_in(panel) -> list[str]:
    return [r.values[1] for r in panel.model.rows]


def test_panel_lists_filters_and_orders_by_level(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.model.rowCount() == 11
    assert "Plassert 9 av 11" in panel.progress.text() and "konflikter 1" in panel.progress.text()
    panel.filter.setCurrentIndex(panel.filter.findData("not_placed"))
    assert sorted(names_in(panel)) == ["Cecilie Lærersen", "Vakant"]
    panel.filter.setCurrentIndex(panel.filter.findData("conflicts"))
    assert sorted(names_in(panel)) == ["Bjørn Skolesen", "Gro Rektorsen"]
    panel.filter.setCurrentIndex(panel.filter.findData(PlacementStatus.PLASSERT))
    assert names_in(panel) == ["Frank Skedsen"]
    panel.filter.setCurrentIndex(0)
    panel.search.setText("lærer")
    assert sorted(names_in(panel)) == ["Cecilie Lærersen", "Cecilie Lærersen", "Hans Tavlesen"]
    panel.search.setText("")
    panel.by_level.setChecked(True)
    assert not panel.table.isColumnHidden(0)
    groups = [r.values[0] for r in panel.model.rows]
    assert groups[:4] == ["Ledere på nivå 1", "Ledere på nivå 1", "Ledere på nivå 2", "Ledere på nivå 3"]
    assert names_in(panel)[:4] == ["Anne Fetsen", "Frank Skedsen", "Bjørn Skolesen", "Gro Rektorsen"]
    assert set(groups[4:]) == {"Øvrige ansatte"}


def test_rows_drag_as_positions(qtbot, controller) -> None:
    from orgdesigner.ui import dnd
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    m = panel.model
    rows = [m.row_of("fp6"), m.row_of("fp7")]
    mime = m.mimeData([m.index(r, c) for r in rows for c in (0, 3)])
    assert sorted(dnd.dragged_positions(mime)) == ["fp6", "fp7"]
    op, why = dnd.check_drop(controller, mime, "n-helse")
    assert op is not None, why
    controller.run(op)
    assert controller.project.scenarios[SC].placements["fp7"].unit_id == "n-helse"


def test_panel_only_selected_unit(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    controller.select([("unit", "n-opp")])
    panel.only_selected.setChecked(True)
    assert sorted(names_in(panel)) == sorted(
        ["Dag Fritidsen", "Bjørn Skolesen", "Cecilie Lærersen", "Gro Rektorsen", "Hans Tavlesen"]
    )


def test_panel_form_applies_each_change_at_once_one_undo_step_each(qtbot, controller) -> None:
    from orgdesigner.ui.placement_panel import PlacementPanel

    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    sc = controller.project.scenarios[SC]
    panel.select_positions(["fp6"])
    assert panel.chosen_positions() == ["fp6"]
    assert "Vakant" in panel.info.text() and "Helse Fet" in panel.info.text()
    assert panel.findChild(QPushButton, "placement_save") is None  # no save button to forget
    choose(panel.unit, "n-helse")
    assert sc.placements["fp6"].unit_id == "n-helse" and controller.undo_stack.count() == 1
    choose(panel.status, PlacementStatus.TIL_DROFTING)
    panel.note.setText("Ny stilling i helse")
    panel.note.editingFinished.emit()
    choose(panel.wishes[0], "n-opp")
    pl = sc.placements["fp6"]
    assert (pl.unit_id, pl.status, pl.note, pl.wishes) == (
        "n-helse",
        "til drøfting",
        "Ny stilling i helse",
        ["n-opp"],
    )
    assert controller.undo_stack.count() == 4
    qtbot.waitUntil(lambda: "Plassert 10 av 11" in panel.progress.text())
    choose(panel.status, PlacementStatus.TIL_DROFTING)  # the same value again: no empty undo step
    assert controller.undo_stack.count() == 4
    # two positions with different units: change only the status, one step for both
    panel.select_positions(["fp6"])
    assert "4 endringer, sist" in panel.info.text()  # unit, status, note and wish
    panel.select_positions(["fp1", "fp5"])
    assert panel.unit.currentData() == "n-helse"  # both in Helse og mestring
    panel.select_positions(["fp1", "sp3"])
    assert panel.unit.currentText() == "(ulike verdier)"
    choose(panel.status, PlacementStatus.PLASSERT)
    assert controller.undo_stack.count() == 5
    assert (sc.placements["fp1"].unit_id, sc.placements["sp3"].unit_id) == ("n-helse", "n-skole")
    assert sc.placements["fp1"].status == sc.placements["sp3"].status == PlacementStatus.PLASSERT
    controller.undo_stack.undo()
    assert sc.placements["fp1"].status == sc.placements["sp3"].status == PlacementStatus.FORESLATT
    for _ in range(4):
        controller.undo_stack.undo()
    assert sc.placements["fp6"].unit_id is None if "fp6" in sc.placements else True
    # unplace
    panel.select_positions(["sp4"])
    assert panel.unplace()
    assert sc.placements["sp4"].unit_id is None
    # a hidden panel does not recompute on every edit, but is current when shown
    panel.hide()
    controller.undo_stack.undo()
    assert panel._stale and sc.placements["sp4"].unit_id == "n-helse"
    panel.show()
    assert not panel._stale and "Plassert 9 av 11" in panel.progress.text()


def test_relocation_panel_follows_edits(qtbot, controller) -> None:
    from orgdesigner.model import ops
    from orgdesigner.ui.relocation_panel import RelocationPanel

    panel = RelocationPanel(controller)
    qtbot.addWidget(panel)
    panel.show()

    def cell(table, r, c):
        return table.model().index(r, c).data()

    assert panel.summary.text().startswith("3 av 9 innplasserte")
    terr = {
        cell(panel.territories, r, 0): cell(panel.territories, r, 2)
        for r in range(panel.territories.model().rowCount())
    }
    assert terr == {"Fet": "4", "Skedsmo": "5", "(ukjent)": "0", "Ikke plassert": "2"}
    assert panel.pairs.model().rowCount() == 7
    controller.run(ops.set_placement(controller.project, SC, "fp7", unit_id="n-opp"))
    qtbot.waitUntil(lambda: panel.summary.text().startswith("4 av 10"))
    panel.only_moves.setChecked(True)
    assert panel.pairs.model().rowCount() == 3  # Fet skole → Lillestrøm rådhus now has two
    units = [cell(panel.per_unit, r, 0) for r in range(panel.per_unit.model().rowCount())]
    assert "Lillestrøm kommune" not in units  # nobody moves there
    movers = sorted(cell(panel.movers, r, 0) for r in range(panel.movers.model().rowCount()))
    assert movers == ["Bjørn Skolesen", "Cecilie Lærersen", "Dag Fritidsen", "Ida Hjemsen"]
    # hidden: waits, and catches up when shown again
    panel.hide()
    controller.undo_stack.undo()
    assert panel._stale
    panel.show()
    assert panel.summary.text().startswith("3 av 9")


def test_bulk_dialog_places_in_one_step(qtbot) -> None:
    from orgdesigner.ui.bulk_place_dialog import BulkPlaceDialog

    c = DocumentController(small_project())
    c.set_scenario(SC)
    dlg = BulkPlaceDialog(c)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData(BY_UNIT))
    dlg.source.setCurrentIndex(dlg.source.findData("fet"))
    dlg.value.setCurrentIndex(dlg.value.findData("fet-skole"))
    dlg.target.setCurrentIndex(dlg.target.findData("n-skole"))
    assert dlg.add_rule()
    assert "4 stillinger blir plassert" in dlg.preview.text()
    dlg.kind.setCurrentIndex(dlg.kind.findData("kostra"))
    dlg.source.setCurrentIndex(dlg.source.findData(""))  # every old kommune
    assert dlg.value.findData("202") >= 0 and dlg.value.findData("254") >= 0
    dlg.source.setCurrentIndex(dlg.source.findData("fet"))
    dlg.kind.setCurrentIndex(dlg.kind.findData("ansvar"))
    assert dlg.value.findData("3100") >= 0 and dlg.value.findData("5100") < 0
    dlg.value.setCurrentIndex(dlg.value.findData("3100"))
    dlg.target.setCurrentIndex(dlg.target.findData("n-helse"))
    assert dlg.add_rule()
    assert dlg.list.count() == 2 and "6 stillinger" in dlg.preview.text()
    dlg.status.setCurrentIndex(dlg.status.findData(PlacementStatus.PLASSERT))
    dlg.accept()
    sc = c.project.scenarios[SC]
    assert {p: sc.placements[p].unit_id for p in ("fp2", "fp3", "fp4", "fp7", "fp5", "fp6")} == {
        "fp2": "n-skole",
        "fp3": "n-skole",
        "fp4": "n-skole",
        "fp7": "n-skole",
        "fp5": "n-helse",
        "fp6": "n-helse",
    }
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert not sc.placements


def test_bulk_dialog_leaves_placed_alone(qtbot, controller) -> None:
    from orgdesigner.ui.bulk_place_dialog import BulkPlaceDialog

    dlg = BulkPlaceDialog(controller)
    qtbot.addWidget(dlg)
    dlg.value.setCurrentIndex(dlg.value.findData("fet-skole"))
    dlg.target.setCurrentIndex(dlg.target.findData("n-helse"))
    dlg.add_rule()
    assert "1 stillinger blir plassert. 3 er allerede plassert" in dlg.preview.text()
    assert dlg.apply()
    sc = controller.project.scenarios[SC]
    assert sc.placements["fp7"].unit_id == "n-helse" and sc.placements["fp2"].unit_id == "n-skole"


def test_locations_dialog(qtbot, controller) -> None:
    from orgdesigner.ui.locations_dialog import LocationsDialog

    dlg = LocationsDialog(controller)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 4
    dlg.name.setText("Sørumsand helsehus")
    dlg.address.setText("Gata 5")
    dlg.territory.setCurrentIndex(dlg.territory.findData("fet"))
    assert dlg.add()
    assert dlg.table.rowCount() == 5
    new = next(loc for loc in controller.project.locations.values() if loc.name == "Sørumsand helsehus")
    assert (new.address, new.territory) == ("Gata 5", "fet")
    assert dlg.current_id() == new.id
    dlg.address.setText("Gata 7")
    assert dlg.save()
    assert new.address == "Gata 7"
    dlg.name.setText("fet rådhus")
    dlg.address.setText("Rådhusveien 1")
    assert not dlg.save() and "finnes allerede" in dlg.message.text()
    assert dlg.remove()
    assert new.id not in controller.project.locations and dlg.table.rowCount() == 4
    dlg.select("l-fet-skole")
    assert not dlg.remove() and "gammelt arbeidssted" in dlg.message.text()
    assert controller.undo_stack.count() == 3
    controller.undo_stack.undo()
    assert new.id in controller.project.locations


def test_export_dialog_writes_pseudonymised_list(qtbot, controller, tmp_path) -> None:
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.export_dialog import ExportDialog

    controller.plugins = create_manager(
        entry_points=False, user_dir=tmp_path, machine_dir=tmp_path, disabled=()
    )
    dlg = ExportDialog(controller)
    qtbot.addWidget(dlg)
    assert dlg.kind.findData("innplassering") >= 0 and dlg.kind.findData("bemanningsplan") >= 0
    dlg.kind.setCurrentIndex(dlg.kind.findData("innplassering"))
    dlg.pseudonymise.setChecked(True)
    assert dlg.path.text().endswith("innplassering-Lillestrøm-A-pseudonymisert.xlsx")
    target = tmp_path / "liste.xlsx"
    dlg.path.setText(str(target))
    dlg.path.setModified(True)
    ok, message = dlg.export()
    assert ok, message
    values = [
        v for ws in load_workbook(target).worksheets for row in ws.iter_rows(values_only=True) for v in row
    ]
    assert "Anne Fetsen" not in values and any(isinstance(v, str) and v.startswith("Ansatt ") for v in values)
    assert controller.undo_stack.count() == 1  # the pseudonym key, as an undoable settings step
    dlg.path.setText(str(tmp_path / "nope" / "x.xlsx"))
    ok, message = dlg.export()
    assert not ok and "finnes ikke" in message
    assert not dlg.only_unit.isEnabled()  # no unit selected


def test_export_dialog_only_the_selected_unit(qtbot, controller, tmp_path) -> None:
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.export_dialog import ExportDialog

    controller.plugins = create_manager(
        entry_points=False, user_dir=tmp_path, machine_dir=tmp_path, disabled=()
    )
    controller.select([("unit", "n-helse")])
    dlg = ExportDialog(controller)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData("organisasjon"))
    assert dlg.only_unit.isEnabled() and "Helse og mestring" in dlg.only_unit.text()
    dlg.only_unit.setChecked(True)
    dlg.path.setText(str(tmp_path / "o.xlsx"))
    assert dlg.export()[0]
    names = [
        r[0]
        for r in load_workbook(tmp_path / "o.xlsx")["Organisasjon"].iter_rows(min_row=2, values_only=True)
    ]
    assert names == ["Helse og mestring"]


def test_install_on_a_main_window(qtbot, controller) -> None:
    from PySide6.QtWidgets import QMainWindow

    from orgdesigner.ui.placement_install import install_placement_ui

    win = QMainWindow()
    qtbot.addWidget(win)
    ui = install_placement_ui(win, controller)
    titles = [a.text() for a in win.menuBar().actions()]
    assert "&Innplassering" in titles
    assert ui.placement_dock.widget() is ui.placement_panel
    assert win.findChild(type(ui.placement_panel), "placement_panel") is ui.placement_panel
    assert {a.objectName() for a in ui.menu.actions()} >= {
        "action_bulk_place",
        "action_locations",
        "action_export_list",
    }


def test_installed_in_the_app_window(qtbot, controller) -> None:
    main_window = pytest.importorskip("orgdesigner.ui.main_window")
    win = main_window.MainWindow(controller)
    qtbot.addWidget(win)
    panel = win.findChild(__import__("orgdesigner.ui.placement_panel", fromlist=["x"]).PlacementPanel)
    if panel is None:
        pytest.skip("the main window does not call install_placement_ui yet")
    assert panel.model.rowCount() == 11
    file_menu = next(
        a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().objectName() == "menu_file"
    )
    assert any(a.objectName() == "action_export_list" for a in file_menu.actions())


def test_panels_on_an_empty_project(qtbot) -> None:
    from orgdesigner.model import Project
    from orgdesigner.ui.placement_panel import PlacementPanel
    from orgdesigner.ui.relocation_panel import RelocationPanel

    c = DocumentController(Project())
    placement, relocation = PlacementPanel(c), RelocationPanel(c)
    for w in (placement, relocation):
        qtbot.addWidget(w)
        w.show()
    assert placement.model.rowCount() == 0 and not placement.editor.isEnabled()
    assert relocation.summary.text() == "Ingen alternativ valgt"
    assert placement.save() is False and placement.unplace() is False
