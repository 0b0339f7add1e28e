"""Findings panel: what the validators say about the scenario shown, kept current while editing.

The findings come from the controller's one :class:`~.validation_service.ValidationService`
(the chart badges read the same run). They are grouped per rule with counts;
breaches of the principles (span, levels, staff in shared departments, allocation
vs delivery) come first, in bold, apart from housekeeping notes. After an edit
only the findings that changed are replaced in the tree. A rule's severity (or
turning it off) is set per project from the context menu or the «Regler» button,
as one undoable step. Choosing a finding selects its units and positions through
the controller, so the chart and outline follow.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QFont, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..analysis.validation import PRINCIPLE, SEVERITY_ORDER, category, is_enabled, severity_override
from ..model import ops
from . import theme_qt
from .controller import DocumentController
from .validation_service import service_for


def mark_severity(item: QTreeWidgetItem, severity: str) -> None:
    """Colour from the theme in force and the severity's icon beside the word (not colour alone)."""
    colour = theme.current().severity_text.get(severity)
    item.setForeground(1, QBrush(theme_qt.qcolor(colour)) if colour else QBrush())
    item.setIcon(1, theme_qt.severity_icon(severity) if colour else QIcon())


FINDING_ROLE = Qt.UserRole + 1


class FindingsPanel(QWidget):
    """A tree of findings per rule, principles first, with a severity filter and rule settings."""

    #: emitted after each refresh with the number of findings shown (tests, status bar)
    refreshed = Signal(int)

    def __init__(
        self, controller: DocumentController, parent: QWidget | None = None, delay_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.controller = controller
        self.service = service_for(controller)
        self._heads: dict[str, QTreeWidgetItem] = {}
        self._items: dict[tuple[str, Any], list[QTreeWidgetItem]] = {}
        self._severities: Counter[str] = Counter()  # all findings by severity
        self._rule_sev: dict[str, Counter[str]] = {}  # rule → its findings by severity
        self._visible: Counter[str] = Counter()  # rule → rows shown under the filter
        self._touched: set[str] = set()  # rules whose rows changed since the last _finish
        self._pending: dict[str, set[Any]] | None = {}
        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self.filter = QComboBox()
        self.filter.setObjectName("findings_filter")
        self.filter.setAccessibleName(self.tr("Vis funn"))
        for text, value in (
            (self.tr("Alle funn"), ""),
            (self.tr("Bare feil"), "error"),
            (self.tr("Feil og advarsler"), "warning"),
            (self.tr("Bare brudd på prinsipper"), PRINCIPLE),
        ):
            self.filter.addItem(text, value)
        self.rules = QToolButton()
        self.rules.setObjectName("findings_rules")
        self.rules.setText(self.tr("Regler"))
        self.rules.setAccessibleName(self.tr("Alvorlighet og av/på for hver regel i prosjektet"))
        self.rules.setPopupMode(QToolButton.InstantPopup)
        self.rules_menu = QMenu(self.rules)
        self.rules_menu.aboutToShow.connect(self._fill_rules_menu)
        self.rules.setMenu(self.rules_menu)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings_tree")
        self.tree.setAccessibleName(self.tr("Funn fra validatorene"))
        self.tree.setHeaderLabels([self.tr("Funn"), self.tr("Alvorlighet"), self.tr("Type")])
        theme_qt.manager().changed.connect(self._recolour)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        top.addWidget(self.rules)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        # the debounce of edits is the validation service's (one for the panel and the badges);
        # ``delay_ms`` sets it (tests), the panel applies each finished run at once
        self._timer = self.service._timer
        if delay_ms is not None:
            self._timer.setInterval(delay_ms)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(lambda item, _col: self._chosen(item, None))
        self.service.updated.connect(self._on_updated)
        self.refresh()

    # -- data ---------------------------------------------------------------------------
    @property
    def findings(self) -> list[Any]:
        """Every finding of the current run, errors first."""
        runner = self.service.runner
        return runner.findings() if runner is not None else []

    def _validators(self) -> dict[str, Any]:
        runner = self.service.runner
        return {v.id: v for v in runner.validators} if runner is not None else {}

    def refresh(self) -> None:
        """Bring the run up to date now and rebuild the tree."""
        self._pending = {}
        self.service.current()
        self._rebuild()

    def _on_updated(self, keys: dict[str, set[Any]] | None, _units: Any) -> None:
        if keys is None or self._pending is None:
            self._pending = None
        else:
            for vid, ks in keys.items():
                self._pending.setdefault(vid, set()).update(ks)
        self._apply_pending()

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, {}
        if pending is None:
            self._rebuild()
            return
        runner = self.service.runner
        if runner is None:
            self._rebuild()
            return
        self.tree.blockSignals(True)
        for vid, keys in pending.items():
            for key in keys:
                self._put(vid, key, runner.rule_findings(vid).get(key, []))
        self.tree.blockSignals(False)
        self._finish()

    # -- the tree -----------------------------------------------------------------------
    def _rebuild(self) -> None:
        runner = self.service.runner
        expanded = {vid for vid, head in self._heads.items() if head.isExpanded()}
        self.tree.blockSignals(True)
        self.tree.clear()
        self._heads, self._items, self._severities = {}, {}, Counter()
        self._rule_sev, self._visible, self._touched = {}, Counter(), set()
        if runner is not None:
            for v in runner.validators:
                for key, found in runner.rule_findings(v.id).items():
                    self._put(v.id, key, found)
        for vid, head in self._heads.items():
            head.setExpanded(vid in expanded or len(self._heads) == 1)
        self.tree.blockSignals(False)
        self._finish()

    def _head(self, vid: str) -> QTreeWidgetItem:
        head = self._heads.get(vid)
        if head is not None:
            return head
        v = self._validators().get(vid)
        principle = v is not None and category(v) == PRINCIPLE
        head = QTreeWidgetItem(["", "", self.tr("prinsipp") if principle else self.tr("orden")])
        head.setData(0, FINDING_ROLE, vid)
        if principle:
            font = QFont(head.font(0))
            font.setBold(True)
            for col in (0, 2):
                head.setFont(col, font)
        rank = self._rank(vid)
        index = sum(1 for other in self._heads if self._rank(other) < rank)
        self.tree.insertTopLevelItem(index, head)
        self._heads[vid] = head
        return head

    def _rank(self, vid: str) -> tuple[int, int]:
        validators = list(self._validators())
        v = self._validators().get(vid)
        principle = v is not None and category(v) == PRINCIPLE
        return (0 if principle else 1, validators.index(vid) if vid in validators else len(validators))

    def _passes(self, vid: str, severity: str) -> bool:
        wanted = self.filter.currentData()
        if wanted == PRINCIPLE:
            return self._rank(vid)[0] == 0
        allowed = {"error": {"error"}, "warning": {"error", "warning"}}.get(wanted)
        return allowed is None or severity in allowed

    def _put(self, vid: str, key: Any, found: list[Any]) -> None:
        """Replace the rows of one key of one rule (in place)."""
        labels = {"error": self.tr("feil"), "warning": self.tr("advarsel"), "info": self.tr("info")}
        self._touched.add(vid)
        for item in self._items.pop((vid, key), []):
            sev = item.data(1, FINDING_ROLE)
            self._severities[sev] -= 1
            self._rule_sev[vid][sev] -= 1
            self._visible[vid] -= not item.isHidden()
            parent = item.parent()
            if parent is not None:
                parent.removeChild(item)
        if not found:
            return
        head = self._head(vid)
        rows = []
        for f in found:
            child = QTreeWidgetItem([f.message, labels.get(f.severity, f.severity), ""])
            # the severity in words in what a screen reader reads for the row, not only its colour
            child.setData(0, Qt.AccessibleTextRole, f"{labels.get(f.severity, f.severity)}: {f.message}")
            child.setData(0, FINDING_ROLE, f)
            child.setData(1, FINDING_ROLE, f.severity)
            child.setToolTip(0, f.message)
            mark_severity(child, f.severity)
            head.addChild(child)
            shown = self._passes(vid, f.severity)
            child.setHidden(not shown)
            rows.append(child)
            self._severities[f.severity] += 1
            self._rule_sev.setdefault(vid, Counter())[f.severity] += 1
            self._visible[vid] += shown
        self._items[(vid, key)] = rows

    def _recolour(self) -> None:
        """The severity colours of the theme now in force."""
        for vid, head in self._heads.items():
            sevs = [s for s, n in self._rule_sev.get(vid, {}).items() if n > 0]
            if sevs:
                mark_severity(head, min(sevs, key=lambda s: SEVERITY_ORDER.get(s, 3)))
        for rows in self._items.values():
            for item in rows:
                mark_severity(item, item.data(1, FINDING_ROLE))

    def _finish(self) -> None:
        """Counts and worst severity of the rules touched, the summary; emit :attr:`refreshed`."""
        labels = {"error": self.tr("feil"), "warning": self.tr("advarsel"), "info": self.tr("info")}
        titles = {vid: v.title for vid, v in self._validators().items()}
        touched, self._touched = self._touched, set()
        for vid in touched:
            head = self._heads.get(vid)
            if head is None:
                continue
            if head.childCount() == 0:
                del self._heads[vid]
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(head))
                continue
            sevs = [s for s, n in self._rule_sev.get(vid, {}).items() if n > 0]
            worst = min(sevs, key=lambda s: SEVERITY_ORDER.get(s, 3))
            head.setText(0, f"{titles.get(vid, vid)} ({self._visible[vid]})")
            head.setText(1, labels.get(worst, worst))
            mark_severity(head, worst)
            head.setHidden(self._visible[vid] == 0)
            head.setData(
                0,
                Qt.AccessibleTextRole,
                self.tr("%1, mest alvorlig: %2")
                .replace("%1", head.text(0))
                .replace("%2", labels.get(worst, worst)),
            )
        principles = sum(
            sum(self._rule_sev.get(vid, {}).values()) for vid in self._heads if self._rank(vid)[0] == 0
        )
        text = (
            self.tr("%1 feil, %2 advarsler, %3 info")
            .replace("%1", str(self._severities["error"]))
            .replace("%2", str(self._severities["warning"]))
            .replace("%3", str(self._severities["info"]))
        )
        if principles:
            text += self.tr(" – %n brudd på prinsipper", "", principles)
        self.summary.setText(text)
        self.refreshed.emit(sum(self._visible[vid] for vid in self._heads))

    def _apply_filter(self) -> None:
        """A new filter: show or hide every row (the only pass over all rows besides a rebuild)."""
        for vid, head in self._heads.items():
            visible = 0
            for i in range(head.childCount()):
                child = head.child(i)
                ok = self._passes(vid, child.data(1, FINDING_ROLE))
                child.setHidden(not ok)
                visible += ok
            self._visible[vid] = visible
            self._touched.add(vid)
        self._finish()

    # -- rules: severity and on/off per project ---------------------------------------------
    def _rule_menu(self, menu: QMenu, v: Any) -> None:
        project = self.controller.project
        own = {"error": self.tr("feil"), "warning": self.tr("advarsel"), "info": self.tr("info")}
        current = severity_override(project, v)
        group = QActionGroup(menu)
        for value, text in (
            ("", self.tr("Regelens egen (%1)").replace("%1", own.get(v.severity, v.severity))),
            ("error", self.tr("Feil")),
            ("warning", self.tr("Advarsel")),
            ("info", self.tr("Info")),
        ):
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setObjectName(f"severity_{v.id}_{value or 'own'}")
            action.triggered.connect(lambda _c=False, vid=v.id, val=value: self.set_rule(vid, severity=val))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        on = QAction(self.tr("Regelen er på i dette prosjektet"), menu)
        on.setObjectName(f"enabled_{v.id}")
        on.setCheckable(True)
        on.setChecked(is_enabled(project, v))
        on.triggered.connect(lambda checked, vid=v.id: self.set_rule(vid, enabled=checked))
        menu.addAction(on)

    def _fill_rules_menu(self) -> None:
        self.rules_menu.clear()
        for v in self.service.validators():
            self._rule_menu(self.rules_menu.addMenu(v.title), v)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos) or self.tree.currentItem()
        if item is None:
            return
        data = item.data(0, FINDING_ROLE)
        vid = data if isinstance(data, str) else getattr(data, "validator", None)
        v = next((x for x in self.service.validators() if x.id == vid), None)
        if v is None:
            return
        menu = QMenu(self)
        self._rule_menu(menu.addMenu(self.tr("Alvorlighet for «%1»").replace("%1", v.title)), v)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def set_rule(self, validator_id: str, severity: str | None = None, enabled: bool | None = None) -> bool:
        """Set a rule's severity ("" = its own) or turn it on/off in the project, as one undo step."""
        changes: dict[str, Any] = {}
        if severity is not None:
            changes[f"{validator_id}.severity"] = severity
        if enabled is not None:
            changes[f"{validator_id}.enabled"] = bool(enabled)
        if not changes:
            return False
        return self.controller.run(
            ops.SetSettings(changes, text=self.tr("Endre regelen «%1»").replace("%1", validator_id))
        )

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
        """Every finding row shown (for tests and keyboard navigation)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if not head.isHidden():
                out.extend(head.child(j) for j in range(head.childCount()) if not head.child(j).isHidden())
        return out
