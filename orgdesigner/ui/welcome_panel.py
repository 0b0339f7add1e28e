"""The first screen of a project with nothing drawn yet: the steps of a merger project
as actions (import the staff lists, look at today's organisations, draw an
alternative, place people), each marked done when it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..model.asis import source_of


class WelcomePanel(QFrame):
    """Laid over the chart while no alternative has units; ``actions`` maps a step to its slot."""

    STEPS = ("import", "asis", "draw", "place")

    def __init__(self, controller: Any, host: QWidget, actions: dict[str, Callable[[], Any]]) -> None:
        super().__init__(host)
        self.controller = controller
        self.host = host
        self.dismissed = False
        self.setObjectName("welcome_panel")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#welcome_panel { background: palette(base); }"  # follows the theme (light or high contrast)
            "#welcome_panel QPushButton { text-align: left; padding: 8px 14px; font-size: 11pt; }"
        )
        title = QLabel(self.tr("<h2>Kom i gang med sammenslåingen</h2>"))
        intro = QLabel(
            self.tr(
                "Et sammenslåingsprosjekt går i fire steg. Start med ansattlistene fra de gamle kommunene; "
                "dagens organisasjoner bygges av dem."
            )
        )
        intro.setWordWrap(True)
        texts = {
            "import": (
                self.tr("1  Importer ansattlistene …"),
                self.tr("Én liste per kommune fra lønns-/HR-systemet (.xlsx, .xls, .csv)."),
            ),
            "asis": (
                self.tr("2  Se på dagens organisasjoner"),
                self.tr("Hver kommunes organisasjon i dag, med ansatte og årsverk per enhet."),
            ),
            "draw": (
                self.tr("3  Tegn et alternativ …"),
                self.tr("Start fra dagens organisasjoner, eller importer en organisasjonsstruktur."),
            ),
            "place": (
                self.tr("4  Plasser de ansatte"),
                self.tr("Innplassering: hver stilling i en enhet i det nye alternativet."),
            ),
        }
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        for n, step in enumerate(self.STEPS):
            button = QPushButton(texts[step][0])
            button.setObjectName(f"welcome_{step}")
            button.setMinimumWidth(300)
            slot = actions.get(step)
            if slot is not None:
                button.clicked.connect(lambda _c=False, s=slot: s())
            note = QLabel(texts[step][1])
            note.setWordWrap(True)
            grid.addWidget(button, n, 0)
            grid.addWidget(note, n, 1)
            self.buttons[step], self.notes[step] = button, note
        grid.setColumnStretch(1, 1)
        self.info = QPushButton(self.tr("Prosjektinformasjon …"))
        self.info.setObjectName("welcome_info")
        if actions.get("info"):
            self.info.clicked.connect(lambda: actions["info"]())
        hide = QPushButton(self.tr("Skjul denne siden"))
        hide.setObjectName("welcome_hide")
        hide.clicked.connect(self.dismiss)
        box = QVBoxLayout(self)
        box.setContentsMargins(48, 36, 48, 36)
        box.addWidget(title)
        box.addWidget(intro)
        box.addSpacing(12)
        box.addLayout(grid)
        box.addSpacing(12)
        row = QGridLayout()
        row.addWidget(self.info, 0, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(hide, 0, 1, Qt.AlignmentFlag.AlignRight)
        box.addLayout(row)
        box.addStretch(1)
        controller.projectReplaced.connect(self._new_project)
        controller.edited.connect(lambda *_: self.update_state())
        controller.scenarioChanged.connect(lambda *_: self.update_state())
        host.installEventFilter(self)
        self.update_state()

    def _new_project(self) -> None:
        self.dismissed = False
        self.update_state()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
        return False

    def wanted(self) -> bool:
        """Shown while no alternative has a unit, unless today's organisation is being looked at
        (or the user has hidden it)."""
        project = self.controller.project
        looking = source_of(self.controller.scenario_id) is not None
        return not self.dismissed and not looking and not any(sc.units for sc in project.scenarios.values())

    def update_state(self) -> None:
        project = self.controller.project
        has_sources = bool(project.sources)
        done = {
            "import": has_sources,
            "asis": source_of(self.controller.scenario_id) is not None,
            "draw": any(sc.units for sc in project.scenarios.values()),
            "place": any(sc.placements for sc in project.scenarios.values()),
        }
        for step, button in self.buttons.items():
            button.setText(button.text().removesuffix("  ✓") + ("  ✓" if done[step] else ""))
        self.buttons["asis"].setEnabled(has_sources)
        self.buttons["place"].setEnabled(done["draw"])
        if self.wanted():
            self.setGeometry(self.host.rect())
            self.show()
            self.raise_()
        else:
            self.hide()
