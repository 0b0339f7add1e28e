"""The keys the chart handles itself (``ChartView.keyPressEvent``), as Hjelp → Hurtigtaster lists them.

The window's actions list their own shortcuts; these are the keys that are no action. A test
checks both ways: every key named in ``ChartView.keyPressEvent`` is in this table, and every
key here does something when the chart has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

K = Qt.Key
Alt, Ctrl, Shift = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
NoMod = Qt.KeyboardModifier.NoModifier

#: (keys with their modifiers, description); a description is translated in the "ChartKeys" context
CHART_KEYS: list[tuple[list[tuple[Qt.Key, Qt.KeyboardModifier]], str]] = [
    (
        [(K.Key_Up, NoMod), (K.Key_Down, NoMod), (K.Key_Left, NoMod), (K.Key_Right, NoMod)],
        QT_TRANSLATE_NOOP("ChartKeys", "Gå til enheten over, under, til venstre eller til høyre"),
    ),
    (
        [(K.Key_Up, Shift), (K.Key_Down, Shift), (K.Key_Left, Shift), (K.Key_Right, Shift)],
        QT_TRANSLATE_NOOP("ChartKeys", "Ta med enheten i pilens retning i utvalget"),
    ),
    (
        [(K.Key_Return, NoMod), (K.Key_Enter, NoMod), (K.Key_F2, NoMod)],
        QT_TRANSLATE_NOOP(
            "ChartKeys", "Gi enheten nytt navn (Enter mens du lager en stiplet linje: linjen går hit)"
        ),
    ),
    ([(K.Key_Delete, NoMod)], QT_TRANSLATE_NOOP("ChartKeys", "Slett valgte enheter")),
    ([(K.Key_Escape, NoMod)], QT_TRANSLATE_NOOP("ChartKeys", "Avbryt en stiplet linje du er i gang med")),
    (
        [(K.Key_Plus, NoMod), (K.Key_Minus, NoMod)],
        QT_TRANSLATE_NOOP("ChartKeys", "Vis (+) eller skjul (−) enhetens underenheter"),
    ),
    (
        [(K.Key_Menu, NoMod), (K.Key_F10, Shift)],
        QT_TRANSLATE_NOOP("ChartKeys", "Kontekstmenyen for enheten"),
    ),
    (
        [(K.Key_Plus, Ctrl), (K.Key_Equal, Ctrl), (K.Key_Minus, Ctrl)],
        QT_TRANSLATE_NOOP("ChartKeys", "Zoom inn eller ut"),
    ),
    ([(K.Key_1, Ctrl)], QT_TRANSLATE_NOOP("ChartKeys", "Vis kartet i naturlig størrelse")),
    ([(K.Key_0, Ctrl), (K.Key_9, Ctrl)], QT_TRANSLATE_NOOP("ChartKeys", "Vis hele kartet")),
    (
        [(K.Key_Space, NoMod)],
        QT_TRANSLATE_NOOP("ChartKeys", "Hold inne og dra med musen for å flytte utsnittet"),
    ),
]


def key_text(key: Qt.Key, mods: Qt.KeyboardModifier) -> str:
    """A key with its modifiers as the platform writes it (Ctrl+1, Shift+F10, …)."""
    return QKeySequence(QKeyCombination(mods, key)).toString(QKeySequence.SequenceFormat.NativeText)


def rows() -> list[tuple[str, str]]:
    """(keys, description) per entry, for people."""
    out = []
    for keys, what in CHART_KEYS:
        shown = ", ".join(key_text(k, m) for k, m in keys)
        out.append((shown, QCoreApplication.translate("ChartKeys", what)))
    return out
