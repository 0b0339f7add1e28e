"""What the innplassering table computed for the alternatives not shown, kept for switching back.

Building the table of an alternative means finding its conflicts and its progress
(50 000 positions: ≈ 0.3 s). :class:`KeptStates` keeps the rows, conflicts and
progress of the last few alternatives shown, under the options they were built
with; an edit that can change a kept alternative's table drops that alternative
(edits in the alternative shown are followed by the table itself), so a state
restored is always the one a fresh build would give.
"""

from __future__ import annotations

from typing import Any

from ..model.project import Change
from .placement_model import PlacementTableModel

KEEP = 4  # alternatives kept besides the one shown


class KeptStates:
    """Per alternative: (options, rows, conflicts, positions in conflict, count, progress, row index)."""

    def __init__(self) -> None:
        self.project: Any = None
        self._kept: dict[str, tuple[Any, ...]] = {}

    @staticmethod
    def options(model: PlacementTableModel) -> tuple[Any, ...] | None:
        """The options the rows depend on; None when they follow the selection (not kept)."""
        if model.within is not None:
            return None
        return (model.filter, model.text, model.by_level)

    def keep(self, model: PlacementTableModel, progress: Any) -> None:
        """Remember the model's current (up-to-date) state of its scenario."""
        sc, opts = model.scenario, self.options(model)
        if model.project is None or sc is None or opts is None or progress is None:
            return
        if model.project is not self.project:
            self.project, self._kept = model.project, {}
        self._kept.pop(sc.id, None)
        self._kept[sc.id] = (
            opts,
            model.rows,
            model._conflicts,
            model._in_conflict,
            model.conflict_count,
            progress,
            model._index,  # the row of each position, when it was asked for
        )
        while len(self._kept) > KEEP + 1:
            self._kept.pop(next(iter(self._kept)))

    def restore(self, model: PlacementTableModel, project: Any, scenario: Any) -> Any:
        """Put the kept state of ``scenario`` into ``model`` (one reset, no build); its progress,
        or None when nothing fitting was kept."""
        if scenario is None or project is not self.project:
            return None
        state = self._kept.get(scenario.id)
        if (
            state is None
            or state[0] != self.options(model)
            or project.scenarios.get(scenario.id) is not scenario
        ):
            return None
        del self._kept[scenario.id]  # the model follows it from now on
        model.beginResetModel()
        model.project, model.scenario = project, scenario
        model._clear_caches()
        (
            _opts,
            model.rows,
            model._conflicts,
            model._in_conflict,
            model.conflict_count,
            progress,
            model._index,
        ) = state
        model.endResetModel()
        return progress

    def forget(self, changes: list[Change]) -> None:
        """Drop the kept states that ``changes`` may have made wrong."""
        if not self._kept:
            return
        sources = self.project.sources if self.project is not None else {}
        for c in changes:
            if c.kind == "relation":
                continue
            if c.kind in ("unit", "placement") and c.org_id not in sources:
                self._kept.pop(c.org_id, None)  # that alternative's own edit
                continue
            self._kept = {}  # positions, persons, sources, settings, alternatives: every one
            return

    def clear(self) -> None:
        self._kept = {}
