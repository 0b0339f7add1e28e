"""Offer the autosave copies a crash left behind (``storage.recovery``) at start."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from .. import formatting
from ..storage import recovery as rec

if TYPE_CHECKING:
    from .main_window import MainWindow

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def _alive(pid: int) -> bool:
    """Whether another process with this id still runs (then its copy is not orphaned)."""
    if pid <= 0 or pid == os.getpid():
        return False
    if sys.platform == "win32":
        return False  # cannot tell cheaply; a stale copy is offered rather than lost
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def pending_recoveries() -> list[Any]:
    """Recovery copies left by processes that are gone, newest first."""
    return [r for r in rec.list_recoveries() if not r.from_this_process and not _alive(r.pid)]


def ask(window: Any, info: Any) -> str:
    """Ask what to do with one copy: RESTORE, DISCARD or LATER."""
    what = info.original_path or tr("et prosjekt som ikke var lagret")
    name = info.project_name or tr("uten navn")
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(tr("Gjenopprett arbeid"))
    box.setText(
        tr("OrgDesigner ble ikke avsluttet normalt. Det finnes en autolagret kopi av «%1» (%2) fra %3.")
        .replace("%1", name)
        .replace("%2", what)
        .replace("%3", formatting.datetime(info.saved_at))
    )
    box.setInformativeText(tr("Vil du gjenopprette den?"))
    restore = box.addButton(tr("&Gjenopprett"), QMessageBox.AcceptRole)
    discard = box.addButton(tr("&Forkast"), QMessageBox.DestructiveRole)
    box.addButton(tr("&Ikke nå"), QMessageBox.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return RESTORE
    if clicked is discard:
        return DISCARD
    return LATER


def offer_recovery(window: MainWindow, asker: Any = None) -> Any:
    """Offer each orphaned copy until one is restored; returns the restored info or None."""
    asker = asker or ask
    for info in pending_recoveries():
        answer = asker(window, info)
        if answer == RESTORE:
            if window.files.open_recovery(info):  # the copy now belongs to this process
                return info
        elif answer == DISCARD:
            try:
                rec.discard_recovery(info.path)
            except (OSError, ValueError):
                pass
    return None
