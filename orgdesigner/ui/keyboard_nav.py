"""Keyboard navigation of the main window: F6 between panes, Tab only over what is shown,
Vis › Paneler that brings a panel forward.

* **F6 / Shift+F6** visit the chart and every *open* dock, in screen order (left, top, right,
  bottom, floating; the tabs of a tab group from left to right). A dock behind another tab is
  visited too and its tab is brought to the front: a screen-reader user does not see the tabs,
  and every panel Vis › Paneler lists as open must be reachable. Focus lands on the dock's
  first focusable widget.
* **Tab / Shift+Tab** skip widgets that are not really shown: those in a dock behind another
  tab (Qt keeps such docks "visible", only moved off screen), in a hidden or collapsed (zero
  size) pane. Item views in the window give up Tab (``setTabKeyNavigation(False)``): Tab leaves a
  5 000-row table at once, the arrow keys move inside it.
* **Vis › Paneler** (every dock's ``toggleViewAction``, wherever a menu shows it): choosing a
  panel shows it, brings its tab forward and moves the focus into it; choosing it while the
  focus is already in that panel closes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

_AREA_RANK = {
    Qt.DockWidgetArea.LeftDockWidgetArea: 0,
    Qt.DockWidgetArea.TopDockWidgetArea: 1,
    Qt.DockWidgetArea.RightDockWidgetArea: 2,
    Qt.DockWidgetArea.BottomDockWidgetArea: 3,
}
_CHAIN_LIMIT = 5000  # a focus chain is never longer than this many widgets


# -- which dock tab is in front -------------------------------------------------------------
def tab_place(win: QMainWindow, dock: QDockWidget) -> tuple[QTabBar | None, int]:
    """The main window's tab bar that holds ``dock`` and its index there ((None, -1): not tabbed).

    Qt names each tab's dock in the tab's data (the widget's address); the title is the fallback.
    """
    address = shiboken6.getCppPointer(dock)[0]
    for bar in win.findChildren(QTabBar):
        if bar.parentWidget() is not win or not bar.isVisible():
            continue  # the tab bars of panels' own tab widgets, or a tab bar Qt keeps unused
        for i in range(bar.count()):
            data = bar.tabData(i)
            if data == address or (data is None and bar.tabText(i) == dock.windowTitle()):
                return bar, i
    return None, -1


def in_front(win: QMainWindow, dock: QDockWidget) -> bool:
    """Open, and not behind another dock's tab."""
    if dock.isHidden():
        return False
    bar, index = tab_place(win, dock)
    return bar is None or bar.currentIndex() == index


def shown(win: QMainWindow, widget: QWidget) -> bool:
    """Whether the user can see ``widget`` (scrolled out of a scroll area counts as shown):
    visible, every dock around it in front, no pane around it collapsed to nothing."""
    if not widget.isVisibleTo(win):
        return False
    w: QWidget | None = widget
    while w is not None and w is not win:
        if isinstance(w, QDockWidget) and not in_front(win, w):
            return False
        if w.width() <= 0 or w.height() <= 0:
            return False
        w = w.parentWidget()
    return True


# -- Tab ---------------------------------------------------------------------------------------
def tabbable(win: QMainWindow, widget: QWidget) -> bool:
    """What Qt's own Tab chain accepts, and really shown."""
    return (
        widget.window() is win
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isEnabled()
        and shown(win, widget)
    )


def focus_next_prev(win: QMainWindow, forward: bool) -> bool:
    """Tab / Shift+Tab: move the focus to the next (previous) shown widget of the window."""
    start = QApplication.focusWidget()
    if start is None or start.window() is not win:
        start = win
    w = start
    for _ in range(_CHAIN_LIMIT):
        w = w.nextInFocusChain() if forward else w.previousInFocusChain()
        if w is start:
            break
        if tabbable(win, w):
            w.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return True
    return False


def leave_tables_by_tab(root: QWidget) -> None:
    """Tab leaves every item view under ``root`` (the arrow keys move inside it)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


# -- F6 ----------------------------------------------------------------------------------------
def open_docks(win: QMainWindow) -> list[QDockWidget]:
    """The open docks in screen order (see the module docstring)."""

    def key(dock: QDockWidget) -> tuple[int, int, int, int]:
        rank = 4 if dock.isFloating() else _AREA_RANK.get(win.dockWidgetArea(dock), 4)
        bar, index = tab_place(win, dock)
        where = bar.mapTo(win, bar.rect().topLeft()) if bar is not None else dock.pos()
        return (
            rank,
            where.y() if rank in (0, 2) else where.x(),
            where.x() if rank in (0, 2) else where.y(),
            index,
        )

    docks = [d for d in win.findChildren(QDockWidget) if d.parentWidget() is win and not d.isHidden()]
    return sorted(docks, key=key)


def first_focusable(dock: QDockWidget) -> QWidget | None:
    """The first widget of the dock's content that Tab would stop at (the dock once in front)."""
    content = dock.widget()
    if content is None:
        return None
    w, container = content, None
    for _ in range(_CHAIN_LIMIT):
        if (
            (w is content or content.isAncestorOf(w))
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
            and w.isEnabled()
            and w.isVisibleTo(dock)
        ):
            if type(w) is not QScrollArea:
                return w
            container = container or w  # a plain scroll area: only if nothing inside takes focus
        w = w.nextInFocusChain()
        if w is content:
            break
    return container


def panes(win: QMainWindow) -> list[QWidget]:
    """What F6 visits: the central widget (the chart), then every open dock."""
    central = win.centralWidget()
    out: list[QWidget] = [central] if central is not None and central.isVisible() else []
    return out + [d for d in open_docks(win) if first_focusable(d) is not None]


def pane_of(win: QMainWindow, widget: QWidget | None, among: list[QWidget]) -> int:
    """Index in ``among`` of the pane holding ``widget`` (-1: none)."""
    while widget is not None and widget is not win:
        if widget in among:
            return among.index(widget)
        widget = widget.parentWidget()
    return -1


def bring_forward(win: QMainWindow, dock: QDockWidget) -> QWidget | None:
    """Show ``dock``, bring its tab to the front and focus its first focusable widget."""
    dock.show()
    dock.raise_()
    target = first_focusable(dock) or dock.widget()
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


def cycle(win: QMainWindow, step: int) -> QWidget | None:
    """F6 (``step`` 1) / Shift+F6 (-1): focus the next (previous) pane; returns what got focus."""
    order = panes(win)
    if not order:
        return None
    at = pane_of(win, QApplication.focusWidget(), order)
    if at < 0 and step < 0:
        at = 0
    pane = order[(at + step) % len(order)]
    if isinstance(pane, QDockWidget):
        return bring_forward(win, pane)
    pane.setFocus(Qt.FocusReason.OtherFocusReason)
    return pane


# -- Vis › Paneler -------------------------------------------------------------------------------
def panel_action_triggered(win: QMainWindow, dock: QDockWidget) -> None:
    """A panel chosen in a menu: bring it forward, or close it when the focus is already in it."""
    focus = QApplication.focusWidget()
    if in_front(win, dock) and focus is not None and dock.isAncestorOf(focus):
        dock.close()
        win.centralWidget().setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        bring_forward(win, dock)
    dock.toggleViewAction().setChecked(not dock.isHidden())


def take_over_toggle(win: QMainWindow, dock: QDockWidget) -> QAction:
    """Make the dock's ``toggleViewAction`` (in every menu it is in) bring the panel forward
    instead of hiding an open panel that is only behind another tab. Done once per dock."""
    action = dock.toggleViewAction()
    if not action.property("orgdesigner_raises"):
        action.triggered.disconnect()  # Qt's own toggle: hide when checked, whether in front or not
        action.triggered.connect(lambda _checked=False, d=dock: panel_action_triggered(win, d))
        action.setProperty("orgdesigner_raises", True)
    return action


def offer_actions(views: list[QWidget], actions: list[QAction]) -> None:
    """The actions as the views' context menu (Shift+F10, the menu key)."""
    for view in views:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions(actions)


def install(win: QMainWindow) -> None:
    """Apply the window-wide parts: menus that raise docks, Tab out of item views. Call again
    after docks or panels were added (plugins)."""
    for dock in win.findChildren(QDockWidget):
        take_over_toggle(win, dock)
        content = dock.widget()
        if content is not None and first_focusable(dock) is None:
            while content.focusProxy() is not None:
                content = content.focusProxy()
            content.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a panel of figures only: F6 reaches it
    leave_tables_by_tab(win)
