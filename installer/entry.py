"""Entry script of the frozen (PyInstaller) OrgDesigner.

It runs ``orgdesigner.__main__.main`` exactly as the ``orgdesigner`` console script
does. Two additions, both only active when asked for:

- ``ORGDESIGNER_SMOKE_EXIT_MS=N``: the build's smoke test. The app itself quits after
  N ms when this is set (``orgdesigner.ui.app.run_app``); in the frozen build that exit
  (or, failing it, a timer 2 s later) first checks that a main window is visible and
  that no modal dialog (an error message) is open, prints ``smoke: ok <window title>``
  to stderr and quits with status 0 (3: no main window, 4: a dialog is open). A windowed Windows
  executable has no stderr, so ``ORGDESIGNER_SMOKE_REPORT=FILE`` also writes that line
  to FILE; ``ORGDESIGNER_SMOKE_SCREENSHOT=FILE.png`` saves the main window as a picture.
- On Windows, a windowed executable has no console: ``sys.stdout``/``sys.stderr`` are
  None there, so they are pointed at ``os.devnull`` to keep ``print`` from failing.
"""

from __future__ import annotations

import os
import sys


def _install_smoke_hook(delay_ms: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    original_exec, original_exit = QApplication.exec, QApplication.exit
    checked: list[int] = []

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)
        report = os.environ.get("ORGDESIGNER_SMOKE_REPORT", "").strip()
        if report:
            with open(report, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")

    def check() -> int:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            text = getattr(modal, "text", lambda: "")()
            say(f"smoke: a dialog is open: {modal.windowTitle()}: {text}")
            return 4
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if windows:
            shot = os.environ.get("ORGDESIGNER_SMOKE_SCREENSHOT", "").strip()
            if shot:
                windows[0].grab().save(shot)
            say(f"smoke: ok {windows[0].windowTitle()}")
            return 0
        say("smoke: no main window shown")
        return 3

    def exit_after_check(*args):
        # the first exit (the app's own smoke timer, or ours below) reports the state
        code = next((a for a in args if isinstance(a, int)), 0)
        if not checked:
            checked.append(check())
            code = code or checked[0]
        return original_exit(code)  # exit is static: called on the class or an instance

    def exec_with_timer(*args):
        # fallback for an app that does not quit by itself
        QTimer.singleShot(delay_ms + 2000, lambda: QApplication.exit(0))
        status = original_exec()
        # a dialog shown before the main loop (e.g. while opening the file) may have taken
        # the first exit in its own loop: the first check's verdict still decides
        return checked[0] if checked and checked[0] else status

    QApplication.exec = exec_with_timer
    QApplication.exit = exit_after_check


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
