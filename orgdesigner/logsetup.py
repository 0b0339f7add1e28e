"""The log file support asks for: rotating, in the platform's log folder, with crash stacks.

:func:`setup_logging` sends the ``orgdesigner`` and ``plugins`` loggers (and
warnings) to ``orgdesigner.log`` in :func:`orgdesigner.paths.user_log_dir`,
rotated at 1 MB with three old files kept, and turns on :mod:`faulthandler`
into the same file, so a hard crash (a fault in Qt, a killed process's
``SIGABRT``) leaves its Python stack there. :func:`log_exception` writes an
uncaught exception; the app's excepthook (``ui/error_dialog.py``) uses it.
Qt-free: the CLI can use it too.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from . import __version__, paths
from .hookspecs import API_VERSION

LOG_NAME = "orgdesigner.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
LOGGERS = ("orgdesigner", "orgdesigner_plugins", "py.warnings")

log = logging.getLogger(__name__)
_state: dict[str, Any] = {"handler": None, "faulthandler_before": False}


class CrashFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that keeps :mod:`faulthandler` writing into the current file."""

    def _open(self):  # type: ignore[override]
        stream = super()._open()
        try:
            faulthandler.enable(file=stream, all_threads=True)
        except (ValueError, OSError, RuntimeError):  # no real file descriptor: no crash stacks
            pass
        return stream


def log_file() -> Path | None:
    """The log file in use, or None before :func:`setup_logging`."""
    handler = _state["handler"]
    return Path(handler.baseFilename) if handler is not None else None


def log_folder() -> Path:
    """Where the log file is (or will be)."""
    current = log_file()
    return current.parent if current is not None else paths.user_log_dir()


def setup_logging(folder: Path | str | None = None, level: int = logging.INFO) -> Path | None:
    """Start logging to the file; returns its path, or None when the folder cannot be written.

    Calling it again moves the log to ``folder`` (the old handler is closed).
    A log that cannot be written never stops the program.
    """
    target = Path(folder) if folder is not None else paths.user_log_dir()
    close_logging()
    _state["faulthandler_before"] = faulthandler.is_enabled()
    try:
        target.mkdir(parents=True, exist_ok=True)
        handler = CrashFileHandler(
            target / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        print(f"orgdesigner: kan ikke skrive loggfilen i «{target}»: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > level:
            logger.setLevel(level)
    logging.captureWarnings(True)
    _state["handler"] = handler
    log.info("OrgDesigner startet: %s", "; ".join(f"{k} {v}" for k, v in versions().items()))
    return Path(handler.baseFilename)


def close_logging() -> None:
    """Stop writing the log file (and crash stacks into it)."""
    handler = _state["handler"]
    if handler is None:
        return
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(handler)
    if _state["faulthandler_before"] and sys.__stderr__ is not None:
        faulthandler.enable(file=sys.__stderr__)  # as it was (pytest, python -X faulthandler)
    else:
        faulthandler.disable()
    handler.close()
    _state["handler"] = None


def log_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = ""
) -> None:
    """Write an uncaught exception with its traceback to the log."""
    logging.getLogger("orgdesigner").critical(
        "Uventet feil%s", f" ({where})" if where else "", exc_info=(exc_type, exc, tb)
    )


def versions() -> dict[str, str]:
    """What support asks for: program, plugin API, Python, Qt and the operating system."""
    out = {
        "OrgDesigner": __version__,
        "Programtillegg-API": API_VERSION,
        "Python": platform.python_version(),
    }
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        import PySide6

        out["PySide6"] = PySide6.__version__
        out["Qt"] = qtcore.qVersion()
    out["System"] = f"{platform.system()} {platform.release()} ({platform.machine()})"
    return out
