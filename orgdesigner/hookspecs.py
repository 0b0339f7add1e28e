"""The plugin contract of OrgDesigner (pluggy hook specifications).

A plugin is a module or object with functions marked ``@orgdesigner.hookimpl``
named like the specifications below. Built-in plugins in ``plugins/`` use the
same hooks as a kommune's own plugin. Every hook returns a list; the plugin
manager calls each plugin on its own, so one that raises is reported and
disabled without stopping the others.

The record types that plugins return (:class:`Validator`, :class:`Finding`,
:class:`Importer`, :class:`Exporter`, :class:`MetricPanel`) are defined here
so a plugin needs nothing but ``orgdesigner.hookspecs``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pluggy

PROJECT_NAME = "orgdesigner"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


class Severity:
    """Severity of a finding."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    ALL = (INFO, WARNING, ERROR)


@dataclass
class Finding:
    """One breach of a principle, pointing at what it is about."""

    validator: str
    severity: str
    message: str
    unit_ids: list[str] = field(default_factory=list)
    position_ids: list[str] = field(default_factory=list)


@dataclass
class Validator:
    """A rule checked against a scenario.

    ``check(project, scenario, settings)`` returns a list of :class:`Finding`;
    ``settings`` is the validator's defaults updated by the project's settings
    under keys ``"<id>.<name>"``.
    """

    id: str
    title: str  # Norwegian (bokmål)
    severity: str
    check: Callable[..., list[Finding]]
    settings: dict[str, Any] = field(default_factory=dict)
    description: str = ""


@dataclass
class Importer:
    """A file format that can be read into a project.

    ``read(path, project, **options)`` returns an import report (format-specific
    object with at least ``ok`` and ``issues``) and must leave ``project``
    untouched when it refuses the file.
    """

    id: str
    title: str
    extensions: tuple[str, ...]
    read: Callable[..., Any]


@dataclass
class Exporter:
    """A file format that can be written from a project.

    ``write(project, scenario, path, **options)`` writes the file atomically.
    """

    id: str
    title: str
    extensions: tuple[str, ...]
    write: Callable[..., Any]


@dataclass
class MetricPanel:
    """Metric definitions for the CLI and, optionally, a Qt panel for the app.

    ``compute(project, scenario)`` returns a dict of JSON-friendly figures;
    ``widget_factory(controller)``, if given, returns a QWidget for a dock.
    The factory is only called in the app, so a plugin's Qt imports belong
    inside it.
    """

    id: str
    title: str
    compute: Callable[..., dict[str, Any]]
    widget_factory: Callable[..., Any] | None = None


@hookspec
def orgdesigner_validators() -> list[Validator]:
    """Return validators that check a scenario against a principle.

    :return: a list of :class:`Validator`.

    .. versionadded:: 0.1
    """


@hookspec
def orgdesigner_importers() -> list[Importer]:
    """Return file formats this plugin can import (staff lists, structure tables).

    :return: a list of :class:`Importer`.

    .. versionadded:: 0.1
    """


@hookspec
def orgdesigner_exporters() -> list[Exporter]:
    """Return file formats this plugin can export (lists, charts, reports).

    :return: a list of :class:`Exporter`.

    .. versionadded:: 0.1
    """


@hookspec
def orgdesigner_metric_panels() -> list[MetricPanel]:
    """Return metric definitions and optional Qt panels.

    :return: a list of :class:`MetricPanel`.

    .. versionadded:: 0.1
    """


@hookspec
def orgdesigner_settings() -> dict[str, Any]:
    """Return default settings that a kommune can override in its settings file.

    :return: a dict of setting key → default value (keys namespaced ``"<plugin>.<name>"``).

    .. versionadded:: 0.1
    """
