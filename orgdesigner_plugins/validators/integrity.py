"""Integrity: units pointing at a missing parent, parent cycles, references to nothing.

Keys: each unit (missing parent, missing leader position), ``"tree"`` (cycles and
units cut off below them, checked again only after a structural edit when the
tree had defects or could have got one), ``"dangling"`` (placements into units
that do not exist) and ``"ghosts"`` (placements of positions that do not exist).
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import Dirty, Finding, KeyedCheck, ScenarioIndex, Severity, _, count_text, tree_integrity

from .rule import Rule, led_by

TREE, DANGLING, GHOSTS = "\x00tree", "\x00dangling", "\x00ghosts"


def _keys(index: ScenarioIndex, settings: dict[str, Any]) -> list[Any]:
    units = index.scenario.units
    return [*(("parent", u) for u in units), TREE, *(("leader", u) for u in units), DANGLING, GHOSTS]


def _check(index: ScenarioIndex, settings: dict[str, Any], key: Any) -> list[Finding]:
    if key == TREE:
        return _check_tree(index)
    if key == DANGLING:
        dangling = index.in_order(p for u in index.missing for p in index.members.get(u, ()))
        if not dangling:
            return []
        return [
            Finding(
                "integrity",
                Severity.ERROR,
                count_text(
                    "{n} stilling er innplassert i en enhet som ikke finnes.",
                    "{n} stillinger er innplassert i en enhet som ikke finnes.",
                    len(dangling),
                ),
                position_ids=[p for p in dangling if p in index.project.positions],
            )
        ]
    if key == GHOSTS:
        if not index.ghosts:
            return []
        text = count_text(
            "{n} innplassering gjelder en stilling som ikke finnes.",
            "{n} innplasseringer gjelder stillinger som ikke finnes.",
            len(index.ghosts),
        )
        return [Finding("integrity", Severity.ERROR, text)]
    what, uid = key
    units = index.scenario.units
    unit = units.get(uid)
    if unit is None:
        return []
    if what == "parent" and unit.parent_id and unit.parent_id not in units:
        text = _("«{unit}» peker på en overordnet enhet som ikke finnes.").format(unit=unit.name)
    elif (
        what == "leader"
        and unit.leader_position_id
        and unit.leader_position_id not in index.project.positions
    ):
        text = _("Lederstillingen til «{unit}» finnes ikke.").format(unit=unit.name)
    else:
        return []
    return [Finding("integrity", Severity.ERROR, text, unit_ids=[uid])]


def _check_tree(index: ScenarioIndex) -> list[Finding]:
    units = index.scenario.units
    found = tree_integrity(index.scenario)
    index.tree_defects = bool(found.cycles or found.unreachable)
    out = []
    for cycle in found.cycles:
        names = " → ".join(units[u].name for u in cycle)
        out.append(
            Finding(
                "integrity",
                Severity.ERROR,
                _("Enhetene går i ring: {names}.").format(names=names),
                unit_ids=list(cycle),
            )
        )
    if found.unreachable:
        out.append(
            Finding(
                "integrity",
                Severity.ERROR,
                count_text(
                    "{n} enhet henger under en ring og når ikke toppen.",
                    "{n} enheter henger under en ring og når ikke toppen.",
                    len(found.unreachable),
                ),
                unit_ids=list(found.unreachable),
            )
        )
    return out


def _touched(index: ScenarioIndex, settings: dict[str, Any], dirty: Dirty) -> set[Any]:
    out: set[Any] = set()
    for u in dirty.changed:  # children of a removed unit lose their parent
        out.update(("parent", k) for k in (u, *index.kids.get(u, ())))
        out.add(("leader", u))
    out.update(("leader", u) for u in led_by(index, dirty.positions))
    if dirty.structural and (
        index.tree_defects
        or any(not index.reaches_root(u) for u in dirty.structural if u in index.scenario.units)
    ):
        out.add(TREE)
    if dirty.placed_in or dirty.changed:
        out.add(DANGLING)
    if dirty.positions:
        out.add(GHOSTS)
    return out


def integrity() -> Rule:
    return Rule(
        "integrity",
        _("Integritet (foreldreløse enheter, ringer)"),
        Severity.ERROR,
        KeyedCheck(_keys, _check, _touched),
        {},
        _("Enheter med ukjent overordnet, ringer i hierarkiet og henvisninger til noe som ikke finnes."),
    )
