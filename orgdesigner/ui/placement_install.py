"""One call that adds innplassering and lokalisering to the main window.

``install_placement_ui(window, controller)`` adds the Innplassering and
Lokalisering docks, a menu "Innplassering" (bulk rule, locations, export) and
"Eksporter liste…" in the Fil menu, and returns the created objects. It only
uses what any QMainWindow has, plus the optional ``panels_menu`` and
``import_export_anchor`` of OrgDesigner's main window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from .controller import DocumentController
from .placement_panel import PlacementPanel
from .relocation_panel import RelocationPanel


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


@dataclass
class PlacementUi:
    placement_panel: PlacementPanel
    placement_dock: QDockWidget
    relocation_panel: RelocationPanel
    relocation_dock: QDockWidget
    menu: QMenu
    bulk_action: QAction
    locations_action: QAction
    export_action: QAction


def install_placement_ui(window: QMainWindow, controller: DocumentController) -> PlacementUi:
    panel = PlacementPanel(controller)
    dock = _dock(window, "dock_placement", tr("Innplassering"), panel)
    reloc = RelocationPanel(controller)
    reloc_dock = _dock(window, "dock_relocation", tr("Lokalisering"), reloc)
    window.tabifyDockWidget(dock, reloc_dock)
    dock.raise_()

    def bulk() -> None:
        from .bulk_place_dialog import BulkPlaceDialog

        BulkPlaceDialog(controller, window).exec()

    def locations() -> None:
        from .locations_dialog import LocationsDialog

        LocationsDialog(controller, window).exec()

    def export() -> None:
        from .export_dialog import ExportDialog

        ExportDialog(controller, window).exec()

    bulk_action = _action(window, "action_bulk_place", tr("&Ansatte følger oppgavene…"), bulk)
    locations_action = _action(window, "action_locations", tr("&Lokasjoner…"), locations)
    export_action = _action(window, "action_export_list", tr("&Eksporter liste…"), export)
    export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    menu = QMenu(tr("&Innplassering"), window)
    menu.setObjectName("menu_placement")
    menu.addAction(bulk_action)
    menu.addAction(locations_action)
    menu.addSeparator()
    menu.addAction(dock.toggleViewAction())
    menu.addAction(reloc_dock.toggleViewAction())
    menu.addSeparator()
    menu.addAction(export_action)
    bar = window.menuBar()
    help_menu = next((a for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_help"), None)
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)
    else:
        bar.addMenu(menu)
    anchor = getattr(window, "import_export_anchor", None)
    file_menu = next(
        (a.menu() for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_file"), None
    )
    if file_menu is not None:
        if anchor is not None:
            file_menu.insertAction(anchor, export_action)
        else:
            file_menu.addAction(export_action)
    panels = getattr(window, "panels_menu", None)
    if panels is not None:
        panels.addAction(dock.toggleViewAction())
        panels.addAction(reloc_dock.toggleViewAction())
    return PlacementUi(panel, dock, reloc, reloc_dock, menu, bulk_action, locations_action, export_action)


def _dock(window: QMainWindow, name: str, title: str, widget: Any) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setAccessibleName(title)
    window.addDockWidget(Qt.BottomDockWidgetArea, dock)
    return dock


def _action(window: QMainWindow, name: str, text: str, slot: Any) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(slot)
    return action
