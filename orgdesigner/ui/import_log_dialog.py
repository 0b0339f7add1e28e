"""Fil → Importlogg: every import run kept in the project with all its issues
(errors, warnings and notes, each with file, sheet, row and column), saveable as .xlsx."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import formatting, theme
from ..model import import_log
from . import theme_qt


def mark(item: QTableWidgetItem, severity: str, icon: bool) -> None:
    """Background and text of the theme in force; ``icon``: the severity's icon beside the word."""
    pal = theme.current()
    bg = {"error": pal.import_problem_bg, "warning": pal.import_doubt_bg}.get(severity)
    if bg is None:
        return
    item.setBackground(QBrush(theme_qt.qcolor(bg)))
    item.setForeground(QBrush(theme_qt.qcolor(pal.import_cell_text)))
    if icon:
        item.setIcon(theme_qt.severity_icon(severity))


class ImportLogDialog(QDialog):
    """Runs on top (newest first), the chosen run's issues below."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("import_log_dialog")
        self.setWindowTitle(self.tr("Importlogg"))
        self.resize(1000, 620)
        self.entries = list(reversed(import_log.entries(controller.project)))
        self.runs = QTableWidget(0, 6)
        self.runs.setObjectName("import_log_runs")
        self.runs.setHorizontalHeaderLabels(
            [
                self.tr("Tidspunkt"),
                self.tr("Type"),
                self.tr("Fil"),
                self.tr("Kildekommune"),
                self.tr("Resultat"),
                self.tr("Meldinger"),
            ]
        )
        self.runs.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.runs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.runs.horizontalHeader().setStretchLastSection(True)
        self.runs.verticalHeader().hide()
        self.runs.itemSelectionChanged.connect(self._show_issues)
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Vis meldinger"))
        for text, data in (
            (self.tr("Alle meldinger"), ""),
            (self.tr("Bare feil"), "error"),
            (self.tr("Feil og advarsler"), "warning"),
        ):
            self.severity.addItem(text, data)
        self.severity.currentIndexChanged.connect(self._show_issues)
        self.issues = QTableWidget(0, 5)
        self.issues.setObjectName("import_log_issues")
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Ark"), self.tr("Rad"), self.tr("Kolonne"), self.tr("Alvor"), self.tr("Melding")]
        )
        self.issues.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.issues.horizontalHeader().setStretchLastSection(True)
        self.issues.verticalHeader().hide()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save = QPushButton(self.tr("&Lagre som Excel …"))
        save.setObjectName("import_log_save")
        save.clicked.connect(self.save_as)
        save.setEnabled(bool(self.entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lower = QWidget()
        lbox = QVBoxLayout(lower)
        lbox.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.detail, 1)
        top.addWidget(self.severity)
        lbox.addLayout(top)
        lbox.addWidget(self.issues, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.runs)
        split.addWidget(lower)
        split.setSizes([200, 400])
        box = QVBoxLayout(self)
        if not self.entries:
            box.addWidget(QLabel(self.tr("Ingen importer ennå. Importer en ansattliste fra Fil-menyen.")))
        box.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        row.addWidget(buttons)
        box.addLayout(row)
        self._fill_runs()

    def _fill_runs(self) -> None:
        sev = {
            "imported": self.tr("importert"),
            "refused": self.tr("avvist"),
            "unreadable": self.tr("kunne ikke leses"),
        }
        self.runs.setRowCount(len(self.entries))
        for n, e in enumerate(self.entries):
            issues = e.get("issues", [])
            errors = sum(1 for i in issues if i.get("severity") == "error")
            warnings = sum(1 for i in issues if i.get("severity") == "warning")
            texts = [
                formatting.timestamp(e.get("at", "")),
                import_log.KINDS.get(e.get("kind", ""), e.get("kind", "")),
                e.get("file", ""),
                e.get("kommune", ""),
                sev.get(e.get("status", ""), e.get("status", "")),
                self.tr("%1 feil, %2 advarsler, %3 i alt")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
                .replace("%3", str(len(issues))),
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if errors and c == 5:
                    mark(item, "error", True)
                self.runs.setItem(n, c, item)
        self.runs.resizeColumnsToContents()
        if self.entries:
            self.runs.selectRow(0)

    def current(self) -> dict[str, Any] | None:
        rows = self.runs.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _show_issues(self) -> None:
        e = self.current()
        if e is None:
            self.issues.setRowCount(0)
            return
        wanted = self.severity.currentData()
        keep = {"error": {"error"}, "warning": {"error", "warning"}}.get(wanted)
        issues = [i for i in e.get("issues", []) if keep is None or i.get("severity") in keep]
        counts = e.get("counts", {})
        self.detail.setText(
            self.tr("%1, ark «%2»: %3 rader lest, %4 importert, %5 avvist, %6 hoppet over. %7")
            .replace("%1", e.get("file", ""))
            .replace("%2", e.get("sheet", ""))
            .replace("%3", str(counts.get("rows_read", "–")))
            .replace("%4", str(counts.get("rows_imported", "–")))
            .replace("%5", str(counts.get("rows_rejected", "–")))
            .replace("%6", str(counts.get("rows_skipped", "–")))
            .replace("%7", e.get("message", ""))
        )
        names = {"error": self.tr("feil"), "warning": self.tr("advarsel"), "info": self.tr("info")}
        self.issues.setRowCount(len(issues))
        for n, i in enumerate(issues):
            col = f"{i.get('column') or ''}" + (f" «{i['header']}»" if i.get("header") else "")
            texts = [
                e.get("sheet", ""),
                "" if i.get("row") is None else str(i["row"]),
                col,
                names.get(i.get("severity", ""), ""),
                i.get("message", ""),
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                mark(item, i.get("severity", ""), c == 3)
                self.issues.setItem(n, c, item)
        self.issues.resizeColumnsToContents()

    def ask_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre importloggen"), "importlogg.xlsx", self.tr("Excel-arbeidsbok (*.xlsx)")
        )
        return path

    def save_as(self, path: str | None = None) -> bool:
        from ..analysis.report_xlsx import write_import_log

        path = path or self.ask_path()
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_import_log(self.controller.project, list(reversed(self.entries)), path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Importlogg"), self.tr("Kunne ikke lagre: %1").replace("%1", str(exc))
            )
            return False
        self.controller.statusMessage.emit(self.tr("Importloggen er lagret i %1").replace("%1", path))
        return True
