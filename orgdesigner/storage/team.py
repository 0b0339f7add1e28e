"""Keeping one local project in step with a backend that several advisers edit.

:class:`TeamSession` is optimistic: a local edit applies at once and waits in
``pending``; :meth:`TeamSession.sync` sends the pending ops as one batch and
then *rebases*: it takes back its own not-yet-confirmed ops, applies every
op the server accepted since the last sync in the server's order (its own
among them), and puts back what is still unsent. The local project then
equals the server's, every refused op is reported (:class:`Refusal`: who
changed what), and nothing is lost silently. When the server cannot be
reached the pending ops stay and go with the next successful sync.

Undo in team mode is a new op: :meth:`TeamSession.undo_op` builds the
inverse of an op with its own preconditions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ModelError, Project, new_id, opjson
from ..model.primitives import Op
from ..model.sortkeys import fractional
from .backend import Backend, BackendError, Refusal, RemoteChange


class _Undone(Op):
    """An op that was undone: applying it reverts the op (for rebasing)."""

    def __init__(self, op: Op) -> None:
        self.op = op
        self.text = op.text

    def apply(self, project: Project) -> None:
        self.op.revert(project)

    def revert(self, project: Project) -> None:
        self.op.apply(project)


@dataclass
class SyncReport:
    """What one :meth:`TeamSession.sync` did."""

    applied: list[RemoteChange] = field(default_factory=list)  # ops from the server, in order
    refused: list[Refusal] = field(default_factory=list)
    sent: int = 0  # ops sent in this sync
    offline: str = ""  # why the server could not be reached ("" when it could)

    @property
    def remote(self) -> list[RemoteChange]:
        return self.applied


class TeamSession:
    """A local :class:`Project` kept in step with ``backend``."""

    def __init__(
        self,
        backend: Backend,
        project: Project | None = None,
        version: int | None = None,
        client: str | None = None,
    ) -> None:
        if project is None or version is None:
            project, version = backend.load()
        self.backend = backend
        self.project = project
        self.version = version
        self.client = client or new_id("c")
        self.pending: list[tuple[Op, dict]] = []  # applied here, not yet sent
        self._sent: list[tuple[Op, dict]] = []  # sent and accepted or refused, not yet rebased
        self.online = True
        self.refusals: list[Refusal] = []  # every refusal so far

    # -- local edits -----------------------------------------------------------
    def prepare(self, op: Op) -> Op:
        """``op`` with fractional sibling keys (call before applying a factory's op)."""
        return fractional(self.project, op)

    def record(self, op: Op) -> dict:
        """Remember an op that has just been applied to :attr:`project`; returns its JSON."""
        data = opjson.to_json(op)
        self.pending.append((op, data))
        return data

    def edit(self, op: Op) -> Op:
        """Apply a factory's op here and queue it for the server."""
        op = self.prepare(op)
        op.apply(self.project)
        self.record(op)
        return op

    def record_undo(self, op: Op) -> dict:
        """Remember that an applied op has just been reverted here (an undo); returns the inverse JSON."""
        data = opjson.inverse(opjson.to_json(op))
        self.pending.append((_Undone(op), data))
        return data

    def undo_op(self, data: dict) -> Op:
        """The op that undoes ``data`` (an op's JSON); apply and :meth:`record` it like any edit."""
        return opjson.from_json(opjson.inverse(data))

    # -- talking to the server ---------------------------------------------------
    def sync(self, *, send: bool = True) -> SyncReport:
        """Send pending ops (when ``send``), then take in what the server has."""
        report = SyncReport()
        if send and self.pending:
            batch = self.pending
            try:
                result = self.backend.commit(self.version, [d for _, d in batch], self.client)
            except BackendError as exc:
                if type(exc) is not BackendError:  # AccessDenied: the server said no to all of it
                    raise
                self.online = False
                report.offline = str(exc)
                return report
            self._sent += batch
            self.pending = self.pending[len(batch) :]
            report.sent = len(batch)
            report.refused += result.refused
        try:
            changes = self.backend.changes_since(self.version)
        except BackendError as exc:
            self.online = False
            report.offline = str(exc)
            self.refusals += report.refused
            return report
        self.online = True
        report.applied = changes
        report.refused += self._rebase(changes)
        self.refusals += report.refused
        return report

    def _rebase(self, changes: list[RemoteChange]) -> list[Refusal]:
        if not changes and not self._sent:
            return []
        for op, _ in reversed(self._sent + self.pending):
            op.revert(self.project)
        for change in changes:
            opjson.from_json(change.op).apply(self.project)
            self.version = change.version
        self._sent = []
        still: list[tuple[Op, dict]] = []
        lost: list[Refusal] = []
        for n, (op, data) in enumerate(self.pending):
            try:
                op.apply(self.project)
            except ModelError as exc:  # the server's changes leave no room for it
                lost.append(Refusal(n, data, str(exc)))
                continue
            still.append((op, data))
        self.pending = still
        return lost
