"""Editors for the innplassering table's cells: new unit, work place, status, wishes, note.

The unit and place pickers can be searched by typing (Enter takes the first
match); picking an entry commits at once and closes the editor. The view commits
an open editor when the user moves to another cell or row, so nothing typed is
lost. What a commit does (one row, or every selected row) is up to the model's
``commit`` callback.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..model import PlacementStatus, status_label
from .fields import Choice, unit_choices
from .placement_model import EDITABLE, NOTE_COLUMN, PLACE_COLUMN, STATUS_COLUMN, UNIT_COLUMN, WISH_COLUMN


class WishesEditor(QWidget):
    """Three searchable unit pickers in one cell (the employee's first, second and third wish)."""

    def __init__(self, parent: QWidget, units: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.pickers: list[Choice] = []
        for n in range(3):
            c = Choice(self, searchable=True)
            c.setObjectName(f"placement_cell_wish{n + 1}")
            c.setAccessibleName(self.tr("Ønske {0}").format(n + 1))
            c.addItem("–", None)
            for label, uid in units:
                c.addItem(label, uid)
            row.addWidget(c)
            self.pickers.append(c)
        self.setFocusProxy(self.pickers[0])

    def set_wishes(self, wishes: list[str]) -> None:
        for n, c in enumerate(self.pickers):
            at = c.findData(wishes[n]) if n < len(wishes) else 0
            c.setCurrentIndex(max(at, 0))

    def wishes(self) -> list[str]:
        return list(dict.fromkeys(c.currentData() for c in self.pickers if c.currentData()))


class PlacementDelegate(QStyledItemDelegate):
    """Creates the editor for an editable column and writes its value back through the model."""

    def __init__(self, controller: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller

    def _units(self) -> list[tuple[str, str]]:
        return unit_choices(self.controller.scenario())

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget | None:
        col = index.column()
        if col not in EDITABLE:
            return None
        if col == NOTE_COLUMN:
            edit = QLineEdit(parent)
            edit.setObjectName("placement_cell_note")
            return edit
        if col == WISH_COLUMN:
            return WishesEditor(parent, self._units())
        combo = Choice(parent, searchable=col != STATUS_COLUMN)
        combo.setObjectName(f"placement_cell_{col}")
        if col == UNIT_COLUMN:
            combo.addItem(self.tr("(ikke plassert)"), None)
            for label, uid in self._units():
                combo.addItem(label, uid)
        elif col == PLACE_COLUMN:
            combo.addItem(self.tr("(enhetens lokasjon)"), None)
            locs = sorted(self.controller.project.locations.values(), key=lambda loc: loc.name.casefold())
            for loc in locs:
                combo.addItem(loc.name, loc.id)
        else:
            for s in PlacementStatus.ALL:
                combo.addItem(status_label(s), s)
        # picking an entry (click, Enter in the search pop-up, arrow keys) commits at once
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.EditRole)
        if isinstance(editor, QLineEdit):
            editor.setText(value or "")
        elif isinstance(editor, WishesEditor):
            editor.set_wishes(list(value or []))
        elif isinstance(editor, Choice):
            at = editor.findData(value)
            editor.setCurrentIndex(max(at, 0))
            if editor.isEditable():
                editor.lineEdit().selectAll()  # typing replaces the entry, as in a spreadsheet

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QLineEdit):
            value: Any = editor.text().strip()
        elif isinstance(editor, WishesEditor):
            value = editor.wishes()
        elif isinstance(editor, Choice):
            if editor.currentIndex() < 0:
                return
            value = editor.currentData()
        else:
            return
        model.setData(index, value, Qt.EditRole)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = option.rect
        if isinstance(editor, WishesEditor):
            rect.setWidth(max(rect.width(), 3 * 180))
        elif isinstance(editor, Choice):
            rect.setWidth(max(rect.width(), 220))
        editor.setGeometry(rect)
