"""The primitive operations every edit is built from.

:class:`AddItems`, :class:`RemoveItems` and :class:`SetFields` cover the
project's collections, :class:`SetSettings` its settings, :class:`AppendHistory`
the placement history, and :class:`Compound` makes several one undo step. Each
has ``apply(project)`` and ``revert(project)``; the factories in ``ops.py``
compose them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .entities import HistoryEntry
from .project import Project, _key


class Op:
    """Base of all operations; ``text`` is shown in the undo history (bokmål)."""

    text: str = ""

    def apply(self, project: Project) -> None:
        raise NotImplementedError

    def revert(self, project: Project) -> None:
        raise NotImplementedError


@dataclass
class AddItems(Op):
    """Add items of one kind (units, persons, scenarios, …)."""

    kind: str
    org_id: str | None
    items: list[Any]
    text: str = "Legg til"
    index: int | None = None

    def apply(self, project: Project) -> None:
        idx = self.index
        pairs = [(None if idx is None else idx + n, it) for n, it in enumerate(self.items)]
        project.add_items(self.kind, self.org_id, pairs)

    def revert(self, project: Project) -> None:
        project.remove_items(self.kind, self.org_id, [_key(i) for i in self.items])


@dataclass
class RemoveItems(Op):
    """Remove items by id; remembers where they stood so revert restores order."""

    kind: str
    org_id: str | None
    ids: list[str]
    text: str = "Fjern"
    _removed: list[tuple[int, Any]] = field(default_factory=list, repr=False)

    def apply(self, project: Project) -> None:
        self._removed = project.remove_items(self.kind, self.org_id, self.ids)

    def revert(self, project: Project) -> None:
        project.add_items(self.kind, self.org_id, self._removed)


@dataclass
class SetFields(Op):
    """Set attributes of one item; remembers the old values."""

    kind: str
    org_id: str | None
    item_id: str
    changes: dict[str, Any]
    text: str = "Endre"
    _old: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, project: Project) -> None:
        self._old = project.set_fields(self.kind, self.org_id, self.item_id, self.changes)

    def revert(self, project: Project) -> None:
        project.set_fields(self.kind, self.org_id, self.item_id, self._old)


_MISSING = object()


@dataclass
class SetSettings(Op):
    """Change project settings (and the project name via key ``name``)."""

    changes: dict[str, Any]
    text: str = "Endre innstillinger"
    _old: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, project: Project) -> None:
        self._old = {}
        for key, value in self.changes.items():
            if key == "name":
                self._old[key] = project.name
                project.name = value
            else:
                self._old[key] = project.settings.get(key, _MISSING)
                project.settings[key] = copy.deepcopy(value)
        _notify_settings(project, self.changes)

    def revert(self, project: Project) -> None:
        for key, value in self._old.items():
            if key == "name":
                project.name = value
            elif value is _MISSING:
                project.settings.pop(key, None)
            else:
                project.settings[key] = value
        _notify_settings(project, self._old)


def _notify_settings(project: Project, changes: dict[str, Any]) -> None:
    from .project import Change

    project.notify(Change("settings", "changed", None, (), tuple(changes)))


@dataclass
class AppendHistory(Op):
    """Record placement decisions in the project history."""

    entries: list[HistoryEntry]
    text: str = "Historikk"

    def apply(self, project: Project) -> None:
        project.append_history(list(self.entries))

    def revert(self, project: Project) -> None:
        project.pop_history(len(self.entries))


@dataclass
class Compound(Op):
    """Several ops as one undo step; reverted in reverse order."""

    ops: list[Op]
    text: str = "Endring"

    def apply(self, project: Project) -> None:
        done: list[Op] = []
        try:
            for op in self.ops:
                op.apply(project)
                done.append(op)
        except Exception:
            for op in reversed(done):
                op.revert(project)
            raise

    def revert(self, project: Project) -> None:
        for op in reversed(self.ops):
            op.revert(project)
