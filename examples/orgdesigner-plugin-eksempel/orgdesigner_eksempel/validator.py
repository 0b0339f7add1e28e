"""A rule: warn about units with more placed positions than the kommune's limit."""

from __future__ import annotations

from typing import Any

from orgdesigner.api import Finding, Project, Scenario

ID = "eksempel_store_enheter"
DEFAULT_LIMIT = 100  # overridden by orgdesigner_settings, then by settings files and the project


def check(project: Project, scenario: Scenario, settings: dict[str, Any]) -> list[Finding]:
    limit = int(settings["limit"])
    placed: dict[str, list[str]] = {}
    for placement in scenario.placements.values():
        if placement.unit_id in scenario.units:
            placed.setdefault(placement.unit_id, []).append(placement.position_id)
    return [
        Finding(
            ID,
            "warning",
            f"«{scenario.units[uid].name}» har {len(ids)} stillinger (grensen er {limit})",
            unit_ids=[uid],
            position_ids=ids,
        )
        for uid, ids in placed.items()
        if len(ids) > limit
    ]
