"""«Nytt alternativ fra dagens organisasjon»: choose one or several source kommuner
and a name; their as-is organisations are copied into a new alternative with every
position placed in the copy of its unit (one undo step)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import ModelError, new_id
from ..model.sources import scenario_from_asis


class FromAsisDialog(QDialog):
    def __init__(
        self, controller: Any, parent: QWidget | None = None, chosen: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scenario_id = ""
        self.setObjectName("from_asis_dialog")
        self.setWindowTitle(self.tr("Nytt alternativ fra dagens organisasjon"))
        project = controller.project
        intro = QLabel(
            self.tr(
                "Kopier dagens organisasjon i én eller flere kommuner til et nytt alternativ. "
                "Alle stillinger plasseres i kopien av enheten de er i i dag."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Kildekommuner"))
        for src in project.sources.values():
            n = sum(1 for p in project.positions.values() if p.source_id == src.id)
            item = QListWidgetItem(
                self.tr("%1 (%2 enheter, %3 stillinger)")
                .replace("%1", src.name)
                .replace("%2", str(len(src.units)))
                .replace("%3", str(n))
            )
            item.setData(Qt.ItemDataRole.UserRole, src.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if chosen is None or src.id in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.name_edit = QLineEdit(self.tr("Utgangspunkt – dagens organisasjon"))
        self.name_edit.setAccessibleName(self.tr("Navn på alternativet"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lag alternativet"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._check)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.list, 1)
        name_label = QLabel(self.tr("&Navn på alternativet:"))
        name_label.setBuddy(self.name_edit)
        box.addWidget(name_label)
        box.addWidget(self.name_edit)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self._check()

    def chosen(self) -> list[str]:
        return [
            self.list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _check(self) -> None:
        ok = bool(self.chosen())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.error.setText("" if ok else self.tr("Velg minst én kommune."))

    def apply(self) -> bool:
        sid = new_id("s")
        try:
            op = scenario_from_asis(self.controller.project, self.chosen(), self.name_edit.text(), sid)
        except ModelError as exc:
            self.error.setText(str(exc))
            return False
        if not self.controller.run(op):
            return False
        self.scenario_id = sid
        self.controller.set_scenario(sid)
        self.accept()
        return True
