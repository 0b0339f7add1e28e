"""Compare scenarios: key figures of two or more side by side, and the structural diff of two.

``show_compare_dialog(controller, parent)`` opens it (Alternativ → Sammenlign
alternativer…).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from ..analysis.compare import KEY_LABELS, diff_scenarios
from ..analysis.metrics import compute_metrics
from .controller import DocumentController

LOCALE = QLocale(QLocale.NorwegianBokmal, QLocale.Norway)
SHARES = {"placed_share"}


def _fmt(key: str, v: Any) -> str:
    if key in SHARES:
        return LOCALE.toString(float(v) * 100, "f", 1) + " %"
    if isinstance(v, float):
        return LOCALE.toString(v, "f", 0 if key == "salary" else 1 if not v.is_integer() else 0)
    return LOCALE.toString(int(v))


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
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
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
            [*(self.tr(t) for t in KEY_LABELS.values()), self.tr("Enheter per nivå")]
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
        a, b = project.scenarios[a_id], project.scenarios[b_id]
        d = diff_scenarios(project, a_id, b_id)
        top = self.tr("(toppen)")
        sections = [
            (self.tr("Lagt til"), [(b.units[u].name, b.path(u)) for u in d.added]),
            (self.tr("Fjernet"), [(a.units[u].name, a.path(u)) for u in d.removed]),
            (self.tr("Flyttet"), [(m["name"], f"{m['from'] or top} → {m['to'] or top}") for m in d.moved]),
            (self.tr("Omdøpt"), [(r["new"], f"{r['old']} → {r['new']}") for r in d.renamed]),
            (
                self.tr("Endret"),
                [
                    (b.units[c["unit"]].name, f"{c['field']}: {c['old'] or '–'} → {c['new'] or '–'}")
                    for c in d.changed
                ],
            ),
            (self.tr("Stillinger i en annen enhet"), self._positions(d, a, b)),
        ]
        if d.empty:
            QTreeWidgetItem(self.diff, [self.tr("Ingen forskjeller"), ""])
        for title, rows in sections:
            if not rows:
                continue
            head = QTreeWidgetItem(self.diff, [f"{title} ({len(rows)})", ""])
            for name, detail in rows[:500]:
                QTreeWidgetItem(head, [name, detail])
            if len(rows) > 500:
                QTreeWidgetItem(head, [self.tr("… og %1 til").replace("%1", str(len(rows) - 500)), ""])
            head.setExpanded(len(rows) <= 20)

    def _positions(self, d: Any, a: Any, b: Any) -> list[tuple[str, str]]:
        from ..analysis.findings import position_label

        none = self.tr("ikke innplassert")
        return [
            (
                position_label(self.controller.project, m["position"]),
                f"{a.units[m['from']].name if m['from'] else none} → {b.units[m['to']].name if m['to'] else none}",
            )
            for m in d.positions_moved[:2000]
        ]


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
