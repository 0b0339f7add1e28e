"""Built-in plugin: the principle validators (kontrollspenn, nivåer, stab, forvaltning, …).

Each validator is a :class:`orgdesigner.hookspecs.Validator` with an id, a
bokmål title, a severity and settings a project can override under
``"<id>.<name>"`` (``"<id>.enabled": False`` turns one off). They reach the app
and the CLI through the same hook and plugin manager as a kommune's own.
"""

from __future__ import annotations

from orgdesigner.api import Validator, hookimpl

from . import integrity, leaders, span, staffing, structure


def all_validators() -> list[Validator]:
    """Fresh validator records, in the order the findings panel groups them."""
    return [
        span.validator(),
        structure.levels(),
        structure.staff_in_service_area(),
        structure.allocation_and_delivery(),
        leaders.leader_count(),
        leaders.leader_placement(),
        staffing.unplaced(),
        staffing.over_full_time(),
        structure.empty_unit(),
        integrity.integrity(),
    ]


@hookimpl
def orgdesigner_validators() -> list[Validator]:
    return all_validators()


@hookimpl
def orgdesigner_settings() -> dict:
    """Every validator's defaults under ``"<id>.<name>"`` (what a project may override)."""
    return {f"{v.id}.{k}": value for v in all_validators() for k, value in v.settings.items()}
