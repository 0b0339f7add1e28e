"""The unit half of the property panel: every field of one scenario unit, each edit one op."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..model import ModelError, Role, UnitType, ops
from ..model.rules import can_hold
from .controller import DocumentController
from .fields import fill_combo, named, parse_kostra, set_text


class UnitForm(QWidget):
    """Edits name, type, leader, location, målgruppe, role, KOSTRA and cost centre."""

    #: a refused value, with the reason (bokmål)
    refused = Signal(str)

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.unit_id: str | None = None
        form = QFormLayout(self)
        self.name = named(QLineEdit(), "unit_name", self.tr("Navn"))
        self.type = named(QComboBox(), "unit_type", self.tr("Enhetstype"))
        self.leader = named(QComboBox(), "unit_leader", self.tr("Leder"))
        self.location = named(QComboBox(), "unit_location", self.tr("Lokalisering"))
        self.target_group = named(QLineEdit(), "unit_target_group", self.tr("Målgruppe"))
        self.role = named(QComboBox(), "unit_role", self.tr("Rolle"))
        self.kostra = named(QLineEdit(), "unit_kostra", self.tr("KOSTRA-funksjoner"))
        self.kostra.setPlaceholderText(self.tr("f.eks. 202, 213"))
        self.cost_centre = named(QLineEdit(), "unit_cost_centre", self.tr("Ansvar"))
        self.path = QLabel()
        self.path.setWordWrap(True)
        self.path.setObjectName("unit_path")
        rows = [
            (self.tr("&Navn:"), self.name),
            (self.tr("&Type:"), self.type),
            (self.tr("&Leder:"), self.leader),
            (self.tr("&Lokalisering:"), self.location),
            (self.tr("&Målgruppe:"), self.target_group),
            (self.tr("&Rolle:"), self.role),
            (self.tr("&KOSTRA:"), self.kostra),
            (self.tr("&Ansvar:"), self.cost_centre),
        ]
        form.addRow(self.tr("Plassering:"), self.path)
        for label, widget in rows:
            form.addRow(label, widget)
        for text, value in [(t, t) for t in UnitType.ALL]:
            self.type.addItem(text, value)
        self.name.editingFinished.connect(self._commit_name)
        self.type.activated.connect(self._commit_type)
        self.leader.activated.connect(
            lambda: self._commit(leader_position_id=self.leader.currentData() or None)
        )
        self.location.activated.connect(lambda: self._commit(location_id=self.location.currentData() or None))
        self.target_group.editingFinished.connect(
            lambda: self._commit(target_group=self.target_group.text().strip())
        )
        self.role.activated.connect(lambda: self._commit(role=self.role.currentData() or ""))
        self.kostra.editingFinished.connect(self._commit_kostra)
        self.cost_centre.editingFinished.connect(
            lambda: self._commit(cost_centre=self.cost_centre.text().strip())
        )

    # -- loading ---------------------------------------------------------------
    def load(self, unit_id: str | None) -> None:
        self.unit_id = unit_id
        sc = self.controller.scenario()
        if sc is None or unit_id not in sc.units:
            self.unit_id = None
            return
        unit = sc.units[unit_id]
        project = self.controller.project
        self.path.setText(sc.path(unit_id))
        set_text(self.name, unit.name)
        fill_combo(self.type, [(t, t) for t in UnitType.ALL], unit.type)
        leaders = [(self.tr("(ingen)"), "")]
        for pid in sc.positions_in(unit_id):
            pos = project.positions.get(pid)
            if pos is None:
                continue
            person = project.persons.get(pos.person_id or "")
            who = person.name if person else self.tr("vakant")
            leaders.append((f"{pos.title or pos.code} – {who}", pid))
        fill_combo(self.leader, leaders, unit.leader_position_id or "")
        locations = [(self.tr("(ingen)"), "")] + sorted(
            ((loc.name, loc.id) for loc in project.locations.values()), key=lambda e: e[0].lower()
        )
        fill_combo(self.location, locations, unit.location_id or "")
        set_text(self.target_group, unit.target_group)
        roles = [
            (self.tr("(ikke angitt)"), Role.NONE),
            (self.tr("forvaltning"), Role.FORVALTNING),
            (self.tr("tjenesteyting"), Role.TJENESTEYTING),
        ]
        fill_combo(self.role, roles, unit.role)
        set_text(self.kostra, ", ".join(unit.kostra))
        set_text(self.cost_centre, unit.cost_centre)

    def reload(self) -> None:
        self.load(self.unit_id)

    # -- committing --------------------------------------------------------------
    def _unit(self) -> Any:
        sc = self.controller.scenario()
        if sc is None or self.unit_id not in sc.units:
            return None
        return sc.units[self.unit_id]

    def _refuse(self, why: str) -> None:
        self.reload()
        self.refused.emit(why)

    def _commit(self, **changes: Any) -> bool:
        unit = self._unit()
        if unit is None:
            return False
        changes = {k: v for k, v in changes.items() if getattr(unit, k) != v}
        if not changes:
            return False
        try:
            op = ops.set_unit_fields(self.controller.project, self.controller.scenario_id, unit.id, **changes)
        except ModelError as exc:
            self._refuse(str(exc))
            return False
        ok = self.controller.run(op)
        if not ok:
            self.reload()
        return ok

    def _commit_name(self) -> None:
        unit = self._unit()
        if unit is None:
            return
        name = self.name.text().strip()
        if not name:
            self._refuse(self.tr("Navnet kan ikke være tomt"))
            return
        if name != unit.name:
            self.controller.run(
                ops.rename_unit(self.controller.project, self.controller.scenario_id, unit.id, name)
            )

    def _commit_type(self) -> None:
        unit = self._unit()
        sc = self.controller.scenario()
        if unit is None or sc is None:
            return
        new = self.type.currentData()
        if new == unit.type:
            return
        parent = sc.units.get(unit.parent_id or "")
        ok, why = can_hold(parent.type if parent else None, new)
        if ok:
            for child in sc.children(unit.id):
                ok, why = can_hold(new, sc.units[child].type)
                if not ok:
                    break
        if not ok:
            self._refuse(why)
            return
        self._commit(type=new)

    def _commit_kostra(self) -> None:
        codes, why = parse_kostra(self.kostra.text())
        if codes is None:
            self._refuse(why)
            return
        self._commit(kostra=codes)
