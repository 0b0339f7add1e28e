"""Entry script of the frozen (PyInstaller) OrgDesigner.

It runs ``orgdesigner.__main__.main`` exactly as the ``orgdesigner`` console script
does. Two additions, both only active when asked for:

- ``ORGDESIGNER_SMOKE_EXIT_MS=N``: the build's smoke test. When the app's event loop
  starts, a timer fires after N ms, checks that a main window is visible, prints
  ``smoke: ok <window title>`` to stderr and quits with status 0 (status 3 when no
  window is shown). Nothing in the app itself changes.
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

    def check_and_quit() -> None:
        app = QApplication.instance()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if windows:
            print(f"smoke: ok {windows[0].windowTitle()}", file=sys.stderr, flush=True)
            app.exit(0)
        else:
            print("smoke: no main window shown", file=sys.stderr, flush=True)
            app.exit(3)

    def exec_with_timer(*args):
        QTimer.singleShot(delay_ms, check_and_quit)
        return original_exec(*args)

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
