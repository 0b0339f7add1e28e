"""The plugin contract of OrgDesigner (pluggy hook specifications).

A plugin is a module or object with functions marked ``@orgdesigner.hookimpl``
named like the specifications below. Built-in plugins in ``plugins/`` use the
same hooks as a kommune's own plugin. Every hook returns a list; the plugin
manager calls each plugin on its own, so one that raises is reported and
disabled without stopping the others.

The record types that plugins return (:class:`Validator`, :class:`Finding`,
:class:`Importer`, :class:`Exporter`, :class:`MetricPanel`) are defined here;
a plugin imports them, and everything else it may use, from the public
module :mod:`orgdesigner.api`. A plugin declares the API it was written for
with a module attribute ``ORGDESIGNER_API = "1.0"`` (or ``"1"``/``"1.x"``);
the manager refuses a plugin for another major version and warns about one
for a newer minor version (:func:`api_compatibility`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pluggy

PROJECT_NAME = "orgdesigner"

#: The plugin API version: the major number changes when a plugin may break,
#: the minor number when something is added.
API_VERSION = "1.0"

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

    ``read(path, project, **options)`` must leave ``project`` untouched. It
    returns a result with ``ok``, ``issues`` (each with ``row``, ``column``,
    ``severity``, ``message``) and ``op(project)``: the edit that adds what was
    read, run by the app as one undo step. Optional on the result: ``report``
    (``summary()``, ``message``, ``file``) and ``source`` (the new source
    kommune). Optional attributes on the record, which the app looks for:
    ``wizard(controller, parent, path, finish)`` (the importer's own wizard),
    ``wizard_pages(wizard)`` (pages added to the generic one) and ``kind``.
    """

    id: str
    title: str
    extensions: tuple[str, ...]
    read: Callable[..., Any]


@dataclass
class Exporter:
    """A file format that can be written from a project.

    ``write(project, scenario, path, **options)`` writes the file atomically.
    The app and the CLI pass ``context=`` (the scenario, the options, the
    validators' findings and, for pseudonymised versions, a pseudonymiser) and
    the options as keywords; accept keywords you do not know.
    """

    id: str
    title: str
    extensions: tuple[str, ...]
    write: Callable[..., Any]


@dataclass
class MetricPanel:
    """Metric definitions for the CLI and, optionally, a Qt panel for the app.

    ``compute(project, scenario)`` returns a dict of JSON-friendly figures;
    ``widget_factory(context)``, if given, returns a QWidget for a dock; the
    context is an :class:`orgdesigner.api.PanelContext` (project, scenario,
    selection, ``run(op)``, change signals and a per-plugin ``shared`` dict).
    The factory is only called in the app, so a plugin's Qt imports belong
    inside it.
    """

    id: str
    title: str
    compute: Callable[..., dict[str, Any]]
    widget_factory: Callable[..., Any] | None = None


def api_compatibility(declared: object) -> tuple[bool, str]:
    """Whether a plugin declaring ``ORGDESIGNER_API = declared`` may load: ``(ok, problem)``.

    ``None`` (nothing declared) loads silently. Another major version is refused;
    a newer minor version loads with a warning (the plugin may use something
    this version lacks). ``problem`` is bokmål, empty when all is well.
    """
    if declared is None:
        return True, ""
    text = str(declared).strip().lower()
    major_text, _, minor_text = text.partition(".")
    ours_major, ours_minor = (int(p) for p in API_VERSION.split("."))
    if not major_text.isdigit() or (minor_text not in ("", "x", "*") and not minor_text.isdigit()):
        return False, f"ugyldig API-versjon «{declared}» (skriv for eksempel «{API_VERSION}»)"
    if int(major_text) != ours_major:
        return False, (
            f"er laget for programtillegg-API {text}, men denne versjonen av OrgDesigner har {API_VERSION}"
        )
    if minor_text.isdigit() and int(minor_text) > ours_minor:
        return True, (
            f"er laget for programtillegg-API {text}, nyere enn {API_VERSION}; noe virker kanskje ikke"
        )
    return True, ""


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

    The defaults sit at the bottom of the settings lookup chain: a project's
    own settings win, then the user's and the machine's settings files, then
    these, then the built-in :data:`orgdesigner.model.DEFAULT_SETTINGS`.

    :return: a dict of setting key → default value (keys namespaced ``"<plugin>.<name>"``).

    .. versionadded:: 0.1
    """
