"""The main window: chart in the centre, outline/properties/people/search/history docks.

Behaviour lives in small collaborators: ``FileCommands`` (Fil), ``EditCommands``
(Rediger), ``ScenarioCommands`` (Alternativ); ``actions.py`` makes the actions
and ``menus.py`` places them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QUndoView, QWidget

from .. import config
from . import keyboard_nav, window_layout
from .actions import Actions
from .controller import DocumentController
from .editing import EditCommands
from .file_commands import FileCommands
from .menus import build_menus
from .outline_view import OutlineView
from .property_panel import PropertyPanel
from .qt_enums import cache_short_names
from .scenario_commands import ScenarioCommands

cache_short_names()  # item models look up Qt.DisplayRole & co thousands of times per repaint


class MainWindow(QMainWindow):
    """One project per window."""

    def __init__(
        self, controller: DocumentController | None = None, plugins: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if controller is None:
            from .file_commands import new_project

            controller = DocumentController(new_project(self.tr("Alternativ 1")), plugins=plugins)
        self.controller = controller
        if plugins is not None and self.controller.plugins is None:
            self.controller.plugins = plugins
        self.setObjectName("main_window")
        self._layout_restored = False
        self.files = FileCommands(self.controller, self)
        self.editing = EditCommands(self.controller, self)
        self.scenarios = ScenarioCommands(self.controller, self)
        self.chart = self._make_chart()
        self.setCentralWidget(self.chart)
        self.outline = OutlineView(self.controller)
        self.properties = PropertyPanel(self.controller)
        self.undo_view = QUndoView(self.controller.undo_stack)
        self.undo_view.setObjectName("undo_view")
        self.undo_view.setEmptyLabel(self.tr("<utgangspunkt>"))
        self.undo_view.setAccessibleName(self.tr("Angrehistorikk"))
        self.people = self._make_people()
        self.search = self._make_search()
        self.outline_dock = self._dock(
            "dock_outline", self.tr("Enheter"), self.outline, Qt.LeftDockWidgetArea
        )
        self.search_dock = self._dock("dock_search", self.tr("Søk"), self.search, Qt.LeftDockWidgetArea)
        self.properties_dock = self._dock(
            "dock_properties", self.tr("Egenskaper"), self.properties, Qt.RightDockWidgetArea
        )
        self.people_dock = self._dock(
            "dock_people", self.tr("Stillinger"), self.people, Qt.RightDockWidgetArea
        )
        self.history_dock = self._dock(
            "dock_history", self.tr("Angrehistorikk"), self.undo_view, Qt.RightDockWidgetArea
        )
        self.search_dock.hide()
        self.actions = Actions(self)
        build_menus(self)
        from .placement_install import install_placement_ui

        self.placement_ui = install_placement_ui(self, self.controller)
        views = [getattr(self.people, "in_unit", None), getattr(self.people, "unplaced", None)]
        keyboard_nav.offer_actions(  # Shift+F10 on a position: the keyboard way to move it
            [v for v in [*views, self.placement_ui.placement_panel.table] if v is not None],
            [self.actions.move_to, self.actions.cut],
        )
        from .analysis_install import install_analysis_ui

        self.analysis_ui = install_analysis_ui(self, self.controller)
        from .import_install import install_import_actions

        self.import_ui = install_import_actions(self, self.controller)
        self.project_commands.install_overlays(self.chart)  # as-is banner, first screen
        self.controller.edited.connect(
            lambda ch: self.project_commands.settings_changed(ch) and self._update_title()
        )
        from .server_install import install_server_actions

        self.server_ui = install_server_actions(self, self.controller)
        from .app import current_language
        from .settings_dialog import install_settings_action

        self.settings_action = install_settings_action(self, current_language)
        self._gather_right_docks()
        window_layout.fit_to_screen(self)
        self.outline.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.outline.addActions(self.actions.editing_actions())
        self.chart.addActions([self.actions.move_up, self.actions.move_down])  # their keys work here
        self.editing.unitAdded.connect(self._edit_new_unit)
        self.controller.statusMessage.connect(self._status)
        self.controller.undo_stack.cleanChanged.connect(self._update_title)
        self.controller.pathChanged.connect(self._update_title)
        self.controller.projectReplaced.connect(self.outline.forget_expansion)
        self.statusBar().setObjectName("status_bar")
        self.statusBar().setAccessibleName(self.tr("Statuslinje"))
        keyboard_nav.install(self)  # menus raise docks, Tab leaves tables
        self._update_title()
        self.outline.setFocus()

    def install_plugins(self, plugins: Any) -> None:
        """Take a plugin manager made after the window showed (the app starts so, to paint the
        chart before the plugins' heavy imports): their metric panels join the bottom tabs (or
        where a saved layout had them) and the findings are run again."""
        self.controller.plugins = plugins
        from .analysis_install import install_metric_panels

        docks = install_metric_panels(self, self.controller)
        window_layout.wrap_tall_docks(self)
        host = self.analysis_ui.findings_dock
        for dock in docks.values():
            # restoreDockWidget also "succeeds" without a saved layout (the dock is already
            # added) and then leaves it hidden: only a restored layout decides
            if not (self._layout_restored and self.restoreDockWidget(dock)):
                self.tabifyDockWidget(host, dock)
                dock.show()  # added after the window showed: a dock stays hidden until shown
            menu = getattr(self, "panels_menu", None)
            if menu is not None:
                menu.addAction(dock.toggleViewAction())
        self.analysis_ui.metric_docks.update(docks)
        keyboard_nav.install(self)
        host.raise_()
        refresh_imports = getattr(self.import_ui, "refresh", None)
        if callable(refresh_imports):  # Fil → Importer lists the plugins' importers
            refresh_imports()
        QTimer.singleShot(400, self.analysis_ui.findings.refresh)  # now with the plugins' validators

    # -- construction -------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _gather_right_docks(self) -> None:
        """The default arrangement: properties, people and history as tabs on the right; the
        panels others add (innplassering, lokalisering, funn, metric panels) as tabs at the
        bottom, tall ones in scroll areas, so the window fits a laptop screen."""
        window_layout.wrap_tall_docks(self)
        window_layout.arrange_docks(self)
        self._sized = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:  # dock sizes only stick once the window has its size
            self._sized = True
            if not self.isMaximized() and not window_layout.on_screen(self):
                window_layout.fit_to_screen(self)  # the minimum before the first show can be larger
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        if not self._layout_restored:  # the chart keeps most of the room
            window_layout.size_docks(self)

    def docks(self) -> list[QDockWidget]:
        return [
            self.outline_dock,
            self.search_dock,
            self.properties_dock,
            self.people_dock,
            self.history_dock,
        ]

    def _make_chart(self) -> QWidget:
        try:
            from .chart_view import ChartView
        except ImportError:
            label = QLabel(self.tr("Organisasjonskartet kommer her."))
            label.setAlignment(Qt.AlignCenter)
            label.setObjectName("chart_placeholder")
            return label
        chart = ChartView(self.controller, self)
        chart.setObjectName("chart")
        chart.setAccessibleName(self.tr("Organisasjonskart"))
        return chart

    def _make_people(self) -> QWidget:
        try:
            from .people_panel import PeoplePanel
        except ImportError:
            return QLabel()
        return PeoplePanel(self.controller)

    def _make_search(self) -> QWidget:
        try:
            from .search_panel import SearchPanel
        except ImportError:
            return QLabel()
        panel = SearchPanel(self.controller)
        panel.chosen.connect(self.reveal)
        return panel

    # -- title, status ---------------------------------------------------------------
    def _update_title(self, *_args: Any) -> None:
        name = Path(self.controller.path).name if self.controller.path else self.tr("Uten navn")
        self.setWindowTitle(
            self.tr("%1 (%2)[*] – OrgDesigner")
            .replace("%1", self.controller.project.title())
            .replace("%2", name)
        )
        self.setWindowModified(self.controller.is_modified())

    def _status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 10_000)
        else:
            self.statusBar().clearMessage()

    # -- commands the actions call ------------------------------------------------------
    def chart_call(self, name: str, *args: Any) -> Any:
        """Call a public ChartView method if the chart has it."""
        method = getattr(self.chart, name, None)
        return method(*args) if callable(method) else None

    def export_chart(self) -> bool:
        """Fil → Eksporter kart: the chart as it is shown, to a PDF, PNG or SVG file the user names."""
        if not callable(getattr(self.chart, "save_chart_as", None)):
            return False
        return bool(self.chart.save_chart_as())

    def print_chart(self) -> Any:
        """Fil → Skriv ut (Ctrl+P): the print preview of the chart as it is shown."""
        from . import chart_print

        view = self.chart if hasattr(self.chart, "chart") else None
        return chart_print.print_chart(self.controller, self, chart_view=view)

    def rename_selected(self) -> None:
        units = self.controller.selected_units()
        if not units:
            self.controller.statusMessage.emit(self.tr("Velg enheten som skal få nytt navn"))
            return
        if self.chart.hasFocus() and callable(getattr(self.chart, "start_rename", None)):
            self.chart.start_rename(units[0])  # in place in the chart
            return
        self.outline_dock.show()
        ix = self.outline.outline_model().index_of(units[0])
        self.outline.expand_to(units[0])
        self.outline.setCurrentIndex(ix)
        self.outline.setFocus()
        self.outline.rename_current()

    def _edit_new_unit(self, unit_id: str) -> None:
        self.chart_call("center_on_unit", unit_id)
        self.rename_selected()

    def reveal(self, kind: str, item_id: str) -> None:
        """Show a search result: its unit expanded in the outline and centred in the chart."""
        sc = self.controller.scenario()
        unit = item_id if kind == "unit" else (sc.unit_of(item_id) if sc else None)
        if unit and sc and unit in sc.units:
            self.outline.expand_to(unit)
            self.outline.scrollTo(self.outline.outline_model().index_of(unit))
            self.chart_call("center_on_unit", unit)

    def focus_order(self) -> list[QWidget]:
        """The panes F6 moves through: the chart and every open dock (``keyboard_nav``)."""
        return keyboard_nav.panes(self)

    def cycle_focus(self, step: int) -> None:
        """F6 / Shift+F6: move the keyboard focus to the next or previous pane (raising its tab)."""
        keyboard_nav.cycle(self, step)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab / Shift+Tab skip widgets behind another dock tab or in a collapsed pane."""
        return keyboard_nav.focus_next_prev(self, forward) or super().focusNextPrevChild(forward)

    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        focus = getattr(self.search, "focus_query", None)
        if callable(focus):
            focus()

    def expand_all(self) -> None:
        self.outline.expandAll()
        self.chart_call("expand_all")

    def expand_to_level(self, level: int) -> None:
        """Show ``level`` levels (1: only the top unit) in the outline and the chart."""
        self.outline.collapseAll()
        if level > 1:
            self.outline.expandToDepth(level - 2)
        self.chart_call("expand_to_level", level)

    def collapse_all(self) -> None:
        self.outline.collapseAll()
        self.chart_call("collapse_all")

    def show_about(self) -> None:
        from .about_dialog import show_about

        show_about(self)

    def show_plugins(self) -> None:
        from .plugins_dialog import PluginsDialog

        PluginsDialog(self.controller.plugins, self).exec()

    # -- opening and closing ----------------------------------------------------------------
    def open_path(self, path: str) -> bool:
        return self.files.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            self.files.discard_recovery()
            self.save_layout()
            event.accept()
        else:
            event.ignore()

    # -- window layout kept between sessions (in the user's settings file) ----------------
    def save_layout(self) -> None:
        values = dict(config.user_settings().values)
        values["window_geometry"] = bytes(self.saveGeometry().toBase64()).decode()
        values["window_state"] = bytes(self.saveState(window_layout.LAYOUT_VERSION).toBase64()).decode()
        values["window_layout_version"] = window_layout.LAYOUT_VERSION
        try:
            config.save_user_settings(values)
        except OSError:
            pass

    def restore_layout(self) -> None:
        """Restore the layout kept by :meth:`save_layout`. One saved by an earlier version (another
        dock arrangement), unreadable, or too big for this screen gives the default layout."""
        values = config.user_settings().values
        self._layout_restored = window_layout.restore(
            self,
            values.get("window_geometry"),
            values.get("window_state"),
            values.get("window_layout_version"),
        )

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog, window_actions

        ShortcutsDialog(window_actions(self), self).exec()
