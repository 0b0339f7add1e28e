"""One validator runner for the findings panel, the chart badges, the CLI and the Funn export.

:class:`ValidationRunner` runs every enabled validator once per change of the
project and keeps the findings per rule and per *key* (a unit, a person, a group
of positions). A rule whose ``check`` is a :class:`KeyedCheck` is checked again
only for the keys an edit touched (see :mod:`.validation_index`); any other
rule — a kommune's own plugin — runs in full after each change. Each rule's
settings are the project's, else this installation's (site defaults), else the
rule's own (:func:`validator_settings`); ``"<id>.enabled": False`` turns a rule
off and ``"<id>.severity"`` ("error", "warning" or "info") sets the severity of
all its findings. A rule that raises is passed to ``report(validator, exc)``,
named in :attr:`ValidationRunner.broken` and not run again by this runner.

Threading: the model is not thread-safe, and copying it for a worker costs more
than the incremental check itself, so the runner works on the GUI thread.
:meth:`ValidationRunner.update` takes a time budget: the first full pass (or a
pass after a settings change) is done in slices between events, and edits made
meanwhile are queued and folded in; after that one edit costs a few milliseconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from ..gcpause import gc_paused
from ..model import Change, Project, Scenario
from .validation_index import Dirty, ScenarioIndex

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITIES = ("error", "warning", "info")
#: a rule's category: a breach of one of DOMAIN.md's principles, or housekeeping
PRINCIPLE, HOUSEKEEPING = "principle", "housekeeping"
_FULL = object()  # queue entry of a rule that is not keyed: run it in full
_NONE: list[Any] = []  # no findings stored for a key (compared by identity)
BATCH = 200  # keys per call in a first pass (one guarded call each; a slice ends between batches)


class KeyedCheck:
    """A rule that can check one key (unit, person, group) at a time.

    ``keys(index, settings)`` gives every key of the scenario,
    ``check_key(index, settings, key)`` the findings about one key, and
    ``touched(index, settings, dirty)`` the keys a batch of changes may have
    changed. Called like a plain check, ``check(project, scenario, settings)``,
    it builds an index and checks every key: the same code as the incremental path.
    """

    def __init__(
        self,
        keys: Callable[[ScenarioIndex, dict], Iterable[Any]],
        check_key: Callable[[ScenarioIndex, dict, Any], list[Any]],
        touched: Callable[[ScenarioIndex, dict, Dirty], Iterable[Any]],
    ) -> None:
        self.keys, self.check_key, self.touched = keys, check_key, touched

    def check_batch(self, index: ScenarioIndex, settings: dict[str, Any], keys: list[Any]) -> list[tuple]:
        """(key, findings) for each of ``keys``: one call for many keys (one guarded call)."""
        return [(k, list(self.check_key(index, settings, k))) for k in keys]

    def recheck(self, index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> list[tuple]:
        """(key, findings) for every key ``dirty`` touched: an edit's whole work in one call."""
        return self.check_batch(index, settings, list(self.touched(index, settings, dirty)))

    def guarded(self, wrap: Callable[[str, Callable[..., Any]], Callable[..., Any]]) -> KeyedCheck:
        """A copy whose calls go through ``wrap(kind, func)`` (the plugin manager's guard:
        time limit, contained exceptions): one guarded call per batch of keys, not per key."""
        g = KeyedCheck(wrap("check", self.keys), self.check_key, wrap("check", self.touched))
        g.check_batch = wrap("check", self.check_batch)  # type: ignore[method-assign]
        g.recheck = wrap("check", self.recheck)  # type: ignore[method-assign]
        return g

    def __call__(self, project: Project, scenario: Scenario, settings: dict[str, Any]) -> list[Any]:
        index = ScenarioIndex(project, scenario)
        keys = list(self.keys(index, settings))
        return [f for _k, found in self.check_batch(index, settings, keys) for f in found]


def validator_settings(project: Project, validator: Any) -> dict[str, Any]:
    """The validator's defaults, overridden by site defaults and the project (``"<id>.<name>"``)."""
    return {k: project.setting(f"{validator.id}.{k}", v) for k, v in validator.settings.items()}


def is_enabled(project: Project, validator: Any) -> bool:
    return project.setting(f"{validator.id}.enabled", True) is not False


def severity_override(project: Project, validator: Any) -> str:
    """The severity set for every finding of the rule ("" keeps the rule's own)."""
    value = project.setting(f"{validator.id}.severity", "")
    return value if value in SEVERITIES else ""


def category(validator: Any) -> str:
    """:data:`PRINCIPLE` or :data:`HOUSEKEEPING` (a validator without a category is housekeeping)."""
    return PRINCIPLE if getattr(validator, "category", "") == PRINCIPLE else HOUSEKEEPING


class ValidationRunner:
    """Findings of every enabled validator on one scenario, kept current (see module docstring)."""

    def __init__(
        self,
        project: Project,
        scenario_id: str,
        validators: Iterable[Any],
        report: Callable[[Any, BaseException], None] | None = None,
        listen: bool = True,
        scenario: Scenario | None = None,
    ) -> None:
        self.project = project
        self.scenario_id = scenario_id
        self._fixed = scenario  # a one-off run may check a scenario object directly
        self.validators = list(validators)
        self.report = report
        self.index: ScenarioIndex | None = None
        self.results: dict[str, dict[Any, list[Any]]] = {}  # rule → key → findings
        self.broken: dict[str, str] = {}  # rule id → what it raised
        self.by_unit: dict[str, set[tuple[str, Any]]] = {}  # unit → (rule, key) with findings about it
        self._settings: dict[str, dict[str, Any]] = {}
        self._severity: dict[str, str] = {}
        self._queue: dict[str, _Queue] = {}
        self._pending: list[Change] = []
        self._changed_units: set[str] = set()
        self._changed_keys: dict[str, set[Any]] = {}
        self._listening = listen
        if listen:
            project.subscribe(self._on_change)

    def close(self) -> None:
        if self._listening:
            self.project.unsubscribe(self._on_change)
            self._listening = False

    def _on_change(self, change: Change) -> None:
        self._pending.append(change)

    # -- running -----------------------------------------------------------------------
    def active(self) -> list[Any]:
        """The validators that run: enabled and not broken."""
        return [v for v in self.validators if v.id not in self.broken and is_enabled(self.project, v)]

    def restart(self) -> None:
        """Check everything again on the next :meth:`update` (e.g. after site defaults changed)."""
        self.index = None

    @property
    def busy(self) -> bool:
        """True while changes or queued checks wait for :meth:`update`."""
        return bool(self._pending or self.index is None or any(self._queue.values()))

    def update(self, budget_s: float | None = None) -> bool:
        """Fold in pending changes and check what they touched; True when all is current.

        With ``budget_s`` the work stops after about that many seconds (call again).
        """
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        with gc_paused():  # checks build many small objects; collections would dominate
            self._take_changes()
            return self._work_off(deadline)

    def _take_changes(self) -> None:
        sc = self._fixed or self.project.scenarios.get(self.scenario_id)
        if sc is None:
            self._pending = []
            self.index = None
            self._restart(None)
            return
        if self.index is None or self.index.scenario is not sc:
            self._pending = []
            self.index = ScenarioIndex(self.project, sc)
            self._restart(self.index)
            return
        if not self._pending:
            return
        changes, self._pending = self._pending, []
        dirty = self.index.apply(changes)
        if dirty.full:
            self._restart(self.index)
            return
        if not dirty:
            return
        for v in self.active():
            q = self._queue.setdefault(v.id, _Queue())
            if isinstance(v.check, KeyedCheck):
                try:
                    if q:  # a first pass is under way: queue the keys behind it
                        q.extend(v.check.touched(self.index, self._settings[v.id], dirty))
                        continue
                    for key, found in v.check.recheck(self.index, self._settings[v.id], dirty):
                        self._store(v.id, key, found)
                except Exception as exc:
                    self._break(v, exc)
            else:
                q.extend([_FULL])

    def _restart(self, index: ScenarioIndex | None) -> None:
        """Forget every finding and queue every key of every active rule."""
        for vid in list(self.results):
            for key in list(self.results[vid]):
                self._store(vid, key, [])
        self.results, self._queue = {}, {}
        if index is None:
            return
        self._settings = {v.id: validator_settings(self.project, v) for v in self.validators}
        self._severity = {v.id: severity_override(self.project, v) for v in self.validators}
        for v in self.active():
            self.results[v.id] = {}
            if isinstance(v.check, KeyedCheck):
                try:
                    self._queue[v.id] = _Queue(v.check.keys(index, self._settings[v.id]))
                except Exception as exc:
                    self._break(v, exc)
            else:
                self._queue[v.id] = _Queue([_FULL])

    def _work_off(self, deadline: float | None) -> bool:
        index = self.index
        if index is None:
            return True
        for v in self.active():
            q = self._queue.get(v.id)
            settings = self._settings[v.id]
            while q:
                keys = q.pop_many(BATCH)
                try:
                    if keys == [_FULL]:
                        self._store_all(v, list(v.check(self.project, index.scenario, settings) or []))
                    else:
                        for key, found in v.check.check_batch(index, settings, keys):
                            self._store(v.id, key, found)
                except Exception as exc:
                    self._break(v, exc)
                    break
                if deadline is not None and time.perf_counter() > deadline:
                    return not any(self._queue.values())
        return True

    def _break(self, v: Any, exc: BaseException) -> None:
        """A rule that raised: reported, named in :attr:`broken`, its findings dropped."""
        self.broken[v.id] = f"{type(exc).__name__}: {exc}"
        self._queue.pop(v.id, None)
        for key in list(self.results.get(v.id, ())):
            self._store(v.id, key, [])
        self.results.pop(v.id, None)
        if self.report is None:
            raise exc
        self.report(v, exc)

    def _store_all(self, v: Any, found: list[Any]) -> None:
        old = self.results.get(v.id, {})
        for n in range(len(found), len(old)):
            self._store(v.id, n, [])
        for n, f in enumerate(found):
            if old.get(n) != [f]:
                self._store(v.id, n, [f])

    def _store(self, vid: str, key: Any, found: list[Any]) -> None:
        mine = self.results.setdefault(vid, {})
        old = mine.get(key, _NONE)
        if not found and old is _NONE:  # the common case of a full pass: nothing before, nothing now
            return
        sev = self._severity.get(vid, "")
        if sev and found:
            found = [f if f.severity == sev else replace(f, severity=sev) for f in found]
        if old == found:
            return
        for f in old:
            for u in f.unit_ids:
                s = self.by_unit.get(u)
                if s is not None:
                    s.discard((vid, key))
                    if not s:
                        del self.by_unit[u]
                self._changed_units.add(u)
        if found:
            mine[key] = found
        else:
            mine.pop(key, None)
        for f in found:
            for u in f.unit_ids:
                self.by_unit.setdefault(u, set()).add((vid, key))
                self._changed_units.add(u)
        self._changed_keys.setdefault(vid, set()).add(key)

    # -- reading ------------------------------------------------------------------------
    def findings(self) -> list[Any]:
        """Every finding, errors first, then in the validators' order (after :meth:`update`)."""
        out = [f for v in self.validators for fs in self.results.get(v.id, {}).values() for f in fs]
        out.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
        return out

    def rule_findings(self, validator_id: str) -> dict[Any, list[Any]]:
        """One rule's findings by key (read-only)."""
        return self.results.get(validator_id, {})

    def unit_findings(self, unit_id: str) -> list[Any]:
        """The findings that name ``unit_id``, errors first."""
        out = []
        for vid, key in self.by_unit.get(unit_id, ()):
            out.extend(f for f in self.results.get(vid, {}).get(key, ()) if unit_id in f.unit_ids)
        order = {v.id: n for n, v in enumerate(self.validators)}
        out.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), order.get(f.validator, 0), f.message))
        return out

    def unit_counts(self) -> dict[str, tuple[int, str]]:
        """Findings per unit: (count, worst severity)."""
        return {u: _count(self.unit_findings(u)) for u in self.by_unit}

    def take_changed_units(self) -> set[str]:
        """Units whose findings changed since the last call."""
        out, self._changed_units = self._changed_units, set()
        return out

    def take_changed_keys(self) -> dict[str, set[Any]]:
        """Rule → keys whose findings changed since the last call."""
        out, self._changed_keys = self._changed_keys, {}
        return out


class _Queue:
    """Keys waiting to be checked, each once, in the order they came (O(1) per key)."""

    def __init__(self, keys: Iterable[Any] = ()) -> None:
        self._stack: list[Any] = []
        self._waiting: set[Any] = set()
        self.extend(keys)

    def extend(self, keys: Iterable[Any]) -> None:
        fresh = [k for k in dict.fromkeys(keys) if k not in self._waiting]
        self._waiting.update(fresh)
        self._stack[:0] = reversed(fresh)  # before the rest: popped from the end, first come first

    def pop_many(self, n: int) -> list[Any]:
        """Up to ``n`` keys, first come first (a lone full-run entry comes alone)."""
        out: list[Any] = []
        stack = self._stack
        while stack and len(out) < n:
            if stack[-1] is _FULL and out:
                break
            key = stack.pop()
            self._waiting.discard(key)
            out.append(key)
            if key is _FULL:
                break
        return out

    def __bool__(self) -> bool:
        return bool(self._stack)


def _count(found: list[Any]) -> tuple[int, str]:
    worst = min((f.severity for f in found), key=lambda s: SEVERITY_ORDER.get(s, 3), default="")
    return len(found), worst


def run_all(
    project: Project,
    scenario: Scenario,
    validators: Iterable[Any],
    report: Callable[[Any, BaseException], None] | None = None,
) -> ValidationRunner:
    """A finished one-off run (CLI, exports): read :meth:`~ValidationRunner.findings` and ``broken``."""
    runner = ValidationRunner(
        project, scenario.id, validators, report=report, listen=False, scenario=scenario
    )
    runner.update()
    return runner
