"""Where a project lives: one protocol, two homes (a ``.orgd`` file or a PostgreSQL server).

A :class:`Backend` loads a project with its version, commits a batch of ops
(``orgdesigner.model.opjson`` format) against the version the client last saw,
lists the changes since a version and tells a listener when there are new
ones. The model, analysis and UI only see a :class:`~orgdesigner.model.Project`
and ops; :class:`~orgdesigner.storage.team.TeamSession` keeps one in step with a
backend.

A project reference is either a file path or a server URL with the project in
the fragment: ``postgresql://host/db?sslmode=verify-full#project=NAME`` (any
libpq connection URI; ``postgresql:///?service=kommune#project=NAME`` uses a
libpq service file). :func:`open_backend` and :func:`load_project` accept both,
so every headless command takes a server project the same way as a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from .. import formatting
from ..i18n import N_, _, label
from ..model import Project, opjson
from .projectfile import ProjectFileError, load, read_meta, save


class BackendError(ProjectFileError):
    """Cannot reach or read where the project lives (message in bokmål; CLI exit 2).

    A :class:`ProjectFileError`, so every command that opens a project
    reports a server the same way as a file.
    """

    def __init__(self, reason: str, where: str = "serveren") -> None:
        self.path = where
        self.reason = reason
        Exception.__init__(self, reason)


class AccessDenied(BackendError):
    """The server refused: no such project, no right to it, or it exists already (CLI exit 1)."""


#: words for the user: kinds and fields in refusal messages
KIND_WORDS = {
    "unit": N_("enheten"),
    "placement": N_("innplasseringen"),
    "relation": N_("den stiplede linjen"),
    "person": N_("personen"),
    "position": N_("stillingen"),
    "location": N_("lokasjonen"),
    "scenario": N_("alternativet"),
    "source": N_("kommunen"),
    "org": N_("organisasjonen"),
    "history": N_("historikken"),
}
FIELD_WORDS = {
    "name": N_("navn"),
    "type": N_("enhetstype"),
    "parent_id": N_("overordnet enhet"),
    "sort_order": N_("rekkefølge"),
    "leader_position_id": N_("leder"),
    "location_id": N_("lokasjon"),
    "target_group": N_("målgruppe"),
    "role": N_("rolle"),
    "kostra": N_("KOSTRA-funksjoner"),
    "cost_centre": N_("ansvar"),
    "attributes": N_("egne felt"),
    "unit_id": N_("enhet"),
    "work_place_id": N_("arbeidssted"),
    "status": N_("status"),
    "note": N_("notat"),
    "wishes": N_("ønsker"),
    "title": N_("tittel"),
    "fte_percent": N_("stillingsprosent"),
    "salary": N_("årslønn"),
    "address": N_("adresse"),
    "description": N_("beskrivelse"),
}


@dataclass
class Refusal:
    """One op the backend did not apply, and why (in terms a user can act on)."""

    index: int  # position in the committed batch
    op: dict[str, Any]
    reason: str
    kind: str | None = None
    item_id: str | None = None
    field: str | None = None
    current: Any = None
    by: str | None = None  # who last changed the item
    at: str | None = None
    their_text: str | None = None  # what that change was called

    def message(self) -> str:
        """A sentence for the user, in the current language."""
        what = self.op.get("text") or _("Endringen")
        if self.reason == "endret":
            if self.field:
                target = _("feltet «{field}»").format(field=label(FIELD_WORDS, self.field))
            else:
                target = _("dette")
            who = _("av {user}").format(user=self.by) if self.by else _("av en annen")
            when = " " + formatting.timestamp(self.at) if self.at else ""
            now = (
                " " + _("Verdien nå er {current!r}.").format(current=self.current)
                if self.current is not None
                else ""
            )
            text = _("{what} ble avvist: {target} ble endret {who}{when}.").format(
                what=what, target=target, who=who, when=when
            )
            return text + now
        if self.reason == "finnes ikke":
            who = " " + _("(sist endret av {user})").format(user=self.by) if self.by else ""
            return _("{what} ble avvist: {kind} {id} finnes ikke lenger{who}.").format(
                what=what,
                kind=_(KIND_WORDS.get(self.kind or "", N_("elementet"))),
                id=self.item_id or "",
                who=who,
            )
        if self.reason == "finnes allerede":
            return _("{what} ble avvist: {id} finnes allerede.").format(what=what, id=self.item_id)
        return _("{what} ble avvist: {reason}.").format(what=what, reason=self.reason)


@dataclass
class CommitResult:
    version: int  # the backend's version after the commit
    accepted: list[int] = field(default_factory=list)  # version of each accepted op, batch order
    refused: list[Refusal] = field(default_factory=list)


@dataclass
class RemoteChange:
    """One accepted op as the backend logged it."""

    version: int
    login: str
    at: str
    client: str
    op: dict[str, Any]


class Backend(Protocol):
    """Where a project lives."""

    def load(self) -> tuple[Project, int]:
        """The project and the version it is at."""

    def commit(self, base: int, ops: list[dict[str, Any]], client: str = "") -> CommitResult:
        """Apply ``ops`` (each all-or-nothing) whose preconditions hold; refuse the rest."""

    def changes_since(self, version: int) -> list[RemoteChange]:
        """Accepted ops after ``version``, in order."""

    def subscribe(self, callback: Callable[[int], None]) -> Callable[[], None]:
        """Call ``callback(version)`` when there are new changes (from :meth:`poll`); returns unsubscribe."""

    def close(self) -> None: ...


# ---------------------------------------------------------------------------
# the .orgd file
# ---------------------------------------------------------------------------

VERSION_KEY = "team.version"


class FileBackend:
    """A ``.orgd`` file: today's behaviour behind the same protocol.

    A commit takes the file's lock (``storage.lock``; refused while someone
    else has the file open), reads the file, checks each op's preconditions
    against it, applies those that hold and saves atomically. The
    changes made through this object are remembered so ``changes_since``
    can answer for them; a file changed by another program since gives a
    :class:`BackendError` (reopen the file).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._log: list[RemoteChange] = []
        self._listeners: list[Callable[[int], None]] = []

    def _version(self) -> int:
        try:
            return int(read_meta(self.path).get(VERSION_KEY, "0"))
        except ValueError:
            return 0

    def load(self) -> tuple[Project, int]:
        return load(self.path), self._version()

    def commit(self, base: int, ops: list[dict[str, Any]], client: str = "") -> CommitResult:
        from .lock import ProjectLock, ProjectLocked

        try:
            with ProjectLock.acquire(self.path, wait=5.0):  # read, check and save as one step
                return self._commit(ops, client)
        except ProjectLocked as exc:
            raise AccessDenied(str(exc), self.path) from exc
        except OSError as exc:
            raise BackendError(_("kan ikke låse filen ({exc})").format(exc=exc), self.path) from exc

    def _commit(self, ops: list[dict[str, Any]], client: str) -> CommitResult:
        project, version = self.load()
        result = CommitResult(version)
        for n, data in enumerate(ops):
            problem = opjson.check_op(project, data)
            if problem is not None:
                result.refused.append(_refusal(n, data, problem))
                continue
            opjson.from_json(data).apply(project)
            version += 1
            result.accepted.append(version)
            self._log.append(RemoteChange(version, _login(), "", client, data))
        if result.accepted:
            save(project, self.path, meta={VERSION_KEY: str(version)})
            result.version = version
            for listener in list(self._listeners):
                listener(version)
        return result

    def changes_since(self, version: int) -> list[RemoteChange]:
        current = self._version()
        known = [c for c in self._log if c.version > version]
        if current > version and (
            not known or known[0].version != version + 1 or known[-1].version != current
        ):
            raise BackendError(
                _("«{path}» er endret av et annet program – åpne filen på nytt").format(path=self.path)
            )
        return known

    def subscribe(self, callback: Callable[[int], None]) -> Callable[[], None]:
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def close(self) -> None:
        self._listeners.clear()


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return ""


def _refusal(index: int, data: dict[str, Any], problem: dict[str, Any]) -> Refusal:
    return Refusal(
        index,
        data,
        str(problem.get("reason", "")),
        problem.get("kind"),
        problem.get("id"),
        problem.get("field"),
        problem.get("current"),
        problem.get("by"),
        problem.get("at"),
        problem.get("text"),
    )


# ---------------------------------------------------------------------------
# references
# ---------------------------------------------------------------------------


def is_server_ref(ref: str) -> bool:
    return ref.startswith(("postgresql://", "postgres://"))


def split_server_ref(ref: str) -> tuple[str, str]:
    """``(dsn, project)`` of ``postgresql://…#project=NAME``."""
    dsn, _, fragment = ref.partition("#")
    project = parse_qs(fragment).get("project", [""])[0]
    if not project:
        raise BackendError(
            _("Serveradressen mangler prosjektnavn (…#project=NAVN): {value}").format(value=safe_ref(dsn))
        )
    return dsn, project


def open_backend(ref: str, *, project: str | None = None) -> Backend:
    """A backend for a file path, a server URL with ``#project=``, or a DSN plus ``project``."""
    if project is not None:
        from .pg import PgBackend

        return PgBackend(ref, project)
    if is_server_ref(ref):
        from .pg import PgBackend

        dsn, name = split_server_ref(ref)
        return PgBackend(dsn, name)
    return FileBackend(ref)


def load_project(ref: str | os.PathLike[str]) -> Project:
    """The project at a file path or server reference (headless commands use this).

    Raises :class:`~orgdesigner.storage.ProjectFileError` for a file and
    :class:`BackendError` for a server.
    """
    if not isinstance(ref, str) or not is_server_ref(ref):
        return load(ref)
    shown = safe_ref(ref)
    try:
        backend = open_backend(ref)
        try:
            return backend.load()[0]
        finally:
            backend.close()
    except BackendError as exc:
        raise type(exc)(
            _("Kan ikke åpne «{shown}»: {reason}").format(shown=shown, reason=exc.reason), shown
        ) from exc


def safe_ref(ref: str) -> str:
    """``ref`` without a password (for messages)."""
    parts = urlsplit(ref)
    if parts.password is None:
        return ref
    user, _, host = parts.netloc.rpartition("@")
    return ref.replace(parts.netloc, f"{user.split(':')[0]}@{host}", 1)


__all__ = [
    "AccessDenied",
    "Backend",
    "BackendError",
    "CommitResult",
    "FileBackend",
    "ProjectFileError",
    "Refusal",
    "RemoteChange",
    "is_server_ref",
    "load_project",
    "open_backend",
    "split_server_ref",
]
