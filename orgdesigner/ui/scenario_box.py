"""The scenario chooser in the toolbar: a combo box that follows the project."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QSizePolicy

from ..model import Change
from .controller import DocumentController


class ScenarioBox(QComboBox):
    """Lists the project's scenarios; choosing one shows it."""

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("scenario_box")
        self.setAccessibleName(self.tr("Alternativ"))
        self.setToolTip(self.tr("Velg hvilket alternativ som vises"))
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
        self.clear()
        for sc in self.controller.project.scenarios.values():
            self.addItem(sc.name, sc.id)
        at = self.findData(self.controller.scenario_id)
        self.setCurrentIndex(at)
        self.setEnabled(self.count() > 0)
        self.blockSignals(False)

    def _chosen(self, row: int) -> None:
        sid = self.itemData(row)
        if sid:
            self.controller.set_scenario(sid)

    def _on_edited(self, changes: list[Change]) -> None:
        if any(c.kind == "scenario" for c in changes):
            self.refresh()
