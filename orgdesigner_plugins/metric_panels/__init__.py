"""Built-in plugin: metric panels — key figures, span of control, FTE per service area, origin mix.

``compute`` works headless; ``widget_factory(controller)`` builds a Qt dock
widget and is only called by the app (Qt is imported inside it, from
``panels_qt``).
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import MetricPanel, _, hookimpl

from . import figures


def _factory(name: str) -> Any:
    def make(controller: Any) -> Any:
        from . import panels_qt

        return getattr(panels_qt, name)(controller)

    return make


def _compute(key: str) -> Any:
    def compute(project: Any, scenario: Any) -> dict[str, Any]:
        data = figures.compute_all(project, scenario)
        return (
            {key: data[key]}
            if key != "span_bins"
            else {k: data[k] for k in ("span_bins", "span_over", "span_definition")}
        )

    return compute


@hookimpl
def orgdesigner_metric_panels() -> list[MetricPanel]:
    return [
        MetricPanel(
            "key_figures",
            _("Nøkkeltall"),
            _compute("key_figures"),
            _factory("KeyFiguresPanel"),
        ),
        MetricPanel(
            "span_distribution",
            _("Kontrollspenn"),
            _compute("span_bins"),
            _factory("SpanPanel"),
        ),
        MetricPanel(
            "fte_by_area",
            _("Årsverk per tjenesteområde"),
            _compute("fte_by_area"),
            _factory("FtePanel"),
        ),
        MetricPanel(
            "origin_mix",
            _("Opprinnelse per enhet"),
            _compute("origin_by_unit"),
            _factory("OriginPanel"),
        ),
    ]
