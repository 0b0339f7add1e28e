"""Today's organisations, sources, project details, the import log and importing through
the plugin manager, on the real main window (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_support import make_window, small_project

from orgdesigner.hookspecs import Importer, hookimpl
from orgdesigner.model import Project, Scenario, SourceKommune, Unit, import_log
from orgdesigner.model.asis import asis_id
from orgdesigner.model.ops import AddItems, Compound
from orgdesigner.plugins import create_manager
from orgdesigner.ui.from_asis_dialog import FromAsisDialog
from orgdesigner.ui.import_log_dialog import ImportLogDialog
from orgdesigner.ui.import_wizard import offered_importers, run_import
from orgdesigner.ui.project_info_dialog import ProjectInfoDialog
from orgdesigner.ui.sources_dialog import SourcesDialog

DATA = Path(__file__).parent / "data" / "asis"


def with_fet() -> Project:
    """The small test project plus Fet's March list (a source with its as-is organisation)."""
    from plugins.staff_import import read_staff_list

    project = small_project()
    read_staff_list(DATA / "fet_mars.xlsx", project=project).op(project).apply(project)
    return project


def fet(project: Project) -> SourceKommune:
    return next(s for s in project.sources.values() if s.name == "Fet")


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    return make_window(qtbot, tmp_path, monkeypatch, with_fet())


def _when_modal(qtbot, act) -> None:
    """Run ``act(dialog)`` on the next modal dialog once it is shown."""

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if w is None or not w.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(w)

    QTimer.singleShot(20, poll)


def test_asis_chosen_from_the_box_is_shown_read_only(win, qtbot) -> None:
    c = win.controller
    src = fet(c.project)
    box = win.scenario_box
    row = box.findData(asis_id(src.id))
    assert row > 0 and box.itemText(row) == f"Dagens organisasjon – {src.name}"
    first_asis = min(n for n in range(box.count()) if (box.itemData(n) or "").startswith("asis:"))
    heading = box.model().item(first_asis - 1)
    assert not heading.isEnabled() and heading.text().startswith("Dagens organisasjoner")  # no choice
    box.setCurrentIndex(row)
    box.activated.emit(row)
    assert c.scenario_id == asis_id(src.id)
    banner = win.project_commands.banner
    assert banner.isVisible() and f"Dagens organisasjon – {src.name}" in banner.label.text()
    assert win.outline.model().rowCount() == len(src.roots())
    before = len(src.units)
    win.outline.setFocus()
    c.select([("unit", src.roots()[0])])
    win.actions.add_child.trigger()
    assert len(src.units) == before and c.undo_stack.count() == 0  # refused, nothing changed
    assert "Dagens organisasjon kan ikke endres" in win.statusBar().currentMessage()
    box.setCurrentIndex(box.findData("s1"))
    box.activated.emit(box.currentIndex())
    assert not banner.isVisible()


def test_new_alternative_from_asis_is_one_undo_step(win, qtbot) -> None:
    c = win.controller
    dialog = FromAsisDialog(c, win, [fet(c.project).id])
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Utgangspunkt")
    assert dialog.apply()
    sc = c.project.scenario("Utgangspunkt")
    assert c.scenario_id == sc.id and set(sc.placements) == {
        p.id for p in c.project.positions.values() if p.source_id == fet(c.project).id
    }
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert "Utgangspunkt" not in [s.name for s in c.project.scenarios.values()]


def test_sources_dialog_renames_numbers_and_removes(win, qtbot, monkeypatch) -> None:
    c = win.controller
    dialog = SourcesDialog(c, win)
    qtbot.addWidget(dialog)
    sid = dialog.current()
    assert sid == "k1"
    assert not dialog.rename("fet") and "allerede" in dialog.message.text()
    assert dialog.rename("Nes")
    assert c.project.sources[sid].name == "Nes" and dialog.table.item(0, 0).text() == "Nes"
    assert not dialog.set_number("12")
    assert "fire sifre" in dialog.message.text()
    assert dialog.set_number("0227") and dialog.table.item(0, 1).text() == "0227"
    monkeypatch.setattr(dialog, "confirm", lambda title, text: False)
    assert not dialog.remove() and sid in c.project.sources
    monkeypatch.setattr(dialog, "confirm", lambda title, text: "5 stillinger" in text)
    assert dialog.remove()
    assert sid not in c.project.sources and dialog.table.rowCount() == 1
    assert not any(p.source_id == sid for p in c.project.positions.values())
    assert not c.project.scenarios["s1"].placements
    c.undo_stack.undo()
    assert c.project.sources[sid].number == "0227" and len(c.project.scenarios["s1"].placements) == 4


def test_project_info_names_the_window_and_undoes(win, qtbot) -> None:
    dialog = ProjectInfoDialog(win.controller, win)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Nye Lillestrøm")
    dialog.kommune_edit.setText("Lillestrøm")
    dialog.responsible_edit.setText("HR-prosjektet")
    dialog.apply()
    p = win.controller.project
    assert p.name == "Nye Lillestrøm" and p.details()["responsible"] == "HR-prosjektet"
    assert win.windowTitle().startswith("Nye Lillestrøm – Lillestrøm (")
    from orgdesigner.ui.chart_export import title_text

    assert title_text(p, "s1").startswith("Nye Lillestrøm – Lillestrøm — Alternativ A — ")
    win.controller.undo_stack.undo()
    assert not win.windowTitle().startswith("Nye Lillestrøm")


def test_welcome_panel_on_an_empty_project(qtbot, tmp_path, monkeypatch) -> None:
    project = Project()
    project.scenarios["s-1"] = Scenario("s-1", "Alternativ 1")
    w = make_window(qtbot, tmp_path, monkeypatch, project)
    panel = w.project_commands.welcome
    assert panel.isVisible() and panel.geometry() == w.chart.rect()
    assert panel.buttons["import"].isEnabled() and not panel.buttons["asis"].isEnabled()
    # importing a list is step 1: done, and today's organisation can be looked at
    from plugins.staff_import import read_staff_list

    read = read_staff_list(DATA / "fet_mars.xlsx", project=project)
    w.controller.run(read.op(project))
    assert panel.buttons["import"].text().endswith("✓") and panel.buttons["asis"].isEnabled()
    qtbot.mouseClick(panel.buttons["asis"], Qt.LeftButton)
    assert w.controller.scenario_id.startswith("asis:") and not panel.isVisible()


def test_refused_list_offers_the_way_on_and_never_a_dead_button(win, qtbot, tmp_path) -> None:
    import random

    from test_import_support import HEADERS, staff_rows, synthetic_fnr, write_xlsx

    fnrs = [synthetic_fnr(random.Random(i)) for i in range(3)]
    rows = [[*HEADERS, "Fnr"]] + [[*r, f] for r, f in zip(staff_rows(3), fnrs, strict=True)]
    path = write_xlsx(tmp_path / "Nes.xlsx", {"Ark": rows})
    importer = next(i for i in offered_importers(win.controller) if i.id == "staff_list")
    wizard = importer.wizard(win.controller, win, str(path), None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert wizard.currentId() == wizard.SUMMARY and not finish.isEnabled()
    assert wizard.way_on.isVisible()
    qtbot.mouseClick(wizard.way_on, Qt.LeftButton)
    assert wizard.drop_box.isChecked() and finish.isEnabled() and not wizard.way_on.isVisible()


def test_same_kommune_again_is_a_reimport_with_a_change_report(win, qtbot, tmp_path) -> None:
    c = win.controller
    importer = next(i for i in offered_importers(c) if i.id == "staff_list")
    from orgdesigner.ui.import_wizard import apply_result

    steps = c.undo_stack.count()
    seen = {}

    def apply(dialog) -> None:
        seen["counts"] = dialog.report.counts()
        seen["save"] = dialog.save_as(str(tmp_path / "endringer.xlsx"))
        dialog.apply()

    _when_modal(qtbot, apply)
    second = importer.read(DATA / "fet_april.xlsx", c.project, kommune="Fet")
    assert apply_result(win, c, importer, second)
    assert seen["counts"]["left"] == 1 and seen["counts"]["new"] == 2 and seen["counts"]["changed"] == 3
    assert c.undo_stack.count() == steps + 1
    kinds = [e["kind"] for e in import_log.entries(c.project)]
    assert kinds == ["reimport"]
    assert seen["save"]
    wb = openpyxl.load_workbook(tmp_path / "endringer.xlsx", read_only=True)
    changed = [r for r in wb["Endret"].iter_rows(values_only=True)]
    assert ("1005", "Eva Dahl", "Stillingsbetegnelse", "Lærer", "Lektor") in changed


def test_import_log_dialog_lists_every_issue_and_saves_xlsx(win, qtbot, tmp_path) -> None:
    c = win.controller
    importer = next(i for i in offered_importers(c) if i.id == "staff_list")
    result = importer.read(DATA / "fet_mars.xls", c.project, kommune="Fet mars")
    c.run(Compound([result.op(c.project), import_log.log_op(import_log.entry("staff", result.report))]))
    dialog = ImportLogDialog(c, win)
    qtbot.addWidget(dialog)
    assert dialog.runs.rowCount() == 1 and dialog.issues.rowCount() == len(result.report.issues)
    dialog.severity.setCurrentIndex(1)  # errors only
    assert dialog.issues.rowCount() == 2
    assert [dialog.issues.item(0, k).text() for k in range(4)] == ["fet_mars", "7", "A «Ansattnr»", "feil"]
    target = tmp_path / "logg.xlsx"
    assert dialog.save_as(str(target))
    wb = openpyxl.load_workbook(target, read_only=True)
    rows = list(wb["Meldinger"].iter_rows(values_only=True))
    assert any(r[1] == "fet_mars.xls" and r[3] == 7 and r[4] == "A" and r[6] == "Feil" for r in rows)


def test_structure_with_an_unknown_type_word_asks(win, qtbot) -> None:
    from orgdesigner.ui.import_install import import_structure

    def choose(dialog) -> None:
        combo = dialog.combos["Fagenhet"]
        combo.setCurrentIndex(combo.findData("seksjon"))
        dialog.accept()

    _when_modal(qtbot, choose)
    assert import_structure(win, win.controller, str(DATA / "struktur_fet.xlsx"), "Modell S")
    sc = win.controller.project.scenario("Modell S")
    types = {u.name: u.type for u in sc.units.values()}
    assert types["Økonomi og personal"] == "stab" and types["IKT"] == "støtte"
    assert types["Småskoletrinnet"] == "seksjon"
    assert win.controller.project.settings["staff_import.type_words"] == {"Fagenhet": "seksjon"}
    for w in QApplication.topLevelWidgets():  # the import log it opened
        if isinstance(w, ImportLogDialog):
            w.close()


class KommuneImporter:
    """A kommune's own importer (a plain plugin object): one unit per line of a .txt file."""

    @hookimpl
    def orgdesigner_importers(self):
        def read(path, project, **options):
            return _LinesResult(Path(path))

        return [Importer("linjer", "Enhetsliste (tekst)", (".txt",), read)]


class _LinesResult:
    def __init__(self, path: Path) -> None:
        self.names = [n.strip() for n in path.read_text(encoding="utf-8").splitlines() if n.strip()]
        self.ok = bool(self.names)
        self.issues: list = []

    def op(self, project):
        sc = Scenario("s-lines", "Fra tekst")
        return Compound(
            [
                AddItems("scenario", None, [sc]),
                AddItems("unit", sc.id, [Unit(f"u{n}", t) for n, t in enumerate(self.names)]),
            ]
        )


def test_menu_follows_the_importers_the_manager_offers(qtbot, tmp_path, monkeypatch) -> None:
    manager = create_manager(
        disabled=["staff_import"], entry_points=False, user_dir=tmp_path / "u", machine_dir=tmp_path / "m"
    )
    manager.register(KommuneImporter(), "kommune_import")
    project = small_project()
    from orgdesigner.ui.controller import DocumentController
    from orgdesigner.ui.main_window import MainWindow

    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    w = MainWindow(DocumentController(project, plugins=manager))
    qtbot.addWidget(w, before_close_func=lambda x: x.controller.undo_stack.setClean())
    names = [
        a.objectName() for a in w.findChild(type(w.menuBar().actions()[0].menu()), "menu_file").actions()
    ]
    assert "action_import_linjer" in names
    assert "action_import_staff" not in names and "action_import_structure" not in names
    # a kommune's importer runs through the generic wizard and lands as one undo step
    path = tmp_path / "enheter.txt"
    path.write_text("Kommunedirektør\nStab\n", encoding="utf-8")

    def finish(wizard) -> None:
        wizard.next()
        wizard.accept()

    _when_modal(qtbot, finish)
    assert run_import(
        w, w.controller, w.import_ui.actions["linjer"] and offered_importers(w.controller)[0], str(path)
    )
    assert [u.name for u in w.controller.project.scenarios["s-lines"].units.values()] == [
        "Kommunedirektør",
        "Stab",
    ]
    # enabling staff_import brings its entries back the next time the menu opens
    manager.enable("staff_import")
    w.import_ui.refresh()
    assert {"staff_list", "org_structure", "linjer"} <= set(w.import_ui.actions)


def test_an_importer_contributes_its_own_wizard_page(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWizardPage

    from orgdesigner.ui.controller import DocumentController
    from orgdesigner.ui.import_wizard import ImportWizard

    seen: dict = {}

    def read(path, project, **options):
        seen.update(options)
        result = _LinesResult(Path(path))
        if options.get("upper"):
            result.names = [n.upper() for n in result.names]
        return result

    def pages(wizard):
        page = QWizardPage()
        page.setTitle("Valg")
        box = QCheckBox("Store bokstaver", page)
        box.setObjectName("upper")
        QVBoxLayout(page).addWidget(box)
        box.toggled.connect(lambda on: setattr(wizard, "extra_options", {"upper": on}))
        return [page]

    imp = Importer("linjer", "Enhetsliste (tekst)", (".txt",), read)
    imp.wizard_pages = pages
    path = tmp_path / "enheter.txt"
    path.write_text("Stab\n", encoding="utf-8")
    controller = DocumentController(Project())
    wizard = ImportWizard(controller, imp, None, str(path), None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage().title() == "Valg"
    wizard.currentPage().findChild(QCheckBox, "upper").setChecked(True)
    wizard.next()
    assert seen == {"upper": True} and wizard.result.names == ["STAB"]
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()


def test_wizard_proposes_name_and_number_and_takes_the_correction(qtbot, tmp_path) -> None:
    from orgdesigner.ui.controller import DocumentController

    controller = DocumentController(Project())
    importer = next(i for i in offered_importers(controller) if i.id == "staff_list")
    wizard = importer.wizard(controller, None, str(DATA / "fet_mars.xls"), None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.kommune_edit.text() == "Fet" and wizard.number_edit.text() == "0227"
    assert "tittelen" in wizard.kommune_hint.text()
    wizard.kommune_edit.setText("Fet kommune (gamle)")
    wizard.next()
    wizard.next()
    assert "avvist: 2" in wizard.summary_label.text()
    wizard.accept()
    [src] = controller.project.sources.values()
    assert (src.name, src.number) == ("Fet kommune (gamle)", "0227")
    assert len(controller.project.persons) == 5 and controller.undo_stack.count() == 1


def test_a_refused_run_is_kept_in_the_log_too(win, qtbot, tmp_path) -> None:
    import random

    from test_import_support import HEADERS, staff_rows, synthetic_fnr, write_xlsx

    fnrs = [synthetic_fnr(random.Random(i)) for i in range(2)]
    rows = [[*HEADERS, "Fnr"]] + [[*r, f] for r, f in zip(staff_rows(2), fnrs, strict=True)]
    path = write_xlsx(tmp_path / "Nes.xlsx", {"Ark": rows})
    importer = next(i for i in offered_importers(win.controller) if i.id == "staff_list")

    def walk(wizard) -> None:
        wizard.next()
        wizard.next()
        wizard.next()
        wizard.reject()  # the user gives up on the refused list

    _when_modal(qtbot, walk)
    assert not run_import(win, win.controller, importer, str(path))
    [entry] = import_log.entries(win.controller.project)
    assert entry["status"] == "refused" and entry["file"] == "Nes.xlsx"
    assert any("fødselsnumre" in i["message"] for i in entry["issues"])
    assert "Nes" not in [s.name for s in win.controller.project.sources.values()]
    assert not any(f in repr(win.controller.project.settings) for f in fnrs)  # never a fødselsnummer


def test_the_shown_asis_follows_a_reimport(win, qtbot) -> None:
    from orgdesigner.analysis.reimport import apply_op, compare, incoming_from

    c = win.controller
    src = fet(c.project)
    c.set_scenario(asis_id(src.id))
    model = win.outline.outline_model()
    names = lambda: {model.data(model.index(r, 0, p)) for p in _all(model) for r in range(model.rowCount(p))}  # noqa: E731
    assert "Vaktmester" not in names()
    importer = next(i for i in offered_importers(c) if i.id == "staff_list")
    result = importer.read(DATA / "fet_april.xlsx", c.project, kommune="Fet")
    assert c.run(apply_op(c.project, compare(c.project, src.id, incoming_from(result))))
    model = win.outline.outline_model()
    assert "Vaktmester" in names()
    c.undo_stack.undo()
    model = win.outline.outline_model()
    assert "Vaktmester" not in names()


def _all(model):
    """Every index of a tree model (the invisible root first)."""
    from PySide6.QtCore import QModelIndex

    out, stack = [], [QModelIndex()]
    while stack:
        parent = stack.pop()
        out.append(parent)
        stack += [model.index(r, 0, parent) for r in range(model.rowCount(parent))]
    return out
