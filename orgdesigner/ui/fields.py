"""Small helpers the property forms share: parsing Norwegian numbers, combo boxes."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

KOSTRA_RE = re.compile(r"^\d{3}$")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def parse_number(text: str) -> float | None:
    """'12 345,5', '12345.5', '80 %' → float; None when it is not a number."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("%", "").strip()
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def format_number(value: float, decimals: int = 1) -> str:
    text = QLocale().toString(float(value), "f", decimals)
    if decimals and ("," in text or "." in text):
        text = text.rstrip("0").rstrip(",.")
    return text


def parse_kostra(text: str) -> tuple[list[str] | None, str]:
    """'201, 202 213' → (['201', '202', '213'], ''); a bad code gives (None, why)."""
    codes = [c for c in re.split(r"[\s,;]+", text.strip()) if c]
    for code in codes:
        if not KOSTRA_RE.match(code):
            return None, tr("«%1» er ikke en KOSTRA-funksjon (tre sifre)").replace("%1", code)
    seen: list[str] = []
    for code in codes:
        if code not in seen:
            seen.append(code)
    return seen, ""


def fill_combo(combo: QComboBox, entries: list[tuple[str, Any]], current: Any) -> None:
    """Replace the entries (text, data) and select the one whose data is ``current``."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    at = combo.findData(current)
    if at < 0 and current is not None:
        combo.addItem(str(current), current)
        at = combo.count() - 1
    combo.setCurrentIndex(max(at, 0))
    combo.blockSignals(False)


def set_text(edit: QLineEdit, text: str) -> None:
    edit.blockSignals(True)
    edit.setText(text)
    edit.setCursorPosition(0)
    edit.blockSignals(False)


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class Choice(QComboBox):
    """A combo box that ignores the mouse wheel unless it has focus (a scrolling form must
    never change a value by accident), and with ``searchable`` lets the user type part of
    an entry: a pop-up lists the entries containing the text, Enter takes the first."""

    def __init__(self, parent: QWidget | None = None, *, searchable: bool = False) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.StrongFocus)  # the default WheelFocus takes focus from the wheel
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.NoInsert)
            completer = QCompleter(self.model(), self)
            completer.setCompletionMode(QCompleter.PopupCompletion)
            completer.setFilterMode(Qt.MatchContains)
            completer.setCaseSensitivity(Qt.CaseInsensitive)
            self.setCompleter(completer)
            completer.popup().setMinimumWidth(460)  # wider than a table cell: the names must show
            self.lineEdit().textEdited.connect(lambda _t: QTimer.singleShot(0, self._first_match))

    def _first_match(self) -> None:
        """Make the first match current, so Enter picks it without an arrow key."""
        completer = self.completer()
        popup = completer.popup() if completer else None
        if popup is not None and popup.isVisible():
            popup.setCurrentIndex(completer.completionModel().index(0, 0))

    def wheelEvent(self, event: Any) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # let the form or table scroll

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if (
            self.isEditable()
            and self.currentIndex() >= 0
            and self.currentText() != self.itemText(self.currentIndex())
        ):
            self.setEditText(self.itemText(self.currentIndex()))  # typed text that picked nothing


def unit_label(org: Any, unit_id: str) -> str:
    """«Nordby skole — Fet kommune / Oppvekst»: a unit's own name first, so typing and a
    narrow list find it (a full path starts with the same top units for every entry)."""
    parent = org.units[unit_id].parent_id
    name = org.units[unit_id].name
    return f"{name} — {org.path(parent)}" if parent in org.units else name


def unit_choices(org: Any) -> list[tuple[str, str]]:
    """(label, unit id) for every unit of ``org`` in chart order."""
    return [(unit_label(org, uid), uid) for uid, _depth in org.walk()] if org is not None else []
