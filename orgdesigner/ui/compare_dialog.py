"""Compare scenarios: key figures of two or more side by side, and the structural diff of two
in words (names, never ids; true counts). «Lag rapport…» writes the comparison report
(PDF, Excel or PowerPoint) through the plugin manager's «rapport» exporter.

``show_compare_dialog(controller, parent)`` opens it (Alternativ → Sammenlign
alternativer…); ``ask_report(controller, parent)`` is Alternativ → Sammenligningsrapport….
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..analysis.compare import KEY_LABELS, describe_sections, diff_scenarios
from ..analysis.metrics import compute_metrics
from ..i18n import _
from .controller import DocumentController

SHARES = {"placed_share"}
LIST_LIMIT = 500  # lines shown per kind of change; the count in the heading is always the true one


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def _fmt(key: str, v: Any) -> str:
    if key in SHARES:
        return formatting.percent(float(v), 1)
    if isinstance(v, float):
        return formatting.number(v, 0 if key == "salary" else 1 if not v.is_integer() else 0)
    return formatting.number(int(v))


class CompareDialog(QDialog):
    """Checked scenarios become table columns; A and B choose the diff."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(self.tr("Sammenlign alternativer"))
        self.controller = controller
        self._figures: dict[str, dict[str, Any]] = {}
        project = controller.project
        self.choices = QListWidget()
        self.choices.setObjectName("compare_choices")
        self.choices.setAccessibleName(self.tr("Alternativer som sammenlignes"))
        for sc in project.scenarios.values():
            item = QListWidgetItem(sc.name)
            item.setData(Qt.UserRole, sc.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.choices.addItem(item)
        self.choices.setMaximumHeight(80)
        self.table = QTableWidget()
        self.table.setObjectName("compare_table")
        self.table.setAccessibleName(self.tr("Nøkkeltall per alternativ"))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.a = QComboBox()
        self.a.setObjectName("compare_a")
        self.a.setAccessibleName(self.tr("Fra alternativ"))
        self.b = QComboBox()
        self.b.setObjectName("compare_b")
        self.b.setAccessibleName(self.tr("Til alternativ"))
        for sc in project.scenarios.values():
            self.a.addItem(sc.name, sc.id)
            self.b.addItem(sc.name, sc.id)
        if self.b.count() > 1:
            self.b.setCurrentIndex(1)
        self.diff = QTreeWidget()
        self.diff.setObjectName("compare_diff")
        self.diff.setAccessibleName(self.tr("Endringer i strukturen"))
        self.diff.setHeaderLabels([self.tr("Endring"), self.tr("Detaljer")])
        self.diff.setColumnWidth(0, 260)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Endringer fra")))
        pick.addWidget(self.a, 1)
        pick.addWidget(QLabel(self.tr("til")))
        pick.addWidget(self.b, 1)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(pick)
        lv.addWidget(self.diff, 1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([420, 280])
        self.matching = QLabel()
        self.matching.setObjectName("compare_matching")
        self.matching.setWordWrap(True)
        lv.addWidget(self.matching)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        self.report_button = buttons.addButton(self.tr("Lag &rapport…"), QDialogButtonBox.ActionRole)
        self.report_button.setObjectName("compare_report")
        self.report_button.clicked.connect(lambda: self.ask_report())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Alternativer i tabellen:")))
        layout.addWidget(self.choices)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.choices.itemChanged.connect(lambda _i: self.fill_table())
        self.a.currentIndexChanged.connect(lambda _i: self.fill_diff())
        self.b.currentIndexChanged.connect(lambda _i: self.fill_diff())
        self.fill_table()
        self.fill_diff()

    def checked(self) -> list[str]:
        return [
            self.choices.item(i).data(Qt.UserRole)
            for i in range(self.choices.count())
            if self.choices.item(i).checkState() == Qt.Checked
        ]

    def figures(self, sid: str) -> dict[str, Any]:
        if sid not in self._figures:
            self._figures[sid] = compute_metrics(self.controller.project, sid).key_figures()
        return self._figures[sid]

    def fill_table(self) -> None:
        ids = self.checked()
        project = self.controller.project
        self.table.clear()
        self.table.setColumnCount(len(ids))
        self.table.setRowCount(len(KEY_LABELS) + 1)
        self.table.setHorizontalHeaderLabels([project.scenarios[s].name for s in ids])
        self.table.setVerticalHeaderLabels(
            [*(_(v) for v in KEY_LABELS.values()), self.tr("Enheter per nivå")]
        )
        differs = {key for key in KEY_LABELS if len({self.figures(s)[key] for s in ids}) > 1}
        for col, sid in enumerate(ids):
            k = self.figures(sid)
            for row, key in enumerate(KEY_LABELS):
                item = QTableWidgetItem(_fmt(key, k[key]))
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if key in differs:  # values that tell the alternatives apart stand out
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
            levels = QTableWidgetItem(" / ".join(map(str, k["units_per_level"])))
            levels.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(len(KEY_LABELS), col, levels)
        self.table.resizeColumnsToContents()

    def fill_diff(self) -> None:
        self.diff.clear()
        a_id, b_id = self.a.currentData(), self.b.currentData()
        if not a_id or not b_id:
            return
        project = self.controller.project
        d = diff_scenarios(project, a_id, b_id)
        self.matching.setText(d.matching_text())
        if d.empty:
            QTreeWidgetItem(self.diff, [self.tr("Ingen forskjeller"), ""])
        for title, lines in describe_sections(project, d):
            total = len(d.positions_moved) if title == "Stillinger i en annen enhet" else len(lines)
            head = QTreeWidgetItem(self.diff, [f"{_(title)} ({formatting.number(total)})", ""])
            for line in lines[:LIST_LIMIT]:
                QTreeWidgetItem(head, [line, ""])
            if len(lines) > LIST_LIMIT:
                more = formatting.number(len(lines) - LIST_LIMIT)
                QTreeWidgetItem(
                    head, [self.tr("… og %1 til (hele listen står i rapporten)").replace("%1", more), ""]
                )
            head.setExpanded(len(lines) <= 20)

    def ask_report(self, path: str | None = None) -> tuple[bool, str]:
        """Ask for a file and write the report of the checked alternatives."""
        return ask_report(self.controller, self, self.checked(), path)


def report_exporter(controller: DocumentController) -> Any:
    """The «rapport» exporter the plugin manager offers, or None."""
    manager = controller.plugins
    if manager is None:
        return None
    try:
        return next((e for e in manager.exporters() if e.id == "rapport"), None)
    except Exception:
        return None


def ask_report(
    controller: DocumentController,
    parent: QWidget | None = None,
    scenario_ids: list[str] | None = None,
    path: str | None = None,
) -> tuple[bool, str]:
    """Write the comparison report of ``scenario_ids`` (default: all) to ``path`` (asked
    for when None); the format follows the extension. Returns (ok, message)."""
    from ..export_context import make_context, run_export

    exp = report_exporter(controller)
    project = controller.project
    ids = scenario_ids or list(project.scenarios)
    if exp is None:
        message = tr("Rapporten er ikke tilgjengelig – programtillegget for rapporter er slått av")
        controller.statusMessage.emit(message)
        return False, message
    if not ids:
        return False, tr("Velg minst ett alternativ")
    if path is None:
        from pathlib import Path

        folder = Path(controller.path).parent if controller.path else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Lagre sammenligningsrapport"),
            str(folder / "sammenligningsrapport.pdf"),
            tr("PDF (*.pdf);;Excel (*.xlsx);;PowerPoint (*.pptx)"),
        )
        if not path:
            return False, ""
    first = project.scenarios[ids[0]]
    ctx = make_context(project, first, controller.plugins, {"scenarios": ids})
    try:
        run_export(exp, ctx, path)
    except Exception as exc:  # the exporter's message, shown to the user
        message = str(exc) or type(exc).__name__
        controller.statusMessage.emit(message)
        return False, message
    message = tr("Skrev sammenligningsrapporten til %1").replace("%1", str(path))
    controller.statusMessage.emit(message)
    return True, message


def show_compare_dialog(
    controller: DocumentController, parent: QWidget | None = None
) -> CompareDialog | None:
    """Open the comparison (modal); tells the user when there is nothing to compare."""
    if len(controller.project.scenarios) < 1:
        controller.statusMessage.emit(QDialog.tr("Prosjektet har ingen alternativer å sammenligne"))
        return None
    dialog = CompareDialog(controller, parent)
    dialog.exec()
    return dialog
