"""Walking the running app for tests/test_i18n_ui_walk.py: every text a widget shows, every menu,
every dock, every dialog the menus open (modal ones are read and closed by a timer), every page
of a wizard; and a translator that records which (context, source) the app looks up."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
    QWizard,
)

#: labels seen with a mnemonic but no buddy: Qt shows their "&" literally
ORPHAN_MNEMONICS: set[str] = set()


class Recorder(QTranslator):
    """Installed last (so asked first); notes each lookup and lets the real translators answer."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        self.lookups.add((str(context or ""), str(source or "")))
        return None  # a null string: Qt asks the next translator


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text or "")


def widget_texts(root: QWidget) -> set[str]:
    """Titles, labels, buttons, tooltips, placeholders, combo items, tab and header texts and
    the first rows of item views under ``root`` (shown or not: a dock tab behind another counts)."""
    out: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        for text in (w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName()):
            out.add(text)
        if isinstance(w, QLabel):
            out.add(w.text())
            if w.buddy() is None and "<" not in w.text() and re.search(r"&[^&\s]", w.text()):
                ORPHAN_MNEMONICS.add(w.text())
        elif isinstance(w, QAbstractButton):
            out.add(w.text())
        elif isinstance(w, QGroupBox):
            out.add(w.title())
        elif isinstance(w, QLineEdit):
            out.add(w.placeholderText())
        elif isinstance(w, QComboBox):
            out.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            out.update(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView):
            out.update(view_texts(w))
        elif isinstance(w, QMessageBox):
            out.update((w.text(), w.informativeText()))
        for action in QWidget.actions(w):
            out.update(action_texts(action))
    if isinstance(root, QWizard):
        for page_id in root.pageIds():
            page = root.page(page_id)
            out.update((page.title(), page.subTitle()))
            out |= widget_texts(page) if page is not root else set()
    return {_plain(t).strip() for t in out if t and _plain(t).strip()}


def view_texts(view: QAbstractItemView, rows: int = 30) -> set[str]:
    model = view.model()
    if model is None:
        return set()
    out = set()
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private in PySide6
        columns = 1
    for orientation in (Qt.Horizontal,):
        for section in range(columns):
            for role in (Qt.DisplayRole, Qt.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    out.add(value)
    for row in range(min(rows, model.rowCount(root))):
        for col in range(columns):
            for role in (Qt.DisplayRole, Qt.ToolTipRole):
                value = model.index(row, col, root).data(role)
                if isinstance(value, str):
                    out.add(value)
    return out


def action_texts(action: QAction) -> set[str]:
    return {action.text(), action.toolTip(), action.statusTip(), action.iconText()}


def menu_texts(menu: QMenu, seen: set[int] | None = None) -> set[str]:
    """A menu and its submenus, filled as they would be when opened."""
    seen = set() if seen is None else seen
    if id(menu) in seen:
        return set()
    seen.add(id(menu))
    menu.aboutToShow.emit()
    out = {menu.title()}
    for action in menu.actions():
        if action.isSeparator():
            continue
        out |= action_texts(action)
        if action.menu() is not None:
            out |= menu_texts(action.menu(), seen)
    return {t for t in out if t}


def menu_actions(menu: QMenu) -> Iterable[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def trigger_and_read(window: QWidget, action: QAction, found: set[str], opened: list[str]) -> None:
    """Trigger ``action``; read and close every dialog it opens, modal (by a timer) or not."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    def read_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and id(modal) not in before:
            found.update(widget_texts(modal))
            opened.append(modal.objectName() or type(modal).__name__)
            _close(modal)

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(read_modal)
    timer.start()
    try:
        action.trigger()
        for _ in range(5):
            QCoreApplication.processEvents()
    finally:
        timer.stop()
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and id(w) not in before and w is not window:
            found.update(widget_texts(w))
            opened.append(w.objectName() or type(w).__name__)
            _close(w)


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def strip_values(text: str, values: Iterable[str]) -> str:
    for value in sorted(values, key=len, reverse=True):
        if value and len(value) > 1:
            text = text.replace(value, " ")
    return text


def normalise(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s+", " ", text.split("\t")[0]).strip(" …:.")


def untranslated_sources(
    texts: Iterable[str], sources: dict[str, str], allowed: set[str], values: set[str]
) -> list[str]:
    """Texts that are one of our bokmål sources shown as is, although ``sources`` translates it
    differently. ``allowed`` holds texts that are right in the language although a bokmål source
    looks the same (another message's translation, Qt's own button texts)."""
    by_plain = {normalise(s) for s, t in sources.items() if normalise(s) != normalise(t)}
    allowed_plain = {normalise(t) for t in allowed} | {normalise(t) for t in sources.values()}
    left = []
    for text in texts:
        plain = normalise(strip_values(text, values))
        if plain and plain in by_plain and plain not in allowed_plain:
            left.append(text)
    return sorted(set(left))


def with_words(texts: Iterable[str], words: re.Pattern[str], values: set[str]) -> list[str]:
    """Texts holding a word the language never uses (bokmål-only words in nn, Norwegian in en)."""
    return sorted({t for t in texts if words.search(normalise(strip_values(t, values)))})
