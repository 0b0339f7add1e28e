"""Findings panel: what the validators say about the scenario shown, kept current while editing.

Validators come from the plugin manager's facade (built-ins and a kommune's
own); one that raises is reported to the manager and skipped. Findings are
grouped per validator; choosing one selects its units and positions through
the controller, so the chart and outline follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.findings import run_validators
from .controller import DocumentController

COLOURS = {"error": QColor("#b00020"), "warning": QColor("#8a5300"), "info": QColor("#305080")}
FINDING_ROLE = Qt.UserRole + 1


class FindingsPanel(QWidget):
    """A tree of findings per validator with a severity filter."""

    #: emitted after each refresh with the findings shown (tests, status bar)
    refreshed = Signal(int)

    def __init__(
        self, controller: DocumentController, parent: QWidget | None = None, delay_ms: int = 400
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.controller = controller
        self.findings: list[Any] = []
        self._titles: dict[str, str] = {}
        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self.filter = QComboBox()
        self.filter.setObjectName("findings_filter")
        self.filter.setAccessibleName(self.tr("Vis funn"))
        for text, value in (
            (self.tr("Alle funn"), ""),
            (self.tr("Bare feil"), "error"),
            (self.tr("Feil og advarsler"), "warning"),
        ):
            self.filter.addItem(text, value)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings_tree")
        self.tree.setAccessibleName(self.tr("Funn fra validatorene"))
        self.tree.setHeaderLabels([self.tr("Funn"), self.tr("Alvorlighet")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)
        self.filter.currentIndexChanged.connect(self._fill)
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(lambda item, _col: self._chosen(item, None))
        controller.edited.connect(lambda _changes: self._timer.start())
        # opening a project emits both signals: one refresh, after the chart's first paint
        controller.projectReplaced.connect(lambda: self._timer.start())
        controller.scenarioChanged.connect(lambda _sid: self._timer.start())
        self.refresh()

    # -- computing ------------------------------------------------------------------
    def validators(self) -> list[Any]:
        pm = self.controller.plugins
        if pm is None or not hasattr(pm, "validators"):
            return []
        try:
            return list(pm.validators())
        except Exception:  # a broken manager must not take the panel down
            return []

    def refresh(self) -> None:
        """Run every validator on the current scenario and show the findings."""
        self._timer.stop()
        sc = self.controller.scenario()
        pm = self.controller.plugins
        validators = self.validators() if sc is not None else []
        self._titles = {v.id: v.title for v in validators}

        def report(validator: Any, exc: BaseException) -> None:
            if pm is not None and hasattr(pm, "report"):
                owner = pm.plugin_of(validator) if hasattr(pm, "plugin_of") else None
                pm.report(owner or validator.id, f"validatoren «{validator.id}» feilet: {exc}", exc)
            self.controller.statusMessage.emit(
                self.tr("Validatoren «%1» feilet og er slått av").replace("%1", validator.title)
            )

        self.findings = run_validators(validators, self.controller.project, sc, report=report) if sc else []
        self._fill()

    def _fill(self) -> None:
        wanted = self.filter.currentData()
        allowed = {"error": {"error"}, "warning": {"error", "warning"}}.get(wanted)
        shown = [f for f in self.findings if allowed is None or f.severity in allowed]
        counts = {s: sum(f.severity == s for f in self.findings) for s in ("error", "warning", "info")}
        self.summary.setText(
            self.tr("%1 feil, %2 advarsler, %3 info")
            .replace("%1", str(counts["error"]))
            .replace("%2", str(counts["warning"]))
            .replace("%3", str(counts["info"]))
        )
        labels = {"error": self.tr("feil"), "warning": self.tr("advarsel"), "info": self.tr("info")}
        expanded = {
            self.tree.topLevelItem(i).data(0, FINDING_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, list[Any]] = {}
        for f in shown:
            groups.setdefault(f.validator, []).append(f)
        for vid, items in groups.items():
            worst = items[0].severity  # findings come errors first
            head = QTreeWidgetItem([f"{self._titles.get(vid, vid)} ({len(items)})", labels.get(worst, worst)])
            head.setData(0, FINDING_ROLE, vid)
            head.setForeground(1, QBrush(COLOURS.get(worst, QColor("black"))))
            for f in items:
                child = QTreeWidgetItem([f.message, labels.get(f.severity, f.severity)])
                child.setData(0, FINDING_ROLE, f)
                child.setToolTip(0, f.message)
                child.setForeground(1, QBrush(COLOURS.get(f.severity, QColor("black"))))
                head.addChild(child)
            self.tree.addTopLevelItem(head)
            head.setExpanded(vid in expanded or len(groups) == 1)
        self.tree.blockSignals(False)
        self.refreshed.emit(len(shown))

    # -- choosing ---------------------------------------------------------------------
    def _chosen(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        if item is None:
            return
        f = item.data(0, FINDING_ROLE)
        if f is None or isinstance(f, str):
            return
        self.select_finding(f)

    def select_finding(self, finding: Any) -> None:
        """Select the units and positions a finding is about (the chart and outline follow)."""
        sc = self.controller.scenario()
        units = sc.units if sc is not None else {}
        items = [("unit", u) for u in finding.unit_ids if u in units]
        items += [("position", p) for p in finding.position_ids if p in self.controller.project.positions]
        if items:
            self.controller.select(items, self)

    def finding_items(self) -> list[QTreeWidgetItem]:
        """Every finding row (for tests and keyboard navigation)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out.extend(head.child(j) for j in range(head.childCount()))
        return out
