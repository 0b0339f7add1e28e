"""The property panel: the fields of the selected unit or position.

One selected position shows the position form; otherwise the selected units
show in the unit form (several: an edit applies to all of them, one undo step;
fields that differ show as mixed). Refused values appear in a message line (and the
status bar) and change nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from .. import theme
from ..model import Change
from . import theme_qt
from .controller import DocumentController
from .position_form import PositionForm
from .unit_form import UnitForm


class PropertyPanel(QWidget):
    """Shows and edits the selection's properties."""

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("property_panel")
        self.setProperty("scrollsItself", True)  # its forms scroll; window_layout leaves it unwrapped
        self.setAccessibleName(self.tr("Egenskaper"))
        self.heading = QLabel()
        self.heading.setObjectName("property_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("property_message")
        self.message.setWordWrap(True)
        self._colour_message()
        theme_qt.manager().changed.connect(self._colour_message)
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.hide()
        self.empty = QLabel(self.tr("Velg en enhet eller en stilling."))
        self.empty.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.unit_form = UnitForm(controller)
        self.position_form = PositionForm(controller)
        self.stack = QStackedWidget()
        for w in (self.empty, self.unit_form, self.position_form):
            self.stack.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setFrameShape(QScrollArea.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.unit_form.refused.connect(self.show_refusal)
        self.position_form.refused.connect(self.show_refusal)
        controller.selectionChanged.connect(lambda *_: self.refresh())
        controller.projectReplaced.connect(self.refresh)
        controller.scenarioChanged.connect(lambda *_: self.refresh())
        controller.edited.connect(self._on_edited)
        self.refresh()

    def shown(self) -> tuple[str, str] | None:
        """The item the panel shows: ("unit", id), ("position", id) or None."""
        sel = self.controller.selection
        positions = [i for k, i in sel if k == "position"]
        if len(positions) == 1:
            return ("position", positions[0])
        units = [i for k, i in sel if k == "unit"]
        return ("unit", units[0]) if units else None

    def refresh(self) -> None:
        self.message.hide()
        item = self.shown()
        if item is None:
            self.heading.setText(self.tr("Egenskaper"))
            self.stack.setCurrentWidget(self.empty)
        elif item[0] == "unit":
            units = self.controller.selected_units()
            n = len(units)
            self.heading.setText(self.tr("Enhet") if n <= 1 else self.tr("%n enheter", "", n))
            self.unit_form.load(units or [item[1]])
            self.stack.setCurrentWidget(self.unit_form)
        else:
            self.heading.setText(self.tr("Stilling"))
            self.position_form.load(item[1])
            self.stack.setCurrentWidget(self.position_form)

    def _colour_message(self) -> None:
        self.message.setStyleSheet(f"color: {theme.current().severity_text['error']};")

    def show_refusal(self, why: str) -> None:
        self.message.setText(why)
        self.message.show()
        self.controller.statusMessage.emit(why)

    def _on_edited(self, changes: list[Change]) -> None:
        self.message.hide()
        item = self.shown()
        if item is None:
            return
        kinds = {c.kind for c in changes}
        if kinds & {"unit", "placement", "position", "person", "location", "scenario"}:
            if self.stack.currentWidget() is self.unit_form:
                self.unit_form.reload()
            elif self.stack.currentWidget() is self.position_form:
                self.position_form.reload()
