"""The app's one validator run: a :class:`ValidationRunner` per controller, fed by its edits.

:func:`service_for` gives the controller's :class:`ValidationService`; the
findings panel, the chart badges and their tooltips all read it, so the
validators run once per change. After an edit the runner re-checks what the edit
touched (milliseconds); the first pass after opening a project or showing an
alternative for the first time runs in slices of :data:`SLICE_S` seconds between
events, so typing and dragging are never blocked for long. The runners of the last
:data:`KEEP` alternatives shown stay alive and follow their edits, so switching
back needs no first pass. The model is not thread-safe and a copy
for a worker thread costs more than the incremental check, so everything runs on
the GUI thread (see :mod:`orgdesigner.analysis.validation`).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..analysis.validation import SEVERITY_ORDER, ValidationRunner

SLICE_S = 0.012  # one slice of the first pass: short enough not to be felt
DEBOUNCE_MS = 150  # edits closer than this are checked together (typing, a burst of drops)
SWITCH_MS = 30  # a kept runner is announced this long after a switch (the chart paints first)
KEEP = 1  # runners of alternatives not shown that are kept (each ≈ 45 MB at 50 000 positions)
TOOLTIP_MAX = 6  # findings listed in a box's tooltip


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def severity_label(severity: str) -> str:
    return {"error": tr("feil"), "warning": tr("advarsel"), "info": tr("info")}.get(severity, severity)


class ValidationService(QObject):
    """Keeps a :class:`ValidationRunner` for the controller's current scenario."""

    #: after each finished update: {rule id: keys whose findings changed} (None: everything), units changed
    updated = Signal(object, object)

    def __init__(self, controller: Any) -> None:
        super().__init__(controller if isinstance(controller, QObject) else None)
        self.controller = controller
        self.runner: ValidationRunner | None = None
        self._kept: dict[str, ValidationRunner] = {}  # scenario id → runner, oldest first
        self._ids: tuple[str, ...] = ()
        self._reset = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fresh_step)
        self._slice = QTimer(self)  # the next slice of a first pass, on the next turn of the event loop
        self._slice.setSingleShot(True)
        self._slice.setInterval(0)
        self._slice.timeout.connect(self._step)
        self._validators: list[Any] | None = None  # fetched again after each debounce, not per slice
        controller.edited.connect(lambda _changes: self._timer.start(DEBOUNCE_MS))
        # opening a project emits both: one new runner, built on the next turn of the event loop
        controller.projectReplaced.connect(self._replace)
        controller.scenarioChanged.connect(self._switch)

    # -- validators ---------------------------------------------------------------------
    def validators(self) -> list[Any]:
        pm = self.controller.plugins
        if pm is None or not hasattr(pm, "validators"):
            return []
        try:
            return list(pm.validators())
        except Exception:  # a broken manager must not take the app down
            return []

    def _report(self, validator: Any, exc: BaseException) -> None:
        pm = self.controller.plugins
        if pm is not None and hasattr(pm, "report"):
            owner = pm.plugin_of(validator) if hasattr(pm, "plugin_of") else None
            pm.report(
                owner or validator.id,
                tr("validatoren «%1» feilet: %2").replace("%1", str(validator.id)).replace("%2", str(exc)),
                exc,
            )
        self.controller.statusMessage.emit(
            tr("Validatoren «%1» feilet og er slått av").replace("%1", str(getattr(validator, "title", "?")))
        )

    def _replace(self) -> None:
        if self.runner is not None:
            self.runner.close()
            self.runner = None
        for kept in self._kept.values():
            kept.close()
        self._kept = {}
        self._start_over()

    def _switch(self, scenario_id: str) -> None:
        """Another alternative: keep the current runner, take the new one's if it was kept."""
        r = self.runner
        if r is None or r.project is not self.controller.project:
            self._replace()
            return
        if r.scenario_id == scenario_id:
            return
        self.runner = self._kept.pop(scenario_id, None)
        self._kept.pop(r.scenario_id, None)
        self._kept[r.scenario_id] = r  # the most recent last
        scenarios = self.controller.project.scenarios
        for sid in [s for s in self._kept if s not in scenarios]:  # removed alternatives
            self._kept.pop(sid).close()
        while len(self._kept) > KEEP:
            self._kept.pop(next(iter(self._kept))).close()
        if self.runner is None:
            self._start_over()
            return
        self._reset = True
        self._slice.stop()
        self._timer.start(SWITCH_MS)  # current but for the edits since: a few ms

    def _start_over(self) -> None:
        self._reset = True
        self._slice.stop()  # work queued for the old project is void
        self._timer.start(DEBOUNCE_MS)  # after the chart's first paint

    def _current_runner(self) -> ValidationRunner | None:
        sc = self.controller.scenario()
        if sc is None:
            if self.runner is not None:
                self.runner.close()
                self.runner = None
            return None
        if self._validators is None:  # the plugin manager's list (plugins may have been turned off)
            self._validators = self.validators()
        validators = self._validators
        ids = tuple(v.id for v in validators)
        r = self.runner
        if (
            r is None
            or r.project is not self.controller.project
            or r.scenario_id != sc.id
            or ids != self._ids
        ):
            if r is not None:
                r.close()
            self.runner = ValidationRunner(self.controller.project, sc.id, validators, report=self._report)
            self._ids = ids
            self._reset = True
        return self.runner

    def restart(self) -> None:
        """Check everything again (site defaults or plugins changed)."""
        if self.runner is not None:
            self.runner.restart()
        for kept in self._kept.values():  # they check everything again when shown
            kept.close()
        self._kept = {}
        self._reset = True
        self._validators = None
        self._slice.start()

    # -- running ------------------------------------------------------------------------
    def _fresh_step(self) -> None:
        self._validators = None
        self._step()

    def _step(self) -> None:
        """One slice of work; another slice is queued until the runner is current."""
        runner = self._current_runner()
        if runner is None:
            self._announce(None)
            return
        if not runner.update(SLICE_S):
            self._slice.start()
            return
        if self._timer.isActive():  # edits wait for their debounce: shown together, once
            return
        self._announce(runner)

    def _announce(self, runner: ValidationRunner | None) -> None:
        keys = runner.take_changed_keys() if runner is not None else {}
        units = runner.take_changed_units() if runner is not None else set()
        if self._reset:
            self._reset = False
            self.updated.emit(None, None)
        elif keys or units:
            self.updated.emit(keys, units)

    def current(self) -> ValidationRunner | None:
        """The runner brought up to date now (finishing a first pass at once if need be)."""
        runner = self._current_runner()
        if runner is not None and runner.busy:
            runner.update()
            self._slice.start()  # tell the listeners
        return runner


def service_for(controller: Any) -> ValidationService:
    """The controller's validation service (made on first use)."""
    service = getattr(controller, "_validation_service", None)
    if service is None:
        service = ValidationService(controller)
        controller._validation_service = service
    return service


def unit_counts(controller: Any) -> dict[str, tuple[int, str]]:
    """Findings per unit of the scenario shown: (count, worst severity)."""
    runner = service_for(controller).current()
    return runner.unit_counts() if runner is not None else {}


def unit_tooltip(controller: Any, unit_id: str, limit: int = TOOLTIP_MAX) -> str:
    """The findings about one unit as tooltip HTML ("" without findings): texts, not just a count."""
    runner = service_for(controller).current()
    found = runner.unit_findings(unit_id) if runner is not None else []
    if not found:
        return ""
    found.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
    lines = [tr("Funn fra kontrollene (%1):").replace("%1", str(len(found)))]
    lines += [f"• {escape(severity_label(f.severity))}: {escape(f.message)}" for f in found[:limit]]
    if len(found) > limit:
        lines.append(tr("… og %1 til (se Funn)").replace("%1", str(len(found) - limit)))
    return "<br>".join(lines)
