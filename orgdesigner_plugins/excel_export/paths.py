"""Cached names and paths of units, so a 50 000-row list does not walk the tree per row."""

from __future__ import annotations

from orgdesigner.api import Project, Scenario


class PathCache:
    """Unit names and root-to-unit paths of a scenario and of the old kommuner."""

    def __init__(self, project: Project, scenario: Scenario | None, sep: str = " / ") -> None:
        self.project = project
        self.scenario = scenario
        self.sep = sep
        self._sc: dict[str, str] = {}
        self._src: dict[tuple[str, str], str] = {}

    def scenario_name(self, unit_id: str | None) -> str:
        if self.scenario is None or not unit_id or unit_id not in self.scenario.units:
            return ""
        return self.scenario.units[unit_id].name

    def scenario_path(self, unit_id: str | None) -> str:
        if self.scenario is None or not unit_id or unit_id not in self.scenario.units:
            return ""
        got = self._sc.get(unit_id)
        if got is None:
            got = self._sc[unit_id] = self.scenario.path(unit_id, self.sep)
        return got

    def source_name(self, source_id: str) -> str:
        src = self.project.sources.get(source_id)
        return src.name if src else ""

    def source_path(self, source_id: str, unit_id: str | None) -> str:
        src = self.project.sources.get(source_id)
        if src is None or not unit_id or unit_id not in src.units:
            return ""
        key = (source_id, unit_id)
        got = self._src.get(key)
        if got is None:
            got = self._src[key] = src.path(unit_id, self.sep)
        return got
