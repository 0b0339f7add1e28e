"""The change report of a re-imported staff list, shown before anything changes:
who left, who is new, and per person which fields changed (old → new). «Oppdater
prosjektet» applies it as ONE undo step; the report can be saved as .xlsx."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.reimport import ChangeReport, apply_op
from ..analysis.report_xlsx import FIELD_LABELS, write_change_report
from ..model import import_log
from ..model.ops import Compound


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}".replace(",", " ").replace(".", ",").removesuffix(",00")
    return str(value)


class ReimportDialog(QDialog):
    def __init__(
        self, controller: Any, report: ChangeReport, import_report: Any, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.controller = controller
        self.report = report
        self.import_report = import_report
        self.setObjectName("reimport_dialog")
        self.setWindowTitle(self.tr("Oppdatert ansattliste – %1").replace("%1", report.kommune))
        self.resize(860, 560)
        c = report.counts()
        head = QLabel(
            self.tr(
                "«%1» sammenlignet med ansatte i %2 (etter ansattnummer): <b>%3 har sluttet</b>, "
                "<b>%4 er nye</b>, <b>%5 er endret</b>, %6 er uendret. Ingenting er endret ennå."
            )
            .replace("%1", report.file)
            .replace("%2", report.kommune)
            .replace("%3", str(c["left"]))
            .replace("%4", str(c["new"]))
            .replace("%5", str(c["changed"]))
            .replace("%6", str(c["unchanged"]))
        )
        head.setWordWrap(True)
        notes = QLabel(
            self.tr(
                "Nye ansatte kommer inn uten innplassering. De som har sluttet, beholder innplasseringen, "
                "men merkes «sluttet». Endrede stillinger beholder innplasseringen."
            )
        )
        notes.setWordWrap(True)
        if import_report is not None and import_report.rows_rejected:
            warn = QLabel(
                self.tr(
                    "%n rader i lista ble avvist og er ikke sammenlignet; se Fil → Importlogg.",
                    "",
                    import_report.rows_rejected,
                )
            )
            warn.setStyleSheet("color: #a00;")
        else:
            warn = None
        self.tabs = QTabWidget()
        self.left_tree = self._people(report.left)
        self.new_tree = self._people(report.new)
        self.changed_tree = QTreeWidget()
        self.changed_tree.setObjectName("reimport_changed")
        self.changed_tree.setHeaderLabels([self.tr("Ansatt / felt"), self.tr("Før"), self.tr("Nå")])
        for ch in report.changed:
            top = QTreeWidgetItem([f"{ch.employee_number} {ch.name}", "", ""])
            for k, (old, new) in ch.fields.items():
                QTreeWidgetItem(top, [FIELD_LABELS.get(k, k), _show(old), _show(new)])
            self.changed_tree.addTopLevelItem(top)
        self.changed_tree.expandAll()
        self.changed_tree.setColumnWidth(0, 280)
        self.tabs.addTab(self.left_tree, self.tr("Sluttet (%1)").replace("%1", str(c["left"])))
        self.tabs.addTab(self.new_tree, self.tr("Nye (%1)").replace("%1", str(c["new"])))
        self.tabs.addTab(self.changed_tree, self.tr("Endret (%1)").replace("%1", str(c["changed"])))
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            self.tr("&Oppdater prosjektet"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("reimport_apply")
        self.apply_button.setEnabled(not report.empty)
        self.save_button = buttons.addButton(
            self.tr("&Lagre rapporten …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(lambda: self.save_as())
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(head)
        box.addWidget(notes)
        if warn is not None:
            box.addWidget(warn)
        box.addWidget(self.tabs, 1)
        box.addWidget(buttons)

    def _people(self, items: list[dict[str, Any]]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.tr("Ansattnummer"), self.tr("Navn"), self.tr("Stillinger")])
        for i in items:
            tree.addTopLevelItem(QTreeWidgetItem([i["employee_number"], i["name"], str(i["positions"])]))
        tree.setColumnWidth(1, 260)
        return tree

    def apply(self) -> bool:
        """Apply the change report as one undo step (with its import log entry)."""
        project = self.controller.project
        log = import_log.entry("reimport", self.import_report, {"changes": self.report.counts()})
        op = apply_op(project, self.report)
        if not self.controller.run(Compound([op, import_log.log_op(log)], text=op.text)):
            return False
        self.accept()
        return True

    def ask_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre endringsrapporten"),
            f"endringer_{self.report.kommune}.xlsx",
            self.tr("Excel-arbeidsbok (*.xlsx)"),
        )
        return path

    def save_as(self, path: str | None = None) -> bool:
        path = path or self.ask_path()
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_change_report(self.controller.project, self.report, path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Kunne ikke lagre: %1").replace("%1", str(exc))
            )
            return False
        self.controller.statusMessage.emit(self.tr("Endringsrapporten er lagret i %1").replace("%1", path))
        return True
