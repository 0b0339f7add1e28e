"""The plugin contract at run time: time limits, guarded record callables, result checks.

:func:`guard_record` gives a copy of a :class:`~orgdesigner.hookspecs.Validator`,
:class:`~orgdesigner.hookspecs.Importer`, :class:`~orgdesigner.hookspecs.Exporter`
or :class:`~orgdesigner.hookspecs.MetricPanel` whose callables run through
:func:`orgdesigner.plugin_guard.run` and whose results are checked against the
contract; a bad result disables the plugin and names it. The loading marker
names the plugin being imported, so a plugin that ends the process there
(``os._exit``) is named at the next start.
"""

from __future__ import annotations

import copy
import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import config
from . import plugin_guard as guard
from .hookspecs import Exporter, Finding, Importer, MetricPanel, Severity, Validator
from .i18n import _
from .model import Project
from .plugin_guard import PluginCallError

#: seconds a plugin call may take before the plugin is disabled (the environment
#: variable ORGDESIGNER_PLUGIN_TIME_LIMIT caps them all, for tests and IT)
TIME_LIMITS = {"load": 30.0, "hook": 10.0, "check": 20.0, "compute": 30.0}

#: a marker naming the plugin being loaded; left behind when loading ends the process
LOADING_MARKER = "plugin-loading.txt"


def time_limit(kind: str) -> float:
    limit = TIME_LIMITS[kind]
    try:
        cap = float(os.environ.get("ORGDESIGNER_PLUGIN_TIME_LIMIT", "") or "inf")
    except ValueError:
        cap = float("inf")
    return min(limit, cap)


def guard_record(item: Any, name: str, fail: Callable[..., None], notice: Callable[[str], None]) -> Any:
    """A copy of ``item`` whose callables run under the guard (time limit,
    contained exceptions, checked results, read-only project for validators)."""

    def wrap(kind: str, func: Callable[..., Any], check: Callable[[Any], str] | None) -> Callable[..., Any]:
        return _wrap(name, fail, notice, item, kind, func, check)

    def replaced(**changes: Any) -> Any:
        out = copy.copy(item)  # keeps a subclass and optional attributes (an importer's wizard)
        for key, value in changes.items():
            setattr(out, key, value)
        return out

    if isinstance(item, Validator):
        keyed = getattr(item.check, "guarded", None)
        if callable(keyed):  # a KeyedCheck (orgdesigner.analysis.validation): one guarded call per batch
            return replaced(check=keyed(lambda kind, func: wrap(kind, func, None)))
        return replaced(check=wrap("check", item.check, _check_findings))
    if isinstance(item, Importer):
        return replaced(read=wrap("read", item.read, _check_report))
    if isinstance(item, Exporter):
        return replaced(write=wrap("write", item.write, None))
    if isinstance(item, MetricPanel):
        factory = item.widget_factory
        return replaced(
            compute=wrap("compute", item.compute, _check_figures),
            widget_factory=None if factory is None else wrap("widget", factory, _check_widget),
        )
    return item


def _wrap(
    name: str,
    fail: Callable[..., None],
    notice: Callable[[str], None],
    item: Any,
    kind: str,
    func: Callable[..., Any],
    check: Callable[[Any], str] | None,
) -> Callable[..., Any]:
    what = _("panelet «{id}»").format(id=item.id) if kind == "widget" else f"«{item.id}».{kind}"
    # panel factories build Qt widgets, and exporters and importers may paint with Qt or ask
    # the user: they run on the calling thread (contained, checked, but without a time limit)
    timeout = None if kind in ("widget", "read", "write") else time_limit(kind)

    def call(*args: Any, **kwargs: Any) -> Any:
        project = args[0] if args else kwargs.get("project")
        read_only = guard.ReadOnly(project) if kind == "check" and isinstance(project, Project) else None
        try:
            result = guard.run(
                name,
                what,
                func,
                args,
                kwargs,
                timeout=timeout,
                read_only=read_only,
                on_problem=notice,
                passthrough=kind in ("read", "write"),
            )
        except PluginCallError as exc:
            fail(name, exc.reason, exc)
            raise
        problem = check(result) if check is not None else ""
        if problem:
            exc = PluginCallError(name, _("{what} returnerte {problem}").format(what=what, problem=problem))
            fail(name, exc.reason, exc)
            raise exc
        return list(result) if kind == "check" else result

    call.__name__ = getattr(func, "__name__", kind)
    call.__wrapped__ = func  # type: ignore[attr-defined]
    return call


def _check_findings(result: Any) -> str:
    """'' when ``result`` is a list of well-formed findings; else what is wrong."""
    if isinstance(result, (str, bytes, dict)) or not isinstance(result, (list, tuple)):
        return _("{type}, ikke en liste med funn").format(type=type(result).__name__)
    for f in result:
        if not isinstance(f, Finding):
            return _("{type} i lista, ikke et funn (Finding)").format(type=type(f).__name__)
        if (
            not isinstance(f.validator, str)
            or not isinstance(f.message, str)
            or f.severity not in Severity.ALL
        ):
            return _("et funn uten gyldig validator, alvorlighetsgrad eller melding")
        for ids in (f.unit_ids, f.position_ids):
            if not isinstance(ids, (list, tuple)) or not all(isinstance(i, str) for i in ids):
                return _("et funn der enhets- eller stillingslista ikke er en liste med tekst")
    return ""


def _check_report(result: Any) -> str:
    if result is None or not hasattr(result, "ok") or not hasattr(result, "issues"):
        return _("{type}, ikke en importrapport (med «ok» og «issues»)").format(type=type(result).__name__)
    return ""


def _check_figures(result: Any) -> str:
    if not isinstance(result, dict) or not all(isinstance(k, str) for k in result):
        return _("{type}, ikke en dict med tekstnøkler").format(type=type(result).__name__)
    return ""


def _check_widget(result: Any) -> str:
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and not isinstance(result, widgets.QWidget):
        return _("{type}, ikke et Qt-vindu (QWidget)").format(type=type(result).__name__)
    return ""


def marker_path() -> Path:
    return config.user_local_data_dir() / LOADING_MARKER


def write_marker(name: str, location: str) -> Path | None:
    """Name the plugin about to be loaded in a marker file (removed after loading)."""
    path = marker_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{name}\n{location}\n", encoding="utf-8")
    except OSError:
        return None
    return path


def remove_marker(path: Path | None) -> None:
    if path is not None:
        try:
            path.unlink()
        except OSError:
            pass


def crashed_while_loading() -> str:
    """The plugin that ended the previous run while it was being loaded ('' if none)."""
    try:
        text = marker_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return text.splitlines()[0] if text.strip() else ""


def check_record(item: Any) -> str:
    if not isinstance(getattr(item, "id", None), str) or not item.id:
        return _("mangler id")
    func = {"Validator": "check", "Importer": "read", "Exporter": "write", "MetricPanel": "compute"}
    attr = func.get(type(item).__name__)
    if attr and not callable(getattr(item, attr, None)):
        return _("«{attr}» kan ikke kalles").format(attr=attr)
    exts = getattr(item, "extensions", None)
    if exts is not None and (isinstance(exts, str) or not all(isinstance(e, str) for e in exts)):
        return _("filendelsene må være en liste med tekst")
    return ""


def describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def import_file(init: Path, name: str, source: str) -> Any:
    """Import a plugin file or package folder under a private module name."""
    tag = "user" if source == "user folder" else "machine"
    module_name = f"orgdesigner_{tag}_plugin_{name}"
    is_pkg = init.name == "__init__.py"
    spec = importlib.util.spec_from_file_location(
        module_name, init, submodule_search_locations=[str(init.parent)] if is_pkg else None
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"kan ikke importere {init}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    return module
