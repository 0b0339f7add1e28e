"""Dialogs that fit a small or zoomed screen (1366×768 at 150 % or 200 %).

``fit_to_screen(dialog)`` moves a dialog's content into a scroll area — the trailing button
box stays outside it, always visible — so the dialog's minimum size no longer depends on its
content; each time the dialog is shown it is sized to its natural size bounded by the screen's
available area, and moved inside that area. A wizard gets a scroll area in each page; its
Back/Next/Finish buttons are outside the pages.

``install(window)`` does this for every dialog made as a child of the main window (or of a
dialog made so): our own and plugins' dialogs get the scroll area, Qt's own dialogs (message
boxes, file dialogs) are only sized and moved, since their layouts are Qt's. It watches the
window's own events only (a dialog child is announced there when polished), not every event
of the application.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

FRAME = QSize(16, 40)
"""Room kept for a window manager's frame and title bar (logical pixels)."""

_DONE = "fit_screen_done"


class FitArea(QScrollArea):
    """A frameless scroll area whose size hint is its content's (QScrollArea caps its hint)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fit_area")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(content)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        m = self.contentsMargins()
        return hint + QSize(m.left() + m.right(), m.top() + m.bottom())


def _holds_buttons(item: object) -> bool:
    widget = item.widget()  # type: ignore[attr-defined]
    if isinstance(widget, QDialogButtonBox):
        return True
    layout = item.layout()  # type: ignore[attr-defined]
    if layout is None:
        return False
    return any(_holds_buttons(layout.itemAt(i)) for i in range(layout.count()))


def scroll_content(widget: QWidget, keep_buttons: bool = True) -> FitArea | None:
    """Move ``widget``'s layout into a scroll area inside it; trailing rows that hold a
    ``QDialogButtonBox`` stay below the area. ``None`` when there is no layout or it was done."""
    layout = widget.layout()
    if layout is None or widget.property(_DONE):
        return None
    widget.setProperty(_DONE, True)
    trailing: list[object] = []
    while keep_buttons and layout.count() and _holds_buttons(layout.itemAt(layout.count() - 1)):
        item = layout.takeAt(layout.count() - 1)
        trailing.insert(0, item.layout() or item.widget())
    margins = layout.contentsMargins()
    content = QWidget()
    content.setObjectName("fit_content")
    content.setLayout(layout)  # takes the layout and its widgets from ``widget``
    area = FitArea(content)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(area, 1)
    if trailing:
        tail = QVBoxLayout()
        tail.setContentsMargins(margins.left(), max(margins.top() // 2, 4), margins.right(), margins.bottom())
        for part in trailing:
            if isinstance(part, QLayout):
                tail.addLayout(part)
            else:
                tail.addWidget(part)
        outer.addLayout(tail)
    area.show()  # a child made while its window is being shown stays hidden unless told
    content.show()
    return area


def available(widget: QWidget) -> QRect | None:
    """The available geometry of the screen ``widget`` is (or will be) on."""
    screen = widget.screen()
    parent = widget.parentWidget()
    if parent is not None and parent.window().screen() is not None:
        screen = parent.window().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def clamp(window: QWidget) -> None:
    """Size ``window`` to its natural size (or the size it was given) bounded by the available
    screen area, and move it inside that area."""
    avail = available(window)
    if avail is None:
        return
    if window.layout() is not None:
        window.layout().activate()  # a layout just replaced by scroll_content sets its minimum
    frame = window.frameGeometry().size() - window.geometry().size()
    room = avail.size() - frame.expandedTo(FRAME)  # the frame is unknown before the first show
    natural = window.sizeHint().expandedTo(window.minimumSizeHint())
    if window.testAttribute(Qt.WidgetAttribute.WA_Resized):  # sized by its code (or the user)
        natural = window.size()
    size = natural.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else avail.center()
    rect = QRect(QPoint(0, 0), size + frame)
    rect.moveCenter(centre)
    x = min(max(rect.x(), avail.left()), max(avail.left(), avail.right() + 1 - rect.width()))
    y = min(max(rect.y(), avail.top()), max(avail.top(), avail.bottom() + 1 - rect.height()))
    window.move(QPoint(x, y))


def fit_to_screen(dialog: QDialog) -> QDialog:
    """Give ``dialog`` scrolling content now and size it to the screen each time it is shown."""
    if isinstance(dialog, QWizard):
        for pid in dialog.pageIds():
            scroll_content(dialog.page(pid), keep_buttons=False)
    else:
        scroll_content(dialog)
    watch(dialog)
    return dialog


def watch(dialog: QDialog) -> None:
    """Fit ``dialog`` each time it is shown, and the dialogs made as its children (idempotent)."""
    if dialog.findChild(_DialogFitter, "fit_screen_filter") is None:
        dialog.installEventFilter(_DialogFitter(dialog))


def _qt_own(dialog: QDialog) -> bool:
    """A dialog class of Qt's (message box, file dialog): its layout is Qt's, so only sized."""
    return type(dialog).__module__.startswith("PySide6")


class _ChildWatcher(QObject):
    """On a window: each dialog made as its child is watched once it is polished (before its
    first show). Only the window's own events pass here, not those of its widgets."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QDialog):
                watch(child)
        return False


class _DialogFitter(_ChildWatcher):
    """On a dialog: at each show, the content scrolls (wizard pages too, also those added late;
    Qt's own dialogs excepted) and the dialog is sized and moved into the screen."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("fit_screen_filter")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow():
            if isinstance(obj, QWizard):
                for pid in obj.pageIds():
                    scroll_content(obj.page(pid), keep_buttons=False)
            elif not _qt_own(obj):
                scroll_content(obj)
            clamp(obj)
            return False
        return super().eventFilter(obj, event)


def install(window: QWidget) -> None:
    """Fit every dialog made as a child of ``window`` (or of such a dialog) from now on."""
    if window.findChild(_ChildWatcher, "fit_screen_watch") is None:
        watcher = _ChildWatcher(window)
        watcher.setObjectName("fit_screen_watch")
        window.installEventFilter(watcher)


def uninstall(window: QWidget) -> None:
    """Stop watching ``window`` for new dialogs (those already watched keep their fitting)."""
    watcher = window.findChild(_ChildWatcher, "fit_screen_watch")
    if watcher is not None:
        window.removeEventFilter(watcher)
        watcher.setParent(None)
        watcher.deleteLater()
