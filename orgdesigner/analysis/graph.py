"""The unit hierarchy of an org as a networkx graph, and its integrity.

Edges point from parent to child; a virtual node :data:`TOP` is the parent of
every root, so depths and bottom-up orders come from one graph. Units whose
``parent_id`` names a unit that does not exist are *orphans* (the model shows
them as roots); units that reach themselves through their parents form a
*cycle* and are unreachable from :data:`TOP`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..model import Org

#: the virtual parent of all roots
TOP = "\x00top"


def hierarchy(org: Org) -> nx.DiGraph:
    """Parent → child edges of ``org``; roots and orphans hang under :data:`TOP`.

    Units in a parent cycle keep their cycle edges and get no edge from TOP.
    """
    g = nx.DiGraph()
    g.add_node(TOP)
    units = org.units
    g.add_nodes_from(units)
    g.add_edges_from((u.parent_id if u.parent_id in units else TOP, uid) for uid, u in units.items())
    return g


def depths(org: Org, graph: nx.DiGraph | None = None) -> dict[str, int]:
    """Depth of every unit reachable from a root (roots are 0); cycle members are absent."""
    g = graph if graph is not None else hierarchy(org)
    dist = nx.single_source_shortest_path_length(g, TOP)
    del dist[TOP]
    return {uid: d - 1 for uid, d in dist.items()}


@dataclass
class Integrity:
    """Structural defects of an org."""

    orphans: list[str] = field(default_factory=list)  # parent_id names a missing unit
    cycles: list[list[str]] = field(default_factory=list)  # each a list of unit ids
    unreachable: list[str] = field(default_factory=list)  # below a cycle, not in it

    @property
    def ok(self) -> bool:
        return not (self.orphans or self.cycles or self.unreachable)


def integrity(org: Org, graph: nx.DiGraph | None = None) -> Integrity:
    """Orphans, parent cycles and units cut off below a cycle."""
    units = org.units
    out = Integrity(orphans=[uid for uid, u in units.items() if u.parent_id and u.parent_id not in units])
    if graph is None:
        g, dep = structure(org)
        reach: Any = dep.keys()
    else:
        g = graph
        reach = nx.descendants(g, TOP)
    if len(reach) == len(units):
        return out
    rest = g.subgraph(set(units) - reach)
    in_cycle: set[str] = set()
    for comp in nx.strongly_connected_components(rest):
        if len(comp) > 1 or any(units[u].parent_id == u for u in comp):
            cyc = sorted(comp, key=lambda u: (units[u].name, u))
            out.cycles.append(cyc)
            in_cycle.update(comp)
    out.cycles.sort()
    out.unreachable = sorted(set(rest) - in_cycle)
    return out


_CACHE: list[tuple[tuple[str, ...], tuple[str | None, ...], nx.DiGraph, dict[str, int]]] = []


def structure(org: Org) -> tuple[nx.DiGraph, dict[str, int]]:
    """:func:`hierarchy` and :func:`depths` of ``org``, shared while its tree is unchanged.

    The cache key is the exact tuple of unit ids and parent ids (compared in
    full, not by hash), so any structural edit — through ops or not — misses.
    Callers must treat the graph and the dict as read-only.
    """
    ids = tuple(org.units)
    parents = tuple(u.parent_id for u in org.units.values())
    for k_ids, k_parents, g, d in _CACHE:
        if k_ids == ids and k_parents == parents:
            return g, d
    g = hierarchy(org)
    d = depths(org, g)
    _CACHE.insert(0, (ids, parents, g, d))
    del _CACHE[4:]
    return g, d
