"""Autosave and crash recovery.

While a document has unsaved edits, the app calls :func:`write_recovery` about
once a minute; the copy goes into :func:`recovery_dir` (atomically, through
:func:`orgdesigner.storage.save`). After a normal save or close the app calls
:func:`discard_recovery`. On the next start, :func:`list_recoveries` returns
what a crash left behind, so the app can offer to restore it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from ..config import user_local_data_dir
from ..i18n import _
from ..model import Project
from .projectfile import ProjectFileError, read_meta, save

log = logging.getLogger(__name__)

SUFFIX = ".orgd"


@dataclass(frozen=True)
class RecoveryInfo:
    """One recovery copy: where it is, what it is a copy of, when it was written."""

    path: Path
    original_path: str | None  # None: a project that was never saved
    saved_at: _dt.datetime
    project_name: str = ""
    pid: int = 0  # the process that wrote it
    opened_sha256: str = ""  # the original file as that process opened it ("" unknown)

    @property
    def from_this_process(self) -> bool:
        return self.pid == os.getpid()


def recovery_dir() -> Path:
    """Per-user folder for recovery copies (``$ORGDESIGNER_DATA_DIR/recovery`` in tests)."""
    return user_local_data_dir() / "recovery"


def recovery_path(project: Project, original_path: str | os.PathLike[str] | None) -> Path:
    """Where :func:`write_recovery` puts the copy of this document: one per document and
    running instance (process), so two instances on one file never share or delete each
    other's copy, and the copy of one that crashed is offered while the other runs on."""
    if original_path:
        resolved = str(Path(original_path).expanduser().resolve())
        digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:12]
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in Path(resolved).stem)[:40]
        name = f"{stem}-{digest}-{os.getpid()}"
    else:
        name = f"uten-navn-{os.getpid()}-{id(project):x}"
    return recovery_dir() / f"{name}{SUFFIX}"


def write_recovery(
    project: Project, original_path: str | os.PathLike[str] | None, opened_sha256: str = ""
) -> Path:
    """Write a recovery copy of ``project`` atomically; returns its path.

    ``opened_sha256`` records which version of the original the edits were made on, so a
    restore can tell whether someone saved the original since (then it must not be overwritten).
    """
    path = recovery_path(project, original_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectFileError(
            path, _("kan ikke lage mappen ({value})").format(value=exc.strerror or exc), action="lagre"
        ) from exc
    original = str(Path(original_path).expanduser().resolve()) if original_path else ""
    meta = {
        "recovery_of": original,
        "recovery_pid": str(os.getpid()),
        "project_name": project.name,
        "opened_sha256": opened_sha256,
    }
    save(project, path, meta=meta)
    return path


def list_recoveries() -> list[RecoveryInfo]:
    """Recovery copies found on disk, newest first; unreadable ones are skipped (and logged)."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found: list[RecoveryInfo] = []
    for path in folder.glob(f"*{SUFFIX}"):
        if path.name.startswith("."):  # a temporary file of a save in progress
            continue
        try:
            meta = read_meta(path)
        except ProjectFileError as exc:
            log.warning("Hopper over gjenopprettingsfil: %s", exc)
            continue
        try:
            saved = _dt.datetime.fromisoformat(meta.get("saved_at", ""))
        except ValueError:
            saved = _dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        try:
            pid = int(meta.get("recovery_pid", "0"))
        except ValueError:
            pid = 0
        found.append(
            RecoveryInfo(
                path=path,
                original_path=meta.get("recovery_of") or None,
                saved_at=saved,
                project_name=meta.get("project_name", ""),
                pid=pid,
                opened_sha256=str(meta.get("opened_sha256", "") or ""),
            )
        )
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def discard_recovery(path: str | os.PathLike[str]) -> None:
    """Delete a recovery copy (missing is fine); only files inside :func:`recovery_dir`."""
    file = Path(path)
    if file.resolve().parent != recovery_dir().resolve():
        raise ValueError(_("{file} er ikke en gjenopprettingsfil").format(file=file))
    try:
        file.unlink()
    except FileNotFoundError:
        pass
