"""Fil → Prosjektinformasjon: the project's name, kommune, date and responsible person,
used in the window title, export headers and chart titles. One undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ..model.ops import SetSettings


class ProjectInfoDialog(QDialog):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("project_info_dialog")
        self.setWindowTitle(self.tr("Prosjektinformasjon"))
        d = controller.project.details()
        self.name_edit = QLineEdit(d["name"])
        self.name_edit.setAccessibleName(self.tr("Prosjektnavn"))
        self.kommune_edit = QLineEdit(d["kommune"])
        self.kommune_edit.setAccessibleName(self.tr("Kommune"))
        self.kommune_edit.setPlaceholderText(self.tr("Den nye kommunen, f.eks. Lillestrøm"))
        self.has_date = QCheckBox(self.tr("Dato"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setAccessibleName(self.tr("Dato"))
        date = QDate.fromString(d["date"], "yyyy-MM-dd")
        self.has_date.setChecked(date.isValid())
        self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
        self.date_edit.setEnabled(date.isValid())
        self.has_date.toggled.connect(self.date_edit.setEnabled)
        self.responsible_edit = QLineEdit(d["responsible"])
        self.responsible_edit.setAccessibleName(self.tr("Ansvarlig"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Prosjektnavn:"), self.name_edit)
        form.addRow(self.tr("&Kommune:"), self.kommune_edit)
        form.addRow(self.has_date, self.date_edit)
        form.addRow(self.tr("&Ansvarlig:"), self.responsible_edit)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {
            "name": " ".join(self.name_edit.text().split()) or self.tr("Nytt prosjekt"),
            "project.kommune": self.kommune_edit.text().strip(),
            "project.date": self.date_edit.date().toString("yyyy-MM-dd") if self.has_date.isChecked() else "",
            "project.responsible": self.responsible_edit.text().strip(),
        }

    def apply(self) -> None:
        project = self.controller.project
        now = {"name": project.name, **{k: project.settings.get(k, "") for k in self.values() if k != "name"}}
        changes = {k: v for k, v in self.values().items() if now.get(k, "") != v}
        if changes:
            self.controller.run(SetSettings(changes, text=self.tr("Endre prosjektinformasjon")))
        self.accept()
