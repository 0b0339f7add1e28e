"""The demo kommune: three synthetic old kommuner merging into one (Fet + Skedsmo + Sørum → Lillestrøm).

``build_demo_project()`` generates the whole project from a fixed seed with the
standard library's ``random.Random``: the same seed always gives the same
project. No Qt, no Faker, no national identity numbers.
"""

from __future__ import annotations

import random

from ..model import Project
from .kommuner import KOMMUNER, KommuneSpec
from .scenario import SCENARIO_ID, SCENARIO_NAME, build_scenario
from .sources import build_source
from .staff import StaffRow, staff_rows

DEFAULT_SEED = 2020
PROJECT_NAME = "Lillestrøm kommune – sammenslåing (demo)"

__all__ = [
    "DEFAULT_SEED",
    "KOMMUNER",
    "PROJECT_NAME",
    "SCENARIO_ID",
    "SCENARIO_NAME",
    "KommuneSpec",
    "StaffRow",
    "build_demo_project",
    "staff_rows",
]


def build_demo_project(seed: int = DEFAULT_SEED) -> Project:
    """The demo project: three source kommuner with staff and one decided target scenario."""
    rng = random.Random(seed)
    project = Project(name=PROJECT_NAME)
    generated = [build_source(spec, random.Random(rng.getrandbits(64))) for spec in KOMMUNER]
    for data in generated:
        project.sources[data.source.id] = data.source
        project.persons.update((p.id, p) for p in data.persons)
        project.positions.update((p.id, p) for p in data.positions)
        project.locations.update((loc.id, loc) for loc in data.locations)
    scenario, new_positions = build_scenario(generated, project.positions)
    project.positions.update((p.id, p) for p in new_positions)
    project.scenarios[scenario.id] = scenario
    project.settings.update({"leader_title": "kommunedirektør", "demo.seed": seed})
    return project
