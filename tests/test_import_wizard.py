"""The import wizard on the real widgets (pytest-qt)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from test_import_support import HEADERS, staff_rows, synthetic_fnr, write_xlsx

from orgdesigner.api_qt import current_palette
from orgdesigner.model import Project
from orgdesigner.ui.controller import DocumentController
from orgdesigner_plugins.staff_import.wizard_qt import ImportWizard


@pytest.fixture(autouse=True)
def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(folder))
    return folder


def _messy(tmp_path: Path) -> Path:
    rows = [
        ["Fet kommune – ansatte"],
        [],
        [],
        HEADERS,
        *staff_rows(4),
        [9, "Kari Hansen", "1", "Sykepleier", "mye", 1, "Helse", "", ""],
        ["Sum", None, None, None, 400],
    ]
    return write_xlsx(tmp_path / "fet.xlsx", {"Forside": [["Personalrapport"]], "Ansatte": rows})


def _wizard(qtbot, path: Path, project: Project | None = None) -> tuple[ImportWizard, DocumentController]:
    controller = DocumentController(project or Project())
    wizard = ImportWizard(controller, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, controller


def test_detects_sheet_header_mapping_and_imports_as_one_undo_step(
    qtbot, tmp_path: Path, _config: Path
) -> None:
    wizard, controller = _wizard(qtbot, _messy(tmp_path))
    wizard.next()
    assert wizard.currentId() == ImportWizard.SHEET
    assert wizard.sheet_combo.currentText() == "Ansatte"
    assert wizard.header_spin.value() == 4
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    assert wizard.field_combos["fte"].currentText() == "E – Stillingsprosent"
    assert wizard.field_combos["employee_no"].currentText() == "A – Ansattnr"
    assert wizard.kommune_edit.text() == "Fet"
    table = wizard.preview_table
    assert table.rowCount() >= 5 and table.item(0, 1).text() == "Person0 Testesen"
    bad = table.item(4, 4)  # Excel row 9, column E: "mye"
    assert bad.text() == "mye" and bad.background().color() == QColor(current_palette().import_problem_bg)
    assert not bad.icon().isNull()  # not by colour alone
    assert "stillingsprosent" in bad.toolTip().lower()
    wizard.next()
    assert wizard.currentId() == ImportWizard.SUMMARY
    text = wizard.summary_label.text()
    assert "Rader lest: 6 · importert: 4 · avvist: 1 · hoppet over: 1" in text
    assert wizard.issue_table.rowCount() == 2
    wizard.accept()
    project = controller.project
    assert [s.name for s in project.sources.values()] == ["Fet"]
    assert len(project.positions) == 4
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert not project.sources and not project.positions and not project.persons
    controller.undo_stack.redo()
    assert len(project.positions) == 4
    remembered = json.loads((_config / "staff_import_mappings.json").read_text("utf-8"))
    assert remembered["Fet"]["fte"] == "Stillingsprosent"


def test_header_row_and_mapping_can_be_overridden(qtbot, tmp_path: Path) -> None:
    rows = [["Ansattnr", "Navn", "Andel x", "Enhet"], [1, "A B", 50, "E"], [2, "C D", 60, "E"]]
    path = write_xlsx(tmp_path / "m.xlsx", {"Ark": rows})
    wizard, controller = _wizard(qtbot, path)
    wizard.next()
    wizard.header_spin.setValue(1)
    wizard.next()
    combo = wizard.field_combos["fte"]
    assert combo.currentIndex() == 0  # "Andel x" is not a known header
    combo.setCurrentIndex(3)  # C – Andel x
    combo.activated.emit(3)
    assert wizard.chosen_mapping()["fte"] == 2
    wizard.next()
    wizard.accept()
    assert sorted(p.fte_percent for p in controller.project.positions.values()) == [50.0, 60.0]
    assert controller.project.settings["staff_import.mapping.M"]["fte"] == "Andel x"  # «m.xlsx» → M
    # a new project remembers the choice for the same kommune (user config), another kommune does not
    again, _ = _wizard(qtbot, path)
    again.next()
    again.next()
    assert again.field_combos["fte"].currentText() == "C – Andel x"
    other, _ = _wizard(qtbot, path)
    other.kommune_edit.setText("Hurum")
    other.next()
    other.next()
    assert other.field_combos["fte"].currentIndex() == 0


def test_national_ids_are_refused_and_never_shown(qtbot, tmp_path: Path) -> None:
    fnrs = [synthetic_fnr(random.Random(i)) for i in range(4)]
    rows = [[*HEADERS, "Personnummer"]] + [[*r, f] for r, f in zip(staff_rows(4), fnrs, strict=True)]
    path = write_xlsx(tmp_path / "fnr.xlsx", {"Ark": rows})
    wizard, controller = _wizard(qtbot, path)
    wizard.next()
    shown = [
        wizard.raw_table.item(r, c).text()
        for r in range(wizard.raw_table.rowCount())
        for c in range(wizard.raw_table.columnCount())
        if wizard.raw_table.item(r, c)
    ]
    assert not any(f in s for f in fnrs for s in shown)
    wizard.next()
    assert "fødselsnumre" in wizard.mapping_status.text()
    assert wizard.preview_table.horizontalHeaderItem(9).background().color() == QColor(
        current_palette().import_problem_bg
    )
    wizard.next()
    assert not wizard.validateCurrentPage()
    assert controller.undo_stack.count() == 0 and not controller.project.sources
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.drop_box.setChecked(True)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.accept()
    assert len(controller.project.positions) == 4
    assert not any(f in repr(controller.project) for f in fnrs)


def test_unreadable_file_stays_on_the_first_page(qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"nope")
    wizard, _ = _wizard(qtbot, bad)
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert "x.xlsx" in wizard.file_error.text()


def test_actions_go_into_the_file_menu_and_structure_imports_as_one_step(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from orgdesigner.ui.import_install import import_structure, install_import_actions

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("Fil")
    menu.setObjectName("menu_file")
    window.import_export_anchor = menu.addSeparator()
    menu.addAction("Avslutt")
    controller = DocumentController(Project())
    ui = install_import_actions(window, controller)
    names = [a.objectName() for a in menu.actions()]
    assert names.index("action_import_staff") < names.index("action_import_structure") < names.index("")
    rows = [
        ["Enhet", "Overordnet enhet", "Enhetstype"],
        ["Kommunedirektør", None, "Kommunedirektør"],
        ["Oppvekst", "Kommunedirektør", "Kommunalområde"],
    ]
    path = write_xlsx(tmp_path / "org.xlsx", {"A": rows})
    assert import_structure(None, controller, str(path), "Modell B")
    sc = controller.project.scenario("Modell B")
    assert len(sc.units) == 2 and controller.scenario_id == sc.id
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert not controller.project.scenarios
    assert not import_structure(None, controller, str(tmp_path / "mangler.xlsx"), "X")
    assert ui.staff_action.text().startswith("&Importer")
