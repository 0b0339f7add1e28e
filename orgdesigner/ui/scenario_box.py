"""The scenario chooser in the toolbar: the alternatives, then today's organisation of
each source kommune (read-only), in two groups with headings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QSizePolicy

from ..model import Change
from ..model.asis import asis_id, view_name
from .controller import DocumentController


def choices(controller: DocumentController) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group heading, [(text, id)]) for the chooser and the Alternativ menu."""
    project = controller.project
    alternatives = [(sc.name, sc.id) for sc in project.scenarios.values()]
    asis = [(view_name(src.name), asis_id(src.id)) for src in project.sources.values()]
    groups = []
    if alternatives:
        groups.append((QComboBox.tr("Alternativer"), alternatives))
    if asis:
        groups.append((QComboBox.tr("Dagens organisasjoner (kun visning)"), asis))
    return groups


class ScenarioBox(QComboBox):
    """Lists the alternatives and today's organisations; choosing one shows it."""

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("scenario_box")
        self.setAccessibleName(self.tr("Alternativ"))
        self.setToolTip(self.tr("Velg hvilket alternativ, eller hvilken dagens organisasjon, som vises"))
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.setMinimumContentsLength(18)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.activated.connect(self._chosen)
        controller.projectReplaced.connect(self.refresh)
        controller.scenarioChanged.connect(lambda *_: self.refresh())
        controller.edited.connect(self._on_edited)
        self.refresh()

    def refresh(self) -> None:
        self.blockSignals(True)
        model = QStandardItemModel(self)
        bold = QFont(self.font())
        bold.setBold(True)
        groups = choices(self.controller)
        headed = len(groups) > 1 or any(sid.startswith("asis:") for _h, i in groups for _t, sid in i)
        for heading, items in groups:
            if headed:  # headings only when there is more than one kind to tell apart
                head = QStandardItem(heading)
                head.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
                head.setFont(bold)
                model.appendRow(head)
            for text, sid in items:
                item = QStandardItem(text)
                item.setData(sid, Qt.ItemDataRole.UserRole)
                item.setToolTip(text)
                model.appendRow(item)
        self.setModel(model)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 40)
        at = self.findData(self.controller.scenario_id)
        self.setCurrentIndex(at)
        self.setEnabled(any(items for _h, items in groups))
        self.blockSignals(False)

    def ids(self) -> list[str]:
        """The ids offered, in order (headings left out)."""
        return [d for n in range(self.count()) if (d := self.itemData(n))]

    def _chosen(self, row: int) -> None:
        sid = self.itemData(row)
        if sid:
            self.controller.set_scenario(sid)

    def _on_edited(self, changes: list[Change]) -> None:
        if any(c.kind in ("scenario", "source") for c in changes):
            self.refresh()
