"""Starting the desktop app: QApplication, translations, plugins, main window, recovery."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, config, paths
from . import theme_qt
from .error_dialog import install_error_handling

log = logging.getLogger(__name__)

LANGUAGES = ("nb", "nn", "en")
_LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
_current = {"language": "nb"}


def current_language() -> str:
    """The language the running app's translators were installed for (nb until then)."""
    return _current["language"]


def resources_dir() -> Path:
    """The package's translations and icons (importlib.resources: checkout, wheel or frozen bundle)."""
    return paths.resources_dir()


def choose_language() -> str:
    """Language from the settings files ("language"), else the system locale, default nb."""
    try:
        wanted = str(config.effective_settings().get("language", "") or "").lower()
    except Exception:  # settings never stop the app
        wanted = ""
    if wanted in LANGUAGES:
        return wanted
    system = QLocale.system().name().lower()
    if system.startswith("nn"):
        return "nn"
    if system.startswith("en"):
        return "en"
    return "nb"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Our own .qm (built from orgdesigner/resources/translations/*.ts) plus Qt's where Qt ships one.

    Qt has no qtbase_nb, so our own bokmål file also covers the standard buttons we use.
    """
    QLocale.setDefault(QLocale(_LOCALES.get(language, "nb_NO")))
    from .. import i18n

    i18n.set_language(language)  # the Qt-free text (validators, exports, errors) follows the UI
    installed: list[QTranslator] = []
    ours = str(resources_dir() / "translations")
    qt = _load(app, f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    # ours for Qt's own texts: all of bokmål (Qt has no qtbase_nb), what qtbase_nn lacks (asked first)
    qt_ours = _load(app, f"orgdesigner_qt_{language}", ours)
    own = _load(app, f"orgdesigner_{language}", ours)
    installed += [t for t in (qt, qt_ours, own) if t is not None]
    _current["language"] = language if language in LANGUAGES else "nb"
    return installed


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        return translator
    log.debug("Ingen oversettelse %s i %s", name, folder)
    return None


def _icon() -> QIcon | None:
    folder = resources_dir() / "icons"
    for name in ("orgdesigner.svg", "orgdesigner.png", "app.svg", "app.png"):
        if (folder / name).is_file():
            return QIcon(str(folder / name))
    return None


def create_plugins() -> Any:
    """The plugin manager (H1's orgdesigner.plugins); None if it cannot be made at all."""
    try:
        from ..plugins import create_manager

        return create_manager()
    except Exception as exc:  # the app runs without plugins rather than not at all
        log.exception("Programtilleggene kunne ikke lastes")
        return _Broken(str(exc))


class _Broken:
    """Stands in for a plugin manager that could not be created."""

    def __init__(self, message: str) -> None:
        self.problems = [type("P", (), {"name": "programtillegg", "message": message})()]

    def plugin_infos(self) -> list[Any]:
        return []

    def validators(self) -> list[Any]:
        return []

    def importers(self) -> list[Any]:
        return []

    def exporters(self) -> list[Any]:
        return []

    def metric_panels(self) -> list[Any]:
        return []


class _Loading(_Broken):
    """Stands in while the real plugin manager is made (after the chart has painted)."""

    def __init__(self) -> None:
        self.problems = []


def plugin_problem_text(plugins: Any) -> str:
    problems = list(getattr(plugins, "problems", []) or [])
    if not problems:
        return ""
    lines = [f"• {p.name}: {p.message}" for p in problems]
    return "\n".join(lines)


def run_app(path: str | None = None) -> int:
    """Start the app (opening ``path`` if given) and run until the window closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_error_handling()  # log file, faulthandler, the error dialog (ui/error_dialog.py)
    app.setOrganizationName("OrgDesigner")
    app.setApplicationName("OrgDesigner")
    app.setApplicationVersion(__version__)
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)
    install_translators(app, choose_language())
    theme_qt.manager().apply()  # the saved theme, or the OS's high contrast / dark scheme
    config.install_site_defaults()

    from .main_window import MainWindow
    from .recovery_dialog import offer_recovery

    window = MainWindow(plugins=_Loading())  # the plugins come once the chart has painted
    from .fit_screen import install as fit_dialogs_to_screen

    fit_dialogs_to_screen(window)  # its dialogs fit a small or zoomed screen (ui/fit_screen.py)
    window.restore_layout()
    window.show()
    smoke = os.environ.get("ORGDESIGNER_SMOKE_EXIT_MS", "").strip()
    if smoke:
        QTimer.singleShot(int(smoke), lambda: app.exit(0))
    restored = None if smoke else offer_recovery(window)
    if path and restored is None:
        window.open_path(path)
    app.processEvents()  # the window and the chart paint now
    if os.environ.get("ORGDESIGNER_EXIT_WHEN_PAINTED") == "chart":  # start-up benchmark
        _say_painted()
        return 0
    _load_plugins(window, bool(smoke))
    if os.environ.get("ORGDESIGNER_EXIT_WHEN_PAINTED") == "plugins":
        app.processEvents()
        _say_painted()
        return 0
    return app.exec()


def _say_painted() -> None:
    """For the start-up benchmark: the wall-clock moment of the paint (the process's teardown
    after it is no part of starting)."""
    import time

    print(f"ORGDESIGNER_PAINTED_AT {time.time():.6f}", flush=True)


def _load_plugins(window: Any, smoke: bool) -> None:
    """Make the plugin manager and give it to the window; say which plugins failed."""
    plugins = create_plugins()
    window.install_plugins(plugins)
    problems = plugin_problem_text(plugins)
    if problems and not smoke:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("App", "Programtillegg"),
            QCoreApplication.translate("App", "Noen programtillegg virker ikke og er slått av:")
            + "\n\n"
            + problems,
        )
    elif problems:
        log.warning("Programtillegg med problemer:\n%s", problems)
