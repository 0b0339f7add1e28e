"""Comparing scenarios: key figures side by side and a structural diff in words.

Units are matched by id first (``ops.copy_scenario`` keeps unit ids). Units left
over on both sides are then matched by their path of names from the root, and
what is still left by name alone when the name is unique on both sides — so two
alternatives built separately (e.g. from structure tables) compare unit by unit,
and a unit that moved still counts as moved, not as removed and added. The diff
says how many units were matched each way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from ..formatting import number
from ..i18n import N_, _, count_text
from ..model import Project, Scenario, role_label, unit_type_label
from .metrics import compute_metrics
from .placement import placed_units

#: key figures shown in comparison tables, with bokmål labels (marked; translate with _()), in order
KEY_LABELS: dict[str, str] = {
    "units": N_("Enheter"),
    "levels": N_("Nivåer"),
    "positions": N_("Stillinger"),
    "positions_placed": N_("Innplasserte stillinger"),
    "persons": N_("Ansatte"),
    "fte": N_("Årsverk"),
    "fte_placed": N_("Årsverk innplassert"),
    "salary": N_("Lønnskostnad"),
    "vacancies": N_("Vakante stillinger"),
    "relocated": N_("Endret arbeidssted"),
    "leaders": N_("Ledere"),
    "span_mean": N_("Kontrollspenn, snitt"),
    "span_median": N_("Kontrollspenn, median"),
    "span_max": N_("Kontrollspenn, største"),
    "placed_share": N_("Andel innplassert"),
}

#: unit fields compared, with the words a reader sees
UNIT_FIELDS: dict[str, str] = {
    "type": N_("Enhetstype"),
    "role": N_("Rolle"),
    "location_id": N_("Lokasjon"),
    "leader_position_id": N_("Leder"),
    "target_group": N_("Målgruppe"),
    "cost_centre": N_("Ansvar"),
}

MATCH_LABELS = {"id": N_("samme id"), "path": N_("samme navn og plassering"), "name": N_("samme navn")}


@dataclass
class StructuralDiff:
    """What changes from scenario ``a`` to scenario ``b`` (unit ids are b's unless noted)."""

    a_id: str
    b_id: str
    added: list[str] = field(default_factory=list)  # units only in b
    removed: list[str] = field(default_factory=list)  # units only in a (a's ids)
    moved: list[dict[str, Any]] = field(default_factory=list)  # unit, name, from, to (names)
    renamed: list[dict[str, Any]] = field(default_factory=list)  # unit, old, new
    changed: list[dict[str, Any]] = field(default_factory=list)  # unit, field, label, old, new (text)
    positions_moved: list[dict[str, Any]] = field(default_factory=list)  # position, from, to (unit ids)
    matched: dict[str, int] = field(default_factory=dict)  # "id" / "path" / "name" → units matched so

    @property
    def matched_by_name(self) -> int:
        """Units matched by name (path or name alone) rather than by id."""
        return self.matched.get("path", 0) + self.matched.get("name", 0)

    @property
    def empty(self) -> bool:
        return not (
            self.added or self.removed or self.moved or self.renamed or self.changed or self.positions_moved
        )

    def matching_text(self) -> str:
        """How the units were matched, in a sentence («12 på samme id, 3 på samme navn»)."""
        parts = [
            _("{n} på {how}").format(n=number(n), how=_(MATCH_LABELS[k]))
            for k, n in self.matched.items()
            if n
        ]
        if not parts:
            return _("Enhetene er koblet – ingen felles enheter.")
        return _("Enhetene er koblet {how}.").format(how=", ".join(parts))

    def position_flows(self, project: Project) -> list[tuple[str, str, int]]:
        """(from unit name, to unit name, positions) for the positions that end up elsewhere, largest first."""
        a, b = project.scenarios[self.a_id], project.scenarios[self.b_id]
        none = _("ikke innplassert")
        counts = Counter(
            (a.units[m["from"]].name if m["from"] else none, b.units[m["to"]].name if m["to"] else none)
            for m in self.positions_moved
        )
        return [(f, t, n) for (f, t), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def to_json(self, project: Project) -> dict[str, Any]:
        a, b = project.scenarios[self.a_id], project.scenarios[self.b_id]
        out = asdict(self)
        out["added"] = [{"id": u, "name": b.units[u].name} for u in self.added]
        out["removed"] = [{"id": u, "name": a.units[u].name} for u in self.removed]
        out["positions_moved_count"] = len(self.positions_moved)
        out["matched_by_name"] = self.matched_by_name
        out["changes"] = describe(project, self)
        return out


def _paths(sc: Scenario) -> dict[str, tuple[str, ...]]:
    return {uid: tuple(sc.path(uid, "\x00").split("\x00")) for uid in sc.units}


def match_units(a: Scenario, b: Scenario) -> tuple[dict[str, str], dict[str, int]]:
    """a unit id → b unit id, and how many were matched by id, by name path and by name alone."""
    match = {u: u for u in a.units if u in b.units}
    how = {"id": len(match), "path": 0, "name": 0}
    rest_a = [u for u in a.units if u not in match]
    taken = set(match.values())
    rest_b = [u for u in b.units if u not in taken]
    if rest_a and rest_b:
        pa, pb = _paths(a), _paths(b)
        free: dict[tuple[str, ...], list[str]] = {}
        for u in rest_b:
            free.setdefault(pb[u], []).append(u)
        for u in rest_a:
            cands = free.get(pa[u])
            if cands:
                match[u] = cands.pop(0)
                how["path"] += 1
        taken = set(match.values())
        left_a = [u for u in rest_a if u not in match]
        left_b = [u for u in rest_b if u not in taken]
        names_a = Counter(a.units[u].name.casefold() for u in left_a)
        names_b: dict[str, list[str]] = {}
        for u in left_b:
            names_b.setdefault(b.units[u].name.casefold(), []).append(u)
        for u in left_a:
            key = a.units[u].name.casefold()
            if names_a[key] == 1 and len(names_b.get(key, ())) == 1:
                match[u] = names_b[key][0]
                how["name"] += 1
    return match, how


def _field_text(project: Project, name: str, value: Any) -> str:
    """A unit field's value as a reader knows it (names, never ids)."""
    if not value:
        return "–"
    if name == "location_id":
        loc = project.locations.get(value)
        return loc.name if loc else _("(ukjent lokasjon)")
    if name == "leader_position_id":
        from .findings import position_label

        return position_label(project, value) if value in project.positions else _("(ukjent stilling)")
    if name == "type":
        return unit_type_label(str(value))
    if name == "role":
        return role_label(str(value))
    return str(value)


def _place_with_address(project: Project, location_id: str | None) -> str:
    loc = project.locations.get(location_id or "")
    if loc is None:
        return "–"
    return f"{loc.name} ({loc.address})" if loc.address else loc.name


def diff_scenarios(project: Project, a_id: str, b_id: str) -> StructuralDiff:
    """Units added, removed, moved, renamed or changed, and positions moved, from a to b."""
    a, b = project.scenario(a_id), project.scenario(b_id)
    match, how = match_units(a, b)
    back = {v: k for k, v in match.items()}
    d = StructuralDiff(a.id, b.id, matched=how)
    d.removed = [u for u in a.units if u not in match]
    d.added = [u for u in b.units if u not in back]

    def name_a(uid: str | None) -> str:
        return a.units[uid].name if uid in a.units else ""

    def name_b(uid: str | None) -> str:
        return b.units[uid].name if uid in b.units else ""

    for ua, ub in match.items():
        xa, xb = a.units[ua], b.units[ub]
        pa = xa.parent_id if xa.parent_id in a.units else None
        pb = xb.parent_id if xb.parent_id in b.units else None
        if match.get(pa) != pb if pa is not None else pb is not None:
            d.moved.append({"unit": ub, "name": xb.name, "from": name_a(pa), "to": name_b(pb)})
        if xa.name != xb.name:
            d.renamed.append({"unit": ub, "old": xa.name, "new": xb.name})
        for f, label in UNIT_FIELDS.items():
            old, new = getattr(xa, f), getattr(xb, f)
            if old != new and (old or new):
                old_text, new_text = _field_text(project, f, old), _field_text(project, f, new)
                if old_text == new_text and f == "location_id":  # two places of the same name
                    old_text, new_text = _place_with_address(project, old), _place_with_address(project, new)
                d.changed.append({"unit": ub, "field": f, "label": label, "old": old_text, "new": new_text})
    in_a, in_b = placed_units(a), placed_units(b)
    for pid in project.positions:
        ua, ub = in_a.get(pid), in_b.get(pid)
        if (match.get(ua, "\x00gone") if ua is not None else None) != ub:
            d.positions_moved.append({"position": pid, "from": ua, "to": ub})
    return d


def describe_sections(project: Project, d: StructuralDiff) -> list[tuple[str, list[str]]]:
    """The differences as (heading, sentences) a board member reads — names, never ids.

    «Økonomistab oppvekst flyttet fra Oppvekst til Økonomi», «Lokasjon: Skedsmo
    rådhus → Lillestrøm rådhus». Positions are summed per pair of units. Empty
    sections are left out. Headings are bokmål keys (marked; show them with ``_()``), the
    sentences are in the current language.
    """
    a, b = project.scenarios[d.a_id], project.scenarios[d.b_id]
    top = _("toppen")
    added = []
    for u in d.added:
        parent = b.units[u].parent_id
        if parent in b.units:
            added.append(
                _("{unit} lagt til under {parent}").format(unit=b.units[u].name, parent=b.units[parent].name)
            )
        else:
            added.append(_("{unit} lagt til på toppen").format(unit=b.units[u].name))
    removed = []
    for u in d.removed:
        parent = a.units[u].parent_id
        if parent in a.units:
            removed.append(
                _("{unit} fjernet (lå under {parent})").format(
                    unit=a.units[u].name, parent=a.units[parent].name
                )
            )
        else:
            removed.append(_("{unit} fjernet").format(unit=a.units[u].name))
    moved = _("{unit} flyttet fra {old} til {new}")
    sections = [
        (
            N_("Flyttet"),
            [moved.format(unit=m["name"], old=m["from"] or top, new=m["to"] or top) for m in d.moved],
        ),
        (N_("Lagt til"), added),
        (N_("Fjernet"), removed),
        (
            N_("Nytt navn"),
            [_("{old} får navnet {new}").format(old=r["old"], new=r["new"]) for r in d.renamed],
        ),
        (
            N_("Endret"),
            [f"{b.units[c['unit']].name} – {_(c['label'])}: {c['old']} → {c['new']}" for c in d.changed],
        ),
        (
            N_("Stillinger i en annen enhet"),
            [
                _("{positions} fra {old} til {new}").format(positions=_count(n), old=f, new=t)
                for f, t, n in d.position_flows(project)
            ],
        ),
    ]
    return [(title, lines) for title, lines in sections if lines]


def describe(project: Project, d: StructuralDiff, limit: int | None = None) -> list[str]:
    """Every sentence of :func:`describe_sections`, in order (at most ``limit``)."""
    out = [line for _title, lines in describe_sections(project, d) for line in lines]
    return out if limit is None else out[:limit]


def _count(n: int) -> str:
    return count_text("{n} stilling", "{n} stillinger", n)


def key_figures_table(project: Project, scenario_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Scenario id → its key figures (see :meth:`ScenarioMetrics.key_figures`)."""
    out = {}
    for sid in scenario_ids:
        sc = project.scenario(sid)
        out[sc.id] = compute_metrics(project, sc.id).key_figures()
    return out
