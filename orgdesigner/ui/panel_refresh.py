"""When a panel that follows the document should recompute: only while it is on screen.

A dock that is a hidden tab of tabified docks keeps ``isVisible()`` true; what it
lacks is a visible region. :class:`RefreshScheduler` runs the panel's update after
a short delay (edits close together are handled once, and the edit itself and the
chart repaint are not held up), and only while the panel is really shown; a panel
off screen is marked stale and catches up when it is shown or its dock tab is raised.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

FRAME_MS = 30  # the soonest a panel recomputes after a request


def on_screen(widget: QWidget) -> bool:
    """Shown and not covered: false for a hidden tab of tabified docks too."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class RefreshScheduler(QObject):
    """Calls ``run`` for ``panel`` after ``delay_ms`` when it is on screen, else when it is shown."""

    def __init__(self, panel: QWidget, run: Callable[[], None], delay_ms: int = 150) -> None:
        super().__init__(panel)
        self.panel = panel
        self.run = run
        self.delay_ms = delay_ms
        self.stale = False  # an update waits until the panel is shown
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self._dock: QDockWidget | None = None
        self._arming: int | None = None  # a delay that starts when the event loop is back
        panel.installEventFilter(self)

    def request(self, delay_ms: int | None = None) -> None:
        """Update soon (``delay_ms``, default the scheduler's delay, at least ``FRAME_MS``) or,
        off screen, when shown."""
        if not on_screen(self.panel):
            self.stale = True
            return
        # never sooner than a frame after the event loop is back: the chart (and the edit's
        # other repaints) go first, even after a long step such as opening a file
        delay = max(FRAME_MS, self.delay_ms if delay_ms is None else delay_ms)
        if self.timer.isActive() and self.timer.remainingTime() <= delay:
            return  # already due as soon: one update for the lot
        self.timer.start(delay)
        self._arming = delay
        QTimer.singleShot(0, self, self._arm)  # a queued call: it runs before any timer is due

    def _arm(self) -> None:
        """The event loop is back: count the delay from now."""
        delay, self._arming = self._arming, None
        if delay is not None and self.timer.isActive():
            self.timer.start(delay)

    def done(self) -> None:
        """The panel brought itself up to date by other means."""
        self.stale = False
        self._arming = None
        self.timer.stop()

    def _fire(self) -> None:
        if on_screen(self.panel):
            self.stale = False
            self.run()
        else:
            self.stale = True

    def catch_up(self) -> None:
        if self.stale and on_screen(self.panel):
            self.stale = False
            self._arming = None
            self.timer.stop()
            self.run()

    def _watch_dock(self) -> None:
        w = self.panel.parentWidget()
        while w is not None and not isinstance(w, QDockWidget):
            w = w.parentWidget()
        if w is not None and w is not self._dock:
            if self._dock is not None:
                self._dock.visibilityChanged.disconnect(self._dock_visibility)
            self._dock = w
            w.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self.stale:
            QTimer.singleShot(0, self, self.catch_up)  # once the tab has its geometry

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 (Qt name)
        # while the panel is being destroyed the wrapper may already have lost its attributes
        if obj is vars(self).get("panel", None) and obj is not None:
            if event.type() == QEvent.ParentChange:
                self._watch_dock()
            elif event.type() == QEvent.Show:
                self._watch_dock()
                if self.stale:
                    if on_screen(self.panel):
                        self.catch_up()
                    else:
                        QTimer.singleShot(0, self, self.catch_up)
        return False
