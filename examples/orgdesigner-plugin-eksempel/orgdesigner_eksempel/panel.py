"""A metric panel: årsverk and positions in the scenario shown.

``compute`` is headless (the CLI's ``metrics``); ``make_widget`` builds the
Qt dock widget and is only called in the app, so Qt is imported inside it.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import PanelContext, Project, Scenario, tr

ID = "eksempel.arsverk_panel"


def compute(project: Project, scenario: Scenario) -> dict[str, Any]:
    fte = 0.0
    for placement in scenario.placements.values():
        position = project.positions.get(placement.position_id)
        if placement.unit_id and position is not None:
            fte += position.fte_percent / 100
    return {"arsverk": round(fte, 2), "stillinger": len(scenario.placements)}


def make_widget(context: PanelContext) -> Any:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    widget = QWidget()
    widget.setObjectName("eksempel_panel")
    label = QLabel(widget)
    label.setObjectName("eksempel_arsverk")
    QVBoxLayout(widget).addWidget(label)

    def refresh(*_args: Any) -> None:
        scenario = context.scenario()
        if scenario is None:
            label.setText(tr("eksempel", "Ingen alternativ er åpent."))
            return
        figures = compute(context.project, scenario)
        label.setText(
            tr("eksempel", "Årsverk: %1 i %2 stillinger")
            .replace("%1", QLocale().toString(figures["arsverk"], "f", 1))
            .replace("%2", QLocale().toString(figures["stillinger"]))
        )

    for signal in (context.edited, context.scenarioChanged, context.projectReplaced):
        signal.connect(refresh)
    refresh()
    return widget
