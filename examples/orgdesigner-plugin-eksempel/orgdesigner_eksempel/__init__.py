"""Eksempelkommunens programtillegg til OrgDesigner (an example a kommune can copy).

It adds one of each: an importer for a semicolon-separated «Visma-like» staff
list, an exporter that writes årsverk per unit as CSV, a validator that warns
about units with many positions (limit from ``orgdesigner_settings``, which a
kommune's settings file can override), and a metric panel. Everything comes
from :mod:`orgdesigner.api`.
"""

from __future__ import annotations

from orgdesigner.api import Exporter, Importer, MetricPanel, Validator, hookimpl

from . import exporter, importer, panel, validator

__version__ = "0.1.0"
ORGDESIGNER_API = "1.0"  # the plugin API this plugin is written for


@hookimpl
def orgdesigner_importers() -> list[Importer]:
    return [Importer(importer.ID, "Visma-liste (semikolon, eksempel)", (".csv", ".txt"), importer.read)]


@hookimpl
def orgdesigner_exporters() -> list[Exporter]:
    return [Exporter(exporter.ID, "Årsverk per enhet (CSV, eksempel)", (".csv",), exporter.write)]


@hookimpl
def orgdesigner_validators() -> list[Validator]:
    return [
        Validator(
            validator.ID,
            "Store enheter (eksempel)",
            "warning",
            validator.check,
            settings={"limit": validator.DEFAULT_LIMIT},
            description="Varsler om enheter med flere stillinger enn grensen.",
        )
    ]


@hookimpl
def orgdesigner_metric_panels() -> list[MetricPanel]:
    return [MetricPanel(panel.ID, "Årsverk (eksempel)", panel.compute, panel.make_widget)]


@hookimpl
def orgdesigner_settings() -> dict:
    # the kommune's own default; a settings file or the project can override it
    return {f"{validator.ID}.limit": 25}
