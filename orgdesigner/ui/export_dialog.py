"""Export dialog: choose a format, the scenario, pseudonymised or not, and the file.

The formats are exactly the exporters the plugin manager offers (the built-in
Excel lists, chart, deck and report, and any a kommune adds) — with a plugin
turned off its formats are gone. Each export gets an export context (scenario,
options, validators, pseudonymiser). The chart as PDF offers paper size,
orientation and tiling, as the CLI does. A first pseudonymised export stores a
random key in the project (one undoable settings step) so pseudonyms stay the
same in later exports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..export_context import ensure_key_op, make_context, run_export
from .controller import DocumentController

PAGED = ("pdf",)  # exporters that take paper size, orientation and tiling


def available_exporters(controller: DocumentController) -> list[Any]:
    """Exactly the exporters the app's plugin manager offers (none without a manager)."""
    manager = controller.plugins
    if manager is None:
        return []
    try:
        return list(manager.exporters())
    except Exception:
        return []


class ExportDialog(QDialog):
    """Eksporter liste."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Eksporter"))
        self.controller = controller
        self.exporters = available_exporters(controller)
        self.kind = QComboBox()
        self.kind.setObjectName("export_kind")
        self.kind.setAccessibleName(self.tr("Liste"))
        for exp in self.exporters:
            self.kind.addItem(exp.title, exp.id)
        self.scenario = QComboBox()
        self.scenario.setObjectName("export_scenario")
        self.scenario.setAccessibleName(self.tr("Alternativ"))
        for sc in controller.project.scenarios.values():
            self.scenario.addItem(sc.name, sc.id)
        idx = self.scenario.findData(controller.scenario_id)
        self.scenario.setCurrentIndex(max(idx, 0))
        self.pseudonymise = QCheckBox(
            self.tr("&Pseudonymisert (til tillitsvalgte): uten navn, ansattnummer, lønn og fritekst")
        )
        self.pseudonymise.setObjectName("export_pseudonymise")
        units = [
            u
            for u in controller.selected_units()
            if controller.scenario() and u in controller.scenario().units
        ]
        self.unit_id = units[0] if units else None
        label = controller.scenario().units[self.unit_id].name if self.unit_id else ""
        self.only_unit = QCheckBox(self.tr("Bare valgt enhet med underenheter ({0})").format(label))
        self.only_unit.setObjectName("export_only_unit")
        self.only_unit.setEnabled(self.unit_id is not None)
        self.only_unit.setVisible(self.unit_id is not None)
        self.paper = QComboBox()
        self.paper.setObjectName("export_paper")
        self.paper.setAccessibleName(self.tr("Papirstørrelse"))
        self.paper.addItem("A4", "A4")
        self.paper.addItem("A3", "A3")
        self.orientation = QComboBox()
        self.orientation.setObjectName("export_orientation")
        self.orientation.setAccessibleName(self.tr("Retning"))
        self.orientation.addItem(self.tr("Etter kartets form"), "auto")
        self.orientation.addItem(self.tr("Liggende"), "landscape")
        self.orientation.addItem(self.tr("Stående"), "portrait")
        self.tile = QCheckBox(self.tr("&Fordel et stort kart over flere sider"))
        self.tile.setObjectName("export_tile")
        self.page_row = QWidget()
        page_layout = QHBoxLayout(self.page_row)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.paper)
        page_layout.addWidget(self.orientation)
        page_layout.addWidget(self.tile, 1)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.setAccessibleName(self.tr("Fil"))
        browse = QPushButton(self.tr("&Bla gjennom…"))
        browse.setObjectName("export_browse")
        browse.clicked.connect(self.browse)
        self.message = QLabel()
        self.message.setObjectName("export_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("&Avbryt"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Eksporter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.kind)
        form.addRow(self.tr("Al&ternativ:"), self.scenario)
        form.addRow("", self.pseudonymise)
        form.addRow("", self.only_unit)
        self.page_label = QLabel(self.tr("&Papir:"))
        self.page_label.setBuddy(self.paper)
        form.addRow(self.page_label, self.page_row)
        file_label = QLabel(self.tr("F&il:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._suggest)
        self.kind.currentIndexChanged.connect(self._show_page_options)
        self.scenario.currentIndexChanged.connect(self._suggest)
        self.pseudonymise.toggled.connect(self._suggest)
        self._suggest()
        self._show_page_options()
        if not self.exporters:
            self.message.setText(
                self.tr(
                    "Ingen eksportformater er tilgjengelige – se Programtillegg (et tillegg kan være slått av)."
                )
            )
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.resize(660, 240)

    def _show_page_options(self, *_args: Any) -> None:
        exp = self.exporter()
        paged = exp is not None and exp.id in PAGED
        self.page_row.setVisible(paged)
        self.page_label.setVisible(paged)

    def exporter(self) -> Any:
        eid = self.kind.currentData()
        return next((e for e in self.exporters if e.id == eid), None)

    def _suggest(self, *_args: Any) -> None:
        """Propose a file name in the project's folder until the user types one."""
        if self.path.isModified():
            return
        exp = self.exporter()
        if exp is None:
            return
        folder = Path(self.controller.path).parent if self.controller.path else Path.home()
        sc = self.scenario.currentText() or "alternativ"
        suffix = "-pseudonymisert" if self.pseudonymise.isChecked() else ""
        ext = exp.extensions[0] if exp.extensions else ".xlsx"
        self.path.setText(str(folder / f"{exp.id}-{_safe(sc)}{suffix}{ext}"))

    def browse(self) -> None:
        exp = self.exporter()
        pattern = " ".join(f"*{e}" for e in (exp.extensions if exp else (".xlsx",)))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Eksporter til"), self.path.text(), f"({pattern})"
        )
        if path:
            self.path.setText(path)
            self.path.setModified(True)

    def export(self) -> tuple[bool, str]:
        """Write the chosen list; returns (ok, message in bokmål)."""
        exp = self.exporter()
        target = self.path.text().strip()
        if exp is None or not target:
            return False, self.tr("Velg et format og en fil")
        pseudo = self.pseudonymise.isChecked()
        if pseudo:
            op = ensure_key_op(self.controller.project)
            if op is not None:
                self.controller.run(op)
        options: dict[str, Any] = {"pseudonymise": pseudo}
        if exp.id in PAGED:
            options.update(
                paper=self.paper.currentData(),
                orientation=self.orientation.currentData(),
                tile=self.tile.isChecked(),
            )
        if (
            self.only_unit.isChecked()
            and self.unit_id
            and self.scenario.currentData() == self.controller.scenario_id
        ):
            options["unit_id"] = self.unit_id
        if exp.id == "funn" and self.controller.plugins is not None:
            options["plugin_manager"] = self.controller.plugins
        project = self.controller.project
        sc = project.scenarios.get(self.scenario.currentData())
        if sc is None:
            return False, self.tr("Velg et alternativ")
        ctx = make_context(project, sc, self.controller.plugins, options)
        try:
            run_export(exp, ctx, target)
        except Exception as exc:  # an exporter's message, shown to the user
            return False, str(exc) or type(exc).__name__
        return True, self.tr("Skrev {0}").format(target)

    def accept(self) -> None:
        ok, message = self.export()
        self.message.setText(message)
        if ok:
            self.controller.statusMessage.emit(message)
            super().accept()
        else:
            QMessageBox.warning(self, self.tr("Eksport"), message)


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name).strip("-") or "alternativ"
