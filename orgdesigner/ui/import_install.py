"""The import entries of the Fil menu, built from the importers the plugin manager offers.

``install_import_actions(window, controller)`` puts one «Importer …» action per
offered importer before the window's ``import_export_anchor`` in the menu named
``menu_file`` and rebuilds them each time the menu opens, so a kommune's importer
appears and a disabled plugin's importers go. The built-in staff list and
structure table keep their object names (``action_import_staff``,
``action_import_structure``). Every import ends in ONE step on the undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QWidget,
)

from ..model import ModelError, UnitType, import_log
from ..model.ops import Compound, SetSettings
from .controller import DocumentController
from .import_wizard import apply_result, log_refused, offered_importers, run_import, warn

NAMES = {"staff_list": "action_import_staff", "org_structure": "action_import_structure"}
TYPE_WORDS_SETTING = "staff_import.type_words"  # the structure importer's documented setting


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


@dataclass
class ImportUi:
    staff_action: QAction | None
    structure_action: QAction | None
    actions: dict[str, QAction] = field(default_factory=dict)
    refresh: Any = None


def _text(importer: Any) -> str:
    if importer.id == "staff_list":
        return tr("&Importer ansattliste…")
    if importer.id == "org_structure":
        return tr("Importer &organisasjonsstruktur…")
    return tr("Importer %1…").replace("%1", importer.title)


def install_import_actions(window: QMainWindow, controller: DocumentController) -> ImportUi:
    bar = window.menuBar()
    file_menu = next(
        (a.menu() for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_file"), None
    )
    ui = ImportUi(None, None)

    def trigger(importer: Any) -> None:
        if getattr(importer, "kind", "") == "structure" or importer.id == "org_structure":
            import_structure(window, controller, importer=importer)
        else:
            run_import(window, controller, importer)

    def refresh() -> None:
        for action in ui.actions.values():
            if file_menu is not None:
                file_menu.removeAction(action)
            action.deleteLater()
        ui.actions.clear()
        for importer in offered_importers(controller):
            action = QAction(_text(importer), window)
            action.setObjectName(NAMES.get(importer.id, f"action_import_{importer.id}"))
            action.setStatusTip(
                tr("Les en ansattliste fra lønns-/HR-systemet som en ny kildekommune, eller oppdater en")
                if importer.id == "staff_list"
                else tr("Importer %1 (%2)")
                .replace("%1", importer.title)
                .replace("%2", " ".join(importer.extensions))
            )
            action.triggered.connect(lambda _c=False, imp=importer: trigger(imp))
            ui.actions[importer.id] = action
            if file_menu is not None:
                anchor = getattr(window, "import_export_anchor", None)
                if anchor is not None:
                    file_menu.insertAction(anchor, action)
                else:
                    file_menu.addAction(action)
        ui.staff_action = ui.actions.get("staff_list")
        ui.structure_action = ui.actions.get("org_structure")

    refresh()
    ui.refresh = refresh
    if file_menu is not None:
        file_menu.aboutToShow.connect(refresh)
    return ui


def _structure_importer(controller: Any) -> Any:
    return next((i for i in offered_importers(controller) if i.id == "org_structure"), None)


class TypeWordDialog(QDialog):
    """Unknown unit-type words with the rows that use them: the user chooses what each means."""

    def __init__(self, unknown: dict[str, list[int]], file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("type_word_dialog")
        self.setWindowTitle(tr("Ukjente enhetstyper"))
        form = QFormLayout(self)
        intro = QLabel(
            tr(
                "«%1» bruker ord for enhetstype som programmet ikke kjenner. Velg hva hvert ord betyr:"
            ).replace("%1", file)
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.combos: dict[str, QComboBox] = {}
        for word, rows in unknown.items():
            combo = QComboBox()
            combo.addItem(tr("(velg)"), "")
            for t in UnitType.ALL:
                combo.addItem(t, t)
            combo.setAccessibleName(word)
            shown = ", ".join(map(str, rows[:8])) + (" …" if len(rows) > 8 else "")
            form.addRow(tr("«%1» (rad %2):").replace("%1", word).replace("%2", shown), combo)
            combo.currentIndexChanged.connect(self._check)
            self.combos[word] = combo
        self.remember = QCheckBox(tr("Husk ordene i dette prosjektet"))
        self.remember.setChecked(True)
        form.addRow(self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            all(c.currentData() for c in self.combos.values())
        )

    def chosen(self) -> dict[str, str]:
        return {w: c.currentData() for w, c in self.combos.items() if c.currentData()}


def import_structure(
    parent: QWidget | None,
    controller: DocumentController,
    path: str | None = None,
    name: str | None = None,
    importer: Any = None,
    type_words: dict[str, str] | None = None,
) -> bool:
    """Ask for a structure table and a scenario name; add it as one undo step. Unknown
    unit-type words are asked for (:class:`TypeWordDialog`), never guessed."""
    importer = importer or _structure_importer(controller)
    if importer is None:
        warn(parent, tr("Ingen importør for organisasjonsstruktur er slått på (se Hjelp → Programtillegg)."))
        return False
    if path is None:
        exts = " ".join(f"*{e}" for e in importer.extensions)
        path, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Velg organisasjonsstruktur"),
            "",
            tr("Regneark (%1);;Alle filer (*)").replace("%1", exts),
        )
        if not path:
            return False
    words = dict(type_words or {})
    result = importer.read(path, controller.project, type_words=words)
    unknown = dict(getattr(result, "unknown_types", {}) or {})
    if unknown and parent is not None:
        dialog = TypeWordDialog(unknown, result.report.file, parent)
        if not dialog.exec():
            log_refused(controller, importer, result)
            return False
        words.update(dialog.chosen())
        result = importer.read(path, controller.project, type_words=words)
        remember = dialog.remember.isChecked()
    else:
        remember = False
    if not result.ok:
        warn(parent, result.report.message)
        log_refused(controller, importer, result)
        return False
    if name is None:
        name, ok = QInputDialog.getText(
            parent, tr("Nytt alternativ"), tr("Navn på alternativet:"), text=result.scenario_name
        )
        if not ok:
            return False
    try:
        op = result.op(controller.project, name)
    except ModelError as exc:  # empty or taken name
        warn(parent, str(exc))
        return False
    ops = [op, import_log.log_op(import_log.entry("structure", result.report))]
    if remember and words:
        known = dict(controller.project.settings.get(TYPE_WORDS_SETTING) or {})
        ops.append(SetSettings({TYPE_WORDS_SETTING: {**known, **words}}))
    if not controller.run(Compound(ops, text=op.text)):
        return False
    scenario = next((s for s in controller.project.scenarios.values() if s.name == name.strip()), None)
    if scenario is not None:
        controller.set_scenario(scenario.id)
    r = result.report
    problems = sum(1 for i in r.issues if i.severity != "info")
    controller.statusMessage.emit(
        tr("Importerte %1 enheter til «%2» (%3 meldinger – se Fil → Importlogg)")
        .replace("%1", str(r.units))
        .replace("%2", name.strip())
        .replace("%3", str(problems))
    )
    if problems and parent is not None:
        from .import_log_dialog import ImportLogDialog

        ImportLogDialog(controller, parent).open()  # the warnings, shown at once and kept
    return True


__all__ = ["ImportUi", "TypeWordDialog", "apply_result", "import_structure", "install_import_actions"]
