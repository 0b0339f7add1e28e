"""Records that metrics come in, and the definitions the UI states (bokmål, marked for translation).

Kept apart from the engine so the CLI, validators and panels can import the
types and texts without the engine's machinery.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from statistics import median
from typing import Any

from ..i18n import N_, _
from ..model import status_label

#: How direct reports (kontrollspenn) are counted; the project setting
#: ``span.definition`` picks one. Texts are shown in the UI and the CLI.
SPAN_DEFINITIONS: dict[str, str] = {
    "positions+subunit_leaders": N_(
        "Kontrollspenn = stillinger i lederens egen enhet (unntatt lederens egen stilling) "
        "pluss lederne for de direkte underenhetene."
    ),
    "persons+subunit_leaders": N_(
        "Kontrollspenn = personer i lederens egen enhet (unntatt lederen selv) "
        "pluss lederne for de direkte underenhetene."
    ),
    "positions": N_(
        "Kontrollspenn = stillinger i lederens egen enhet (unntatt lederens egen stilling); "
        "underenheter telles ikke."
    ),
    "positions+subunits": N_(
        "Kontrollspenn = stillinger i lederens egen enhet (unntatt lederens egen stilling) "
        "pluss hver direkte underenhet, også de uten leder."
    ),
}
DEFAULT_SPAN_DEFINITION = "positions+subunit_leaders"
#: short names of the definitions, for a choice list
SPAN_DEFINITION_LABELS: dict[str, str] = {
    "positions+subunit_leaders": N_("Stillinger og ledere for underenheter"),
    "persons+subunit_leaders": N_("Personer og ledere for underenheter"),
    "positions": N_("Bare stillinger i egen enhet"),
    "positions+subunits": N_("Stillinger og alle underenheter"),
}

#: Placement statuses as reported; "" is a position with no placement at all.
NO_PLACEMENT = ""
STATUS_LABELS: dict[str, str] = {NO_PLACEMENT: N_("ikke behandlet")}


def span_definition_text(key: str) -> str:
    """The definition ``key`` written out, in the current language."""
    return _(SPAN_DEFINITIONS.get(key, SPAN_DEFINITIONS[DEFAULT_SPAN_DEFINITION]))


def span_definition_label(key: str) -> str:
    """The short name of the definition ``key``, in the current language."""
    label = SPAN_DEFINITION_LABELS.get(key)
    return _(label) if label else key


def progress_status_label(status: str) -> str:
    """A placement status as the progress figures show it ("" : «ikke behandlet»), translated."""
    if status in STATUS_LABELS:
        return _(STATUS_LABELS[status])
    return status_label(status)


#: territory key of a work place whose location or territory is unknown
UNKNOWN_TERRITORY = ""


def span_definition(project: Any, override: str | None = None) -> str:
    """The span definition in force: ``override``, the project setting, or the default."""
    name = override or project.setting("span.definition", DEFAULT_SPAN_DEFINITION)
    return name if name in SPAN_DEFINITIONS else DEFAULT_SPAN_DEFINITION


@dataclass
class Figures:
    """Counts for one unit (its own positions, or rolled up with everything below)."""

    positions: int = 0
    persons: int = 0  # distinct persons (headcount)
    fte: float = 0.0  # årsverk = Σ stillingsprosent / 100
    salary: float = 0.0  # annual salary cost, kroner
    vacancies: int = 0  # positions without a person
    relocated: int = 0  # placed positions whose work place changes
    origin_fte: dict[str, float] = field(default_factory=dict)  # old kommune id → årsverk
    status: dict[str, int] = field(default_factory=dict)  # placement status → positions
    territory_positions: dict[str, int] = field(default_factory=dict)  # new work place's territory
    territory_fte: dict[str, float] = field(default_factory=dict)

    def origin_share(self) -> dict[str, float]:
        """Share (0–1) of this unit's FTE from each old kommune."""
        total = sum(self.origin_fte.values())
        return {k: v / total for k, v in self.origin_fte.items()} if total else {}


@dataclass
class UnitMetrics:
    """Everything measured for one scenario unit."""

    unit_id: str
    parent_id: str | None
    depth: int  # 0 for a root
    leader_position_id: str | None
    span: int  # direct reports under the span definition in force
    own: Figures
    total: Figures  # rolled up over the subtree


class UnitTable(Mapping):
    """Unit id → :class:`UnitMetrics`, each record built on first access.

    The figures are all computed already (arrays in the full computation);
    only turning them into records waits until someone looks. Compares equal
    to a plain dict with the same records.
    """

    def __init__(self, ids: list[str], build: Callable[[int], UnitMetrics], spans: dict[str, int]) -> None:
        self._ids = ids
        self._pos = {u: i for i, u in enumerate(ids)}
        self._build = build
        self._cache: dict[str, UnitMetrics] = {}
        self._spans = spans  # leader units only

    def __getitem__(self, uid: str) -> UnitMetrics:
        rec = self._cache.get(uid)
        if rec is None:
            rec = self._cache[uid] = self._build(self._pos[uid])
        return rec

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, uid: object) -> bool:
        return uid in self._pos

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return len(self) == len(other) and all(k in other and self[k] == other[k] for k in self._ids)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"UnitTable({len(self)} units)"


@dataclass
class ScenarioMetrics:
    """All metrics of one scenario; equal objects mean equal figures."""

    scenario_id: str
    span_definition: str
    units: Mapping[str, UnitMetrics]
    totals: Figures  # all placed positions
    unplaced: Figures  # positions not placed in a unit of the scenario
    persons_total: int  # distinct persons over all positions
    units_per_level: list[int]
    balance_before: dict[str, dict[str, float]]  # territory → {"positions", "fte"} (old work place)
    balance_after: dict[str, dict[str, float]]  # territory → {"positions", "fte"} (new, placed only)

    @property
    def levels(self) -> int:
        return len(self.units_per_level)

    def leader_spans(self) -> dict[str, int]:
        """Span per unit that has a leader position."""
        if isinstance(self.units, UnitTable):
            return dict(self.units._spans)
        return {u.unit_id: u.span for u in self.units.values() if u.leader_position_id}

    def progress(self) -> dict[str, int]:
        """Positions per placement status, placed and unplaced together."""
        out = dict(self.totals.status)
        for k, v in self.unplaced.status.items():
            out[k] = out.get(k, 0) + v
        return dict(sorted(out.items()))

    def key_figures(self) -> dict[str, Any]:
        """The headline figures of the scenario (JSON-friendly)."""
        t, un = self.totals, self.unplaced
        spans = sorted(self.leader_spans().values())
        placed = t.positions
        total_pos = placed + un.positions
        return {
            "units": len(self.units),
            "levels": self.levels,
            "units_per_level": list(self.units_per_level),
            "positions": total_pos,
            "positions_placed": placed,
            "positions_unplaced": un.positions,
            "persons": self.persons_total,
            "persons_placed": t.persons,
            "fte": round(t.fte + un.fte, 2),
            "fte_placed": round(t.fte, 2),
            "salary": round(t.salary + un.salary, 2),
            "vacancies": t.vacancies + un.vacancies,
            "relocated": t.relocated,
            "relocated_share": round(t.relocated / placed, 4) if placed else 0.0,
            "leaders": len(spans),
            "span_mean": round(sum(spans) / len(spans), 2) if spans else 0.0,
            "span_median": float(median(spans)) if spans else 0.0,
            "span_max": spans[-1] if spans else 0,
            "placed_share": round(placed / total_pos, 4) if total_pos else 0.0,
            "progress": self.progress(),
            "origin_fte": {k: round(v, 2) for k, v in sorted(t.origin_fte.items())},
        }

    def to_json(self) -> dict[str, Any]:
        """Everything, for ``orgdesigner metrics --json``."""
        return {
            "scenario_id": self.scenario_id,
            "span_definition": self.span_definition,
            "span_definition_text": SPAN_DEFINITIONS[self.span_definition],
            "key_figures": self.key_figures(),
            "balance_before": self.balance_before,
            "balance_after": self.balance_after,
            "totals": asdict(self.totals),
            "unplaced": asdict(self.unplaced),
            "units": {uid: asdict(u) for uid, u in self.units.items()},
        }
