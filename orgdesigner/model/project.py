"""The project: source kommuner, staff, scenarios, locations, settings.

All mutation goes through :meth:`Project.add_items`, :meth:`Project.remove_items`
and :meth:`Project.set_fields`, which operations in ``ops.py`` call. Each
mutation notifies subscribers with a :class:`Change`, so views and incremental
metrics know exactly what changed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..i18n import _
from .asis import PREFIX as ASIS_PREFIX
from .asis import ScenarioDict
from .entities import HistoryEntry, Location, Person, Position
from .org import Org, Scenario, SourceKommune

#: Collections a change can name. "unit", "placement" and "relation" live in an
#: org (``org_id`` required); the others belong to the project.
KINDS = ("unit", "placement", "relation", "person", "position", "location", "scenario", "source")

DEFAULT_SETTINGS: dict[str, Any] = {
    "leader_title": "kommunedirektør",
    "span.warn": 30,
    "span.error": 40,
    "span.definition": "positions+subunit_leaders",
}


#: project details (Fil → Prosjektinformasjon), kept in the settings; the name is ``Project.name``
DETAIL_KEYS = ("project.kommune", "project.date", "project.responsible")

#: defaults of this installation (the machine-wide and user settings files that
#: IT can pre-fill), between a project's own settings and DEFAULT_SETTINGS
_SITE_DEFAULTS: dict[str, Any] = {}


def set_site_defaults(values: dict[str, Any]) -> None:
    """Use ``values`` (from ``orgdesigner.config.effective_settings``) as this installation's defaults."""
    _SITE_DEFAULTS.clear()
    _SITE_DEFAULTS.update(values)


@dataclass(frozen=True)
class Change:
    """What one mutation did: ``action`` is added, removed or changed."""

    kind: str
    action: str
    org_id: str | None
    ids: tuple[str, ...]
    fields: tuple[str, ...] = ()


class ModelError(ValueError):
    """An edit that would break the model (unknown id, cycle, …); message in bokmål."""


@dataclass
class Project:
    """Everything one .orgd file holds."""

    name: str = "Nytt prosjekt"
    sources: dict[str, SourceKommune] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=ScenarioDict)
    persons: dict[str, Person] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    locations: dict[str, Location] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    history: list[HistoryEntry] = field(default_factory=list)
    _listeners: list[Callable[[Change], None]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not isinstance(self.scenarios, ScenarioDict):
            self.scenarios = ScenarioDict(self.scenarios)
        self.scenarios.bind(self)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "scenarios" and not isinstance(value, ScenarioDict):
            value = ScenarioDict(value)
        object.__setattr__(self, name, value)
        if name == "scenarios":
            value.bind(self)

    def __setstate__(self, state: dict[str, Any]) -> None:  # copy.deepcopy, pickle
        self.__dict__.update(state)
        if not isinstance(self.scenarios, ScenarioDict):
            self.__dict__["scenarios"] = ScenarioDict(self.scenarios)
        self.scenarios.bind(self)

    # -- events -------------------------------------------------------------
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call ``listener(change)`` after every mutation."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        if change.kind in ("position", "source") or (change.kind == "unit" and change.org_id in self.sources):
            self.scenarios.forget_views()  # today's organisations follow their kommune
        for listener in list(self._listeners):
            listener(change)

    # -- lookup -------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        """The project's own value, else this installation's, else the built-in default."""
        if key in self.settings:
            return self.settings[key]
        if key in _SITE_DEFAULTS:
            return _SITE_DEFAULTS[key]
        return DEFAULT_SETTINGS.get(key, default)

    def org(self, org_id: str) -> Org:
        """A scenario or source kommune by id (an as-is view is read-only: refused)."""
        if org_id.startswith(ASIS_PREFIX):
            raise ModelError(
                _(
                    "Dagens organisasjon kan ikke endres her. Lag et nytt alternativ fra den "
                    "(Alternativ → Nytt alternativ fra dagens organisasjon)."
                )
            )
        if org_id in self.scenarios:
            return self.scenarios[org_id]
        if org_id in self.sources:
            return self.sources[org_id]
        raise ModelError(_("Ukjent organisasjon: {org_id}").format(org_id=org_id))

    def scenario(self, id_or_name: str) -> Scenario:
        """A scenario by id or by name (CLI users type names)."""
        if id_or_name in self.scenarios:
            return self.scenarios[id_or_name]
        for s in self.scenarios.values():
            if s.name == id_or_name:
                return s
        for src in self.sources.values():  # today's organisations, by id or by their shown name
            view = self.scenarios.get(ASIS_PREFIX + src.id)
            if view is not None and id_or_name in (view.id, view.name):
                return view
        raise ModelError(_("Fant ikke alternativet «{id_or_name}»").format(id_or_name=id_or_name))

    def collection(self, kind: str, org_id: str | None = None) -> dict[str, Any]:
        """The dict that holds items of ``kind``."""
        if kind == "unit":
            return self.org(org_id or "").units
        if kind in ("placement", "relation"):
            sc = self.org(org_id or "")
            if not isinstance(sc, Scenario):
                raise ModelError(_("{org_id} er ikke et alternativ").format(org_id=org_id))
            return sc.placements if kind == "placement" else sc.relations
        if kind == "scenario":
            return self.scenarios
        if kind == "source":
            return self.sources
        if kind in ("person", "position", "location"):
            return getattr(self, kind + "s")
        raise ModelError(_("Ukjent type: {kind}").format(kind=kind))

    def details(self) -> dict[str, str]:
        """Name, kommune, date and responsible person of the project (for titles and headers)."""
        out = {"name": self.name}
        for k in DETAIL_KEYS:
            out[k.split(".", 1)[1]] = str(self.settings.get(k) or "")
        return out

    def title(self) -> str:
        """ "Prosjektnavn – Kommune" for window titles, export headers and chart titles."""
        d = self.details()
        return " – ".join(p for p in (d["name"], d["kommune"]) if p)

    def positions_of(self, person_id: str) -> list[Position]:
        return [p for p in self.positions.values() if p.person_id == person_id]

    # -- mutation (ops call these) -------------------------------------------
    def _touched(self, kind: str, org_id: str | None, structural: bool) -> None:
        if kind == "unit" and structural:
            self.org(org_id or "").invalidate()
        elif kind == "placement":
            sc = self.org(org_id or "")
            if isinstance(sc, Scenario):
                sc.invalidate_placements()

    def add_items(self, kind: str, org_id: str | None, items: Iterable[tuple[int | None, Any]]) -> None:
        """Insert ``(index, item)`` pairs; index None appends."""
        coll = self.collection(kind, org_id)
        ids: list[str] = []
        for index, item in items:
            key = _key(item)
            if key in coll:
                raise ModelError(_("Finnes allerede: {key}").format(key=key))
            if index is None or index >= len(coll):
                coll[key] = item
            else:
                entries = list(coll.items())
                entries.insert(index, (key, item))
                coll.clear()
                coll.update(entries)
            ids.append(key)
        self._touched(kind, org_id, True)
        self.notify(Change(kind, "added", org_id, tuple(ids)))

    def remove_items(self, kind: str, org_id: str | None, ids: Iterable[str]) -> list[tuple[int, Any]]:
        """Remove items; returns ``(index, item)`` pairs for re-insertion in that order."""
        coll = self.collection(kind, org_id)
        wanted = list(ids)
        missing = [i for i in wanted if i not in coll]
        if missing:
            raise ModelError(_("Finnes ikke: {value}").format(value=", ".join(missing[:3])))
        positions = {k: n for n, k in enumerate(coll)}
        removed = sorted(((positions[i], coll[i]) for i in wanted), key=lambda p: p[0])
        for _at, item in removed:
            del coll[_key(item)]
        self._touched(kind, org_id, True)
        self.notify(Change(kind, "removed", org_id, tuple(wanted)))
        return removed

    def set_fields(
        self, kind: str, org_id: str | None, item_id: str, changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Set attributes of one item; returns the previous values."""
        coll = self.collection(kind, org_id)
        if item_id not in coll:
            raise ModelError(_("Finnes ikke: {item_id}").format(item_id=item_id))
        item = coll[item_id]
        old: dict[str, Any] = {}
        for name, value in changes.items():
            if not hasattr(item, name) or name.startswith("_") or name == "id":
                raise ModelError(_("Ukjent felt «{name}»").format(name=name))
            old[name] = copy.deepcopy(getattr(item, name))
            setattr(item, name, copy.deepcopy(value))
        structural = kind == "unit" and bool({"parent_id", "sort_order", "name"} & set(changes))
        self._touched(kind, org_id, structural)
        self.notify(Change(kind, "changed", org_id, (item_id,), tuple(changes)))
        return old

    def append_history(self, entries: list[HistoryEntry]) -> None:
        self.history.extend(entries)

    def pop_history(self, count: int) -> None:
        if count:
            del self.history[-count:]


def _key(item: Any) -> str:
    """The dict key of an item: ``id``, or ``position_id`` for placements."""
    return item.position_id if hasattr(item, "position_id") else item.id
