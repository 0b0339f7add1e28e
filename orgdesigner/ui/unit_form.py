"""The unit half of the property panel: the fields of one or several scenario units.

Each edit is one op; with several units selected it applies to all of them as one
undo step, and a field whose values differ shows «(ulike verdier)» and changes
nothing until the user sets it. Name and leader belong to one unit only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..model import ModelError, Role, UnitType, ops, unit_type_label
from ..model.rules import can_hold
from .controller import DocumentController
from .fields import Choice, fill_combo, named, parse_kostra, set_text

MIXED = "\x00mixed"  # combo data: the selected units differ here


class UnitForm(QWidget):
    """Edits name, type, leader, location, målgruppe, role, KOSTRA and cost centre."""

    #: a refused value, with the reason (bokmål)
    refused = Signal(str)

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.unit_id: str | None = None  # the first (or only) unit shown
        self.unit_ids: list[str] = []
        self._mixed: set[QLineEdit] = set()
        form = QFormLayout(self)
        self.name = named(QLineEdit(), "unit_name", self.tr("Navn"))
        self.type = named(Choice(), "unit_type", self.tr("Enhetstype"))
        self.leader = named(Choice(), "unit_leader", self.tr("Leder"))
        self.location = named(Choice(searchable=True), "unit_location", self.tr("Lokalisering"))
        self.target_group = named(QLineEdit(), "unit_target_group", self.tr("Målgruppe"))
        self.role = named(Choice(), "unit_role", self.tr("Rolle"))
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
        for text, value in [(unit_type_label(t), t) for t in UnitType.ALL]:
            self.type.addItem(text, value)
        self.name.editingFinished.connect(self._commit_name)
        self.type.activated.connect(self._commit_type)
        self.leader.activated.connect(
            lambda: self._commit(leader_position_id=self.leader.currentData() or None)
        )
        self.location.activated.connect(
            lambda: (
                self._picked(self.location) and self._commit(location_id=self.location.currentData() or None)
            )
        )
        self.target_group.editingFinished.connect(
            lambda: (
                self._typed(self.target_group) and self._commit(target_group=self.target_group.text().strip())
            )
        )
        self.role.activated.connect(
            lambda: self._picked(self.role) and self._commit(role=self.role.currentData() or "")
        )
        self.kostra.editingFinished.connect(lambda: self._typed(self.kostra) and self._commit_kostra())
        self.cost_centre.editingFinished.connect(
            lambda: (
                self._typed(self.cost_centre) and self._commit(cost_centre=self.cost_centre.text().strip())
            )
        )

    # -- loading ---------------------------------------------------------------
    def load(self, unit_ids: str | list[str] | None) -> None:
        """Show one unit, or several (then fields that differ show as mixed)."""
        ids = [unit_ids] if isinstance(unit_ids, str) else list(unit_ids or [])
        sc = self.controller.scenario()
        ids = [u for u in ids if sc is not None and u in sc.units]
        self.unit_ids = ids
        self.unit_id = ids[0] if ids else None
        if not ids:
            return
        units = [sc.units[u] for u in ids]
        unit = units[0]
        project = self.controller.project
        many = len(units) > 1
        self.path.setText(
            self.tr("%n enheter valgt – en endring gjelder alle", "", len(units))
            if many
            else sc.path(unit.id)
        )
        set_text(self.name, "" if many else unit.name)
        self.name.setEnabled(not many)
        self.name.setPlaceholderText(self.tr("(ulike navn)") if many else "")
        self._fill(self.type, [(unit_type_label(t), t) for t in UnitType.ALL], [u.type for u in units])
        leaders = [(self.tr("(ingen)"), "")]
        for pid in sc.positions_in(unit.id) if not many else []:
            pos = project.positions.get(pid)
            if pos is None:
                continue
            person = project.persons.get(pos.person_id or "")
            who = person.name if person else self.tr("vakant")
            leaders.append((f"{pos.title or pos.code} – {who}", pid))
        self._fill(self.leader, leaders, [u.leader_position_id or "" for u in units])
        self.leader.setEnabled(not many)
        locations = [(self.tr("(ingen)"), "")] + sorted(
            ((loc.name, loc.id) for loc in project.locations.values()), key=lambda e: e[0].lower()
        )
        self._fill(self.location, locations, [u.location_id or "" for u in units])
        self._text(self.target_group, [u.target_group for u in units])
        roles = [
            (self.tr("(ikke angitt)"), Role.NONE),
            (self.tr("forvaltning"), Role.FORVALTNING),
            (self.tr("tjenesteyting"), Role.TJENESTEYTING),
        ]
        self._fill(self.role, roles, [u.role for u in units])
        self._text(self.kostra, [", ".join(u.kostra) for u in units])
        self._text(self.cost_centre, [u.cost_centre for u in units])

    def _fill(self, combo: QComboBox, entries: list[tuple[str, Any]], values: list[Any]) -> None:
        if len(set(values)) > 1:
            fill_combo(combo, [(self.tr("(ulike verdier)"), MIXED), *entries], MIXED)
        else:
            fill_combo(combo, entries, values[0])

    def _text(self, edit: QLineEdit, values: list[str]) -> None:
        mixed = len(set(values)) > 1
        (self._mixed.add if mixed else self._mixed.discard)(edit)
        set_text(edit, "" if mixed else values[0])
        edit.setModified(False)
        edit.setPlaceholderText(self.tr("(ulike verdier)") if mixed else "")
        if edit is self.kostra and not mixed:
            edit.setPlaceholderText(self.tr("f.eks. 202, 213"))

    @staticmethod
    def _picked(combo: QComboBox) -> bool:
        return combo.currentData() != MIXED

    def _typed(self, edit: QLineEdit) -> bool:
        """False for a mixed field left untouched (it must not set every unit to "")."""
        return edit not in self._mixed or edit.isModified() or bool(edit.text().strip())

    def reload(self) -> None:
        self.load(self.unit_ids)

    # -- committing --------------------------------------------------------------
    def _unit(self) -> Any:
        sc = self.controller.scenario()
        if sc is None or self.unit_id not in sc.units:
            return None
        return sc.units[self.unit_id]

    def _refuse(self, why: str) -> None:
        self.reload()
        self.refused.emit(why)

    def _units(self) -> list[Any]:
        sc = self.controller.scenario()
        return [sc.units[u] for u in self.unit_ids if sc is not None and u in sc.units]

    def _commit(self, **changes: Any) -> bool:
        """One op setting ``changes`` on every shown unit that differs (one undo step)."""
        parts = []
        try:
            for unit in self._units():
                real = {k: v for k, v in changes.items() if getattr(unit, k) != v}
                if real:
                    parts.append(
                        ops.set_unit_fields(
                            self.controller.project, self.controller.scenario_id, unit.id, **real
                        )
                    )
        except ModelError as exc:
            self._refuse(str(exc))
            return False
        if not parts:
            return False
        op = (
            parts[0]
            if len(parts) == 1
            else ops.Compound(parts, text=self.tr("Endre %n enheter", "", len(parts)))
        )
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
        sc = self.controller.scenario()
        new = self.type.currentData()
        if sc is None or new == MIXED:
            return
        for unit in self._units():
            if unit.type == new:
                continue
            parent = sc.units.get(unit.parent_id or "")
            ok, why = can_hold(parent.type if parent else None, new)
            if ok:
                for child in sc.children(unit.id):
                    ok, why = can_hold(new, sc.units[child].type)
                    if not ok:
                        break
            if not ok:
                self._refuse(why if len(self.unit_ids) == 1 else f"«{unit.name}»: {why}")
                return
        self._commit(type=new)

    def _commit_kostra(self) -> bool:
        codes, why = parse_kostra(self.kostra.text())
        if codes is None:
            self._refuse(why)
            return False
        return self._commit(kostra=codes)
