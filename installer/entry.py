"""Entry script of the frozen (PyInstaller) OrgDesigner.

It runs ``orgdesigner.__main__.main`` exactly as the ``orgdesigner`` console script
does. Two additions, both only active when asked for:

- ``ORGDESIGNER_SMOKE_EXIT_MS=N``: the build's smoke test. The app itself quits after
  N ms when this is set (``orgdesigner.ui.app.run_app``); in the frozen build a timer
  also fires shortly before that, checks that a main window is visible and that no modal
  dialog (an error message) is open, prints ``smoke: ok <window title>`` to stderr and
  quits with status 0 (3: no main window, 4: a dialog is open). A windowed Windows
  executable has no stderr, so ``ORGDESIGNER_SMOKE_REPORT=FILE`` also writes that line
  to FILE.
- On Windows, a windowed executable has no console: ``sys.stdout``/``sys.stderr`` are
  None there, so they are pointed at ``os.devnull`` to keep ``print`` from failing.
"""

from __future__ import annotations

import os
import sys


def _install_smoke_hook(delay_ms: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    original_exec = QApplication.exec

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)
        report = os.environ.get("ORGDESIGNER_SMOKE_REPORT", "").strip()
        if report:
            with open(report, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")

    def check_and_quit() -> None:
        app = QApplication.instance()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            text = getattr(modal, "text", lambda: "")()
            say(f"smoke: a dialog is open: {modal.windowTitle()}: {text}")
            app.exit(4)
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if windows:
            say(f"smoke: ok {windows[0].windowTitle()}")
            app.exit(0)
        else:
            say("smoke: no main window shown")
            app.exit(3)

    def exec_with_timer(*args):
        QTimer.singleShot(max(1, delay_ms - 300), check_and_quit)  # before the app's own
        return original_exec()  # called on the class or an instance: exec is static

    QApplication.exec = exec_with_timer


def main() -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    smoke = os.environ.get("ORGDESIGNER_SMOKE_EXIT_MS", "").strip()
    if smoke.isdigit():
        _install_smoke_hook(int(smoke))
    from orgdesigner.__main__ import main as orgdesigner_main

    return orgdesigner_main()


if __name__ == "__main__":
    sys.exit(main())
