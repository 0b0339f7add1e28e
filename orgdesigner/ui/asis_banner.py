"""The band over the chart while today's organisation of a kommune is shown: says it is
read-only and offers the way on («Nytt alternativ fra denne …»)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..model.asis import source_of


class AsIsBanner(QFrame):
    """A child of the chart, laid over its top edge."""

    copyRequested = Signal(str)  # source id

    def __init__(self, controller: Any, host: QWidget) -> None:
        super().__init__(host)
        self.controller = controller
        self.host = host
        self.setObjectName("asis_banner")
        self.setAccessibleName(self.tr("Dagens organisasjon"))
        self.setStyleSheet(
            "#asis_banner { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 4px; }"
            "#asis_banner QLabel { color: #5c4400; }"
        )
        self.label = QLabel()
        self.button = QPushButton(self.tr("Nytt alternativ fra denne …"))
        self.button.setObjectName("asis_banner_copy")
        self.button.clicked.connect(lambda: self.copyRequested.emit(source_of(controller.scenario_id) or ""))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        controller.scenarioChanged.connect(lambda *_: self.update_state())
        controller.projectReplaced.connect(self.update_state)
        controller.edited.connect(lambda *_: self.update_state())
        host.installEventFilter(self)
        self.update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        width = min(self.host.width() - 24, max(420, self.sizeHint().width()))
        self.setGeometry(12, 8, max(200, width), self.sizeHint().height())

    def update_state(self) -> None:
        sid = source_of(self.controller.scenario_id)
        src = self.controller.project.sources.get(sid or "")
        if src is None:
            self.hide()
            return
        number = f" ({src.number})" if src.number else ""
        self.label.setText(
            self.tr("<b>Dagens organisasjon – %1</b>%2 · skrivebeskyttet: endringer gjøres i et alternativ")
            .replace("%1", src.name)
            .replace("%2", number)
        )
        self._place()
        self.show()
        self.raise_()
