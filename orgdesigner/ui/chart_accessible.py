"""Screen-reader access to the org chart: every visible box is an accessible tree item.

A :class:`QGraphicsView` shows its scene to assistive technology as one opaque widget.
Qt asks an installed factory for the chart's accessible interface; it gets a
:class:`ChartAccessible` (role *tree*) whose children are the top boxes, each a
:class:`UnitAccessible` (role *tree item*) whose children are the visible child units —
the organisation as a nested tree with name, description, state (focused, selected,
expanded/collapsed, off-screen) and screen position. Focus moves and expand/collapse
are announced with accessibility events, which Qt's platform bridge (AT-SPI on Linux,
UI Automation on Windows) passes on.

Lifetime: Qt's accessibility cache keeps raw pointers to the box interfaces, so Python
keeps them alive (in :data:`_LIVE`) until Qt itself has deleted them
(``QAccessible.deleteAccessibleInterface``): when a box leaves the chart, when the
chart widget is destroyed and at interpreter exit.
"""

from __future__ import annotations

import atexit
import re
import weakref
from html import unescape
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget

from ..model import unit_type_label
from .unit_item import fmt_number

_VIEW_CLASSES: tuple[type, ...] = ()
_LIVE: dict[int, ChartBoxes] = {}  # id(view) -> its box interfaces


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def count(text: str, n: int) -> str:
    """``text`` from a %n message with ``n`` grouped as the box shows it (1 443, not 1443)."""
    return text.replace(str(n), fmt_number(n, 0), 1)


def register(view_class: type) -> None:
    """Give every ``view_class`` (a ChartView) the accessible interface of this module."""
    global _VIEW_CLASSES
    if not _VIEW_CLASSES:
        QAccessible.installFactory(_factory)
    if view_class not in _VIEW_CLASSES:
        _VIEW_CLASSES = (*_VIEW_CLASSES, view_class)


def _factory(_key: str, obj: Any) -> QAccessibleInterface | None:
    if _VIEW_CLASSES and isinstance(obj, _VIEW_CLASSES):
        return ChartAccessible(obj)
    return None


def boxes_of(view: Any) -> ChartBoxes:
    """The box interfaces of ``view`` (made on first use)."""
    boxes = _LIVE.get(id(view))
    if boxes is None or boxes.view() is not view:
        if boxes is not None:
            boxes.release()  # a view gone without its destroyed signal reaching us
        boxes = _LIVE[id(view)] = ChartBoxes(view)
    return boxes


def plain(html: str) -> str:
    """Tooltip HTML as one line of text."""
    return unescape(re.sub(r"<[^>]+>", "", html.replace("<br>", ". ")))


class ChartBoxes:
    """The accessible tree of one chart view: an interface per visible unit, kept stable."""

    def __init__(self, view: Any) -> None:
        self.view = weakref.ref(view)
        self.ifaces: dict[str, UnitAccessible] = {}
        self._tree_of: Any = None
        self._tops: list[str] = []
        self._kids: dict[str, list[str]] = {}
        self._parent: dict[str, str] = {}
        self._collapsed: dict[str, bool] = {}
        self._selected: set[str] = set()
        view.chart.laidOut.connect(self.on_laid_out)
        view.chart.selectionChanged.connect(self.on_selection)
        view.destroyed.connect(self.release)

    # -- the tree -----------------------------------------------------------------
    def alive(self) -> Any:
        view = self.view()
        return view if view is not None and shiboken6.isValid(view) else None

    def tree(self) -> tuple[list[str], dict[str, list[str]], dict[str, str]]:
        """(top units, visible children per unit, parent per unit) of the current layout."""
        view = self.alive()
        if view is None:
            return [], {}, {}
        layout = view.chart.layout
        if self._tree_of is not layout:
            sc = view.chart.scenario()
            boxes = layout.boxes
            kids: dict[str, list[str]] = {}
            parent: dict[str, str] = {}
            tops = []
            for uid in boxes:
                kids[uid] = [c for c in sc.children(uid) if c in boxes] if sc is not None else []
                for c in kids[uid]:
                    parent[c] = uid
            tops = [u for u in boxes if u not in parent]
            self._tree_of, self._tops, self._kids, self._parent = layout, tops, kids, parent
        return self._tops, self._kids, self._parent

    def iface(self, uid: str | None) -> UnitAccessible | None:
        view = self.alive()
        if view is None or uid is None or uid not in view.chart.layout.boxes:
            return None
        found = self.ifaces.get(uid)
        if found is None:
            found = self.ifaces[uid] = UnitAccessible(self, uid)
            self._collapsed[uid] = view.chart.layout.boxes[uid].collapsed
        return found

    def view_iface(self) -> QAccessibleInterface | None:
        view = self.alive()
        return QAccessible.queryAccessibleInterface(view) if view is not None else None

    # -- texts ----------------------------------------------------------------------
    def name(self, uid: str) -> str:
        """Unit name, type, leader and the key figures, as the box shows them."""
        view = self.alive()
        data = view.chart.data.boxes.get(uid) if view is not None and view.chart.data else None
        if data is None:
            return ""
        from .validation_service import severity_label

        parts = [
            f"{data.name} ({unit_type_label(data.type)})",
            tr("leder %1").replace("%1", data.leader) if data.leader else tr("ingen leder"),
            count(tr("%n ansatte", "", data.persons_total), data.persons_total),
            tr("%1 årsverk").replace("%1", fmt_number(data.fte_total)),
        ]
        if data.findings:
            found = tr("%n funn", "", data.findings)
            parts.append(f"{found} ({severity_label(data.severity)})" if data.severity else found)
        return ", ".join(parts)

    def description(self, uid: str) -> str:
        view = self.alive()
        if view is None:
            return ""
        tops, kids, parent = self.tree()
        siblings = kids.get(parent[uid], []) if uid in parent else tops
        where = (
            tr("Nivå %1, %2 av %3")
            .replace("%1", str(self.level(uid)))
            .replace("%2", str(siblings.index(uid) + 1 if uid in siblings else 0))
            .replace("%3", str(len(siblings)))
        )
        text = f"{where}. {plain(view.tooltip_text(uid))}"
        data = view.chart.data.boxes.get(uid) if view.chart.data is not None else None
        if data is not None and data.origin:  # what the origin colour bar shows
            sources = view.controller.project.sources
            shares = ", ".join(
                f"{sources[sid].name if sid in sources else sid} {round(share * 100)} %"
                for sid, share in sorted(data.origin.items(), key=lambda kv: -kv[1])
            )
            text += ". " + tr("Årsverk fra de gamle kommunene: %1").replace("%1", shares)
        return text + self._relations(view, uid)

    @staticmethod
    def _relations(view: Any, uid: str) -> str:
        """The dotted lines to and from the unit, in words (the chart only draws them)."""
        sc = view.chart.scenario()
        if sc is None:
            return ""
        out = []
        for rel in sc.relations.values():
            src = rel.source_id if rel.source_kind == "unit" else sc.unit_of(rel.source_id)
            if src == uid and rel.target_unit_id in sc.units:
                other, text = sc.units[rel.target_unit_id].name, tr("Stiplet linje (%1) til «%2»")
            elif rel.target_unit_id == uid and src in sc.units:
                other, text = sc.units[src].name, tr("Stiplet linje (%1) fra «%2»")
            else:
                continue
            out.append(". " + text.replace("%1", rel.kind).replace("%2", other))
        return "".join(out)

    def level(self, uid: str) -> int:
        _tops, _kids, parent = self.tree()
        n = 1
        while uid in parent and n < 1000:
            uid, n = parent[uid], n + 1
        return n

    # -- following the chart ---------------------------------------------------------
    def on_laid_out(self) -> None:
        """Drop the interfaces of boxes that left the chart; announce expand/collapse."""
        view = self.alive()
        if view is None:
            return
        boxes = view.chart.layout.boxes
        for uid in [u for u in self.ifaces if u not in boxes]:
            self._delete(self.ifaces.pop(uid))
        if not QAccessible.isActive():
            return
        for uid, iface in self.ifaces.items():
            was, now = self._collapsed.get(uid), boxes[uid].collapsed
            if was is not None and was != now:
                changed = QAccessible.State()
                changed.expanded = changed.collapsed = True
                QAccessible.updateAccessibility(QAccessibleStateChangeEvent(iface, changed))
        self._collapsed = {u: boxes[u].collapsed for u in self.ifaces}
        top = self.view_iface()
        if top is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(top, QAccessible.Event.ObjectReorder))

    def on_selection(self) -> None:
        """Announce the boxes whose selected state changed (those a client has seen)."""
        view = self.alive()
        if view is None or not QAccessible.isActive():
            return
        now = set(view.chart.selected_unit_ids())
        for uid in (now ^ self._selected) & self.ifaces.keys():
            kind = QAccessible.Event.SelectionAdd if uid in now else QAccessible.Event.SelectionRemove
            QAccessible.updateAccessibility(QAccessibleEvent(self.ifaces[uid], kind))
        self._selected = now

    def announce_focus(self, uid: str | None) -> None:
        """Tell assistive technology that the keyboard focus is on ``uid``'s box."""
        view = self.alive()
        if view is None or not QAccessible.isActive() or not view.hasFocus():
            return
        iface = self.iface(uid)
        if iface is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.Focus))
            QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.Selection))

    @staticmethod
    def _delete(iface: UnitAccessible) -> None:
        if shiboken6.isValid(iface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))

    def release(self, *_args: Any) -> None:
        """The view is gone: let Qt delete every box interface, then forget them."""
        for iface in self.ifaces.values():
            self._delete(iface)
        self.ifaces = {}
        for key, boxes in list(_LIVE.items()):
            if boxes is self:
                del _LIVE[key]


@atexit.register
def _release_all() -> None:
    for boxes in list(_LIVE.values()):
        boxes.release()


class ChartAccessible(QAccessibleWidget):
    """The chart widget as an accessible tree: the top boxes, then the viewport (which holds
    the colour legend, the overview map and the in-place rename editor)."""

    def __init__(self, view: Any) -> None:
        super().__init__(view, QAccessible.Role.Tree)
        self._view = weakref.ref(view)

    def _boxes(self) -> ChartBoxes | None:
        view = self._view()
        return boxes_of(view) if view is not None and shiboken6.isValid(view) else None

    def _tops(self) -> list[str]:
        boxes = self._boxes()
        return boxes.tree()[0] if boxes is not None else []

    def _viewport(self) -> QAccessibleInterface | None:
        view = self._view()
        return QAccessible.queryAccessibleInterface(view.viewport()) if view is not None else None

    def childCount(self) -> int:  # noqa: N802
        return len(self._tops()) + 1 if self._boxes() is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        boxes, tops = self._boxes(), self._tops()
        if boxes is None or index < 0:
            return None
        if index < len(tops):
            return boxes.iface(tops[index])
        return self._viewport() if index == len(tops) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        tops, view = self._tops(), self._view()
        uid = getattr(child, "uid", None)
        if uid in tops:
            return tops.index(uid)
        if view is not None and child is not None and child.object() is view.viewport():
            return len(tops)
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        view, boxes = self._view(), self._boxes()
        if boxes is None or view is None or not view.hasFocus():
            return None
        return boxes.iface(view.current_unit())

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        view, boxes = self._view(), self._boxes()
        if boxes is None or view is None:
            return None
        pos = view.viewport().mapFromGlobal(QPoint(x, y))
        if not view.viewport().rect().contains(pos):
            return None
        over = view.viewport().childAt(pos)  # the legend, the overview or the editor
        uid = None if over is not None else view._unit_at(pos)
        return boxes.iface(uid) if uid is not None else self._viewport()

    def state(self) -> QAccessible.State:
        st = super().state()
        st.multiSelectable = True
        return st


class UnitAccessible(QAccessibleInterface):
    """One box of the chart: a tree item named by the unit, its leader and its figures."""

    def __init__(self, boxes: ChartBoxes, uid: str) -> None:
        super().__init__()
        self.boxes = boxes
        self.uid = uid

    def _view(self) -> Any:
        view = self.boxes.alive()
        return view if view is not None and self.uid in view.chart.layout.boxes else None

    def isValid(self) -> bool:  # noqa: N802
        return self._view() is not None

    def object(self) -> None:
        return None

    def window(self) -> Any:
        view = self.boxes.alive()
        return view.window().windowHandle() if view is not None else None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.TreeItem

    def text(self, kind: QAccessible.Text) -> str:
        if self._view() is None:
            return ""
        if kind == QAccessible.Text.Name:
            return self.boxes.name(self.uid)
        if kind == QAccessible.Text.Description:
            return self.boxes.description(self.uid)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        pass  # renaming goes through the chart's in-place editor (F2)

    def state(self) -> QAccessible.State:
        st = QAccessible.State()
        view = self._view()
        if view is None:
            st.invalid = True
            return st
        box = view.chart.layout.boxes[self.uid]
        item = view.chart.items_by_unit.get(self.uid)
        st.focusable = st.selectable = True
        st.focused = view.hasFocus() and view.current_unit() == self.uid
        st.selected = item is not None and item.isSelected()
        if box.has_children:
            st.expandable = True
            st.expanded, st.collapsed = not box.collapsed, box.collapsed
        st.offscreen = not self._scene_rect(view).intersects(view.visible_scene_rect())
        return st

    def _scene_rect(self, view: Any) -> Any:
        item = view.chart.items_by_unit.get(self.uid)
        return item.scene_box() if item is not None else view.chart.sceneRect()

    def rect(self) -> QRect:
        view = self._view()
        if view is None:
            return QRect()
        r = view.mapFromScene(self._scene_rect(view)).boundingRect()
        return r.translated(view.viewport().mapToGlobal(QPoint(0, 0)))

    def parent(self) -> QAccessibleInterface | None:
        _tops, _kids, parent = self.boxes.tree()
        up = parent.get(self.uid)
        return self.boxes.iface(up) if up is not None else self.boxes.view_iface()

    def childCount(self) -> int:  # noqa: N802
        return len(self.boxes.tree()[1].get(self.uid, ()))

    def child(self, index: int) -> QAccessibleInterface | None:
        kids = self.boxes.tree()[1].get(self.uid, [])
        return self.boxes.iface(kids[index]) if 0 <= index < len(kids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        kids = self.boxes.tree()[1].get(self.uid, [])
        uid = getattr(child, "uid", None)
        return kids.index(uid) if uid in kids else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        return None
