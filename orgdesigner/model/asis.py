"""Today's organisation (dagens organisasjon) of a source kommune, seen as a read-only scenario.

``project.scenarios.get("asis:<source id>")`` returns an :class:`AsIsView`: a
:class:`Scenario` whose units ARE the source's units (the same dict) and whose
placements put every position of that kommune in its current unit. Every view
that shows a scenario (chart, outline, figures, exports) can therefore show the
as-is organisation unchanged, with the same figures. The view is never stored,
never listed by iterating ``project.scenarios``, and edits aimed at it are
refused by :meth:`Project.org` (it is not a real org).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..i18n import _
from .entities import Placement, PlacementStatus
from .org import Scenario

if TYPE_CHECKING:
    from .project import Project

PREFIX = "asis:"


def asis_id(source_id: str) -> str:
    """The scenario id under which a source kommune's as-is organisation is shown."""
    return PREFIX + source_id


def source_of(view_id: str | None) -> str | None:
    """The source id of an as-is view id, else None."""
    if view_id and view_id.startswith(PREFIX):
        return view_id[len(PREFIX) :]
    return None


def view_name(source_name: str) -> str:
    return _("Dagens organisasjon – {source_name}").format(source_name=source_name)


@dataclass(eq=False)
class AsIsView(Scenario):
    """A read-only scenario projection of one source kommune."""

    source_id: str = ""
    kind = "asis"
    read_only = True


def build_view(project: Project, source_id: str) -> AsIsView | None:
    src = project.sources.get(source_id)
    if src is None:
        return None
    placements = {
        pid: Placement(pid, unit_id=pos.unit_id, status=PlacementStatus.PLASSERT)
        for pid, pos in project.positions.items()
        if pos.source_id == source_id and pos.unit_id is not None
    }
    view = AsIsView(
        asis_id(source_id),
        view_name(src.name),
        units=src.units,
        attributes=dict(src.attributes),
        description=_("Dagens organisasjon i {kommune} (skrivebeskyttet)").format(kommune=src.name),
        placements=placements,
        source_id=source_id,
    )
    return view


class ScenarioDict(dict):
    """``Project.scenarios``: a plain dict of the real scenarios whose ``get`` and
    ``[]`` also answer as-is view ids (built on demand, cached until the kommune's
    units or positions change)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._project: Project | None = None
        self._views: dict[str, AsIsView] = {}

    def bind(self, project: Project) -> None:
        self._project = project

    def view(self, key: str) -> AsIsView | None:
        sid = source_of(key)
        if sid is None or self._project is None:
            return None
        found = self._views.get(sid)
        if found is None:
            found = build_view(self._project, sid)
            if found is not None:
                self._views[sid] = found
        return found

    def get(self, key: Any, default: Any = None) -> Any:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if isinstance(key, str) and key.startswith(PREFIX):
            found = self.view(key)
            return default if found is None else found
        return default

    def __missing__(self, key: Any) -> Any:
        found = self.view(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def forget_views(self, source_id: str | None = None) -> None:
        if source_id is None:
            self._views.clear()
        else:
            self._views.pop(source_id, None)

    def __deepcopy__(self, memo: dict[int, Any]) -> ScenarioDict:
        import copy

        out = ScenarioDict({k: copy.deepcopy(v, memo) for k, v in self.items()})
        return out

    def __reduce__(self) -> Any:
        return (ScenarioDict, (dict(self),))
