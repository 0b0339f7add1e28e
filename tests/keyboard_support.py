"""Key-event helpers for the keyboard tests: keys go to whatever has the focus, as a person's would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def focused() -> QWidget:
    w = QApplication.focusWidget()
    if w is None and QApplication.activeModalWidget() is None:
        # a dialog closed: a window manager activates its parent again; offscreen Qt does not
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QMainWindow) and top.isVisible():
                top.activateWindow()
                QTest.qWait(20)
        w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press to the focused widget (or the active popup menu)."""
    target = QApplication.activePopupWidget() or focused()
    QTest.keyClick(target, k, mods)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def when_modal(action: Callable[[QWidget], None], timeout_ms: int = 8000) -> None:
    """Run ``action(dialog)`` once a modal dialog is open (before the call that opens it).

    If none opens in time, whatever modal is open is rejected so the test fails instead of hanging.
    """
    tries = max(1, timeout_ms // 20)

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is not None and dialog.isVisible() and focus is not None and dialog.isAncestorOf(focus):
            action(dialog)
        elif left > 0:
            if dialog is not None and dialog.isVisible():
                dialog.activateWindow()  # the window system gives it the focus
            QTimer.singleShot(20, lambda: poll(left - 1))
        elif dialog is not None:
            dialog.close()

    QTimer.singleShot(0, lambda: poll(tries))


def f6_until(win, predicate: Callable[[QWidget], bool], limit: int = 30) -> QWidget:
    """Press F6 until the focused widget satisfies ``predicate``."""
    for _ in range(limit):
        key(Qt.Key.Key_F6)
        if predicate(focused()):
            return focused()
    raise AssertionError("F6 never got there")
