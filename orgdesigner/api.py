"""The public plugin API: everything a plugin — built-in or a kommune's own — may use.

A plugin imports from here and nowhere else in ``orgdesigner``; an
import-linter contract holds the built-ins to it. What is here stays
compatible within one major :data:`API_VERSION`; a plugin declares the
version it was written for::

    from orgdesigner.api import Validator, hookimpl

    ORGDESIGNER_API = "1.0"

    @hookimpl
    def orgdesigner_validators():
        return [Validator("min_regel", "Min regel", "warning", check)]

See ``docs/plugins.md``. Importing this module does not import Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from . import __version__ as APP_VERSION
from . import formatting, i18n
from .analysis import compare, layout, placement, relocation
from .analysis.comparison_report import ComparisonReport, build_report
from .analysis.findings import (
    SEVERITY_LABELS,
    position_label,
    run_validators,
    severity_label,
    validator_settings,
)
from .analysis.graph import integrity as tree_integrity
from .analysis.graph import structure
from .analysis.layout import LayoutOptions, layout_org
from .analysis.metrics import (
    SPAN_DEFINITION_LABELS,
    SPAN_DEFINITIONS,
    STATUS_LABELS,
    MetricsEngine,
    UnitMetrics,
    compute_metrics,
    progress_status_label,
    span_definition,
    span_definition_label,
    span_definition_text,
    spans,
)
from .analysis.placement import placed_units
from .analysis.relocation import new_work_place, place_name
from .analysis.span import ERROR as SPAN_LEVEL_ERROR
from .analysis.span import OK as SPAN_LEVEL_OK
from .analysis.span import (
    SPAN_ERROR,
    SPAN_WARN,
    count_span,
    limits_for,
    span_breaches,
    span_level,
    span_settings,
)
from .analysis.span import WARNING as SPAN_LEVEL_WARNING
from .analysis.validation import HOUSEKEEPING, PRINCIPLE, KeyedCheck, is_enabled, run_all
from .analysis.validation_index import Dirty, ScenarioIndex
from .export_context import ExportContext, Pseudonymiser, ensure_key_op, pseudonym_key
from .hookspecs import (
    API_VERSION,
    Exporter,
    Finding,
    Importer,
    MetricPanel,
    Severity,
    Validator,
    api_compatibility,
    hookimpl,
)
from .i18n import N_, _, count_text, current_language, ngettext, npgettext, pgettext, using_language
from .model import (
    DEFAULT_SETTINGS,
    HistoryEntry,
    Location,
    ModelError,
    Org,
    Person,
    Placement,
    PlacementStatus,
    Position,
    Project,
    Relation,
    Role,
    Scenario,
    SourceKommune,
    Unit,
    UnitType,
    new_id,
    ops,
    role_label,
    status_label,
    unit_type_label,
)
from .model.ops import AddItems, Compound, Op, SetSettings
from .paths import user_config_dir, user_data_dir

__all__ = [
    "HOUSEKEEPING",
    "PRINCIPLE",
    "SPAN_ERROR",
    "SPAN_WARN",
    "Dirty",
    "KeyedCheck",
    "ScenarioIndex",
    "count_span",
    "is_enabled",
    "limits_for",
    "run_all",
    "span_breaches",
    "span_definition",
    "span_level",
    "span_settings",
    "API_VERSION",
    "APP_VERSION",
    "DEFAULT_SETTINGS",
    "SEVERITY_LABELS",
    "SPAN_DEFINITIONS",
    "SPAN_DEFINITION_LABELS",
    "SPAN_LEVEL_ERROR",
    "SPAN_LEVEL_OK",
    "SPAN_LEVEL_WARNING",
    "STATUS_LABELS",
    "AddItems",
    "ComparisonReport",
    "Compound",
    "ExportContext",
    "Exporter",
    "Finding",
    "HistoryEntry",
    "Importer",
    "LayoutOptions",
    "Location",
    "MetricPanel",
    "MetricsEngine",
    "ModelError",
    "Op",
    "Org",
    "PanelContext",
    "Person",
    "Placement",
    "PlacementStatus",
    "Position",
    "Project",
    "Pseudonymiser",
    "Relation",
    "Role",
    "Scenario",
    "SetSettings",
    "Severity",
    "SourceKommune",
    "Unit",
    "UnitMetrics",
    "UnitType",
    "Validator",
    "api_compatibility",
    "build_report",
    "compare",
    "compute_metrics",
    "ensure_key_op",
    "formatting",
    "i18n",
    "progress_status_label",
    "span_definition_label",
    "span_definition_text",
    "role_label",
    "status_label",
    "unit_type_label",
    "_",
    "N_",
    "count_text",
    "current_language",
    "ngettext",
    "npgettext",
    "pgettext",
    "using_language",
    "severity_label",
    "hookimpl",
    "layout",
    "layout_org",
    "new_id",
    "new_work_place",
    "ops",
    "place_name",
    "placed_units",
    "placement",
    "position_label",
    "pseudonym_key",
    "relocation",
    "render_chart",
    "run_validators",
    "spans",
    "structure",
    "tr",
    "tree_integrity",
    "user_config_dir",
    "user_data_dir",
    "validator_settings",
]


def tr(context: str, text: str) -> str:
    """``text`` translated in the app's language (Qt's translators), or as given without Qt.

    Write ``text`` in bokmål; ``context`` groups it for the translators
    (use your plugin's name). Headless (CLI, tests) it returns ``text``.
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)


class PanelContext:
    """What a metric panel's ``widget_factory(context)`` gets instead of the app's controller.

    * ``project`` — the open project (replaced when another is opened);
    * ``scenario()`` — the scenario shown, or None;
    * ``selected_units()`` — ids of the selected units;
    * ``run(op)`` — make an edit (an :class:`Op`) through the one edit path,
      so it can be undone;
    * ``edited``, ``projectReplaced``, ``scenarioChanged``, ``selectionChanged``
      — Qt signals to connect to;
    * ``shared`` — a dict the plugin's panels share (one per plugin), for a
      cache such as a :class:`MetricsEngine`.
    """

    def __init__(self, controller: Any, shared: dict[str, Any] | None = None) -> None:
        self._controller = controller
        self.shared: dict[str, Any] = shared if shared is not None else {}
        self.edited = controller.edited
        self.projectReplaced = controller.projectReplaced
        self.scenarioChanged = controller.scenarioChanged
        self.selectionChanged = controller.selectionChanged

    @property
    def project(self) -> Project:
        return self._controller.project

    def scenario(self) -> Scenario | None:
        return self._controller.scenario()

    def selected_units(self) -> list[str]:
        return list(self._controller.selected_units())

    def run(self, op: Op) -> Any:
        """Apply ``op`` as one undoable edit."""
        return self._controller.run(op)


PanelFactory = Callable[[PanelContext], Any]


def render_chart(
    project: Project, scenario_id: str, path: Any, fmt: str | None = None, **options: Any
) -> int:
    """The chart of a scenario as PDF (fit or tiled, A4/A3), PNG or SVG, drawn like the editor
    draws it; returns the pages written. Needs Qt (offscreen without a display), which is
    imported only when this is called. Options: ``root_unit_id``, ``paper``, ``orientation``,
    ``mode`` ("fit"/"tile"), ``collapsed``, ``colour_mode``."""
    from .ui.chart_export import ensure_app
    from .ui.chart_export import render_chart as _render

    ensure_app()
    return _render(project, scenario_id, path, fmt, **options)
