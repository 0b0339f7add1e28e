"""Subtree contours for the tidy chart layout (:mod:`.layout`): numbers only.

A *profile* holds, for each row slot from 0 down, the left-most and right-most x of a
subtree, as two lists ``lo`` and ``hi``. A slot nothing occupies yet holds +inf / -inf,
which ``min`` and ``max`` pass over, so whole lists are combined by C-level ``map``
calls instead of a Python loop per slot. Every subtree's profile starts at slot 0 (its
own box), so two profiles share their first slots.
"""

from __future__ import annotations

import math
from itertools import repeat
from operator import add, sub

Profile = tuple[list[float], list[float]]
_INF = math.inf
_NINF = -math.inf


def leaf_profile(half: float) -> Profile:
    return ([-half], [half])


def union(dst: Profile, src: Profile, dx: float, dslot: int) -> None:
    """Add ``src`` shifted by ``dx`` and ``dslot`` slots to ``dst``."""
    dlo, dhi = dst
    slo, shi = src
    n = len(slo)
    end = dslot + n
    if len(dlo) < end:
        pad = end - len(dlo)
        dlo.extend([_INF] * pad)
        dhi.extend([_NINF] * pad)
    if n == 1:  # a leaf: most subtrees are one box
        lo, hi = slo[0] + dx, shi[0] + dx
        if lo < dlo[dslot]:
            dlo[dslot] = lo
        if hi > dhi[dslot]:
            dhi[dslot] = hi
        return
    dlo[dslot:end] = map(min, dlo[dslot:end], map(add, slo, repeat(dx)))
    dhi[dslot:end] = map(max, dhi[dslot:end], map(add, shi, repeat(dx)))


def span(dst: Profile, first: int, last: int, lo: float, hi: float) -> None:
    """Widen slots ``first``..``last`` of ``dst`` to cover ``lo``..``hi``."""
    dlo, dhi = dst
    if len(dlo) <= last:
        pad = last + 1 - len(dlo)
        dlo.extend([_INF] * pad)
        dhi.extend([_NINF] * pad)
    for s in range(first, last + 1):
        dlo[s] = min(dlo[s], lo)
        dhi[s] = max(dhi[s], hi)


def row_offsets(blocks: list[Profile], gap: float) -> list[float]:
    """Offsets that put blocks side by side, each as far left as its profile allows."""
    right = list(blocks[0][1])  # the right contour of the blocks placed so far
    offsets = [0.0]
    for lo, hi in blocks[1:]:
        # the common slots are the first ones: both profiles start at slot 0
        dx = max(map(sub, map(add, right, repeat(gap)), lo))
        if dx == _NINF:  # no common row: just to the right of everything
            dx = max(right) + gap - min(lo)
        offsets.append(dx)
        n = len(hi)
        if len(right) < n:
            right.extend([_NINF] * (n - len(right)))
        right[:n] = map(max, right[:n], map(add, hi, repeat(dx)))
    return offsets


def bands(prof: Profile) -> int:
    """Number of box bands a profile covers."""
    return (len(prof[0]) - 1) // 2 + 1
