"""The innplassering form beside the table: new unit, work place, status, note, wishes.

There is no save button: every change applies at once as one undoable op on the
positions the form was loaded for (several positions: one undo step), so moving
to another row never discards anything. A note applies when the field is left or
Enter is pressed. The pickers ignore the mouse wheel unless focused, and the unit
and place pickers can be searched by typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ..analysis import placement as pa
from ..model import ModelError, Placement, PlacementStatus, ops, status_label
from ..model.ops import Compound
from .controller import DocumentController
from .fields import Choice, unit_choices

KEEP = "\x00keep"  # combo data: several positions with different values, leave as is


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def placement_op(controller: DocumentController, position_ids: list[str], changes: dict[str, Any]) -> Any:
    """One op applying ``changes`` to every position (one undo step); raises ModelError."""
    sc = controller.scenario()
    if sc is None:
        raise ModelError(QCoreApplication.translate("PlacementForm", "Ingen alternativ valgt"))
    project = controller.project
    ids = list(dict.fromkeys(position_ids))
    children = [ops.set_placement(project, sc.id, pid, **changes) for pid in ids]
    text = tr("Innplassering av %n stillinger", "", len(ids))
    return Compound(children, text=text)


class PlacementForm(QGroupBox):
    """Edits the placement of the positions it was loaded for; each change is one op."""

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(self.tr("Innplassering"), parent)
        self.controller = controller
        self.positions: list[str] = []  # what the form shows and edits
        self._loading = False
        self._note_shown = ""
        self.info = QLabel()
        self.info.setObjectName("placement_info")
        self.info.setWordWrap(True)
        self.unit = self._choice("placement_unit", self.tr("Ny enhet"), True, self._apply_unit)
        self.work_place = self._choice(
            "placement_work_place", self.tr("Arbeidssted"), True, self._apply_work_place
        )
        self.status = self._choice("placement_status", self.tr("Status"), False, self._apply_status)
        self.note = QLineEdit()
        self.note.setObjectName("placement_note")
        self.note.setAccessibleName(self.tr("Merknad"))
        self.note.editingFinished.connect(self.apply_note)
        self.wishes = [
            self._choice(f"placement_wish{n}", self.tr("Ønske {0}").format(n), True, self._apply_wishes)
            for n in (1, 2, 3)
        ]
        self.unplace_button = QPushButton(self.tr("F&jern innplassering"))
        self.unplace_button.setObjectName("placement_unplace")
        self.unplace_button.clicked.connect(self.unplace)
        form = QFormLayout()
        form.addRow(self.tr("Ny &enhet:"), self.unit)
        form.addRow(self.tr("Arbei&dssted:"), self.work_place)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Merknad:"), self.note)
        for n, w in enumerate(self.wishes, 1):
            form.addRow(self.tr("Ønske {0}:").format(n), w)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unplace_button)
        hint = QLabel(self.tr("Endringer lagres i prosjektet med en gang (Angre: Ctrl+Z)."))
        hint.setWordWrap(True)
        hint.setObjectName("placement_hint")
        box = QVBoxLayout(self)
        box.addWidget(self.info)
        box.addLayout(form)
        box.addWidget(hint)
        box.addStretch(1)
        box.addLayout(buttons)
        self.setMinimumWidth(340)
        self.setToolTip(self.tr("Ønskene er den ansattes egne og ikke bindende"))

    def _choice(self, name: str, label: str, searchable: bool, apply: Callable[[], None]) -> Choice:
        combo = Choice(searchable=searchable)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.activated.connect(lambda _i: None if self._loading else apply())
        return combo

    # -- lists -------------------------------------------------------------------
    def fill_choices(self) -> None:
        """Fill the lists (units in chart order, places by name)."""
        self._loading = True
        sc = self.controller.scenario()
        project = self.controller.project
        units = unit_choices(sc)
        for combo, none_label in [(self.unit, self.tr("(ikke plassert)"))] + [
            (w, self.tr("–")) for w in self.wishes
        ]:
            combo.clear()
            combo.addItem(none_label, None)
            for label, uid in units:
                combo.addItem(label, uid)
        self.work_place.clear()
        self.work_place.addItem(self.tr("(enhetens lokasjon)"), None)
        for loc in sorted(project.locations.values(), key=lambda loc: loc.name.casefold()):
            self.work_place.addItem(loc.name, loc.id)
        self.status.clear()
        for s in PlacementStatus.ALL:
            self.status.addItem(status_label(s), s)
        self._loading = False

    # -- loading -----------------------------------------------------------------
    def load(self, positions: list[str]) -> None:
        """Show ``positions`` (a note typed for the previous ones is applied first)."""
        if positions != self.positions:
            self.apply_note()
        self._loading = True
        self.positions = list(positions)
        sc = self.controller.scenario()
        self.setEnabled(bool(positions) and sc is not None)
        if not positions or sc is None:
            self.info.setText(self.tr("Velg en eller flere stillinger i tabellen."))
            self._loading = False
            return
        self.info.setText(self._describe(positions))
        pls = [sc.placements.get(p) for p in positions]
        self._show(self.unit, [pa.placed_unit(sc, p) for p in positions])
        self._show(self.work_place, [pl.work_place_id if pl else None for pl in pls])
        self._show(self.status, [pl.status if pl else PlacementStatus.FORESLATT for pl in pls])
        notes = sorted({pl.note if pl else "" for pl in pls})
        if not self.note.hasFocus() or self.note.text() == self._note_shown:
            self.note.setText(notes[0] if len(notes) == 1 else "")
        self._note_shown = notes[0] if len(notes) == 1 else ""
        self.note.setPlaceholderText("" if len(notes) == 1 else self.tr("(ulike merknader)"))
        for n, combo in enumerate(self.wishes):
            self._show(combo, [(pl.wishes[n] if pl and len(pl.wishes) > n else None) for pl in pls])
        self._loading = False

    def _describe(self, positions: list[str]) -> str:
        project, sc = self.controller.project, self.controller.scenario()
        if len(positions) > 1:
            return self.tr("{0} stillinger valgt – en endring gjelder alle").format(len(positions))
        pos = project.positions[positions[0]]
        person = project.persons.get(pos.person_id or "")
        src = project.sources.get(pos.source_id)
        old_unit = src.path(pos.unit_id) if src and pos.unit_id in src.units else "–"
        old_place = (
            project.locations[pos.work_place_id].name if pos.work_place_id in project.locations else "–"
        )
        text = self.tr("{0} – {1} {2} % · {3}: {4} · arbeidssted {5}").format(
            person.name if person else self.tr("Vakant"),
            pos.title,
            f"{pos.fte_percent:g}".replace(".", ","),
            src.name if src else "",
            old_unit,
            old_place,
        )
        history = pa.history_of(project, sc, positions[0])
        if history:
            last = history[-1]
            text += "\n" + self.tr("%n endringer, sist {0} av {1}", "", len(history)).format(
                last.at.replace("T", " "), last.by or "?"
            )
        return text

    def _show(self, combo: Choice, values: list[Any]) -> None:
        keep = combo.findData(KEEP)
        if keep >= 0:
            combo.removeItem(keep)
        if len(set(values)) > 1:
            combo.insertItem(0, self.tr("(ulike verdier)"), KEEP)
            combo.setCurrentIndex(0)
            return
        idx = combo.findData(values[0])
        combo.setCurrentIndex(idx if idx >= 0 else 0)

    # -- applying ----------------------------------------------------------------
    def apply(self, **changes: Any) -> bool:
        """Run one op for ``changes`` on the form's positions."""
        if not self.positions or not changes or _no_change(self.controller, self.positions, changes):
            return False
        try:
            op = placement_op(self.controller, self.positions, changes)
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            self.load(self.positions)
            return False
        return self.controller.run(op)

    def _apply_unit(self) -> None:
        if self.unit.currentData() != KEEP:
            self.apply(unit_id=self.unit.currentData())

    def _apply_work_place(self) -> None:
        if self.work_place.currentData() != KEEP:
            self.apply(work_place_id=self.work_place.currentData())

    def _apply_status(self) -> None:
        if self.status.currentData() != KEEP:
            self.apply(status=self.status.currentData())

    def _apply_wishes(self) -> None:
        sc = self.controller.scenario()
        if sc is None:
            return
        chosen = [w.currentData() for w in self.wishes]
        if all(c == KEEP for c in chosen):
            return
        # a "(ulike verdier)" slot keeps each position's own wish there
        batches: dict[tuple, list[str]] = {}
        for pid in self.positions:
            pl = sc.placements.get(pid)
            own = list(pl.wishes) if pl else []
            wishes = [
                own[n] if c == KEEP and len(own) > n else (None if c == KEEP else c)
                for n, c in enumerate(chosen)
            ]
            batches.setdefault(tuple(dict.fromkeys(w for w in wishes if w)), []).append(pid)
        if len(batches) == 1:
            self.apply(wishes=list(next(iter(batches))))
            return
        try:
            parts = [placement_op(self.controller, pids, {"wishes": list(w)}) for w, pids in batches.items()]
        except ModelError as exc:
            self.controller.statusMessage.emit(str(exc))
            return
        self.controller.run(
            Compound(parts, text=self.tr("Ønsker for {0} stillinger").format(len(self.positions)))
        )

    def apply_note(self) -> bool:
        """Apply the note typed so far (when the field is left, Enter, or another row is chosen)."""
        text = self.note.text().strip()
        if self._loading or not self.positions or text == self._note_shown.strip():
            return False
        if not text and self.note.placeholderText():
            return False  # several different notes, nothing typed: leave them
        self._note_shown = text
        return self.apply(note=text)

    def unplace(self) -> bool:
        sc = self.controller.scenario()
        if not self.positions or sc is None:
            return False
        return self.controller.run(ops.place_positions(self.controller.project, sc.id, self.positions, None))


def _no_change(controller: DocumentController, positions: list[str], changes: dict[str, Any]) -> bool:
    """Whether every position already has these values (no op, no undo step)."""
    sc = controller.scenario()
    if sc is None:
        return True
    for pid in positions:
        pl = sc.placements.get(pid) or Placement(pid)  # no placement yet: the defaults
        for key, value in changes.items():
            now = pa.placed_unit(sc, pid) if key == "unit_id" else getattr(pl, key)
            if now != value:
                return False
    return True
