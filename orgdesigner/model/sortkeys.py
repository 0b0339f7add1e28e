"""Sibling order that survives concurrency: fractional sort keys.

The factories in ``ops.py`` renumber every sibling whose index changes when a
unit is moved or inserted (``sort_order`` 0, 1, 2, …). Two advisers moving
different units under the same parent would then both rewrite the same
siblings' ``sort_order`` and conflict. :func:`fractional` rewrites such an op
so that only the units that really move get a new key — a number between
their new neighbours' keys — and every other sibling keeps its own. The
resulting sibling order is the one the original op gives (checked; when it
cannot be reached with fractional keys the original op is returned).
"""

from __future__ import annotations

import bisect
import copy
from dataclasses import replace
from typing import Any

from .primitives import AddItems, Compound, Op, SetFields
from .project import Project


def _leaves(op: Op) -> list[Op]:
    if isinstance(op, Compound):
        return [leaf for child in op.ops for leaf in _leaves(child)]
    return [op]


def _touched(op: Op) -> dict[str, set[str]]:
    """org id → units whose place in the tree the op sets."""
    out: dict[str, set[str]] = {}
    for leaf in _leaves(op):
        if (
            isinstance(leaf, SetFields)
            and leaf.kind == "unit"
            and {"sort_order", "parent_id"} & set(leaf.changes)
        ):
            out.setdefault(leaf.org_id or "", set()).add(leaf.item_id)
        elif isinstance(leaf, AddItems) and leaf.kind == "unit":
            out.setdefault(leaf.org_id or "", set()).update(u.id for u in leaf.items)
    return out


def _keep(order: list[str], keys: dict[str, Any]) -> set[str]:
    """The longest run of ``order`` whose old keys already increase (they need no new key)."""
    tails: list[Any] = []
    tail_ids: list[int] = []
    prev: list[int] = [-1] * len(order)
    for n, uid in enumerate(order):
        if uid not in keys:
            continue
        k = keys[uid]
        pos = bisect.bisect_left(tails, k)
        prev[n] = tail_ids[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(k)
            tail_ids.append(n)
        else:
            tails[pos] = k
            tail_ids[pos] = n
    keep: set[str] = set()
    n = tail_ids[-1] if tail_ids else -1
    while n >= 0:
        keep.add(order[n])
        n = prev[n]
    return keep


def _new_keys(order: list[str], keys: dict[str, Any], keep: set[str]) -> dict[str, float | int]:
    """Keys for the units not kept, spread evenly between their kept neighbours."""
    out: dict[str, float | int] = {}
    n = 0
    while n < len(order):
        if order[n] in keep:
            n += 1
            continue
        end = n
        while end < len(order) and order[end] not in keep:
            end += 1
        lo = keys[order[n - 1]][0] if n > 0 else None
        hi = keys[order[end]][0] if end < len(order) else None
        count = end - n
        for i in range(count):
            if lo is None and hi is None:
                key: float | int = i
            elif lo is None:
                key = hi - (count - i)
            elif hi is None:
                key = lo + i + 1
            else:
                key = lo + (hi - lo) * (i + 1) / (count + 1)
            out[order[n + i]] = key
        n = end
    return out


def fractional(project: Project, op: Op) -> Op:
    """``op`` with sibling renumbering replaced by fractional keys for the movers only."""
    touched = _touched(op)
    if not touched:
        return op
    # the key siblings are really sorted by (``Org.children``): sort order, then name, then id
    old = {
        org: {uid: (u.sort_order, u.name, uid) for uid, u in project.org(org).units.items()}
        for org in touched
    }
    old_parent = {org: {uid: u.parent_id for uid, u in project.org(org).units.items()} for org in touched}
    op.apply(project)
    try:
        parents = {
            org: {project.org(org).units[u].parent_id for u in ids if u in project.org(org).units}
            for org, ids in touched.items()
        }
        orders = {(org, p): project.org(org).children(p) for org, ps in parents.items() for p in ps}
    finally:
        op.revert(project)
    assigned: dict[tuple[str, str], float | int] = {}
    for (org, parent), order in orders.items():
        keys = {u: old[org][u] for u in order if u in old[org] and old_parent[org].get(u) == parent}
        keep = _keep(order, keys)
        for uid, key in _new_keys(order, keys, keep).items():
            assigned[(org, uid)] = key
        for uid in keep:
            assigned[(org, uid)] = None  # keeps its key: no sort_order change
    new_op = _rewrite(op, assigned)
    return new_op if _same_order(project, new_op, orders) else op


def _rewrite(op: Op, assigned: dict[tuple[str, str], Any]) -> Op | None:
    if isinstance(op, Compound):
        children = [c for c in (_rewrite(child, assigned) for child in op.ops) if c is not None]
        return Compound(children, text=op.text)
    if isinstance(op, AddItems) and op.kind == "unit":
        org = op.org_id or ""
        items = [
            u if assigned.get((org, u.id)) is None else replace(u, sort_order=assigned[(org, u.id)])
            for u in op.items
        ]
        return replace(op, items=items)
    if isinstance(op, SetFields) and op.kind == "unit" and "sort_order" in op.changes:
        changes = dict(op.changes)
        key = (op.org_id or "", op.item_id)
        if key in assigned and assigned[key] is None:
            del changes["sort_order"]
        elif key in assigned:
            changes["sort_order"] = assigned[key]
        if not changes:
            return None
        return SetFields(op.kind, op.org_id, op.item_id, changes, text=op.text)
    return copy.copy(op)


def _same_order(project: Project, op: Op, orders: dict[tuple[str, str | None], list[str]]) -> bool:
    op.apply(project)
    try:
        return all(project.org(org).children(p) == order for (org, p), order in orders.items())
    finally:
        op.revert(project)
