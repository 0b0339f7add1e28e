"""Ops that travel: every applied op as JSON with the values it expects.

An op (one undo step) becomes ``{"text": ..., "prims": [...]}``: its tree of
primitives flattened in apply order. Each primitive carries its
preconditions, so a server can accept or refuse it field by field:

* ``add``      ``kind, org, items, at``: the items must not exist yet;
* ``remove``   ``kind, org, expect, at``: each item must exist and still
  have the values in ``expect`` (its full record);
* ``set``      ``kind, org, id, changes, expect``: the item's fields named
  in ``expect`` must still hold those values;
* ``settings`` ``changes, unset, expect, absent``: settings (``name`` is
  the project name) must hold ``expect`` and keys in ``absent`` be unset;
* ``history`` / ``unhistory`` ``entries``: append / take back placement history.

:func:`to_json` needs an op that has been applied (the old values come from
its own record of them). :func:`from_json` builds ops that apply to any
project; :func:`check` tests one primitive's preconditions;
:func:`inverse` turns an op into the op that undoes it, with its own
preconditions (team undo pushes that as a new op).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..i18n import _
from .entities import HistoryEntry, Location, Person, Placement, Position, Relation, Unit
from .org import Scenario, SourceKommune
from .primitives import _MISSING, AddItems, AppendHistory, Compound, Op, RemoveItems, SetFields, SetSettings
from .project import Project, _key

#: kind → record class for the flat kinds
RECORDS: dict[str, type] = {
    "unit": Unit,
    "placement": Placement,
    "relation": Relation,
    "person": Person,
    "position": Position,
    "location": Location,
}
#: kinds whose items hold units (and placements, relations)
ORG_KINDS = ("scenario", "source")
#: record fields that are nested collections, not values
NESTED = ("units", "placements", "relations")


class OpJsonError(ValueError):
    """An op that cannot be turned into JSON or back (message in bokmål)."""


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------


def record(kind: str, item: Any) -> dict[str, Any]:
    """A JSON-ready dict of one item; scenarios and sources carry their units."""
    if kind in ORG_KINDS:
        out: dict[str, Any] = {"id": item.id, "name": item.name, "attributes": dict(item.attributes)}
        if isinstance(item, Scenario):
            out["description"] = item.description
            out["placements"] = [dataclasses.asdict(p) for p in item.placements.values()]
            out["relations"] = [dataclasses.asdict(r) for r in item.relations.values()]
        else:
            out["number"] = item.number
        out["units"] = [dataclasses.asdict(u) for u in item.units.values()]
        return out
    return dataclasses.asdict(item)


def flat(rec: dict[str, Any]) -> dict[str, Any]:
    """The record without its nested collections (what a precondition compares)."""
    return {k: v for k, v in rec.items() if k not in NESTED}


def item_from(kind: str, rec: dict[str, Any]) -> Any:
    """Rebuild an item from :func:`record` output."""
    if kind in ORG_KINDS:
        units = {u["id"]: Unit(**u) for u in rec.get("units", ())}
        if kind == "scenario":
            return Scenario(
                rec["id"],
                rec["name"],
                units=units,
                attributes=dict(rec.get("attributes", {})),
                description=rec.get("description", ""),
                placements={p["position_id"]: Placement(**p) for p in rec.get("placements", ())},
                relations={r["id"]: Relation(**r) for r in rec.get("relations", ())},
            )
        return SourceKommune(
            rec["id"],
            rec["name"],
            units=units,
            attributes=dict(rec.get("attributes", {})),
            number=rec.get("number", ""),
        )
    if kind not in RECORDS:
        raise OpJsonError(_("Ukjent type: {kind}").format(kind=kind))
    return RECORDS[kind](**rec)


def _plain(value: Any) -> Any:
    """A JSON-ready copy (tuples become lists)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# ---------------------------------------------------------------------------
# op → JSON
# ---------------------------------------------------------------------------


def _leaves(op: Op) -> list[Op]:
    if isinstance(op, Compound):
        return [leaf for child in op.ops for leaf in _leaves(child)]
    return [op]


def _prim(op: Op) -> dict[str, Any]:  # noqa: C901 - one branch per primitive
    if isinstance(op, AddItems):
        at = [None if op.index is None else op.index + n for n in range(len(op.items))]
        items = [record(op.kind, it) for it in op.items]
        return {"t": "add", "kind": op.kind, "org": op.org_id, "items": items, "at": at}
    if isinstance(op, InsertItems):
        items = [record(op.kind, it) for _, it in op.pairs]
        return {"t": "add", "kind": op.kind, "org": op.org_id, "items": items, "at": [i for i, _ in op.pairs]}
    if isinstance(op, RemoveItems):
        if len(op._removed) != len(op.ids):
            raise OpJsonError(_("Operasjonen må være utført før den kan sendes"))
        expect = [record(op.kind, it) for _, it in op._removed]
        return {
            "t": "remove",
            "kind": op.kind,
            "org": op.org_id,
            "expect": expect,
            "at": [i for i, _ in op._removed],
        }
    if isinstance(op, SetFields):
        if set(op._old) != set(op.changes):
            raise OpJsonError(_("Operasjonen må være utført før den kan sendes"))
        return {
            "t": "set",
            "kind": op.kind,
            "org": op.org_id,
            "id": op.item_id,
            "changes": _plain(op.changes),
            "expect": _plain(op._old),
        }
    if isinstance(op, SetSettings):
        if set(op._old) != set(op.changes):
            raise OpJsonError(_("Operasjonen må være utført før den kan sendes"))
        absent = [k for k, v in op._old.items() if v is _MISSING]
        expect = {k: v for k, v in op._old.items() if v is not _MISSING}
        return {
            "t": "settings",
            "changes": _plain(op.changes),
            "unset": [],
            "expect": _plain(expect),
            "absent": absent,
        }
    if isinstance(op, UnsetSettings):
        return {
            "t": "settings",
            "changes": {},
            "unset": list(op.keys),
            "expect": _plain(op._old),
            "absent": [],
        }
    if isinstance(op, AppendHistory):
        return {"t": "history", "entries": [dataclasses.asdict(e) for e in op.entries]}
    if isinstance(op, RemoveHistory):
        return {"t": "unhistory", "entries": [dataclasses.asdict(e) for e in op.entries]}
    raise OpJsonError(_("Kan ikke sende operasjonen {type}").format(type=type(op).__name__))


def to_json(op: Op) -> dict[str, Any]:
    """The applied ``op`` as ``{"text", "prims"}``.

    An item added and then edited within the same op is sent as it was added:
    the added records get back the old values of later field edits.
    """
    leaves = _leaves(op)
    prims = [_prim(leaf) for leaf in leaves]
    later: dict[tuple[str, str | None, str], dict[str, Any]] = {}
    for leaf, prim in zip(reversed(leaves), reversed(prims), strict=True):
        if isinstance(leaf, SetFields):
            later.setdefault((leaf.kind, leaf.org_id, leaf.item_id), {}).update(prim["expect"])
        elif prim["t"] == "add":
            for rec in prim["items"]:
                _rewind(prim["kind"], prim["org"], rec, later)
    return {"text": op.text, "prims": prims}


def _rewind(kind: str, org: str | None, rec: dict[str, Any], later: dict[Any, dict[str, Any]]) -> None:
    """Put the values of ``rec`` back to before later edits in the same op."""
    key = rec["position_id"] if kind == "placement" else rec["id"]
    rec.update(later.pop((kind, org, key), {}))
    for nested, sub in (("units", "unit"), ("placements", "placement"), ("relations", "relation")):
        for child in rec.get(nested, ()):
            _rewind(sub, rec["id"], child, later)


# ---------------------------------------------------------------------------
# JSON → op
# ---------------------------------------------------------------------------


@dataclasses.dataclass
class InsertItems(Op):
    """Add items each at its own index (the inverse of a removal)."""

    kind: str
    org_id: str | None
    pairs: list[tuple[int | None, Any]]
    text: str = "Legg til"

    def apply(self, project: Project) -> None:
        project.add_items(self.kind, self.org_id, list(self.pairs))

    def revert(self, project: Project) -> None:
        project.remove_items(self.kind, self.org_id, [_key(it) for _, it in self.pairs])


@dataclasses.dataclass
class UnsetSettings(Op):
    """Remove settings keys (the inverse of setting a key that was unset)."""

    keys: list[str]
    text: str = "Endre innstillinger"
    _old: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    def apply(self, project: Project) -> None:
        self._old = {k: project.settings.pop(k) for k in self.keys if k in project.settings}
        _settings_changed(project, self.keys)

    def revert(self, project: Project) -> None:
        project.settings.update(self._old)
        _settings_changed(project, self.keys)


def _settings_changed(project: Project, keys: list[str]) -> None:
    from .project import Change

    project.notify(Change("settings", "changed", None, (), tuple(keys)))


@dataclasses.dataclass
class RemoveHistory(Op):
    """Take back history entries (the latest equal ones), e.g. when undoing in team mode."""

    entries: list[HistoryEntry]
    text: str = "Historikk"
    _taken: list[tuple[int, HistoryEntry]] = dataclasses.field(default_factory=list, repr=False)

    def apply(self, project: Project) -> None:
        taken: dict[int, HistoryEntry] = {}
        for entry in reversed(self.entries):
            idx = next(
                (
                    i
                    for i in range(len(project.history) - 1, -1, -1)
                    if i not in taken and project.history[i] == entry
                ),
                None,
            )
            if idx is None:
                raise OpJsonError(_("Historikkoppføringen finnes ikke"))
            taken[idx] = entry
        for idx in sorted(taken, reverse=True):
            del project.history[idx]
        self._taken = sorted(taken.items(), key=lambda pair: pair[0])

    def revert(self, project: Project) -> None:
        for idx, entry in self._taken:
            project.history.insert(idx, entry)


def _from_prim(p: dict[str, Any]) -> list[Op]:
    t = p.get("t")
    if t == "add":
        items = [item_from(p["kind"], r) for r in p["items"]]
        at = p.get("at") or [None] * len(items)
        first = at[0] if at else None
        if all(a is None for a in at):
            return [AddItems(p["kind"], p["org"], items)]
        if first is not None and at == [first + n for n in range(len(items))]:
            return [AddItems(p["kind"], p["org"], items, index=first)]
        return [InsertItems(p["kind"], p["org"], list(zip(at, items, strict=True)))]
    if t == "remove":
        ids = [_key(item_from(p["kind"], r)) for r in p["expect"]]
        return [RemoveItems(p["kind"], p["org"], ids)]
    if t == "set":
        return [SetFields(p["kind"], p["org"], p["id"], dict(p["changes"]))]
    if t == "settings":
        out: list[Op] = []
        if p.get("changes"):
            out.append(SetSettings(dict(p["changes"])))
        if p.get("unset"):
            out.append(UnsetSettings(list(p["unset"])))
        return out
    if t == "history":
        return [AppendHistory([HistoryEntry(**e) for e in p["entries"]])]
    if t == "unhistory":
        return [RemoveHistory([HistoryEntry(**e) for e in p["entries"]])]
    raise OpJsonError(_("Ukjent operasjon: {t!r}").format(t=t))


def from_json(data: dict[str, Any]) -> Compound:
    """An op (a :class:`Compound`) that does what ``data`` describes."""
    try:
        ops = [op for p in data["prims"] for op in _from_prim(p)]
    except (KeyError, TypeError) as exc:
        raise OpJsonError(_("Ugyldig operasjon ({exc})").format(exc=exc)) from exc
    return Compound(ops, text=str(data.get("text", "")))


# ---------------------------------------------------------------------------
# preconditions and inverse
# ---------------------------------------------------------------------------


def _current(project: Project, kind: str, org: str | None, item_id: str) -> Any:
    try:
        return project.collection(kind, org).get(item_id)
    except ValueError:  # ModelError: the org itself is gone
        return None


def check(project: Project, p: dict[str, Any]) -> dict[str, Any] | None:
    """None when ``p`` may apply to ``project``; else ``{"reason", "field", "current"}``."""
    t = p["t"]
    if t == "add":
        for rec in p["items"]:
            key = _key(item_from(p["kind"], rec))
            if _current(project, p["kind"], p["org"], key) is not None:
                return {"reason": _("finnes allerede"), "id": key, "field": None, "current": None}
        if p["kind"] in ("unit", "placement", "relation") and p["org"] is not None:
            if _org_missing(project, p["org"]):
                return {"reason": _("finnes ikke"), "id": p["org"], "field": None, "current": None}
        return None
    if t in ("remove", "set"):
        expects = p["expect"] if t == "remove" else [{**p["expect"], "__id": p["id"]}]
        for exp in expects:
            key = exp.get("__id") or _key(item_from(p["kind"], exp))
            cur = _current(project, p["kind"], p["org"], key)
            if cur is None:
                return {"reason": _("finnes ikke"), "id": key, "field": None, "current": None}
            now = record(p["kind"], cur)
            if t == "remove":  # what is inside a scenario must be as the remover saw it
                for name in NESTED:
                    if name in now and sorted(map(repr, now[name])) != sorted(map(repr, exp.get(name, []))):
                        return {"reason": "endret", "id": key, "field": name, "current": None}
            now = flat(now)
            for name, value in flat(exp).items():
                if name == "__id":
                    continue
                if name not in now:
                    return {"reason": _("ukjent felt"), "id": key, "field": name, "current": None}
                if now[name] != value:
                    return {"reason": "endret", "id": key, "field": name, "current": now[name]}
        return None
    if t == "settings":
        for name, value in p.get("expect", {}).items():
            now = project.name if name == "name" else project.settings.get(name, _MISSING)
            if now is _MISSING or now != value:
                return {
                    "reason": "endret",
                    "id": None,
                    "field": name,
                    "current": None if now is _MISSING else now,
                }
        for name in p.get("absent", []):
            if name in project.settings:
                return {"reason": "endret", "id": None, "field": name, "current": project.settings[name]}
        return None
    if t == "unhistory":
        pool = [dataclasses.asdict(h) for h in project.history]
        for e in p["entries"]:
            if e not in pool:
                return {"reason": _("finnes ikke"), "id": None, "field": "history", "current": None}
            pool.remove(e)
    return None


def _org_missing(project: Project, org: str) -> bool:
    return org not in project.scenarios and org not in project.sources


def check_op(project: Project, data: dict[str, Any]) -> dict[str, Any] | None:
    """Check every primitive of an op against ``project`` as it will be when it applies.

    Applies the primitives one by one on ``project`` and reverts them again, so
    a later primitive is checked against the effect of the earlier ones.
    """
    done: list[Op] = []
    try:
        for p in data["prims"]:
            problem = check(project, p)
            if problem is not None:
                return problem
            for op in _from_prim(p):
                op.apply(project)
                done.append(op)
        return None
    except ValueError as exc:  # ModelError / OpJsonError: the op does not fit
        return {"reason": str(exc), "id": None, "field": None, "current": None}
    finally:
        for op in reversed(done):
            op.revert(project)


def _inverse_prim(p: dict[str, Any]) -> dict[str, Any]:
    t = p["t"]
    if t == "add":
        return {"t": "remove", "kind": p["kind"], "org": p["org"], "expect": p["items"], "at": p["at"]}
    if t == "remove":
        return {"t": "add", "kind": p["kind"], "org": p["org"], "items": p["expect"], "at": p["at"]}
    if t == "set":
        return {**p, "changes": p["expect"], "expect": p["changes"]}
    if t == "settings":
        return {
            "t": "settings",
            "changes": dict(p["expect"]),
            "unset": list(p.get("absent", [])),
            "expect": {**{k: v for k, v in p["changes"].items()}},
            "absent": list(p.get("unset", [])),
        }
    if t == "history":
        return {"t": "unhistory", "entries": p["entries"]}
    if t == "unhistory":
        return {"t": "history", "entries": p["entries"]}
    raise OpJsonError(_("Ukjent operasjon: {t!r}").format(t=t))


def inverse(data: dict[str, Any]) -> dict[str, Any]:
    """The op that undoes ``data``, expecting the values ``data`` left behind."""
    return {
        "text": f"Angre {data.get('text', '')}".strip(),
        "prims": [_inverse_prim(p) for p in reversed(data["prims"])],
    }
