"""Span of control, defined once: how it is counted, its limits, and when it is a breach.

The metrics engine, the full metrics, the span validator, the Kontrollspenn
panel and the exports all count and judge spans through these functions, so
"over the error limit" means the same everywhere. The limits are the project
settings ``span.warn``, ``span.error`` and ``span.by_type`` (per unit type,
e.g. ``{"virksomhet": {"warn": 35, "error": 50}}``), else this installation's
(site defaults), else 30 and 40 (DOMAIN.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

SPAN_WARN = 30
SPAN_ERROR = 40
OK, WARNING, ERROR = "ok", "warning", "error"


def count_span(
    definition: str,
    lead: str | None,
    members: Iterable[str],
    kid_leaders: Iterable[str | None],
    n_kids: int,
    person: Callable[[str], str | None],
) -> int:
    """Direct reports of a unit's leader under ``definition`` (see ``SPAN_DEFINITIONS``).

    ``members`` are the positions placed in the unit, ``kid_leaders`` the leader
    positions of its direct subunits, ``person(pid)`` the person holding a
    position (None when vacant or unknown).
    """
    by_person = definition.startswith("persons")
    reports: set[str] = set()
    if by_person:
        lead_person = person(lead) if lead else None
        for pid in members:
            who = person(pid)
            if pid != lead and (who is None or who != lead_person):
                reports.add(who or pid)
    else:
        reports.update(members)
        reports.discard(lead)
    if definition.endswith("subunit_leaders"):
        for kl in kid_leaders:
            if kl and kl != lead:
                reports.add((person(kl) if by_person else None) or kl)
    elif definition.endswith("subunits"):
        return len(reports) + n_kids
    return len(reports)


def span_settings(project: Any) -> dict[str, Any]:
    """The span limits in force for ``project`` (project, else site defaults, else 30/40)."""
    by_type = project.setting("span.by_type", {}) or {}
    return {
        "warn": int(project.setting("span.warn", SPAN_WARN)),
        "error": int(project.setting("span.error", SPAN_ERROR)),
        "by_type": by_type if isinstance(by_type, dict) else {},
    }


def limits_for(settings: dict[str, Any], unit_type: str) -> tuple[int, int]:
    """(warn, error) for a unit of ``unit_type`` from :func:`span_settings`-like ``settings``."""
    own = (settings.get("by_type") or {}).get(unit_type) or {}
    return int(own.get("warn", settings["warn"])), int(own.get("error", settings["error"]))


def span_level(n: int, warn: int, error: int) -> str:
    """:data:`OK`, :data:`WARNING` (above ``warn``) or :data:`ERROR` (above ``error``)."""
    return ERROR if n > error else WARNING if n > warn else OK


def span_breaches(
    settings: dict[str, Any], spans: dict[str, int], unit_types: Callable[[str], str]
) -> dict[str, tuple[int, str, int]]:
    """Units over a limit: unit → (span, level, the limit it is over)."""
    out = {}
    for uid, n in spans.items():
        warn, error = limits_for(settings, unit_types(uid))
        level = span_level(n, warn, error)
        if level != OK:
            out[uid] = (n, level, error if level == ERROR else warn)
    return out
