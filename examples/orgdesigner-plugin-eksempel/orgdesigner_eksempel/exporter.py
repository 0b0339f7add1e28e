"""Årsverk per unit of a scenario as a semicolon CSV that Excel opens in a Norwegian locale."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from orgdesigner.api import Project, Scenario, formatting

ID = "eksempel.arsverk"


def per_unit(project: Project, scenario: Scenario) -> list[tuple[str, int, float]]:
    """(unit name, positions placed, årsverk) for every unit, in the scenario's order."""
    count = {uid: 0 for uid in scenario.units}
    fte = {uid: 0.0 for uid in scenario.units}
    for placement in scenario.placements.values():
        position = project.positions.get(placement.position_id)
        if placement.unit_id in count and position is not None:
            count[placement.unit_id] += 1
            fte[placement.unit_id] += position.fte_percent / 100
    return [(unit.name, count[uid], fte[uid]) for uid, unit in scenario.units.items()]


def write(project: Project, scenario: Scenario, path: str | Path, **options: Any) -> Path:
    """Write the file atomically (a temporary file replaces ``path``); returns ``path``."""
    path = Path(path)
    buffer = io.StringIO()
    out = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    out.writerow(["Enhet", "Stillinger", "Årsverk"])
    for name, n, fte in per_unit(project, scenario):
        out.writerow([name, n, formatting.number(fte, 2, group=False)])
    fd, tmp = tempfile.mkstemp(prefix=".eksempel-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write(buffer.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
