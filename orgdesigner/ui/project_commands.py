"""Fil → Prosjektinformasjon, Kildekommuner, Importlogg, and «Nytt alternativ fra dagens
organisasjon»; also lays the as-is banner and the first screen over the chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..model import Change
from ..model.asis import asis_id, source_of
from .controller import DocumentController


class ProjectCommands(QObject):
    def __init__(self, controller: DocumentController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.banner: Any = None
        self.welcome: Any = None
        controller.edited.connect(self._follow_asis)

    def _follow_asis(self, changes: list[Change]) -> None:
        """While today's organisation is shown, an edit of its kommune (a re-import, a rename)
        rebuilds the views, as choosing it again would: they follow the shown id's own changes only."""
        sid = source_of(self.controller.scenario_id)
        if sid is None or sid not in self.controller.project.sources:
            return
        if any(
            c.kind in ("position", "source", "person") or (c.kind == "unit" and c.org_id == sid)
            for c in changes
        ):
            self.controller.scenarioChanged.emit(self.controller.scenario_id)

    # -- dialogs -----------------------------------------------------------------
    def project_info(self) -> bool:
        from .project_info_dialog import ProjectInfoDialog

        return bool(ProjectInfoDialog(self.controller, self.window).exec())

    def sources(self) -> None:
        from .sources_dialog import SourcesDialog

        SourcesDialog(self.controller, self.window).exec()

    def import_log(self) -> None:
        from .import_log_dialog import ImportLogDialog

        ImportLogDialog(self.controller, self.window).exec()

    def new_from_asis(self, source_id: str | None = None) -> bool:
        from .from_asis_dialog import FromAsisDialog

        if not self.controller.project.sources:
            self.controller.statusMessage.emit(
                self.tr("Prosjektet har ingen kildekommuner ennå. Importer en ansattliste først.")
            )
            return False
        chosen = [source_id] if source_id else None
        return bool(FromAsisDialog(self.controller, self.window, chosen).exec())

    def import_staff(self) -> bool:
        from .import_wizard import offered_importers, run_import

        importer = next((i for i in offered_importers(self.controller) if i.id == "staff_list"), None)
        if importer is None:
            self.controller.statusMessage.emit(self.tr("Ingen importør for ansattlister er slått på."))
            return False
        return run_import(self.window, self.controller, importer)

    def show_first_asis(self) -> None:
        first = next(iter(self.controller.project.sources), None)
        if first is not None:
            self.controller.set_scenario(asis_id(first))

    def draw(self) -> None:
        if self.controller.project.sources:
            self.new_from_asis()
        else:
            from .import_install import import_structure

            import_structure(self.window, self.controller)

    def show_placement(self) -> None:
        ui = getattr(self.window, "placement_ui", None)
        dock = getattr(ui, "placement_dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()

    # -- overlays ------------------------------------------------------------------
    def install_overlays(self, host: QWidget) -> None:
        from .asis_banner import AsIsBanner
        from .welcome_panel import WelcomePanel

        self.banner = AsIsBanner(self.controller, host)
        self.banner.copyRequested.connect(lambda sid: self.new_from_asis(sid or None))
        self.welcome = WelcomePanel(
            self.controller,
            host,
            {
                "import": self.import_staff,
                "asis": self.show_first_asis,
                "draw": self.draw,
                "place": self.show_placement,
                "info": self.project_info,
            },
        )

    def is_read_only(self) -> bool:
        return source_of(self.controller.scenario_id) is not None

    def settings_changed(self, changes: list[Change]) -> bool:
        return any(c.kind in ("settings", "source") for c in changes)
