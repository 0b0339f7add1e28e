"""The main window's default dock layout, its fit on the screen, and restoring a saved layout.

The default arrangement keeps the chart in the middle with most of the room:

* left: Enheter (outline), Søk below it when opened;
* right, as tabs: Egenskaper | Stillinger | Angrehistorikk;
* bottom, as tabs: Innplassering | Lokalisering | Funn | the plugins' metric panels.

Panels whose content can grow tall (the metric panels draw one row per unit) sit in a scroll
area, so no panel's minimum size can push the window past a 1366×768 laptop screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QFrame, QScrollArea, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

LAYOUT_VERSION = 2
"""Bumped whenever the default dock arrangement changes; a saved state of another version is ignored."""

DEFAULT_SIZE = QSize(1920, 1200)  # fills a full-HD screen; larger screens get a window
BOTTOM_SHARE = 30  # per cent of the window height for the bottom tabs
SHORT_BOTTOM_SHARE = 22  # … on a short window (a laptop, or any screen zoomed 150 % or more)
SHORT = 800  # a window lower than this (logical pixels) is short
FRAME = QSize(16, 40)  # room for a window manager's frame and title bar
SIDE_WIDTHS = (280, 360)  # left and right dock widths on a wide screen


def scrolled(widget: QWidget, name: str = "") -> QScrollArea:
    """``widget`` in a frameless, resizable scroll area (its minimum size no longer binds the dock)."""
    area = QScrollArea()
    area.setObjectName(name or f"scroll_{widget.objectName() or 'panel'}")
    area.setFrameShape(QFrame.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFocusProxy(widget)
    return area


def wrap_tall_docks(win: MainWindow) -> None:
    """Put the metric panels (they grow with the data) in scroll areas."""
    for dock in win.findChildren(QDockWidget):
        content = dock.widget()
        if content is None or isinstance(content, QAbstractScrollArea):
            continue
        if dock.objectName().startswith("dock_metric_"):
            dock.setWidget(scrolled(content))
    wrap_docks_to_fit(win)  # docks a plugin added may be what no longer fits a zoomed laptop


def wrap_docks_to_fit(win: MainWindow) -> bool:
    """On a screen the window's minimum does not fit (1366×768 at 150–200 % zoom), put every
    dock's content in a scroll area, so no panel's minimum height pushes the window's bottom
    off the screen. ``True`` when any dock was wrapped."""
    if fits(win):
        return False
    wrapped = False
    for dock in win.findChildren(QDockWidget):
        content = dock.widget()
        if content is None or isinstance(content, QAbstractScrollArea) or content.property("scrollsItself"):
            continue  # (re-wrapping the property panel, which scrolls its forms itself, left the
            # undo action's Python wrapper invalid after the next undo: PySide ownership)
        dock.setWidget(scrolled(content))
        wrapped = True
    return wrapped


def arrange_docks(win: MainWindow) -> None:
    """Tabify the docks into the default arrangement (see the module docstring)."""
    win.tabifyDockWidget(win.properties_dock, win.people_dock)
    win.tabifyDockWidget(win.people_dock, win.history_dock)
    mine = set(win.docks())
    host = win.findChild(QDockWidget, "dock_placement")
    order = ["dock_relocation", "dock_findings"]
    others = [d for d in win.findChildren(QDockWidget) if d not in mine and not d.isFloating()]
    others.sort(key=lambda d: order.index(d.objectName()) if d.objectName() in order else len(order))
    if host is None and others:
        host = others.pop(0)
        win.addDockWidget(Qt.BottomDockWidgetArea, host)
    for dock in others:
        if dock is not host and win.dockWidgetArea(dock) in (Qt.RightDockWidgetArea, Qt.BottomDockWidgetArea):
            win.tabifyDockWidget(host, dock)
    if host is not None:
        host.raise_()
    win.properties_dock.raise_()


def fit_to_screen(win: MainWindow) -> None:
    """Give the window a size that fits the screen's available area (at most ``DEFAULT_SIZE``)."""
    avail = available_rect(win)
    if avail is None:
        win.resize(DEFAULT_SIZE.boundedTo(QSize(1400, 900)))
        return
    wrap_docks_to_fit(win)
    frame = FRAME
    size = DEFAULT_SIZE.boundedTo(avail.size() - frame)
    win.resize(size)
    win.move(
        avail.x() + max(0, (avail.width() - size.width()) // 2),
        avail.y() + max(0, (avail.height() - size.height()) // 2),
    )


def available_rect(win: MainWindow) -> QRect | None:
    screen = win.screen()
    if screen is None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def size_docks(win: MainWindow) -> None:
    """Once shown: the bottom tabs get ``BOTTOM_SHARE`` % of the height, the side docks fixed widths."""
    bottom = [
        d
        for d in win.findChildren(QDockWidget)
        if win.dockWidgetArea(d) == Qt.BottomDockWidgetArea and d.isVisible()
    ]
    share = BOTTOM_SHARE if win.height() >= SHORT else SHORT_BOTTOM_SHARE
    if bottom:
        win.resizeDocks(bottom, [win.height() * share // 100] * len(bottom), Qt.Vertical)
    left, right = SIDE_WIDTHS  # on a laptop the chart needs the width more than the panels
    left, right = min(left, win.width() * 20 // 100), min(right, win.width() * 25 // 100)
    sides = [d for d in (win.outline_dock, win.properties_dock) if d.isVisible()]
    widths = [left if d is win.outline_dock else right for d in sides]
    if sides:
        win.resizeDocks(sides, widths, Qt.Horizontal)


def fits(win: MainWindow) -> bool:
    """Whether the window's minimum size fits the screen it is on."""
    avail = available_rect(win)
    if avail is None:
        return True
    need = win.minimumSizeHint() + FRAME
    return need.width() <= avail.width() and need.height() <= avail.height()


def restore(win: MainWindow, geometry: object, state: object, version: object) -> bool:
    """Restore a saved geometry and dock state; ``False`` (and the default layout) when the saved
    state is from another layout version, unreadable, or would not fit the screen."""
    default_state = win.saveState(LAYOUT_VERSION)
    ok = False
    if isinstance(state, str) and state and version == LAYOUT_VERSION:
        ok = win.restoreState(QByteArray.fromBase64(state.encode()), LAYOUT_VERSION)
        wrap_docks_to_fit(win)  # a state from a bigger screen may show docks this one cannot hold
        if ok and not fits(win):
            win.restoreState(default_state, LAYOUT_VERSION)
            ok = False
    if isinstance(geometry, str) and geometry:
        win.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if not (win.isMaximized() or win.isFullScreen() or on_screen(win)):
            fit_to_screen(win)
    return ok


def on_screen(win: MainWindow) -> bool:
    """Whether the whole window lies inside the screen's available area."""
    avail = available_rect(win)
    return avail is None or avail.contains(win.frameGeometry())
