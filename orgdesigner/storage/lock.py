"""A shared .orgd is never silently overwritten: a lock file beside the project and a
check that the file on disk is still the one that was opened.

Kommuner keep project files on shared drives, so two people (or two app windows, or
the app and an ``import --into``) can open one file. The first takes
``.~lock.NAME.orgd#`` beside it (the LibreOffice convention, so people recognise it),
holding who (user, machine, process) and since when, plus a heartbeat the app
refreshes every minute. A second comer reads who holds it and can open read-only
or a copy, or (the CLI) wait a little. A lock is *stale* when its process is gone
(same machine) or its heartbeat is older than :data:`STALE_AFTER` (any machine):
a crash never locks a file for good.

:func:`stamp` records the file as opened (modification time, size and a hash of the
content); :func:`changed_since` tells whether someone replaced it since, so a
save can refuse and offer «Lagre som» instead of destroying their work.

Creating the lock is atomic (``O_CREAT | O_EXCL``); breaking a stale lock renames
it away first, so of two processes that find the same stale lock only one wins.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import getpass
import hashlib
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from ..i18n import _

STALE_AFTER = 15 * 60  # seconds without a heartbeat: the holder is gone
HEARTBEAT = 60  # seconds between heartbeats of a running holder
_WRITING_GRACE = 5.0  # an unreadable lock younger than this is being written


def lock_path(project_path: str | os.PathLike[str]) -> Path:
    p = Path(project_path).expanduser().absolute()
    return p.with_name(f".~lock.{p.name}#")


def _now() -> _dt.datetime:
    return _dt.datetime.now().astimezone()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return "?"


def this_machine() -> str:
    return socket.gethostname() or "?"


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - no cheap check; trust the heartbeat
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class LockInfo:
    """Who holds a project file."""

    user: str
    machine: str
    pid: int
    since: str  # ISO time the lock was taken
    heartbeat: str  # ISO time of the last sign of life
    token: str  # unique per holder
    app: str = "OrgDesigner"

    def describe(self) -> str:
        """«kari på PC-17 (OrgDesigner, prosess 4711) siden 03.12.2026 kl. 17.40» (bokmål)."""
        try:
            since = _dt.datetime.fromisoformat(self.since).strftime("%d.%m.%Y kl. %H.%M")
        except ValueError:
            since = self.since or _("ukjent tid")
        return _("{user} på {machine} ({app}, prosess {pid}) siden {since}").format(
            user=self.user, machine=self.machine, app=self.app, pid=self.pid, since=since
        )

    def age(self, now: _dt.datetime | None = None) -> float:
        """Seconds since the last heartbeat (infinite when unreadable)."""
        try:
            beat = _dt.datetime.fromisoformat(self.heartbeat)
        except ValueError:
            return float("inf")
        return ((now or _now()) - beat).total_seconds()

    def is_stale(self, now: _dt.datetime | None = None) -> bool:
        """Its holder is gone: a dead process on this machine, or no heartbeat for long."""
        if self.machine == this_machine() and not pid_alive(self.pid):
            return True
        return self.age(now) > STALE_AFTER

    @property
    def mine(self) -> bool:
        """Held by this process (another window of the same app counts as this process)."""
        return self.machine == this_machine() and self.pid == os.getpid()


class ProjectLocked(Exception):
    """The file is held by someone else; ``info`` says who (``None``: a lock being written)."""

    def __init__(self, path: Path, info: LockInfo | None) -> None:
        self.path, self.info = path, info
        who = info.describe() if info else _("en annen (låsen skrives nå)")
        super().__init__(_("«{path}» er åpen hos {who}.").format(path=path.name, who=who))


def read_lock(project_path: str | os.PathLike[str]) -> LockInfo | None:
    """The lock on ``project_path``, or None when there is none (or it cannot be read)."""
    try:
        raw = lock_path(project_path).read_text(encoding="utf-8")
        data = json.loads(raw)
        return LockInfo(
            user=str(data["user"]),
            machine=str(data["machine"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            heartbeat=str(data.get("heartbeat", data["since"])),
            token=str(data["token"]),
            app=str(data.get("app", "OrgDesigner")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(path: Path, info: LockInfo, *, exclusive: bool) -> None:
    data = json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")
    if exclusive:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        return
    tmp = path.with_name(f"{path.name}.{info.token[:8]}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class ProjectLock:
    """This process's lock on one project file; release it when done (or use ``with``)."""

    def __init__(self, project_path: Path, info: LockInfo) -> None:
        self.project_path = project_path
        self.file = lock_path(project_path)
        self.info = info

    @classmethod
    def acquire(
        cls,
        project_path: str | os.PathLike[str],
        *,
        app: str = "OrgDesigner",
        wait: float = 0.0,
        poll: float = 0.2,
    ) -> ProjectLock:
        """Take the lock, waiting up to ``wait`` seconds for another holder to let go.

        A stale lock is broken; a lock of this same process is taken over. Raises
        :class:`ProjectLocked` (who holds it) or ``OSError`` (the folder is not writable).
        """
        path = Path(project_path).expanduser().absolute()
        deadline = time.monotonic() + wait
        while True:
            now = _now().isoformat(timespec="seconds")
            info = LockInfo(_user(), this_machine(), os.getpid(), now, now, uuid.uuid4().hex, app)
            try:
                _write(lock_path(path), info, exclusive=True)
                return cls(path, info)
            except FileExistsError:
                pass
            held = read_lock(path)
            if held is None:
                if not lock_path(path).exists():
                    continue  # let go between our two looks: try again at once
                if _unreadable_is_stale(path):
                    _break(path, None)
                    continue
            elif held.mine or held.is_stale():
                if _break(path, held):
                    continue
            if time.monotonic() >= deadline:
                raise ProjectLocked(path, held)
            time.sleep(poll)

    def owned(self) -> bool:
        """Whether the lock file still is this holder's."""
        held = read_lock(self.project_path)
        return held is not None and held.token == self.info.token

    def refresh(self) -> bool:
        """Heartbeat: rewrite the time of life; False when the lock was taken from us."""
        if not self.owned():
            return False
        now = _now().isoformat(timespec="seconds")
        info = LockInfo(**{**asdict(self.info), "heartbeat": now})
        try:
            _write(self.file, info, exclusive=False)
        except OSError:
            return False
        self.info = info
        return True

    def release(self) -> None:
        """Remove the lock if it is still ours (never someone else's)."""
        if self.owned():
            with contextlib.suppress(FileNotFoundError):
                self.file.unlink()

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _unreadable_is_stale(path: Path) -> bool:
    try:
        age = time.time() - lock_path(path).stat().st_mtime
    except FileNotFoundError:
        return False  # gone meanwhile: just try again
    return age > _WRITING_GRACE


def _break(path: Path, expected: LockInfo | None) -> bool:
    """Move a stale lock out of the way; True when the caller may try to take it."""
    file = lock_path(path)
    aside = file.with_name(f"{file.name}.{uuid.uuid4().hex[:8]}.stale")
    try:
        os.replace(file, aside)
    except FileNotFoundError:
        return True  # someone else broke it: race for the new one
    moved = None
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        moved = json.loads(aside.read_text(encoding="utf-8")).get("token")
    if expected is not None and moved != expected.token:
        # we moved a fresh lock someone took a moment ago: put it back unless a new one exists
        with contextlib.suppress(OSError):
            os.link(aside, file)
        with contextlib.suppress(OSError):
            aside.unlink()
        return False
    with contextlib.suppress(OSError):
        aside.unlink()
    return True


# -- is the file on disk still the one that was opened? ------------------------------------


@dataclass(frozen=True)
class FileStamp:
    """What a project file looked like when it was opened or last saved."""

    mtime_ns: int
    size: int
    sha256: str


def stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of ``path`` now (None when it does not exist)."""
    p = Path(path)
    try:
        st = p.stat()
        digest = hashlib.sha256()
        with p.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        return None
    return FileStamp(st.st_mtime_ns, st.st_size, digest.hexdigest())


def changed_since(path: str | os.PathLike[str], seen: FileStamp | None) -> bool:
    """Whether ``path`` was replaced or changed since ``seen`` was taken.

    Time and size equal: unchanged, no need to read it; otherwise the content decides
    (a copy that only got a new time is still the same file). A file that is gone
    has no one's work in it: saving recreates it.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        return False
    if seen is None:
        return True
    if st.st_mtime_ns == seen.mtime_ns and st.st_size == seen.size:
        return False
    now = stamp(p)
    return now is None or now.sha256 != seen.sha256
