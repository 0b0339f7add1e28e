"""Dialog for the bulk rule "ansatte følger oppgavene".

The user builds a list of rules — an old unit (with or without its subtree), a
cost centre (ansvar) or a KOSTRA function, each mapped to a new unit — sees
how many positions each would place, and applies them all as one undo step.
Positions already placed are left alone unless "Erstatt" is ticked. The lists can
be searched by typing (a unit by its own name, a KOSTRA function by code or name),
and the rules can be saved with the project and fetched again later.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import ModelError, PlacementStatus, kostra, status_label
from ..model.bulk import (
    BY_COST_CENTRE,
    BY_KOSTRA,
    BY_UNIT,
    BulkRule,
    bulk_place,
    plan,
    save_rules,
    saved_rules,
)
from .controller import DocumentController
from .fields import Choice
from .fields import unit_label as _unit_label


class BulkPlaceDialog(QDialog):
    """Map old units / cost centres / KOSTRA functions to new units and place in one step."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_place_dialog")
        self.setWindowTitle(self.tr("Ansatte følger oppgavene"))
        self.controller = controller
        self.rules: list[tuple[BulkRule, str]] = []
        project = controller.project

        self.kind = Choice()
        self.kind.setObjectName("bulk_kind")
        self.kind.addItem(self.tr("Gammel enhet"), BY_UNIT)
        self.kind.addItem(self.tr("Ansvar (kostnadssted)"), BY_COST_CENTRE)
        self.kind.addItem(self.tr("KOSTRA-funksjon"), BY_KOSTRA)
        self.source = Choice()
        self.source.setObjectName("bulk_source")
        self.source.addItem(self.tr("(alle kommuner)"), "")
        for src in project.sources.values():
            self.source.addItem(src.name, src.id)
        self.source.setCurrentIndex(1 if project.sources else 0)
        self.value = Choice(searchable=True)
        self.value.setObjectName("bulk_value")
        self.value.setAccessibleName(self.tr("Hva som flyttes"))
        self.subtree = QCheckBox(self.tr("Med &underenheter"))
        self.subtree.setObjectName("bulk_subtree")
        self.subtree.setChecked(True)
        self.target = Choice(searchable=True)
        self.target.setObjectName("bulk_target")
        self.target.setAccessibleName(self.tr("Ny enhet"))
        sc = controller.scenario()
        if sc is not None:
            for uid, _ in sc.walk():
                self.target.addItem(_unit_label(sc, uid), uid)
        self.add_button = QPushButton(self.tr("&Legg til regel"))
        self.add_button.setObjectName("bulk_add")
        self.remove_button = QPushButton(self.tr("&Fjern regel"))
        self.remove_button.setObjectName("bulk_remove")
        self.save_button = QPushButton(self.tr("La&gre reglene"))
        self.save_button.setObjectName("bulk_save_rules")
        self.save_button.setToolTip(self.tr("Lagre reglene i prosjektet for dette alternativet"))
        self.load_button = QPushButton(self.tr("&Hent lagrede regler"))
        self.load_button.setObjectName("bulk_load_rules")
        self.list = QListWidget()
        self.list.setObjectName("bulk_rules")
        self.list.setAccessibleName(self.tr("Regler"))
        self.replace = QCheckBox(self.tr("&Erstatt innplasseringer som allerede er gjort"))
        self.replace.setObjectName("bulk_replace")
        self.status = Choice()
        self.status.setObjectName("bulk_status")
        self.status.addItem(self.tr("(uendret / foreslått)"), None)
        for s in PlacementStatus.ALL:
            self.status.addItem(status_label(s), s)
        self.preview = QLabel()
        self.preview.setObjectName("bulk_preview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("&Avbryt"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Plasser"))

        form = QFormLayout()
        form.addRow(self.tr("&Regel:"), self.kind)
        form.addRow(self.tr("Gammel &kommune:"), self.source)
        form.addRow(self.tr("&Hva:"), self.value)
        form.addRow("", self.subtree)
        form.addRow(self.tr("&Til ny enhet:"), self.target)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.replace)
        status_row = QFormLayout()
        status_row.addRow(self.tr("&Status:"), self.status)
        layout.addLayout(status_row)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._fill_values)
        self.source.currentIndexChanged.connect(self._fill_values)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.save_button.clicked.connect(self.save_rules)
        self.load_button.clicked.connect(self.load_rules)
        self.replace.toggled.connect(self._update_preview)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_values()
        self._update_preview()
        self.resize(640, 520)

    def _fill_values(self, *_args: object) -> None:
        project = self.controller.project
        kind = self.kind.currentData()
        sid = self.source.currentData() or ""
        src = project.sources.get(sid)
        self.value.clear()
        self.subtree.setEnabled(kind == BY_UNIT)
        if kind == BY_UNIT:
            if src is not None:
                for uid, _ in src.walk():
                    self.value.addItem(_unit_label(src, uid), uid)
            return
        values: set[str] = set()
        for pos in project.positions.values():
            if sid and pos.source_id != sid:
                continue
            owner = project.sources.get(pos.source_id)
            unit = owner.units.get(pos.unit_id or "") if owner else None
            if kind == BY_COST_CENTRE:
                values.add(pos.cost_centre.strip() or (unit.cost_centre.strip() if unit else ""))
            else:
                if pos.kostra.strip():
                    values.add(pos.kostra.strip())
                elif unit:
                    values.update(k.strip() for k in unit.kostra)
        for v in sorted(values - {""}):
            self.value.addItem(kostra.label(v) if kind == BY_KOSTRA else v, v)

    def current_rule(self) -> BulkRule | None:
        value = self.value.currentData()
        if not value:
            return None
        return BulkRule(
            self.kind.currentData(), value, self.source.currentData() or "", self.subtree.isChecked()
        )

    def add_rule(self) -> bool:
        rule, target = self.current_rule(), self.target.currentData()
        if rule is None or not target:
            return False
        self.rules.append((rule, target))
        self.list.addItem("")
        self._update_preview()
        return True

    def _rule_text(self, n: int, count: int | None) -> str:
        rule, target = self.rules[n]
        sc = self.controller.scenario()
        where = sc.path(target) if sc and target in sc.units else target
        text = f"{rule.describe(self.controller.project)}  →  {where}"
        if count is not None:
            text += "  " + self.tr("(%n stillinger)", "", count)
        return text

    def save_rules(self) -> bool:
        """Store the rules in the project (one undo step; saved with the file)."""
        sc = self.controller.scenario()
        if sc is None or not self.rules:
            return False
        ok = self.controller.run(save_rules(self.controller.project, sc.id, self.rules))
        if ok:
            self.preview.setText(self.tr("Reglene er lagret i prosjektet.") + " " + self.preview.text())
        return ok

    def load_rules(self) -> bool:
        """Fetch the rules saved for this alternative (replacing the list)."""
        sc = self.controller.scenario()
        stored = saved_rules(self.controller.project, sc.id) if sc is not None else []
        if not stored:
            self.preview.setText(self.tr("Ingen lagrede regler for dette alternativet."))
            return False
        self.rules = list(stored)
        self.list.clear()
        for _ in self.rules:
            self.list.addItem("")
        self._update_preview()
        return True

    def remove_rule(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rules):
            del self.rules[row]
            self.list.takeItem(row)
            self._update_preview()

    def _update_preview(self, *_args: object) -> None:
        sc = self.controller.scenario()
        ok = self.buttons.button(QDialogButtonBox.Ok)
        if sc is None or not self.rules:
            self.preview.setText(self.tr("Legg til minst én regel."))
            ok.setEnabled(False)
            return
        try:
            p = plan(self.controller.project, sc.id, self.rules, replace_placed=self.replace.isChecked())
        except ModelError as exc:
            self.preview.setText(str(exc))
            ok.setEnabled(False)
            for n in range(len(self.rules)):
                self.list.item(n).setText(self._rule_text(n, None))
            return
        for n, count in enumerate(p.per_rule):
            self.list.item(n).setText(self._rule_text(n, count))
        text = self.tr("%n stillinger blir plassert.", "", len(p.targets))
        if p.kept:
            text += " " + self.tr("%n er allerede plassert og blir stående.", "", len(p.kept))
        if p.duplicates:
            text += " " + self.tr("%n treffes av flere regler; den første gjelder.", "", len(p.duplicates))
        self.preview.setText(text)
        ok.setEnabled(bool(p.targets))

    def apply(self) -> bool:
        """Run the rules as one op on the controller (one undo step)."""
        sc = self.controller.scenario()
        if sc is None or not self.rules:
            return False
        try:
            op = bulk_place(
                self.controller.project,
                sc.id,
                self.rules,
                replace_placed=self.replace.isChecked(),
                status=self.status.currentData(),
            )
        except ModelError as exc:
            self.preview.setText(str(exc))
            return False
        return self.controller.run(op)

    def accept(self) -> None:
        if self.apply():
            super().accept()
