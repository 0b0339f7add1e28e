"""Menus (Fil, Rediger, Vis, Alternativ, Hjelp) and the toolbar of the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar

from .scenario_box import ScenarioBox, choices

if TYPE_CHECKING:
    from .main_window import MainWindow


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def build_menus(win: MainWindow) -> None:
    a = win.actions
    bar = win.menuBar()
    file_menu = bar.addMenu(tr("&Fil"))
    file_menu.setObjectName("menu_file")
    file_menu.addActions([a.new, a.open])
    win.recent_menu = QMenu(tr("Åpne n&ylige"), win)
    win.recent_menu.setObjectName("menu_recent")
    file_menu.addMenu(win.recent_menu)
    win.recent_menu.aboutToShow.connect(lambda: fill_recent(win))
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as])
    file_menu.addSeparator()
    file_menu.addActions([a.export_chart, a.print_chart])
    file_menu.addSeparator()
    file_menu.addActions([a.project_info, a.sources, a.import_log])
    win.import_export_anchor = file_menu.addSeparator()  # importers/exporters go here
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(tr("&Rediger"))
    edit_menu.setObjectName("menu_edit")
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.add_child, a.add_sibling, a.rename, a.delete])
    edit_menu.addSeparator()
    edit_menu.addActions([a.cut, a.paste, a.move_to, a.move_up, a.move_down, a.add_relation])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)

    view_menu = bar.addMenu(tr("&Vis"))
    view_menu.setObjectName("menu_view")
    view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_fit, a.zoom_100])
    view_menu.addSeparator()
    view_menu.addActions([a.expand_all, a.collapse_all])
    levels = view_menu.addMenu(tr("Vis &nivåer"))
    levels.setObjectName("menu_levels")
    for n in range(1, 6):
        act = levels.addAction(tr("&%n nivåer", "", n))
        # no Ctrl+Alt+digit: that is AltGr on Norwegian Windows keyboards (AltGr+2 is @);
        # the menu's mnemonics (Alt+V, N, digit) reach every level from the keyboard
        act.triggered.connect(lambda _c=False, level=n: win.expand_to_level(level))
    colours = view_menu.addMenu(tr("&Farge etter"))
    colours.setObjectName("menu_colours")
    group = QActionGroup(win)
    for mode, text in (("type", tr("&Enhetstype")), ("origin", tr("&Opphavskommune"))):
        act = colours.addAction(text)
        act.setCheckable(True)
        act.setChecked(mode == "type")
        act.setData(mode)
        group.addAction(act)
        act.triggered.connect(lambda _c=False, m=mode: win.chart_call("set_colour_mode", m))
    view_menu.addSeparator()
    win.panels_menu = view_menu.addMenu(tr("&Paneler"))
    win.panels_menu.setObjectName("menu_panels")
    win.panels_menu.addActions([a.next_pane, a.previous_pane])
    win.panels_menu.addSeparator()
    for dock in win.docks():
        win.panels_menu.addAction(dock.toggleViewAction())
    win.view_menu = view_menu

    scenario_menu = bar.addMenu(tr("&Alternativ"))
    scenario_menu.setObjectName("menu_scenario")
    win.scenario_choice_menu = scenario_menu.addMenu(tr("&Vis alternativ"))
    win.scenario_choice_menu.setObjectName("menu_scenario_choice")
    win.scenario_choice_menu.aboutToShow.connect(lambda: fill_scenarios(win))
    scenario_menu.addSeparator()
    scenario_menu.addActions([a.scenario_new, a.scenario_from_asis, a.scenario_copy])
    scenario_menu.addActions([a.scenario_rename, a.scenario_delete])
    win.scenario_menu = scenario_menu

    help_menu = bar.addMenu(tr("&Hjelp"))
    help_menu.setObjectName("menu_help")
    help_menu.addActions([a.shortcuts, a.plugins, a.about])

    tools = QToolBar(tr("Verktøylinje"), win)
    tools.setObjectName("toolbar_main")
    tools.setIconSize(QSize(16, 16))
    tools.addActions([a.open, a.save])
    tools.addSeparator()
    tools.addActions([a.undo, a.redo])
    tools.addSeparator()
    tools.addActions([a.add_child, a.delete, a.move_to])
    tools.addSeparator()
    win.scenario_box = ScenarioBox(win.controller, tools)
    tools.addWidget(win.scenario_box)
    tools.addSeparator()
    tools.addActions([a.zoom_out, a.zoom_in, a.zoom_fit])
    win.addToolBar(tools)
    win.toolbar = tools
    win.panels_menu.addAction(tools.toggleViewAction())


def fill_scenarios(win: MainWindow) -> None:
    """The scenarios as checkable entries: the keyboard way to the toolbar's chooser."""
    menu = win.scenario_choice_menu
    menu.clear()
    group = QActionGroup(menu)
    groups = choices(win.controller)
    n = 0
    for heading, items in groups:
        if len(groups) > 1:
            menu.addSection(heading)
        for name, sid in items:
            n += 1
            act = menu.addAction(f"&{n} {name}" if n < 10 else name)
            act.setCheckable(True)
            act.setChecked(sid == win.controller.scenario_id)
            act.setData(sid)
            group.addAction(act)
            act.triggered.connect(lambda _c=False, s=sid: win.controller.set_scenario(s))
    if menu.isEmpty():
        menu.addAction(tr("(ingen)")).setEnabled(False)


def fill_recent(win: MainWindow) -> None:
    menu = win.recent_menu
    menu.clear()
    recent = win.files.recent_files()
    for n, path in enumerate(recent, 1):
        act = menu.addAction(f"&{n} {Path(path).name}")
        act.setToolTip(path)
        act.setStatusTip(path)
        act.triggered.connect(lambda _c=False, p=path: win.files.open(p))
    if not recent:
        menu.addAction(tr("(ingen)")).setEnabled(False)
