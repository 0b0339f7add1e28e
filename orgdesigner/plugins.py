"""The plugin manager: built-ins, entry points, a user and a machine plugin folder.

Each caller builds its own :class:`PluginManager` (``create_manager()``); there is
no module-global instance, so tests get a fresh one. Plugins come from

* ``orgdesigner_plugins.BUILTIN`` — the explicit list of built-in plugin modules;
* entry points in the group ``orgdesigner`` (a kommune's installed package);
* the per-user and per-machine plugin folders (``.py`` files or package
  folders), see :func:`orgdesigner.config.user_plugin_dir` /
  :func:`~orgdesigner.config.machine_plugin_dir`.

Every plugin is isolated: one that fails to import or raises inside a hook is
logged, recorded as a :class:`PluginProblem` the app can show, and disabled
until restart; the others go on. pluggy stops a hook call at the first
exception (pluggy #419), so hooks are never called through ``pm.hook``: the
typed facade (:meth:`~PluginManager.validators`, :meth:`~PluginManager.importers`,
…) calls each implementation on its own and checks what it returns.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import logging
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy

from . import __version__, config, hookspecs
from . import plugin_calls as calls
from . import plugin_guard as guard
from .hookspecs import Exporter, Importer, MetricPanel, Validator
from .i18n import N_, _
from .plugin_calls import check_record as _check_record
from .plugin_calls import describe as _describe
from .plugin_calls import import_file as _import_file
from .plugin_calls import time_limit
from .plugin_guard import PluginCallError

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # problems reach users through .problems, not stderr

ENTRY_POINT_GROUP = "orgdesigner"

# sources and statuses (stable identifiers; the labels are for display)
BUILTIN = "built-in"
ENTRY_POINT = "entry point"
USER_FOLDER = "user folder"
MACHINE_FOLDER = "machine folder"
PROGRAM = "program"  # registered by code (tests, scripts)
SOURCE_LABELS = {  # bokmål, marked: show with i18n.label(SOURCE_LABELS, source)
    BUILTIN: N_("innebygd"),
    ENTRY_POINT: N_("installert pakke"),
    USER_FOLDER: N_("brukerens programtilleggsmappe"),
    MACHINE_FOLDER: N_("maskinens programtilleggsmappe"),
    PROGRAM: N_("registrert av program"),
}
ACTIVE = "active"
DISABLED = "disabled"
FAILED = "failed"
STATUS_LABELS = {ACTIVE: N_("aktiv"), DISABLED: N_("slått av"), FAILED: N_("feilet")}


@dataclass(frozen=True)
class PluginProblem:
    """Something a plugin did wrong, in bokmål, for the log and the app."""

    name: str
    message: str


@dataclass
class PluginInfo:
    """One plugin as the Plugins dialog lists it."""

    name: str
    version: str
    source: str
    status: str
    location: str = ""  # module name, entry point or file path
    problem: str = ""
    _load: Callable[[], Any] | None = field(default=None, repr=False, compare=False)


class PluginManager:
    """Finds, loads and calls plugins, one at a time, with per-plugin error isolation."""

    def __init__(self, disabled: Iterable[str] = (), locked: Iterable[str] = ()) -> None:
        """``disabled``: names not to load; ``locked``: names the machine settings turn
        off, which :meth:`enable` refuses (a kommune's IT decides)."""
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self._infos: dict[str, PluginInfo] = {}
        self._locked: set[str] = set(locked)
        self._disabled: set[str] = set(disabled) | self._locked
        self.problems: list[PluginProblem] = []
        # id(record) -> (weak reference, plugin name): records die with their callers
        self._owners: dict[int, tuple[weakref.ref[Any], str]] = {}

    # -- discovery ----------------------------------------------------------
    def load_builtins(self, modules: Iterable[str] | None = None) -> None:
        """Register the built-in plugin modules (default: ``orgdesigner_plugins.BUILTIN``)."""
        if modules is None:
            try:
                modules = list(importlib.import_module("orgdesigner_plugins").BUILTIN)
            except Exception as exc:  # the plugins package itself is broken
                self._problem(
                    "plugins",
                    _("listen over innebygde programtillegg kan ikke leses: {exc}").format(exc=exc),
                    exc,
                )
                return
        for module in list(modules):
            name = module.rsplit(".", 1)[-1]
            self._add(name, BUILTIN, module, lambda m=module: importlib.import_module(m), __version__)

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> None:
        try:
            eps = list(importlib.metadata.entry_points(group=group))
        except Exception as exc:
            self.report(
                "entry points", _("installerte programtillegg kan ikke finnes: {exc}").format(exc=exc)
            )
            return
        for ep in eps:
            dist = getattr(ep, "dist", None)
            version = getattr(dist, "version", "") if dist is not None else ""
            self._add(ep.name, ENTRY_POINT, ep.value, ep.load, version or "")

    def load_folder(self, folder: Path | str, source: str) -> None:
        """Load every ``name.py`` and ``name/__init__.py`` in ``folder`` (missing folder: nothing)."""
        folder = Path(folder)
        try:
            entries = sorted(folder.iterdir()) if folder.is_dir() else []
        except OSError as exc:
            self.report(str(folder), _("programtilleggsmappen kan ikke leses: {exc}").format(exc=exc))
            return
        for entry in entries:
            if entry.name.startswith(("_", ".")):
                continue
            if entry.is_file() and entry.suffix == ".py":
                init = entry
            elif entry.is_dir() and (entry / "__init__.py").is_file():
                init = entry / "__init__.py"
            else:
                continue
            name = entry.stem if entry.is_file() else entry.name
            self._add(name, source, str(entry), lambda i=init, n=name, s=source: _import_file(i, n, s), "")

    def load_all(
        self,
        builtins: Iterable[str] | None = None,
        entry_points: bool = True,
        user_dir: Path | str | None = None,
        machine_dir: Path | str | None = None,
    ) -> None:
        self.load_builtins(builtins)
        if entry_points:
            self.load_entry_points()
        self.load_folder(
            machine_dir if machine_dir is not None else config.machine_plugin_dir(), MACHINE_FOLDER
        )
        self.load_folder(user_dir if user_dir is not None else config.user_plugin_dir(), USER_FOLDER)

    def register(self, plugin: Any, name: str, source: str = PROGRAM, version: str = "") -> None:
        """Register an already imported plugin object (tests, scripts)."""
        self._add(name, source, repr(plugin), lambda: plugin, version)

    def _add(self, name: str, source: str, location: str, load: Callable[[], Any], version: str) -> None:
        if name in self._infos:
            self.report(
                name,
                _("et programtillegg med samme navn finnes allerede ({location} hoppes over)").format(
                    location=location
                ),
                disable=False,
            )
            return
        info = PluginInfo(name, version, source, DISABLED, location, _load=load)
        if name in self._locked:
            info.problem = _("slått av i maskinens innstillinger")
        self._infos[name] = info
        if name not in self._disabled:
            self._activate(info)

    def _activate(self, info: PluginInfo) -> None:
        # named in the log (and a marker file) before its code runs: os._exit or a
        # crash in C code cannot be contained, but support can then find the plugin
        log.info(
            "Laster programtillegg «%s» (%s, %s)",
            info.name,
            SOURCE_LABELS.get(info.source, info.source),
            info.location,
        )
        marker = calls.write_marker(info.name, info.location) if info.source != BUILTIN else None
        try:
            assert info._load is not None
            plugin = guard.run(
                info.name,
                "lasting",
                info._load,
                timeout=None if info.source == BUILTIN else time_limit("load"),  # ours: no watchdog
                on_problem=self._notice(info.name),
            )
            api_ok, api_problem = hookspecs.api_compatibility(getattr(plugin, "ORGDESIGNER_API", None))
            if api_ok:
                self.pm.register(plugin, name=info.name)
        except PluginCallError as exc:
            self._fail(info.name, _("kunne ikke lastes: {reason}").format(reason=exc.reason), exc)
            return
        except Exception as exc:
            self._fail(info.name, _("kunne ikke lastes: {value}").format(value=_describe(exc)), exc)
            return
        finally:
            calls.remove_marker(marker)
        if not api_ok:
            self._fail(info.name, api_problem)
            return
        if api_problem:
            self._problem(info.name, api_problem)
        info.version = info.version or str(getattr(plugin, "__version__", "") or "")
        info.status = ACTIVE
        known = {n for n in dir(hookspecs) if n.startswith("orgdesigner_")}
        for caller in self.pm.get_hookcallers(plugin) or []:
            if caller.name not in known:
                self.report(
                    info.name, _("ukjent hook «{caller}» ignoreres").format(caller=caller.name), disable=False
                )

    # -- status -----------------------------------------------------------------
    def plugin_infos(self) -> list[PluginInfo]:
        """Every plugin found: name, version, source, status (for the Plugins dialog)."""
        return list(self._infos.values())

    def info(self, name: str) -> PluginInfo:
        return self._infos[name]

    @property
    def disabled(self) -> list[str]:
        """Names the user turned off (settings or :meth:`disable`), to persist in user settings."""
        return sorted(self._disabled - self._locked)

    def is_locked(self, name: str) -> bool:
        """True when the machine settings turn ``name`` off (the user cannot enable it)."""
        return name in self._locked

    def disable(self, name: str) -> None:
        """Turn a plugin off for the rest of this session."""
        self._disabled.add(name)
        info = self._infos.get(name)
        if info and info.status == ACTIVE:
            if self.pm.get_plugin(name) is not None:
                self.pm.unregister(name=name)
            info.status = DISABLED

    def enable(self, name: str) -> bool:
        """Turn a disabled plugin on (a failed one stays off until restart, one the
        machine settings turn off stays off). True if active."""
        if name in self._locked:
            return False
        self._disabled.discard(name)
        info = self._infos.get(name)
        if info is None or info.status == FAILED:
            return False
        if info.status == DISABLED:
            self._activate(info)
        return info.status == ACTIVE

    def report(self, name: str, message: str, exc: BaseException | None = None, disable: bool = True) -> None:
        """Record a problem with plugin ``name``; by default also disable it until restart.

        Code that calls what a plugin returned (a validator's ``check``, an
        importer's ``read``) calls this when that raises.
        """
        if isinstance(exc, PluginCallError) and exc.plugin in self._infos:
            if self._infos[exc.plugin].status == FAILED:
                return  # the guard already named the plugin and disabled it
        if disable:
            self._fail(name, message, exc)
        else:
            self._problem(name, message, exc)

    def _fail(self, name: str, message: str, exc: BaseException | None = None) -> None:
        info = self._infos.get(name)
        if info is not None:
            if self.pm.get_plugin(name) is not None:
                self.pm.unregister(name=name)
            info.status = FAILED
            info.problem = message
        self._problem(
            name,
            _("{message} – programtillegget er slått av til programmet startes på nytt").format(
                message=message
            ),
            exc,
        )

    def _problem(self, name: str, message: str, exc: BaseException | None = None) -> None:
        problem = PluginProblem(name, message)
        if problem in self.problems:
            return
        self.problems.append(problem)
        log.warning("Programtillegg «%s»: %s", name, message)
        if exc is not None:
            log.debug("Programtillegg «%s»: detaljer", name, exc_info=exc)

    def plugin_of(self, record: Any) -> str | None:
        """The name of the plugin that returned ``record`` from a facade call."""
        entry = self._owners.get(id(record))
        return entry[1] if entry is not None and entry[0]() is record else None

    def _remember(self, record: Any, name: str) -> None:
        if len(self._owners) > 1000:  # forget records nobody holds any more
            self._owners = {k: v for k, v in self._owners.items() if v[0]() is not None}
        try:
            self._owners[id(record)] = (weakref.ref(record), name)
        except TypeError:  # a record type without weak references
            pass

    # -- calling hooks ----------------------------------------------------------
    def call_each(self, hook_name: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call every active implementation of a hook on its own: ``[(plugin name, result)]``.

        An implementation that raises is reported and its plugin disabled; the
        others are still called.
        """
        hook = getattr(self.pm.hook, hook_name)
        results: list[tuple[str, Any]] = []
        for impl in list(hook.get_hookimpls()):
            name = impl.plugin_name
            if self._infos.get(name) and self._infos[name].status != ACTIVE:
                continue
            if impl.hookwrapper or getattr(impl, "wrapper", False):
                self._problem(
                    name,
                    _("{hook_name}: hook-omslag (wrapper) støttes ikke; ignoreres").format(
                        hook_name=hook_name
                    ),
                )
                continue
            try:
                result = guard.run(
                    name,
                    hook_name,
                    impl.function,
                    tuple(kwargs[a] for a in impl.argnames),
                    timeout=time_limit("hook"),
                    on_problem=self._notice(name),
                )
            except PluginCallError as exc:
                self._fail(name, exc.reason, exc)
                continue
            if result is not None:
                results.append((name, result))
        return results

    def _records(self, hook_name: str, kind: type, what: str) -> list[Any]:
        out: list[Any] = []
        ids: dict[str, str] = {}
        for name, result in self.call_each(hook_name):
            if not isinstance(result, (list, tuple)):
                self._problem(
                    name,
                    _("{hook_name} returnerte {type}, ikke en liste; ignoreres").format(
                        hook_name=hook_name, type=type(result).__name__
                    ),
                )
                continue
            for item in result:
                if not isinstance(item, kind):
                    self._problem(
                        name,
                        _("{hook_name} returnerte {type}, ikke {what}; ignoreres").format(
                            hook_name=hook_name, type=type(item).__name__, what=what
                        ),
                    )
                    continue
                problem = _check_record(item)
                if problem:
                    self._problem(name, f"{what} «{getattr(item, 'id', '?')}»: {problem}; ignoreres")
                    continue
                if item.id in ids:
                    self._problem(
                        name,
                        _("{what} «{id}» finnes allerede (fra «{value}»); ignoreres").format(
                            what=what, id=item.id, value=ids[item.id]
                        ),
                    )
                    continue
                ids[item.id] = name
                item = self._guarded(item, name)
                self._remember(item, name)
                out.append(item)
        return out

    def _notice(self, name: str) -> Callable[[str], None]:
        return lambda message: self._problem(name, message)

    def _guarded(self, item: Any, name: str) -> Any:
        return calls.guard_record(item, name, self._fail, self._notice(name))

    # -- the typed facade -------------------------------------------------------
    def validators(self) -> list[Validator]:
        """Validators from every active plugin (wrong types reported and left out)."""
        return self._records("orgdesigner_validators", Validator, "validator")

    def importers(self) -> list[Importer]:
        return self._records("orgdesigner_importers", Importer, "importformat")

    def exporters(self) -> list[Exporter]:
        return self._records("orgdesigner_exporters", Exporter, "eksportformat")

    def metric_panels(self) -> list[MetricPanel]:
        return self._records("orgdesigner_metric_panels", MetricPanel, _("nøkkeltallpanel"))

    def settings_defaults(self) -> dict[str, Any]:
        """Default settings from every active plugin; the first plugin to name a key wins."""
        merged: dict[str, Any] = {}
        owner: dict[str, str] = {}
        for name, result in self.call_each("orgdesigner_settings"):
            if not isinstance(result, dict):
                self._problem(
                    name,
                    _("orgdesigner_settings returnerte {type}, ikke en dict").format(
                        type=type(result).__name__
                    ),
                )
                continue
            for key, value in result.items():
                if not isinstance(key, str):
                    self._problem(
                        name, _("innstillingsnøkkelen {key!r} er ikke tekst; ignoreres").format(key=key)
                    )
                elif key in merged and merged[key] != value:
                    self._problem(
                        name,
                        _("innstillingen «{key}» er allerede satt av «{value}»").format(
                            key=key, value=owner[key]
                        ),
                    )
                else:
                    merged.setdefault(key, value)
                    owner.setdefault(key, name)
        return merged


def create_manager(
    *,
    builtins: Iterable[str] | None = None,
    entry_points: bool = True,
    user_dir: Path | str | None = None,
    machine_dir: Path | str | None = None,
    disabled: Iterable[str] | None = None,
    load: bool = True,
) -> PluginManager:
    """A new manager with every plugin loaded (``disabled`` default: from the settings files).

    With the settings files' ``disabled`` (the app's and the CLI's manager), the
    plugins' ``orgdesigner_settings`` defaults join the settings lookup chain
    (:func:`orgdesigner.config.install_site_defaults`).
    """
    problems: list[str] = []
    disabled_from_settings = disabled is None
    locked: list[str] = []
    if disabled is None:
        machine, user = config.machine_settings(), config.user_settings()
        disabled, locked = user.disabled_plugins, machine.disabled_plugins
        problems = machine.problems + user.problems
    manager = PluginManager(disabled=disabled, locked=locked)
    for message in problems:
        manager.report("innstillinger", message, disable=False)
    culprit = calls.crashed_while_loading()
    if culprit:
        manager.report(
            culprit,
            _(
                "avsluttet programmet mens det ble lastet forrige gang (os._exit eller krasj); "
                "det lastes likevel nå – slå det av under Programtillegg om det skjer igjen"
            ),
            disable=False,
        )
        calls.remove_marker(calls.marker_path())
    if load:
        manager.load_all(builtins, entry_points, user_dir, machine_dir)
        if disabled_from_settings:  # the app's and the CLI's manager: its defaults join the chain
            config.install_site_defaults(manager.settings_defaults())
    return manager
