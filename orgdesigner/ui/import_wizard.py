"""Importing through the importers the plugin manager offers.

:func:`offered_importers` lists them (a disabled plugin's importers are gone);
:func:`run_import` shows the importer's own wizard when it contributes one (the
built-in staff-list importer does: sheet, header row, kommune, column mapping),
else :class:`ImportWizard` (file → report → import). :func:`apply_result` adds
what was read as ONE undo step together with its import-log entry — or, when a
staff list names a kommune already in the project, shows the change report of a
re-import. The core never imports a plugin's internals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..model import ModelError, import_log
from ..model.asis import asis_id
from ..model.ops import Compound

LOG_KIND = {"staff_list": "staff", "structure": "structure"}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def offered_importers(controller: Any) -> list[Any]:
    """The importers of every active plugin (the controller's manager; one is made if it has none)."""
    if controller.plugins is None:
        from ..plugins import create_manager

        controller.plugins = create_manager()
    try:
        return list(controller.plugins.importers())
    except Exception:  # a broken manager never takes the menu down
        return []


def kind_of(importer: Any) -> str:
    return str(getattr(importer, "kind", "") or importer.id)


def log_refused(controller: Any, importer: Any, result: Any) -> None:
    """Keep a refused or unreadable run in the import log too (its own undo step)."""
    report = getattr(result, "report", None)
    if report is not None:
        entry = import_log.entry(LOG_KIND.get(kind_of(importer), importer.id), report)
        controller.run(import_log.log_op(entry))


def apply_result(parent: QWidget | None, controller: Any, importer: Any, result: Any) -> bool:
    """Add ``result`` to the project (one undo step with its log entry); a staff list for a
    kommune already in the project becomes a re-import with a change report."""
    project = controller.project
    source = getattr(result, "source", None)
    if source is not None:
        existing = next(
            (s for s in project.sources.values() if s.name.casefold() == source.name.casefold()), None
        )
        if existing is not None:
            return reimport(parent, controller, existing.id, result)
    try:
        op = result.op(project)
    except ModelError as exc:
        warn(parent, str(exc))
        return False
    report = getattr(result, "report", None)
    ops = [op]
    if report is not None:
        ops.append(import_log.log_op(import_log.entry(LOG_KIND.get(kind_of(importer), importer.id), report)))
    if not controller.run(Compound(ops, text=op.text)):
        return False
    if source is not None and source.id in project.sources:
        sc = controller.scenario()
        if sc is None or not sc.units:  # nothing drawn yet: show what was imported
            controller.set_scenario(asis_id(source.id))
    if report is not None:
        problems = sum(1 for i in report.issues if i.severity != "info")
        controller.statusMessage.emit(
            tr("Importert fra «%1»: %n meldinger (se Fil → Importlogg)", "", problems).replace(
                "%1", report.file
            )
        )
    return True


def reimport(parent: QWidget | None, controller: Any, source_id: str, result: Any) -> bool:
    """Show the change report of ``result`` against the kommune's staff; True when applied."""
    from ..analysis.reimport import compare, incoming_from
    from .reimport_dialog import ReimportDialog

    report = compare(controller.project, source_id, incoming_from(result), file=result.report.file)
    dialog = ReimportDialog(controller, report, result.report, parent)
    return bool(dialog.exec())


def run_import(
    parent: QWidget | None,
    controller: Any,
    importer: Any,
    path: str | None = None,
    kommune: str | None = None,
) -> bool:
    """Show the importer's wizard (or the generic one); True when something was imported.

    ``kommune`` pre-fills the source kommune in a wizard that asks for one (an update)."""
    factory = getattr(importer, "wizard", None)

    def finish(result: Any) -> bool:
        return apply_result(parent, controller, importer, result)

    if callable(factory):
        try:
            wizard = factory(controller, parent, path, finish)
        except Exception as exc:  # a plugin's wizard that fails is reported, never fatal
            name = controller.plugins.plugin_of(importer) if controller.plugins is not None else None
            if controller.plugins is not None and name:
                controller.plugins.report(
                    name, tr("veiviseren kunne ikke åpnes: %1").replace("%1", str(exc)), exc
                )
            warn(
                parent,
                tr("Veiviseren for «%1» kunne ikke åpnes: %2")
                .replace("%1", importer.title)
                .replace("%2", str(exc)),
            )
            return False
    else:
        wizard = ImportWizard(controller, importer, parent, path, finish)
    if kommune and hasattr(wizard, "kommune_edit"):
        wizard.kommune_edit.setText(kommune)
    accepted = bool(wizard.exec())
    result = getattr(wizard, "result", None)
    if not accepted and result is not None and not getattr(result, "ok", True):
        log_refused(controller, importer, result)
    return accepted


def warn(parent: Any, message: str) -> None:
    if parent is not None:
        QMessageBox.warning(parent, tr("Import"), message)


class _ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        r = self._wizard.result
        return r is not None and bool(getattr(r, "ok", False))


class ImportWizard(QWizard):
    """File → report → import, for an importer without a wizard of its own."""

    FILE, REPORT = range(2)

    def __init__(
        self,
        controller: Any,
        importer: Any,
        parent: QWidget | None = None,
        path: str | None = None,
        finish: Any = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.importer = importer
        self.finish = finish
        self.result: Any = None
        self.setObjectName("generic_import_wizard")
        self.setWindowTitle(tr("Importer %1").replace("%1", importer.title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(820, 520)
        page = QWizardPage()
        page.setTitle(tr("Velg fil"))
        page.setSubTitle(" ".join(importer.extensions))
        self.path_edit = QLineEdit(path or "")
        self.path_edit.setAccessibleName(tr("Fil"))
        browse = QPushButton(tr("Bla gjennom…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(tr("&Fil:"))
        file_label.setBuddy(self.path_edit)  # a label without a buddy shows the & literally
        QFormLayout(page).addRow(file_label, row)
        page.registerField("file*", self.path_edit)
        self.addPage(page)
        for extra in getattr(importer, "wizard_pages", lambda _w: [])(self) or []:
            self.addPage(extra)  # pages an importer contributes (options, mapping)
        report = _ReportPage(self)
        report.setTitle(tr("Oppsummering"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_table = QTableWidget(0, 4)
        self.issue_table.setHorizontalHeaderLabels([tr("Rad"), tr("Kolonne"), tr("Alvor"), tr("Melding")])
        self.issue_table.horizontalHeader().setStretchLastSection(True)
        box = QVBoxLayout(report)
        box.addWidget(self.summary)
        box.addWidget(self.issue_table, 1)
        self.report_id = self.addPage(report)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Importer"))

    def options(self) -> dict[str, Any]:
        """Options for ``importer.read`` (contributed pages may set ``wizard.extra_options``)."""
        return dict(getattr(self, "extra_options", {}) or {})

    def _browse(self) -> None:
        exts = " ".join(f"*{e}" for e in self.importer.extensions)
        path, _ = QFileDialog.getOpenFileName(self, tr("Velg fil"), "", f"{self.importer.title} ({exts})")
        if path:
            self.path_edit.setText(path)

    def initializePage(self, cid: int) -> None:  # noqa: N802 (Qt name)
        if cid == self.report_id:
            try:
                self.result = self.importer.read(
                    self.path_edit.text().strip(), self.controller.project, **self.options()
                )
            except Exception as exc:  # a plugin's reader that raises is a refusal, not a crash
                self.result = None
                self.summary.setText(tr("Fila kunne ikke leses: %1").replace("%1", str(exc)))
                return
            r = getattr(self.result, "report", None)
            text = r.summary() if r is not None and hasattr(r, "summary") else ""
            if not getattr(self.result, "ok", False):
                text += "\n" + (getattr(r, "message", "") or tr("Importen ble avvist."))
            self.summary.setText(text.replace("\n", "<br>"))
            issues = list(getattr(self.result, "issues", []) or [])
            self.issue_table.setRowCount(len(issues))
            for n, i in enumerate(issues):
                for c, t in enumerate([str(i.row or ""), i.column, i.severity, i.message]):
                    self.issue_table.setItem(n, c, QTableWidgetItem(t))

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt name)
        if self.currentId() == self.report_id:
            if self.result is None or not getattr(self.result, "ok", False):
                return False
            if self.finish is not None:
                return bool(self.finish(self.result))
        return True
