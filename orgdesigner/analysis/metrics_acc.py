"""Integer sums of one unit for :class:`~.metrics_engine.MetricsEngine` (own or rolled up)."""

from __future__ import annotations

from .metrics_engine_changes import FTE, REL, SAL, SRC, STATUS, T_AFTER, VAC, U
from .metrics_types import Figures


class Acc:
    """Integer sums for one unit (own or rolled up)."""

    __slots__ = (
        "positions",
        "single",
        "fte",
        "salary",
        "vacancies",
        "relocated",
        "origin",
        "status",
        "terr",
        "terr_fte",
    )

    def __init__(self) -> None:
        self.positions = self.single = self.fte = self.salary = self.vacancies = self.relocated = 0
        self.origin: dict[str, int] = {}
        self.status: dict[str, int] = {}
        self.terr: dict[str, int] = {}
        self.terr_fte: dict[str, int] = {}

    def add(self, c: tuple, s: int) -> None:
        """Add (s=1) or remove (s=-1) one position's contribution."""
        self.positions += s
        f = c[FTE] * s
        self.fte += f
        self.salary += c[SAL] * s
        self.vacancies += c[VAC] * s
        self.relocated += c[REL] * s
        bump(self.origin, c[SRC], f)
        bump(self.status, c[STATUS], s)
        if c[U] is not None:
            bump(self.terr, c[T_AFTER], s)
            bump(self.terr_fte, c[T_AFTER], f)

    def merge(self, other: Acc, s: int) -> None:
        """Add (s=1) or remove (s=-1) another record's sums."""
        self.positions += other.positions * s
        self.single += other.single * s
        self.fte += other.fte * s
        self.salary += other.salary * s
        self.vacancies += other.vacancies * s
        self.relocated += other.relocated * s
        for mine, theirs in (
            (self.origin, other.origin),
            (self.status, other.status),
            (self.terr, other.terr),
            (self.terr_fte, other.terr_fte),
        ):
            for k, v in theirs.items():
                bump(mine, k, v * s)

    def figures(self, persons: int) -> Figures:
        return Figures(
            positions=self.positions,
            persons=persons,
            fte=self.fte / 10000,
            salary=self.salary / 100,
            vacancies=self.vacancies,
            relocated=self.relocated,
            origin_fte={k: v / 10000 for k, v in sorted(self.origin.items())},
            status=dict(sorted(self.status.items())),
            territory_positions=dict(sorted(self.terr.items())),
            territory_fte={k: v / 10000 for k, v in sorted(self.terr_fte.items())},
        )


def bump(d: dict[str, int], k: str, v: int) -> None:
    n = d.get(k, 0) + v
    if n:
        d[k] = n
    else:
        d.pop(k, None)
