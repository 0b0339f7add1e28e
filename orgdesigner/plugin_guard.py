"""Running plugin code so that it cannot take the app down, freeze it or change data.

:func:`run` calls a plugin function in a worker thread under a time limit and
returns its result, or raises :class:`PluginCallError` (an ``Exception``, so
callers' ordinary error handling names the plugin) when the call

* runs past its time limit (the thread is left behind as a daemon; the plugin
  is disabled by the manager, so it is not called again),
* raises anything, ``SystemExit`` and ``KeyboardInterrupt`` included,
* changes the app's logging setup (``logging.basicConfig`` and the like: the
  setup is put back and the plugin named),
* tries to change the project when it may only read it (:class:`ReadOnly`).

What a plugin prints to stdout or stderr goes to the log under its name, never
into the app's output (``--json``). ``os._exit`` and crashes inside C code
cannot be contained in-process; the manager logs each plugin's name before
loading it so support can find the culprit.
"""

from __future__ import annotations

import contextvars
import io
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from . import formatting
from .i18n import _

log = logging.getLogger("orgdesigner.plugins")

_ctx = threading.local()


class PluginCallError(Exception):
    """A plugin call that failed; ``str()`` is the bokmål reason (without the plugin's name)."""

    def __init__(self, plugin: str, reason: str, timed_out: bool = False) -> None:
        super().__init__(reason)
        self.plugin = plugin
        self.reason = reason
        self.timed_out = timed_out


def current_plugin() -> str | None:
    """The plugin whose code runs in this thread, if any."""
    return getattr(_ctx, "plugin", None)


class _PluginStream(io.TextIOBase):
    """stdout/stderr that sends what plugin code writes to the log instead."""

    def __init__(self, real: Any, label: str) -> None:
        self._real = real
        self._label = label

    def write(self, text: str) -> int:
        who = current_plugin()
        if who is None:
            return self._real.write(text)
        if text.strip():
            log.info("Programtillegg «%s» skrev til %s: %s", who, self._label, text.rstrip()[:2000])
        return len(text)

    def flush(self) -> None:
        if current_plugin() is None:
            self._real.flush()

    def writable(self) -> bool:
        return True

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def install_streams() -> None:
    """Put the routing streams in front of the current sys.stdout/sys.stderr (idempotent)."""
    if not isinstance(sys.stdout, _PluginStream) and sys.stdout is not None:
        sys.stdout = _PluginStream(sys.stdout, "stdout")
    if not isinstance(sys.stderr, _PluginStream) and sys.stderr is not None:
        sys.stderr = _PluginStream(sys.stderr, "stderr")


def _logging_state() -> tuple[Any, ...]:
    root = logging.getLogger()
    app = logging.getLogger("orgdesigner")
    return (
        tuple(root.handlers),
        root.level,
        tuple(app.handlers),
        app.level,
        app.propagate,
        app.disabled,
        logging.root.manager.disable,
    )


def _restore_logging(state: tuple[Any, ...]) -> None:
    root = logging.getLogger()
    app = logging.getLogger("orgdesigner")
    root.handlers[:] = list(state[0])
    root.setLevel(state[1])
    app.handlers[:] = list(state[2])
    app.setLevel(state[3])
    app.propagate, app.disabled = state[4], state[5]
    logging.disable(state[6])


def run(
    plugin: str,
    what: str,
    func: Callable[..., Any],
    args: tuple[Any, ...] = (),
    kwargs: dict[str, Any] | None = None,
    *,
    timeout: float | None,
    read_only: ReadOnly | None = None,
    on_problem: Callable[[str], None] | None = None,
    passthrough: bool = False,
) -> Any:
    """``func(*args, **kwargs)`` as plugin ``plugin`` (``what`` names the call in
    messages). ``timeout`` None runs it in this thread (Qt widgets must be made
    on the GUI thread). ``on_problem`` hears problems that do not stop the call
    (a changed logging setup). ``passthrough``: an ordinary ``Exception`` is
    raised as it is (an exporter's «cannot write there» is the caller's to show)."""
    install_streams()
    outcome: dict[str, Any] = {}
    state = _logging_state()

    def body() -> None:
        _ctx.plugin = plugin
        try:
            if read_only is not None:
                read_only.enter()
            outcome["value"] = func(*args, **(kwargs or {}))
        except BaseException as exc:  # noqa: B036 — SystemExit from a plugin must not end the app
            outcome["error"] = exc
        finally:
            if read_only is not None:
                read_only.leave()
            _ctx.plugin = None

    if timeout is None:
        previous = current_plugin()
        body()
        _ctx.plugin = previous
    else:
        # in the caller's context: the language an export or a CLI run chose (orgdesigner.i18n)
        context = contextvars.copy_context()
        worker = threading.Thread(target=context.run, args=(body,), name=f"plugin-{plugin}", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            if read_only is not None:
                read_only.abandon()
            raise PluginCallError(
                plugin,
                _("{what} brukte mer enn {seconds} s og ble avbrutt").format(
                    what=what, seconds=formatting.decimal(timeout, 1)
                ),
                timed_out=True,
            )
    if _logging_state() != state:
        _restore_logging(state)
        if on_problem is not None:
            on_problem(
                _(
                    "{what} endret programmets loggoppsett (for eksempel logging.basicConfig); det er satt tilbake"
                ).format(what=what)
            )
    if read_only is not None and read_only.violation:
        raise PluginCallError(
            plugin,
            _("{what} prøvde å endre prosjektet ({violation}); endringen er avvist").format(
                what=what, violation=read_only.violation
            ),
        )
    if "error" in outcome:
        exc = outcome["error"]
        if passthrough and isinstance(exc, Exception):
            raise exc
        if isinstance(exc, SystemExit):
            reason = _("{what} prøvde å avslutte programmet (SystemExit {code!r})").format(
                what=what, code=exc.code
            )
        elif isinstance(exc, KeyboardInterrupt):
            reason = _("{what} kastet KeyboardInterrupt").format(what=what)
        else:
            text = str(exc).strip()[:300]
            reason = _("feil i {what}: {type}").format(what=what, type=type(exc).__name__) + (
                f": {text}" if text else ""
            )
        raise PluginCallError(plugin, reason) from (exc if isinstance(exc, Exception) else None)
    return outcome.get("value")


# -- read-only view for validators ------------------------------------------------


_guard_lock = threading.Lock()
_guard_users = 0
_guard_patched: list[tuple[type, Any]] = []


def _model_classes() -> list[type]:
    from .model import entities, org, project

    names = ("Unit", "Person", "Position", "Placement", "Relation", "Location")
    return [getattr(entities, n) for n in names] + [org.Org, org.SourceKommune, org.Scenario, project.Project]


def _guard_for(cls: type, own: Any) -> Callable[[Any, str, Any], None]:
    """``__setattr__`` for ``cls`` that refuses public attributes in a thread checking a
    validator (its :class:`ReadOnly` view is in the thread's context); everyone else passes."""

    def guard(obj: Any, name: str, value: Any) -> None:
        view = getattr(_ctx, "view", None)
        if view is not None and not name.startswith("_"):
            view.violation = _("satte «{attribute}»").format(attribute=f"{type(obj).__name__}.{name}")
            raise PermissionError(_("en validator kan bare lese prosjektet"))
        if own is not None:
            own(obj, name, value)
        else:
            super(cls, obj).__setattr__(name, value)

    return guard


def _hold_guard() -> None:
    global _guard_users
    with _guard_lock:
        _guard_users += 1
        if _guard_users == 1:
            for cls in _model_classes():
                own = cls.__dict__.get("__setattr__")
                cls.__setattr__ = _guard_for(cls, own)  # type: ignore[method-assign]
                _guard_patched.append((cls, own))


def _release_guard() -> None:
    global _guard_users
    with _guard_lock:
        _guard_users -= 1
        if _guard_users == 0:
            for cls, own in reversed(_guard_patched):
                if own is not None:
                    cls.__setattr__ = own  # type: ignore[method-assign]
                else:
                    del cls.__setattr__
            _guard_patched.clear()


class ReadOnly:
    """Makes a project read-only for the thread that runs a validator.

    Setting a public attribute on any model record from that thread is refused;
    other threads (the app's own, an importer's) are not affected, and the model
    classes are only patched while some check runs. Adding or removing items in
    the project's dicts is found by comparing with a shallow copy taken before,
    and undone. A check that overran is abandoned: the guard is released at once
    and nothing is compared or undone later (the app may have edited meanwhile).
    """

    def __init__(self, project: Any) -> None:
        self.project = project
        self.violation = ""
        self.abandoned = False
        self._copies: list[tuple[Any, Any]] = []
        self._held = False
        self._lock = threading.Lock()

    def _containers(self) -> list[Any]:
        p = self.project
        out: list[Any] = [p.sources, p.scenarios, p.persons, p.positions, p.locations, p.settings, p.history]
        for org in [*p.sources.values(), *p.scenarios.values()]:
            out.append(org.units)
            out.append(org.attributes)
            for name in ("placements", "relations"):
                if hasattr(org, name):
                    out.append(getattr(org, name))
        return out

    def enter(self) -> None:
        """In the checking thread, before the validator runs."""
        self._copies = [(c, c.copy()) for c in self._containers()]
        _ctx.view = self
        with self._lock:
            _hold_guard()
            self._held = True

    def _release(self) -> None:
        with self._lock:
            if self._held:
                self._held = False
                _release_guard()

    def abandon(self) -> None:
        """The check overran (called from the waiting thread)."""
        self.abandoned = True
        self._release()

    def leave(self) -> None:
        """In the checking thread, after the validator returned or raised."""
        _ctx.view = None
        self._release()
        if self.abandoned or not self._copies:
            self._copies = []
            return
        changed = False
        for live, copy in self._copies:
            same = len(live) == len(copy) and (
                live == copy if isinstance(live, list) else live.keys() == copy.keys()
            )
            if not same:
                changed = True
                if isinstance(live, list):
                    live[:] = copy
                else:
                    live.clear()
                    live.update(copy)
        self._copies = []
        if changed:
            self.violation = self.violation or _("la til eller fjernet elementer")
            for o in [*self.project.sources.values(), *self.project.scenarios.values()]:
                o.invalidate()
                if hasattr(o, "invalidate_placements"):
                    o.invalidate_placements()
