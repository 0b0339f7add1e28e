"""The position half of the property panel: every field of one position, each edit one op."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..model import ModelError, ops
from .controller import DocumentController
from .fields import KOSTRA_RE, Choice, fill_combo, format_number, named, parse_number, set_text


class PositionForm(QWidget):
    """Edits title, code, FTE %, salary, work place, leader flags, KOSTRA and cost centre."""

    #: a refused value, with the reason (bokmål)
    refused = Signal(str)

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.position_id: str | None = None
        form = QFormLayout(self)
        self.person = QLabel()
        self.person.setObjectName("position_person")
        self.placed = QLabel()
        self.placed.setWordWrap(True)
        self.placed.setObjectName("position_placed")
        self.title = named(QLineEdit(), "position_title", self.tr("Stillingstittel"))
        self.code = named(QLineEdit(), "position_code", self.tr("Stillingskode"))
        self.fte = named(QLineEdit(), "position_fte", self.tr("Stillingsprosent"))
        self.salary = named(QLineEdit(), "position_salary", self.tr("Årslønn"))
        self.work_place = named(Choice(searchable=True), "position_work_place", self.tr("Arbeidssted"))
        self.personnel = named(
            QCheckBox(self.tr("&Personalansvar")), "position_personnel", self.tr("Personalansvar")
        )
        self.budget = named(
            QCheckBox(self.tr("&Budsjettansvar")), "position_budget", self.tr("Budsjettansvar")
        )
        self.kostra = named(QLineEdit(), "position_kostra", self.tr("KOSTRA-funksjon"))
        self.cost_centre = named(QLineEdit(), "position_cost_centre", self.tr("Ansvar"))
        form.addRow(self.tr("Ansatt:"), self.person)
        form.addRow(self.tr("Plassert i:"), self.placed)
        form.addRow(self.tr("&Tittel:"), self.title)
        form.addRow(self.tr("Stillings&kode:"), self.code)
        form.addRow(self.tr("Stillings&prosent:"), self.fte)
        form.addRow(self.tr("Års&lønn:"), self.salary)
        form.addRow(self.tr("&Arbeidssted:"), self.work_place)
        form.addRow("", self.personnel)
        form.addRow("", self.budget)
        form.addRow(self.tr("K&OSTRA:"), self.kostra)
        form.addRow(self.tr("A&nsvar:"), self.cost_centre)
        self.title.editingFinished.connect(lambda: self._commit_text("title", self.title))
        self.code.editingFinished.connect(lambda: self._commit_text("code", self.code))
        self.cost_centre.editingFinished.connect(lambda: self._commit_text("cost_centre", self.cost_centre))
        self.fte.editingFinished.connect(self._commit_fte)
        self.salary.editingFinished.connect(self._commit_salary)
        self.kostra.editingFinished.connect(self._commit_kostra)
        self.work_place.activated.connect(
            lambda: self._commit(work_place_id=self.work_place.currentData() or None)
        )
        self.personnel.toggled.connect(lambda on: self._commit(personnel_responsibility=on))
        self.budget.toggled.connect(lambda on: self._commit(budget_responsibility=on))

    # -- loading -----------------------------------------------------------------
    def load(self, position_id: str | None) -> None:
        project = self.controller.project
        pos = project.positions.get(position_id or "")
        self.position_id = pos.id if pos else None
        if pos is None:
            return
        person = project.persons.get(pos.person_id or "")
        source = project.sources.get(pos.source_id)
        who = f"{person.name} ({person.employee_no})" if person else self.tr("Vakant")
        self.person.setText(f"{who} – {source.name}" if source else who)
        sc = self.controller.scenario()
        unit = sc.unit_of(pos.id) if sc else None
        self.placed.setText(sc.path(unit) if sc and unit in sc.units else self.tr("Ikke plassert"))
        set_text(self.title, pos.title)
        set_text(self.code, pos.code)
        set_text(self.fte, format_number(pos.fte_percent, 2))
        set_text(self.salary, format_number(pos.salary, 0) if pos.salary else "")
        locations = [(self.tr("(ingen)"), "")] + sorted(
            ((loc.name, loc.id) for loc in project.locations.values()), key=lambda e: e[0].lower()
        )
        fill_combo(self.work_place, locations, pos.work_place_id or "")
        for box, value in (
            (self.personnel, pos.personnel_responsibility),
            (self.budget, pos.budget_responsibility),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        set_text(self.kostra, pos.kostra)
        set_text(self.cost_centre, pos.cost_centre)

    def reload(self) -> None:
        self.load(self.position_id)

    # -- committing ----------------------------------------------------------------
    def _refuse(self, why: str) -> None:
        self.reload()
        self.refused.emit(why)

    def _commit(self, **changes: Any) -> bool:
        pos = self.controller.project.positions.get(self.position_id or "")
        if pos is None:
            return False
        changes = {k: v for k, v in changes.items() if getattr(pos, k) != v}
        if not changes:
            return False
        try:
            op = ops.set_fields(self.controller.project, "position", None, pos.id, **changes)
        except ModelError as exc:
            self._refuse(str(exc))
            return False
        op.text = self.tr("Endre stilling")
        ok = self.controller.run(op)
        if not ok:
            self.reload()
        return ok

    def _commit_text(self, field: str, edit: QLineEdit) -> None:
        self._commit(**{field: edit.text().strip()})

    def _commit_fte(self) -> None:
        value = parse_number(self.fte.text())
        if value is None or not 0 <= value <= 100:
            self._refuse(self.tr("Stillingsprosent må være et tall mellom 0 og 100"))
            return
        self._commit(fte_percent=value)

    def _commit_salary(self) -> None:
        text = self.salary.text().strip()
        value = 0.0 if not text else parse_number(text)
        if value is None or value < 0:
            self._refuse(self.tr("Årslønn må være et tall som ikke er negativt"))
            return
        self._commit(salary=value)

    def _commit_kostra(self) -> None:
        code = self.kostra.text().strip()
        if code and not KOSTRA_RE.match(code):
            self._refuse(self.tr("«%1» er ikke en KOSTRA-funksjon (tre sifre)").replace("%1", code))
            return
        self._commit(kostra=code)
