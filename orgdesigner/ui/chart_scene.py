"""The chart scene: a projection of one scenario (item ↔ unit maps, no model state).

The scene lays the visible units out with :func:`orgdesigner.analysis.layout.layout_org`,
keeps one :class:`UnitItem` per visible unit, one path item for all line
connectors and one :class:`RelationItem` per dotted-line relation. It follows
``controller.edited`` incrementally: a structural change relayouts (stable, so
only boxes that really moved are touched), a figure change repaints only the
boxes whose data changed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtWidgets import QGraphicsScene

from .. import theme
from ..analysis import layout as lay
from ..gcpause import gc_paused
from ..model import Change
from . import theme_qt
from .chart_data import ChartData, count_findings, findings_per_unit
from .relation_item import RelationItem
from .unit_item import ChartStyle, UnitItem, scaled_options

STRUCTURAL_FIELDS = {"parent_id", "sort_order", "type", "name"}  # names break sort-order ties


class ChartScene(QGraphicsScene):
    """The org chart of the controller's current scenario (or of ``root_unit_id``'s subtree)."""

    #: emitted after every (re)layout
    laidOut = Signal()
    #: a scenario with more units than this opens collapsed to ``auto_level`` levels
    auto_collapse_above = 400
    auto_level = 3

    def __init__(
        self,
        controller: Any,
        parent: Any = None,
        *,
        root_unit_id: str | None = None,
        listen: bool = True,
        use_engine: bool = False,
        collapsed: Iterable[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.root_unit_id = root_unit_id
        self.options = lay.LayoutOptions()
        self.style = ChartStyle()
        self.collapsed: set[str] = set()
        self.layout = lay.ChartLayout()
        self.layout_cache = lay.LayoutCache()
        self.data: ChartData | None = None
        self.items_by_unit: dict[str, UnitItem] = {}
        self.relation_items: dict[str, RelationItem] = {}
        self.animate = True
        self.show_findings = True
        self._use_engine = use_engine
        self._syncing = False
        self._anim: QVariantAnimation | None = None
        self._follow_theme = listen  # exports (listen=False) print light at the design size
        self.apply_theme(build=False)
        if listen:
            theme_qt.manager().changed.connect(self.apply_theme)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(600)
        self._findings_timer.timeout.connect(self.refresh_findings)
        #: set by the window when a findings panel runs the validators: the badges take its
        #: results (one validator run per change) instead of running them a second time
        self.findings_from_panel = False
        self._findings_of: tuple[str, dict[str, tuple[int, str]]] = ("", {})
        #: per scenario not shown: its box data, layout cache, collapsed set and the edits
        #: since it was shown, so switching back re-counts only what changed
        self._kept: dict[str, tuple[ChartData, lay.LayoutCache, set[str], list[Change]]] = {}
        if listen:
            controller.edited.connect(self.on_edited)
            controller.projectReplaced.connect(self._on_project)
            controller.scenarioChanged.connect(self._on_scenario)
            controller.selectionChanged.connect(self._on_controller_selection)
            self.selectionChanged.connect(self._on_scene_selection)
        self._stale = False
        if collapsed is None:
            self.fresh()
        else:
            self.collapsed = set(collapsed)
            self.rebuild()

    def apply_theme(self, build: bool = True) -> None:
        """Colours of the theme in force; text and boxes at the system font size."""
        st = self.style
        st.palette = theme.current() if self._follow_theme else theme.LIGHT
        self.setBackgroundBrush(theme_qt.qcolor(st.palette.chart_bg))
        for item in self.relation_items.values():
            item.set_colour(st.palette.relation)
        scale = theme_qt.font_scale() if self._follow_theme else 1.0
        if scale != st.font_scale:
            st.set_font_scale(scale)
            self.options = scaled_options(self.options, scale)
            if build and self.data is not None:
                self.rebuild()
        self.update()

    # -- building ------------------------------------------------------------------
    def scenario(self) -> Any:
        return self.controller.scenario()

    def _on_project(self) -> None:
        # set_project emits scenarioChanged right after: build once, there
        self._drop_kept()
        self._stale = True
        QTimer.singleShot(0, self._rebuild_if_stale)

    def _rebuild_if_stale(self) -> None:
        if self._stale:
            self.fresh()

    def _on_scenario(self, _scenario_id: str) -> None:
        self.fresh()

    def fresh(self) -> None:
        """Build the chart of a newly shown scenario: large ones open collapsed to
        ``auto_level`` levels (expand all is one click away); one shown before comes back
        as it was left, its figures brought up to date from the edits since."""
        sc = self.scenario()
        kept = self._kept.pop(sc.id, None) if sc is not None and self.root_unit_id is None else None
        if kept is not None:
            self._keep_current()
            data, cache, collapsed, pending = kept
            self.collapsed = collapsed
            with gc_paused():
                self._rebuild(data, cache, pending)
            return
        big = sc is not None and len(sc.units) > self.auto_collapse_above
        self._keep_current()
        self.collapsed = lay.expand_to_level(sc, self.auto_level) if big else set()
        self.rebuild()

    def _keep_current(self) -> None:
        """Keep what the scenario shown until now has computed (see ``_kept``)."""
        data = self.data
        if data is None or self.root_unit_id is not None or self._use_engine:
            return
        if data.scenario_id in self.controller.project.scenarios:
            self._kept[data.scenario_id] = (data, self.layout_cache, set(self.collapsed), [])
            self.data = None  # not closed by the rebuild

    def _drop_kept(self) -> None:
        for data, *_rest in self._kept.values():
            data.close()
        self._kept = {}

    def rebuild(self) -> None:
        """Throw every item away and build the chart anew."""
        with gc_paused():  # see on_edited
            self._rebuild()

    def _rebuild(
        self, data: ChartData | None = None, cache: lay.LayoutCache | None = None, pending: Any = None
    ) -> None:
        self.finish_animation()
        self._stale = False
        if self.data is not None and self.data is not data:
            self.data.close()
        self._syncing = True
        self.clear()  # every item of this scene is a unit box or a dotted line
        self.items_by_unit = {}
        self.relation_items = {}
        self.style.layout = None
        self.layout_cache = cache or lay.LayoutCache()
        self._syncing = False
        sc = self.scenario()
        if data is None and sc is not None:
            data = ChartData(self.controller.project, sc.id, self._use_engine)
        self.data = data
        self.style.data = self.data
        self.style.origin_colours = {}
        if sc is not None:
            for sid in self.controller.project.sources:
                self.style.origin_colour(sid)
            self.collapsed &= set(sc.units)
            if self.root_unit_id is not None and self.root_unit_id not in sc.units:
                self.root_unit_id = None
            if pending is None or pending:  # a kept chart re-counts only what the edits since name
                self.data.refresh(pending)
            if self._findings_of[0] == sc.id:
                self.data.set_findings(self._findings_of[1])
        self.relayout(animate=False)
        self._sync_from_controller()
        if self.show_findings and not self.findings_from_panel:
            self._findings_timer.start(0)

    def relayout(self, animate: bool | None = None) -> None:
        """Lay out again and move, add or remove only the items that changed."""
        self.finish_animation()
        sc = self.scenario()
        if sc is None:
            self.layout = lay.ChartLayout()
        else:
            self.layout = lay.layout_org(
                sc, self.collapsed, self.options, self.root_unit_id, self.layout_cache
            )
        old_layout, self.style.layout = self.style.layout, self.layout
        old_boxes = old_layout.boxes if old_layout is not None else {}
        boxes = self.layout.boxes
        self._syncing = True
        for uid in [u for u in self.items_by_unit if u not in boxes]:
            self.removeItem(self.items_by_unit.pop(uid))
        moved: list[tuple[UnitItem, lay.Box]] = []
        selected = {i for k, i in self.controller.selection if k == "unit"}
        items = self.items_by_unit
        for uid, box in boxes.items():
            item = items.get(uid)
            if item is None:
                item = UnitItem(uid, box.w, box.h, self.style)
                item.setPos(box.x, box.y)
                if box.link is not None:
                    item.set_connector(lay.connector_points(box.link, self.options))
                self.addItem(item)
                self.items_by_unit[uid] = item
                if uid in selected:
                    item.setSelected(True)
            else:
                old = old_boxes.get(uid)
                if old is None:
                    moved.append((item, box))
                    item.set_connector(lay.connector_points(box.link, self.options) if box.link else None)
                    item.update()
                    continue
                if old.x != box.x or old.y != box.y:
                    moved.append((item, box))
                if old.link != box.link:
                    item.set_connector(lay.connector_points(box.link, self.options) if box.link else None)
                if old.has_children != box.has_children or old.collapsed != box.collapsed:
                    item.update()  # the collapse toggle changed
        self._syncing = False
        animate = self.animate if animate is None else animate
        if animate and 0 < len(moved) <= 300:
            self._animate([(item, item.pos(), QPointF(box.x, box.y)) for item, box in moved])
        else:
            for item, box in moved:
                item.setPos(box.x, box.y)
        self._update_relations()
        margin = 40.0
        self.setSceneRect(
            QRectF(-margin, -margin, self.layout.width + 2 * margin, self.layout.height + 2 * margin)
        )
        self.laidOut.emit()

    def _animate(self, moves: list[tuple[UnitItem, QPointF, QPointF]]) -> None:
        self.finish_animation()
        anim = QVariantAnimation(self)
        anim.setStartValue(0.0)
        anim.setEndValue(1.0)
        anim.setDuration(180)
        anim.setEasingCurve(QEasingCurve.Type.OutCubic)

        def step(t: float) -> None:
            for item, a, b in moves:
                if item.scene() is self:
                    item.setPos(a + (b - a) * float(t))

        def done() -> None:
            for item, _a, b in moves:
                item.setPos(b)

        anim.valueChanged.connect(step)
        anim.finished.connect(done)
        self._anim = anim
        anim.start()

    def finish_animation(self) -> None:
        """Jump any running move animation to its end (tests, export)."""
        if self._anim is not None:
            self._anim.setCurrentTime(self._anim.duration())
            self._anim.stop()
            self._anim = None

    def _update_relations(self) -> None:
        sc = self.scenario()
        rels = sc.relations if sc is not None else {}
        for rid in [r for r in self.relation_items if r not in rels]:
            self.removeItem(self.relation_items.pop(rid))
        boxes = self.layout.boxes

        def shown(uid: str | None) -> str | None:  # the unit, or its nearest visible ancestor
            seen = 0
            while uid is not None and uid not in boxes and uid in sc.units and seen < 1000:
                uid, seen = sc.units[uid].parent_id, seen + 1
            return uid if uid in boxes else None

        for rid, rel in rels.items():
            src = shown(rel.source_id if rel.source_kind == "unit" else sc.unit_of(rel.source_id))
            dst = shown(rel.target_unit_id)
            a, b = boxes.get(src or ""), boxes.get(dst or "")
            item = self.relation_items.get(rid)
            if a is None or b is None or src == dst:
                if item is not None:
                    item.setVisible(False)
                continue
            if item is None:
                item = RelationItem(rid, self.style.palette.relation)
                self.addItem(item)
                self.relation_items[rid] = item
            item.setVisible(True)
            item.set_ends(QRectF(*a.rect()), QRectF(*b.rect()))
            item.setToolTip(self.tr("Stiplet linje (%1)").replace("%1", rel.kind))

    # -- following the model ----------------------------------------------------------
    def on_edited(self, changes: list[Change]) -> None:
        # a relayout makes thousands of small objects; with 50 000 positions in memory a
        # full garbage collection in the middle costs more than the relayout itself
        for sid, kept in list(self._kept.items()):
            if len(kept[3]) > 5000 or any(
                ch.kind == "source" or (ch.kind == "scenario" and sid in ch.ids) for ch in changes
            ):
                kept[0].close()  # it catches up by a full rebuild
                del self._kept[sid]
            else:
                kept[3].extend(changes)
        with gc_paused():
            self._follow(changes)

    def _follow(self, changes: list[Change]) -> None:
        sc = self.scenario()
        if sc is None or self.data is None:
            if sc is not None:
                self.rebuild()
            return
        structural = relations = figures = False
        for ch in changes:
            if ch.kind == "scenario" or ch.kind == "source":
                if ch.kind == "scenario" and (
                    sc.id not in ch.ids
                    or (ch.action == "changed" and set(ch.fields) <= {"name", "description"})
                ):
                    continue  # another alternative added, removed or renamed
                self.rebuild()
                return
            if ch.kind == "unit" and ch.org_id == sc.id:
                figures = True
                if ch.action != "changed" or STRUCTURAL_FIELDS & set(ch.fields):
                    structural = True
            elif ch.kind == "relation" and ch.org_id == sc.id:
                relations = True
            elif ch.kind in ("placement", "position", "person"):
                figures = True
        if structural and any(u not in sc.units for u in self.collapsed):
            self.collapsed = {u for u in self.collapsed if u in sc.units}
        if figures or structural:
            for uid in self.data.refresh(changes):
                item = self.items_by_unit.get(uid)
                if item is not None:
                    item.update()
        if structural:
            self.relayout()
        elif relations:
            self._update_relations()
        if self.show_findings and not self.findings_from_panel and (figures or structural):
            self._findings_timer.start()

    def refresh_findings(self) -> None:
        """Recount validator findings per unit and repaint the badges that changed."""
        if self.data is None:
            return
        t0 = time.perf_counter()
        findings = count_findings(self.controller) if self.show_findings else {}
        # validators run in the GUI thread: wait longer after edits when they are slow
        spent = time.perf_counter() - t0
        self._findings_timer.setInterval(max(600, int(spent * 4000)))
        self._show_findings(findings)

    def set_findings(self, found: Any) -> None:
        """Badges from findings the validators gave for the scenario shown (a findings panel's)."""
        if self.data is not None and self.show_findings:
            self._show_findings(findings_per_unit(found))

    def _show_findings(self, counts: dict[str, tuple[int, str]]) -> None:
        if self.data is None:
            return
        self._findings_of = (self.data.scenario_id, counts)
        for uid in self.data.set_findings(counts):
            item = self.items_by_unit.get(uid)
            if item is not None:
                item.update()

    # -- collapse / expand -------------------------------------------------------------
    def set_collapsed(self, collapsed: Iterable[str]) -> None:
        self.collapsed = set(collapsed)
        self.relayout()

    def toggle(self, unit_id: str) -> None:
        sc = self.scenario()
        if sc is None or not sc.children(unit_id):
            return
        self.collapsed ^= {unit_id}
        self.relayout()

    def expand_all(self) -> None:
        self.set_collapsed(())

    def collapse_all(self) -> None:
        sc = self.scenario()
        self.set_collapsed(lay.collapse_all(sc) if sc is not None else ())

    def expand_to_level(self, level: int) -> None:
        sc = self.scenario()
        self.set_collapsed(lay.expand_to_level(sc, max(1, level)) if sc is not None else ())

    def reveal(self, unit_id: str) -> None:
        """Expand the collapsed ancestors of ``unit_id``."""
        sc = self.scenario()
        if sc is None or unit_id not in sc.units:
            return
        keep = lay.expand_ancestors(sc, self.collapsed, unit_id)
        if keep != self.collapsed:
            self.set_collapsed(keep)

    # -- selection ---------------------------------------------------------------------
    def selected_unit_ids(self) -> list[str]:
        return [it.unit_id for it in self.selectedItems() if isinstance(it, UnitItem)]

    def _on_scene_selection(self) -> None:
        if self._syncing:
            return
        units = set(self.selected_unit_ids())
        current = [i for i in self.controller.selection if i[0] == "unit" and i[1] in units]
        kept = {i[1] for i in current}
        ordered = current + [("unit", u) for u in self.selected_unit_ids() if u not in kept]
        self.controller.select(ordered, self)

    def _on_controller_selection(self, items: list, origin: object) -> None:
        if origin is self:
            return
        self._sync_from_controller()

    def _sync_from_controller(self) -> None:
        wanted = {i for k, i in self.controller.selection if k == "unit"}
        for uid in wanted:
            if uid not in self.items_by_unit:
                self.reveal(uid)
        self._syncing = True
        try:
            for uid, item in self.items_by_unit.items():
                sel = uid in wanted
                if item.isSelected() != sel:
                    item.setSelected(sel)
        finally:
            self._syncing = False
        units = self.controller.selected_units()
        if units:
            self.style.current = units[-1]

    def unit_at(self, pos: QPointF) -> str | None:
        """The unit whose box is at scene position ``pos``."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
            if isinstance(item, UnitItem):
                return item.unit_id
        return None
