"""Open the main window and every dialog of the app on the current screen; print JSON lines.

Run by ``tests/test_fit_screen.py`` in a subprocess with ``QT_SCALE_FACTOR`` and an offscreen
platform configured as a 1366×768 screen; run by hand under Xvfb with ``--shots DIR`` to save
screenshots. Each line: name, the window's frame and the screen's available rectangle, and
for each button that must be reachable (OK/default, Next/Finish) whether it lies inside the
visible window.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import pkgutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "asis"


def all_dialog_classes() -> set[str]:
    """Qualified names of every QDialog subclass defined in orgdesigner.ui and the plugins."""
    import importlib

    from PySide6.QtWidgets import QDialog

    import orgdesigner.ui
    import orgdesigner_plugins

    found: set[str] = set()
    for pkg in (orgdesigner.ui, orgdesigner_plugins):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            module = importlib.import_module(info.name)
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                    if not cls.__name__.startswith("_"):
                        found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found


def _factories(win: Any, tmp: Path) -> Iterator[tuple[str, Callable[[], Any]]]:
    from orgdesigner.analysis.reimport import compare, incoming_from
    from orgdesigner_plugins.staff_import import Options, read_staff_list

    c = win.controller
    ui = "orgdesigner.ui."
    yield ui + "about_dialog.AboutDialog", lambda: _mod("about_dialog").AboutDialog(win)
    yield (
        ui + "error_dialog.ErrorDialog",
        lambda: _mod("error_dialog").ErrorDialog(
            "ValueError: ugyldig verdi", "Traceback (most recent call last):\n" + "  linje\n" * 80, win
        ),
    )
    yield (
        ui + "chart_export_dialog.ChartExportDialog",
        lambda: _mod("chart_export_dialog").ChartExportDialog(str(tmp / "kart.pdf"), win),
    )
    yield ui + "export_dialog.ExportDialog", lambda: _mod("export_dialog").ExportDialog(c, win)
    yield ui + "server_dialogs.OpenFromServerDialog", lambda: _mod("server_dialogs").OpenFromServerDialog(win)
    yield ui + "server_dialogs.PushToServerDialog", lambda: _push(win)
    yield ui + "locations_dialog.LocationsDialog", lambda: _mod("locations_dialog").LocationsDialog(c, win)
    yield ui + "compare_dialog.CompareDialog", lambda: _mod("compare_dialog").CompareDialog(c, win)
    yield (
        ui + "from_asis_dialog.FromAsisDialog",
        lambda: _mod("from_asis_dialog").FromAsisDialog(c, win, list(c.project.sources)[:2]),
    )
    yield (
        ui + "project_info_dialog.ProjectInfoDialog",
        lambda: _mod("project_info_dialog").ProjectInfoDialog(c, win),
    )
    yield ui + "sources_dialog.SourcesDialog", lambda: _mod("sources_dialog").SourcesDialog(c, win)
    yield ui + "move_dialog.MoveDialog", lambda: _mod("move_dialog").MoveDialog(c, None, win)
    yield ui + "plugins_dialog.PluginsDialog", lambda: _mod("plugins_dialog").PluginsDialog(c.plugins, win)
    yield (
        ui + "shortcuts_dialog.ShortcutsDialog",
        lambda: _mod("shortcuts_dialog").ShortcutsDialog(win.actions.all_actions(), win),
    )
    yield ui + "import_log_dialog.ImportLogDialog", lambda: _mod("import_log_dialog").ImportLogDialog(c, win)
    yield (
        ui + "import_install.TypeWordDialog",
        lambda: _mod("import_install").TypeWordDialog(
            {f"Type {n}": [n + 2, n + 9] for n in range(12)}, "struktur.xlsx", win
        ),
    )
    yield ui + "bulk_place_dialog.BulkPlaceDialog", lambda: _mod("bulk_place_dialog").BulkPlaceDialog(c, win)

    if importlib.util.find_spec("orgdesigner.ui.settings_dialog") is not None:  # helper i18nui's
        yield ui + "settings_dialog.SettingsDialog", lambda: _settings(win)

    def reimport() -> Any:
        src = next(s for s in c.project.sources.values())
        result = read_staff_list(DATA / "fet_april.xlsx", Options(kommune=src.name), project=c.project)
        report = compare(c.project, src.id, incoming_from(result), file="fet_april.xlsx")
        return _mod("reimport_dialog").ReimportDialog(c, report, result.report, win)

    yield ui + "reimport_dialog.ReimportDialog", reimport

    def generic_wizard() -> Any:
        importer = next(i for i in c.plugins.importers() if getattr(i, "wizard", None) is None)
        return _mod("import_wizard").ImportWizard(c, importer, win, str(DATA / "struktur_fet.xlsx"))

    yield ui + "import_wizard.ImportWizard", generic_wizard

    def staff_wizard() -> Any:
        from orgdesigner_plugins.staff_import.wizard_qt import ImportWizard

        return ImportWizard(c, win, path=str(DATA / "fet_mars.xlsx"))

    yield "orgdesigner_plugins.staff_import.wizard_qt.ImportWizard", staff_wizard


def _mod(name: str) -> Any:
    import importlib

    return importlib.import_module("orgdesigner.ui." + name)


def _settings(win: Any) -> Any:
    from orgdesigner.ui import settings_dialog

    return settings_dialog.SettingsDialog("nb", win)


def _push(win: Any) -> Any:
    from orgdesigner.ui.server_dialogs import PushToServerDialog

    return PushToServerDialog(win, "", "Demo")


def _buttons(dialog: Any) -> list[Any]:
    """The buttons a user must reach to finish: OK/default and Next/Finish (the visible ones)."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWizard

    if isinstance(dialog, QWizard):
        wanted = [QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton]
        return [dialog.button(b) for b in wanted if dialog.button(b).isVisible()]
    found = []
    for box in dialog.findChildren(QDialogButtonBox):
        for b in box.buttons():
            role = box.buttonRole(b)
            if role in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole):
                found.append(b)
            elif role == QDialogButtonBox.ButtonRole.RejectRole and not found:
                found.append(b)  # a Close-only box
    found += [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b not in found]
    return [b for b in found if b.isVisible()] or found


def _check(name: str, window: Any, shots: Path | None, suffix: str = "") -> dict[str, Any]:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    avail = window.screen().availableGeometry()
    frame = window.frameGeometry()
    buttons = []
    for b in _buttons(window) if name != "MainWindow" else []:
        on_screen = avail.contains(QRect(b.mapToGlobal(b.rect().topLeft()), b.size()))
        unclipped = b.visibleRegion().boundingRect() == b.rect()  # not cut off by the window
        inside = on_screen and unclipped and b.isVisible()
        buttons.append({"text": b.text(), "inside": bool(inside)})
    if shots is not None:
        window.repaint()
        QApplication.processEvents()
        screen = window.screen().grabWindow(0)  # the whole screen: what lies outside shows
        screen.save(str(shots / f"{'.'.join(name.split('.')[-2:])}{suffix}.png"))
    return {
        "name": name + suffix,
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "avail": [avail.x(), avail.y(), avail.width(), avail.height()],
        "fits": bool(avail.contains(frame)),
        "buttons": buttons,
    }


def _restored_from_a_big_screen(win: Any, shots: Path | None) -> None:
    """A layout saved on a 1920×1200 screen with tall bottom docks, restored on this one."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDockWidget

    from orgdesigner.ui.main_window import MainWindow

    before = win.geometry()
    win.setGeometry(0, 0, 1900, 1150)
    bottom = [d for d in win.findChildren(QDockWidget) if win.dockWidgetArea(d) == Qt.BottomDockWidgetArea]
    win.resizeDocks(bottom, [700] * len(bottom), Qt.Orientation.Vertical)
    QApplication.processEvents()
    win.save_layout()
    win.setGeometry(before)  # the dialogs below are centred over the window as it was
    again = MainWindow(plugins=win.controller.plugins)
    again.restore_layout()
    again.show()
    for _ in range(5):
        QApplication.processEvents()
    print(json.dumps(_check("MainWindow", again, shots, "-restored")), flush=True)
    again.controller.undo_stack.setClean()
    again.close()


def run(shots: Path | None) -> int:
    import os

    from PySide6.QtWidgets import QApplication, QWizard

    tmp = Path(tempfile.mkdtemp(prefix="fitprobe"))
    os.environ.setdefault("ORGDESIGNER_CONFIG_DIR", str(tmp / "config"))
    os.environ.setdefault("ORGDESIGNER_DATA_DIR", str(tmp / "data"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from orgdesigner.demo import build_demo_project
    from orgdesigner.plugins import create_manager
    from orgdesigner.ui import fit_screen
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow(plugins=create_manager())
    if os.environ.get("FIT_PROBE_OFF") != "1":  # the before picture
        fit_screen.install(win)  # as run_app does
    win.controller.set_project(build_demo_project(), None)
    win.show()
    for _ in range(5):
        app.processEvents()
    print(json.dumps(_check("MainWindow", win, shots)), flush=True)
    _restored_from_a_big_screen(win, shots)
    known = dict(_factories(win, tmp))
    for cls in sorted(all_dialog_classes() - set(known)):
        print(json.dumps({"name": cls, "missing": True}), flush=True)
    for name, make in known.items():
        dialog = make()
        dialog.show()
        print(json.dumps(_check(name, dialog, shots)), flush=True)
        if isinstance(dialog, QWizard):
            for step in range(1, 6):
                before = dialog.currentId()
                dialog.next()
                if dialog.currentId() == before:
                    break
                print(json.dumps(_check(name, dialog, shots, f"-side{step + 1}")), flush=True)
        dialog.hide()
        dialog.deleteLater()
        app.processEvents()
    win.controller.undo_stack.setClean()
    win.close()
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(run(Path(args[1]) if args[:1] == ["--shots"] else None))
