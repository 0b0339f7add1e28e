"""Every QAction of the main window, with shortcuts and accessible texts.

Actions are plain attributes of :class:`Actions`; ``menus.py`` places them in
menus and toolbars. Handlers live in ``file_commands``, ``editing`` and the
main window; here they are only connected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow


def _action(
    owner: QObject,
    text: str,
    slot: Callable[..., Any] | None = None,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | list[Any] | None = None,
    tip: str = "",
    name: str = "",
) -> QAction:
    act = QAction(text, owner)
    if name:
        act.setObjectName(name)
    if isinstance(shortcut, list):
        act.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in shortcut])
    elif isinstance(shortcut, QKeySequence.StandardKey):
        act.setShortcuts(shortcut)
    elif shortcut:
        act.setShortcut(QKeySequence(shortcut))
    if tip:
        act.setStatusTip(tip)
        act.setToolTip(tip)
    act.setShortcutVisibleInContextMenu(True)
    if slot is not None:
        act.triggered.connect(lambda _checked=False: slot())
    return act


class Actions(QObject):
    """The main window's actions (created once per window)."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        files, edit = win.files, win.editing
        stack = win.controller.undo_stack
        # -- Fil
        self.new = _action(
            win, self.tr("&Ny"), files.new, QKeySequence.New, self.tr("Lag et nytt, tomt prosjekt"), "act_new"
        )
        self.open = _action(
            win,
            self.tr("&Åpne …"),
            files.open,
            QKeySequence.Open,
            self.tr("Åpne et prosjekt (.orgd)"),
            "act_open",
        )
        self.save = _action(
            win, self.tr("&Lagre"), files.save, QKeySequence.Save, self.tr("Lagre prosjektet"), "act_save"
        )
        self.save_as = _action(
            win,
            self.tr("Lagre &som …"),
            files.save_as,
            QKeySequence("Ctrl+Shift+S"),
            self.tr("Lagre prosjektet i en ny fil"),
            "act_save_as",
        )
        self.export_chart = _action(
            win,
            self.tr("Eksporter &kart …"),
            win.export_chart,
            None,
            self.tr("Lagre kartet slik det vises som PDF, PNG eller SVG"),
            "act_export_chart",
        )
        self.print_chart = _action(
            win,
            self.tr("Skriv &ut …"),
            win.print_chart,
            QKeySequence.Print,
            self.tr("Skriv ut kartet, med forhåndsvisning"),
            "act_print_chart",
        )
        self.quit = _action(
            win,
            self.tr("&Avslutt"),
            win.close,
            QKeySequence("Ctrl+Q"),
            self.tr("Lukk OrgDesigner"),
            "act_quit",
        )
        # -- Rediger
        self.undo = stack.createUndoAction(win, self.tr("&Angre"))
        self.undo.setShortcuts(QKeySequence.Undo)
        self.undo.setObjectName("act_undo")
        self.undo.setIconText(self.tr("Angre"))  # the toolbar stays short; the menu names the step
        self.redo = stack.createRedoAction(win, self.tr("&Gjør om"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo.setObjectName("act_redo")
        self.redo.setIconText(self.tr("Gjør om"))
        self.cut = _action(
            win,
            self.tr("&Klipp ut"),
            edit.cut,
            QKeySequence.Cut,
            self.tr("Klipp ut valgte enheter eller stillinger for å flytte dem"),
            "act_cut",
        )
        self.paste = _action(
            win,
            self.tr("&Lim inn"),
            edit.paste,
            QKeySequence.Paste,
            self.tr("Flytt det som ble klippet ut inn under valgt enhet"),
            "act_paste",
        )
        self.move_to = _action(
            win,
            self.tr("&Flytt til …"),
            edit.move_to,
            QKeySequence("Ctrl+M"),
            self.tr("Flytt valgte enheter eller stillinger til en enhet du velger"),
            "act_move_to",
        )
        self.move_up = _action(
            win,
            self.tr("Flytt &opp"),
            lambda: edit.move_among_siblings(-1),
            QKeySequence("Alt+Up"),
            self.tr("Flytt valgt enhet ett steg opp (til venstre i kartet) blant søsknene"),
            "act_move_up",
        )
        self.move_down = _action(
            win,
            self.tr("Flytt &ned"),
            lambda: edit.move_among_siblings(1),
            QKeySequence("Alt+Down"),
            self.tr("Flytt valgt enhet ett steg ned (til høyre i kartet) blant søsknene"),
            "act_move_down",
        )
        for act in (self.move_up, self.move_down):  # Alt+Down opens a list box's list elsewhere
            act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.add_child = _action(
            win,
            self.tr("Ny &underenhet"),
            edit.add_child,
            QKeySequence(Qt.Key_Insert),
            self.tr("Legg til en enhet under valgt enhet"),
            "act_add_child",
        )
        self.add_sibling = _action(
            win,
            self.tr("Ny &søskenenhet"),
            edit.add_sibling,
            QKeySequence("Ctrl+Return"),
            self.tr("Legg til en enhet ved siden av valgt enhet"),
            "act_add_sibling",
        )
        self.delete = _action(
            win,
            self.tr("Sl&ett enhet"),
            edit.delete,
            QKeySequence.Delete,
            self.tr("Slett valgte enheter; stillingene deres blir ikke plassert"),
            "act_delete",
        )
        self.rename = _action(
            win,
            self.tr("Gi nytt na&vn"),
            win.rename_selected,
            QKeySequence(Qt.Key_F2),
            self.tr("Gi valgt enhet nytt navn"),
            "act_rename",
        )
        self.add_relation = _action(
            win,
            self.tr("Ny s&tiplet linje til …"),
            edit.add_relation,
            QKeySequence("Ctrl+L"),
            self.tr("Legg til en stiplet linje (faglig relasjon) fra valgt enhet eller stilling"),
            "act_add_relation",
        )
        self.find = _action(
            win,
            self.tr("S&øk …"),
            win.show_search,
            QKeySequence.Find,
            self.tr("Søk etter enhet, person, ansattnummer eller tittel"),
            "act_find",
        )
        # -- Vis
        self.zoom_in = _action(
            win,
            self.tr("Zoom &inn"),
            lambda: win.chart_call("zoom_in"),
            [QKeySequence.ZoomIn, "Ctrl+="],
            self.tr("Forstørr kartet"),
            "act_zoom_in",
        )
        self.zoom_out = _action(
            win,
            self.tr("Zoom &ut"),
            lambda: win.chart_call("zoom_out"),
            QKeySequence.ZoomOut,
            self.tr("Forminsk kartet"),
            "act_zoom_out",
        )
        self.zoom_fit = _action(
            win,
            self.tr("&Tilpass til vinduet"),
            lambda: win.chart_call("zoom_fit"),
            QKeySequence("Ctrl+0"),
            self.tr("Vis hele kartet"),
            "act_zoom_fit",
        )
        self.zoom_100 = _action(
            win,
            self.tr("&100 %"),
            lambda: win.chart_call("zoom_reset"),
            QKeySequence("Ctrl+1"),
            self.tr("Vis kartet i naturlig størrelse"),
            "act_zoom_100",
        )
        self.expand_all = _action(
            win,
            self.tr("&Vis alle nivåer"),
            win.expand_all,
            QKeySequence("Ctrl+Shift+A"),
            self.tr("Fold ut alle enheter"),
            "act_expand_all",
        )
        self.collapse_all = _action(
            win,
            self.tr("&Skjul under toppnivået"),
            win.collapse_all,
            QKeySequence("Ctrl+Shift+K"),
            self.tr("Fold sammen alle enheter"),
            "act_collapse_all",
        )
        self.next_pane = _action(
            win,
            self.tr("&Neste panel"),
            lambda: win.cycle_focus(1),
            QKeySequence(Qt.Key_F6),
            self.tr("Flytt tastaturfokus til neste panel"),
            "act_next_pane",
        )
        self.previous_pane = _action(
            win,
            self.tr("&Forrige panel"),
            lambda: win.cycle_focus(-1),
            QKeySequence("Shift+F6"),
            self.tr("Flytt tastaturfokus til forrige panel"),
            "act_previous_pane",
        )
        # -- Alternativ
        self.scenario_new = _action(
            win,
            self.tr("&Nytt alternativ …"),
            win.scenarios.new,
            None,
            self.tr("Lag et nytt, tomt alternativ"),
            "act_scenario_new",
        )
        self.scenario_copy = _action(
            win,
            self.tr("&Kopier alternativ …"),
            win.scenarios.copy,
            None,
            self.tr("Lag en kopi av dette alternativet"),
            "act_scenario_copy",
        )
        self.scenario_rename = _action(
            win,
            self.tr("&Gi alternativet nytt navn …"),
            win.scenarios.rename,
            None,
            self.tr("Gi dette alternativet nytt navn"),
            "act_scenario_rename",
        )
        self.scenario_delete = _action(
            win,
            self.tr("S&lett alternativ"),
            win.scenarios.delete,
            None,
            self.tr("Slett dette alternativet"),
            "act_scenario_delete",
        )
        # -- Hjelp
        self.about = _action(win, self.tr("&Om OrgDesigner"), win.show_about, None, "", "act_about")
        self.shortcuts = _action(
            win,
            self.tr("&Hurtigtaster"),
            win.show_shortcuts,
            QKeySequence(Qt.Key_F1),
            self.tr("Vis alle hurtigtaster"),
            "act_shortcuts",
        )
        self.plugins = _action(
            win,
            self.tr("&Programtillegg …"),
            win.show_plugins,
            None,
            self.tr("Vis og slå av eller på programtillegg"),
            "act_plugins",
        )
        # -- project, source kommuner, import log, alternatives from today's organisations
        from .project_commands import ProjectCommands

        win.project_commands = cmds = ProjectCommands(win.controller, win)
        self.project_info = _action(
            win,
            self.tr("Pros&jektinformasjon …"),
            cmds.project_info,
            None,
            self.tr("Prosjektets navn, kommune, dato og ansvarlig (brukes i tittel og eksport)"),
            "act_project_info",
        )
        self.sources = _action(
            win,
            self.tr("Kil&dekommuner …"),
            cmds.sources,
            None,
            self.tr("Gi nytt navn, sett kommunenummer, oppdater eller fjern en kildekommune"),
            "act_sources",
        )
        self.import_log = _action(
            win,
            self.tr("Impor&tlogg …"),
            cmds.import_log,
            None,
            self.tr("Alle importer med feil, advarsler og merknader"),
            "act_import_log",
        )
        self.scenario_from_asis = _action(
            win,
            self.tr("Nytt alternativ fra &dagens organisasjon …"),
            cmds.new_from_asis,
            None,
            self.tr("Kopier dagens organisasjon i én eller flere kommuner, med alle stillinger plassert"),
            "act_scenario_from_asis",
        )

    def all_actions(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)]

    def editing_actions(self) -> list[QAction]:
        """The actions a unit's context menu offers."""
        return [
            self.add_child,
            self.add_sibling,
            self.rename,
            self.delete,
            self.cut,
            self.paste,
            self.move_to,
            self.move_up,
            self.move_down,
            self.add_relation,
        ]
