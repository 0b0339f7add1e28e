"""Reading figures out of :class:`~.metrics_engine.MetricsEngine` (after pending edits)."""

from __future__ import annotations

from typing import Any

from ..gcpause import gc_paused
from .graph import TOP
from .metrics_types import ScenarioMetrics, UnitMetrics


class EngineReading:
    """Mixin of MetricsEngine: records and key figures from the engine's state."""

    flush: Any  # EngineChanges.flush

    def persons_rolled(self, uid: str) -> int:
        return self.rolled[uid].single + self.cover.get(uid, 0)

    def unit(self, uid: str) -> UnitMetrics:
        """Metrics of one unit."""
        self.flush()
        return self._unit_metrics(uid)

    def _unit_metrics(self, uid: str) -> UnitMetrics:
        p = self.parent[uid]
        return UnitMetrics(
            unit_id=uid,
            parent_id=None if p == TOP else p,
            depth=self.depth[uid],
            leader_position_id=self.leader.get(uid),
            span=self.span[uid],
            own=self.own[uid].figures(self.own_persons[uid]),
            total=self.rolled[uid].figures(self.persons_rolled(uid)),
        )

    def snapshot(self) -> ScenarioMetrics:
        """Every figure of the scenario as plain records."""
        with gc_paused():
            return self._snapshot()

    def _snapshot(self) -> ScenarioMetrics:
        self.flush()
        units = {}
        sc = self._scenario()
        for uid in sc.units if sc else ():
            if uid in self.parent:
                units[uid] = self._unit_metrics(uid)
        return ScenarioMetrics(
            scenario_id=self.scenario_id,
            span_definition=self.definition,
            units=units,
            totals=self.rolled[TOP].figures(self.persons_rolled(TOP)),
            unplaced=self.unplaced.figures(len(self.unplaced_persons)),
            persons_total=len(self.all_persons),
            units_per_level=[self.levels[d] for d in range(len(self.levels))],
            balance_before=_balance(self.before_pos, self.before_fte),
            balance_after=_balance(self.rolled[TOP].terr, self.rolled[TOP].terr_fte),
        )

    def balance(self) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
        """Positions and FTE per territory: (old work places, new work places of placed positions)."""
        self.flush()
        top = self.rolled[TOP]
        return _balance(self.before_pos, self.before_fte), _balance(top.terr, top.terr_fte)

    def leader_spans(self) -> dict[str, int]:
        """Span per unit that has a leader position (after pending edits)."""
        self.flush()
        return {u: s for u, s in self.span.items() if self.leader.get(u)}

    def key_figures(self) -> dict[str, Any]:
        """Headline figures without building every unit record (cheap after an edit)."""
        self.flush()
        m = ScenarioMetrics(
            scenario_id=self.scenario_id,
            span_definition=self.definition,
            units={},
            totals=self.rolled[TOP].figures(self.persons_rolled(TOP)),
            unplaced=self.unplaced.figures(len(self.unplaced_persons)),
            persons_total=len(self.all_persons),
            units_per_level=[self.levels[d] for d in range(len(self.levels))],
            balance_before={},
            balance_after={},
        )
        out = m.key_figures()
        spans = self.led_spans  # kept sorted by the engine: no pass over the units per read
        out["units"] = len(self.parent)
        out["leaders"] = len(spans)
        out["span_mean"] = round(self.led_total / len(spans), 2) if spans else 0.0
        out["span_max"] = spans[-1] if spans else 0
        n = len(spans)
        out["span_median"] = float((spans[(n - 1) // 2] + spans[n // 2]) / 2) if spans else 0.0
        return out


def _balance(pos: dict[str, int], fte: dict[str, int]) -> dict[str, dict[str, float]]:
    return {k: {"positions": pos[k], "fte": fte.get(k, 0) / 10000} for k in sorted(pos)}
