"""One call that adds the import actions to the main window's Fil menu.

``install_import_actions(window, controller)`` adds "Importer ansattliste…"
(the :class:`~orgdesigner.ui.import_wizard.ImportWizard`) and "Importer
organisasjonsstruktur…" (a structure table as a new scenario) before the
window's ``import_export_anchor`` in the menu named ``menu_file`` (or at the end
of that menu). Both end in ONE step on the undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QWidget

from .controller import DocumentController


def tr(text: str) -> str:
    return QCoreApplication.translate("import_ui", text)


@dataclass
class ImportUi:
    staff_action: QAction
    structure_action: QAction


def install_import_actions(window: QMainWindow, controller: DocumentController) -> ImportUi:
    def staff() -> None:
        from .import_wizard import run_import_wizard

        run_import_wizard(window, controller)

    staff_action = QAction(tr("&Importer ansattliste…"), window)
    staff_action.setObjectName("action_import_staff")
    staff_action.setStatusTip(tr("Les en ansattliste fra lønns-/HR-systemet som en ny kildekommune"))
    staff_action.triggered.connect(staff)
    structure_action = QAction(tr("Importer &organisasjonsstruktur…"), window)
    structure_action.setObjectName("action_import_structure")
    structure_action.setStatusTip(
        tr("Les en tabell med enhet, overordnet enhet og enhetstype som et nytt alternativ")
    )
    structure_action.triggered.connect(lambda: import_structure(window, controller))
    bar = window.menuBar()
    file_menu = next(
        (a.menu() for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_file"), None
    )
    if file_menu is not None:
        anchor = getattr(window, "import_export_anchor", None)
        for action in (staff_action, structure_action):
            if anchor is not None:
                file_menu.insertAction(anchor, action)
            else:
                file_menu.addAction(action)
    return ImportUi(staff_action, structure_action)


def import_structure(
    parent: QWidget | None, controller: DocumentController, path: str | None = None, name: str | None = None
) -> bool:
    """Ask for a structure table and a scenario name; add it as one undo step."""
    from plugins.staff_import import read_structure_table

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("Velg organisasjonsstruktur"), "", tr("Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)")
        )
        if not path:
            return False
    result = read_structure_table(path, project=controller.project)
    if not result.ok:
        _warn(parent, result.report.message)
        return False
    if name is None:
        name, ok = QInputDialog.getText(
            parent, tr("Nytt alternativ"), tr("Navn på alternativet:"), text=result.scenario_name
        )
        if not ok:
            return False
    try:
        op = result.op(controller.project, name)
    except Exception as exc:  # ModelError: empty or taken name
        _warn(parent, str(exc))
        return False
    if not controller.run(op):
        return False
    scenario = next((s for s in controller.project.scenarios.values() if s.name == name.strip()), None)
    if scenario is not None:
        controller.set_scenario(scenario.id)
    r = result.report
    controller.statusMessage.emit(
        tr("Importerte %1 enheter til «%2» (%3 advarsler)")
        .replace("%1", str(r.units))
        .replace("%2", name.strip())
        .replace("%3", str(sum(1 for i in r.issues if i.severity != "info")))
    )
    return True


def _warn(parent: Any, message: str) -> None:
    if parent is not None:
        QMessageBox.warning(parent, tr("Import"), message)


__all__ = ["ImportUi", "import_structure", "install_import_actions"]
