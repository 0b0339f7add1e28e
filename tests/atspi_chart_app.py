"""The chart of the synthetic test kommune in a window, for the AT-SPI test (run as a script).

It prints "klar" once the window is shown and the chart has keyboard focus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chart_fixtures import small_project  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesigner.ui.chart_view import ChartView  # noqa: E402
from orgdesigner.ui.controller import DocumentController  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("orgdesigner-kart-test")
    controller = DocumentController(small_project())
    view = ChartView(controller)
    view.chart.animate = False
    view.setWindowTitle("Organisasjonskart")
    view.setGeometry(0, 0, 1280, 900)
    view.show()
    view.activateWindow()
    view.setFocus()

    def ready() -> None:
        view.zoom_fit()
        print("klar", flush=True)

    QTimer.singleShot(500, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
