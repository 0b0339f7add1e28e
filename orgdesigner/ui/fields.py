"""Small helpers the property forms share: parsing Norwegian numbers, combo boxes."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

KOSTRA_RE = re.compile(r"^\d{3}$")


def tr(text: str) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text)


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
