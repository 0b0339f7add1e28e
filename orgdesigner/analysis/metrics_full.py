"""The one-shot full computation behind :func:`compute_metrics`, vectorised with numpy.

Field extraction is one list comprehension per field; grouping by unit is
``np.bincount`` on integer keys; roll-up adds each depth level into its
parents with ``np.add.at``. Sums are integers (FTE in hundredths of a percent,
salary in øre), so the figures are identical to the incremental
:class:`~.metrics_engine.MetricsEngine` (the tests hold them to that).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

import numpy as np

from ..gcpause import gc_paused
from ..model import Project, Scenario
from .graph import structure
from .metrics_types import NO_PLACEMENT, Figures, ScenarioMetrics, UnitMetrics, UnitTable, span_definition


def _index(values: list[Any]) -> tuple[list[Any], np.ndarray]:
    """Distinct values (first-seen order) and each value's index."""
    keys = list(dict.fromkeys(values))
    pos = {k: i for i, k in enumerate(keys)}
    return keys, np.fromiter(map(pos.__getitem__, values), dtype=np.int64, count=len(values))


def full_metrics(project: Project, sc: Scenario, definition: str | None = None) -> ScenarioMetrics:
    with gc_paused():
        return _full(project, sc, definition)


def _full(project: Project, sc: Scenario, definition: str | None) -> ScenarioMetrics:
    from .metrics import spans  # the same span rules as the validators

    units = sc.units
    uids = list(units)
    n = len(uids)
    UNPLACED, TOP = n, n + 1
    uidx = {u: i for i, u in enumerate(uids)}
    _g, dep = structure(sc)
    depth = np.asarray([dep.get(u, 0) for u in uids] + [-1, -1], dtype=np.int64)
    parent = np.asarray(
        [uidx[units[u].parent_id] if dep.get(u, 0) > 0 else TOP for u in uids] + [UNPLACED, TOP],
        dtype=np.int64,
    )
    uloc = [units[u].location_id for u in uids] + [None, None]

    # -- per position fields ------------------------------------------------------
    pids = list(project.positions)
    vals = list(project.positions.values())
    getpl = sc.placements.get
    pls = list(map(getpl, pids))
    ui = np.asarray(
        [uidx.get(pl.unit_id, UNPLACED) if pl is not None else UNPLACED for pl in pls], dtype=np.int64
    )
    uil = ui.tolist()
    k = len(vals)
    # np.rint rounds half to even like round(): the same integers as the engine's round(x * 100)
    fte = np.rint(np.fromiter(map(attrgetter("fte_percent"), vals), dtype=np.float64, count=k) * 100).astype(
        np.int64
    )
    # salary cost in øre: annual salary at 100 % × stillingsprosent (= salary × fte/100 × 100)
    pct = np.fromiter(map(attrgetter("fte_percent"), vals), dtype=np.float64, count=k)
    sal = np.rint(np.fromiter(map(attrgetter("salary"), vals), dtype=np.float64, count=k) * pct).astype(
        np.int64
    )
    persons = [x or None for x in map(attrgetter("person_id"), vals)]
    vac = np.asarray([0 if x else 1 for x in persons], dtype=np.int64)
    olds = list(map(attrgetter("work_place_id"), vals))
    news = [(pl.work_place_id or uloc[u]) if u < n else None for pl, u in zip(pls, uil, strict=True)]
    rel = np.asarray(
        [1 if nw and o and nw != o else 0 for nw, o in zip(news, olds, strict=True)], dtype=np.int64
    )
    terr = {lid: loc.territory for lid, loc in project.locations.items()}
    srcs, si = _index(list(map(attrgetter("source_id"), vals)))
    stats, sti = _index([pl.status if pl is not None else NO_PLACEMENT for pl in pls])
    terrs, tai = _index([terr.get(x, "") if x else "" for x in news])
    tbs, tbi = _index([terr.get(x, "") if x else "" for x in olds])

    m = n + 2
    placed = ui < n

    def count(w: np.ndarray | None = None, mask: np.ndarray | None = None) -> np.ndarray:
        i = ui if mask is None else ui[mask]
        ww = w if (w is None or mask is None) else w[mask]
        return np.bincount(i, weights=ww, minlength=m).astype(np.int64)

    def matrix(
        col: np.ndarray, k: int, w: np.ndarray | None = None, mask: np.ndarray | None = None
    ) -> np.ndarray:
        i, c = (ui, col) if mask is None else (ui[mask], col[mask])
        ww = w if (w is None or mask is None) else w[mask]
        return np.bincount(i * k + c, weights=ww, minlength=m * k).astype(np.int64).reshape(m, k)

    def by_name(mat: np.ndarray, names: list[str]) -> tuple[np.ndarray, list[str]]:
        order = sorted(range(len(names)), key=names.__getitem__)
        return mat[:, order], [names[j] for j in order]

    own = {
        "positions": count(),
        "fte": count(fte),
        "salary": count(sal),
        "vacancies": count(vac),
        "relocated": count(rel),
    }
    mats = {
        "origin": by_name(matrix(si, len(srcs), fte), srcs),
        "status": by_name(matrix(sti, len(stats)), stats),
        "terr": by_name(matrix(tai, len(terrs), None, placed), terrs),
        "terr_fte": by_name(matrix(tai, len(terrs), fte, placed), terrs),
    }

    # -- distinct persons ----------------------------------------------------------------
    people, pi = _index(persons)
    has = np.asarray([x is not None for x in persons], dtype=bool)
    none_idx = people.index(None) if None in people else -1
    pairs = np.unique(pi[has] * m + ui[has])
    pp, pu = pairs // m, pairs % m
    own_persons = np.bincount(pu, minlength=m).astype(np.int64)  # row UNPLACED: unplaced persons
    pl_mask = pu < n
    ppl, pul = pp[pl_mask], pu[pl_mask]
    per_person = np.bincount(ppl, minlength=len(people))
    single_mask = per_person[ppl] == 1
    single = np.bincount(pul[single_mask], minlength=m).astype(np.int64)
    cover: dict[int, int] = {}
    par = parent.tolist()
    multi_pairs = np.stack([ppl[~single_mask], pul[~single_mask]], axis=1).tolist()
    by_person: dict[int, list[int]] = {}
    for p, u in multi_pairs:
        by_person.setdefault(p, []).append(u)
    for us in by_person.values():
        seen: set[int] = set()
        for u in us:
            while u not in seen:
                seen.add(u)
                if u == TOP:
                    break
                u = par[u]
        for a in seen:
            cover[a] = cover.get(a, 0) + 1

    # -- roll up, deepest level first -------------------------------------------------------
    rolled = {k: v.copy() for k, v in own.items()}
    rolled["single"] = single.copy()
    rolled["positions"][UNPLACED] = 0
    rmats = {k: v[0].copy() for k, v in mats.items()}
    for k in (*rolled, *rmats):
        arr = rolled.get(k, rmats.get(k))
        arr[UNPLACED] = 0
    dl = depth[:n]
    for d in range(int(dl.max()) if n else -1, -1, -1):
        idx = np.nonzero(dl == d)[0]
        tgt = parent[idx]
        for arr in (*rolled.values(), *rmats.values()):
            np.add.at(arr, tgt, arr[idx])

    # -- records ----------------------------------------------------------------------------
    own_l = {k: v.tolist() for k, v in own.items()}
    rol_l = {k: v.tolist() for k, v in rolled.items()}
    own_m = {k: (v[0].tolist(), v[1]) for k, v in mats.items()}
    rol_m = {k: (rmats[k].tolist(), v[1]) for k, v in mats.items()}
    own_pl = own_persons.tolist()

    def figs(
        ints: dict[str, list[int]], ms: dict[str, tuple[list[list[int]], list[str]]], i: int, persons_n: int
    ) -> Figures:
        (o, on), (st, sn), (t, tn), (tf, tfn) = ms["origin"], ms["status"], ms["terr"], ms["terr_fte"]
        return Figures(
            positions=ints["positions"][i],
            persons=persons_n,
            fte=ints["fte"][i] / 10000,
            salary=ints["salary"][i] / 100,
            vacancies=ints["vacancies"][i],
            relocated=ints["relocated"][i],
            origin_fte={k: v / 10000 for k, v in zip(on, o[i], strict=True) if v},
            status={k: v for k, v in zip(sn, st[i], strict=True) if v},
            territory_positions={k: v for k, v in zip(tn, t[i], strict=True) if v},
            territory_fte={k: v / 10000 for k, v in zip(tfn, tf[i], strict=True) if v},
        )

    sp = spans(project, sc, definition)

    def build(i: int) -> UnitMetrics:
        u, p = uids[i], par[i]
        return UnitMetrics(
            unit_id=u,
            parent_id=None if p == TOP else uids[p],
            depth=int(dl[i]),
            leader_position_id=units[u].leader_position_id,
            span=sp[u],
            own=figs(own_l, own_m, i, own_pl[i]),
            total=figs(rol_l, rol_m, i, rol_l["single"][i] + cover.get(i, 0)),
        )

    out_units = UnitTable(uids, build, {u: sp[u] for u in uids if units[u].leader_position_id})
    levels = np.bincount(dl, minlength=int(dl.max()) + 1).tolist() if n else []
    before = np.bincount(tbi, minlength=len(tbs)).tolist()
    before_fte = np.bincount(tbi, weights=fte, minlength=len(tbs)).astype(np.int64).tolist()
    after = dict(zip(rol_m["terr"][1], rol_m["terr"][0][TOP], strict=True))
    after_fte = dict(zip(rol_m["terr_fte"][1], rol_m["terr_fte"][0][TOP], strict=True))
    unplaced_persons = own_pl[UNPLACED]
    return ScenarioMetrics(
        scenario_id=sc.id,
        span_definition=span_definition(project, definition),
        units=out_units,
        totals=figs(rol_l, rol_m, TOP, rol_l["single"][TOP] + cover.get(TOP, 0)),
        unplaced=figs(own_l, own_m, UNPLACED, unplaced_persons),
        persons_total=len(people) - (1 if none_idx >= 0 else 0),
        units_per_level=levels,
        balance_before={
            k: {"positions": before[j], "fte": before_fte[j] / 10000}
            for j, k in sorted(enumerate(tbs), key=lambda x: x[1])
            if before[j]
        },
        balance_after={
            k: {"positions": v, "fte": after_fte[k] / 10000} for k, v in sorted(after.items()) if v
        },
    )
