"""The chart's badges and their tooltips read the one validator run (the findings panel's)."""

from __future__ import annotations

from chart_view_helpers import chart_fixture  # noqa: F401 (the fixture "chart")

from orgdesigner.hookspecs import Finding, Validator
from orgdesigner.model import ops
from orgdesigner.ui.chart_view import ChartView
from orgdesigner.ui.findings_panel import FindingsPanel
from orgdesigner.ui.validation_service import service_for


class Plugins:
    """A plugin manager with one validator that counts its runs."""

    def __init__(self) -> None:
        self.runs = 0

    def validators(self):
        def check(project, scenario, settings):
            self.runs += 1
            return [
                Finding("t", "warning", "Spennet er <stort>", unit_ids=["oppv"]),
                Finding("t", "error", "Mangler leder", unit_ids=["oppv", "bhg"]),
            ]

        return [Validator("t", "Test", "warning", check)]


def test_the_badge_tooltip_lists_the_findings(chart: ChartView, qtbot) -> None:
    chart.controller.plugins = Plugins()
    chart.chart.refresh_findings()
    assert chart.chart.data.boxes["oppv"].findings == 2
    text = chart.tooltip_text("oppv")
    assert "Funn fra kontrollene (2):" in text
    assert "feil: Mangler leder" in text and "advarsel: Spennet er &lt;stort&gt;" in text  # escaped
    assert text.index("Mangler leder") < text.index("Spennet")  # errors first
    assert "Mangler leder" in chart.tooltip_text("bhg") and "Spennet" not in chart.tooltip_text("bhg")


def test_panel_and_badges_share_one_run(chart: ChartView, qtbot) -> None:
    plugins = Plugins()
    chart.controller.plugins = plugins
    panel = FindingsPanel(chart.controller, delay_ms=0)
    qtbot.addWidget(panel)
    chart.chart.refresh_findings()
    assert plugins.runs == 1
    assert service_for(chart.controller).runner is not None
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        chart.controller.run(
            ops.rename_unit(chart.controller.project, chart.controller.scenario().id, "bhg", "B")
        )
    chart.chart.refresh_findings()
    assert plugins.runs == 2  # one run per change, not one per reader
