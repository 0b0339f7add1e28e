"""Temporary files of a save: short names, and removal of what a killed save left.

A save writes ``.orgd-<pid>-<random>.tmp`` beside the target (a short name, so a
target name of up to 255 bytes still works) and moves it over the target. A
save that is killed leaves that file behind — a partial copy with personal
data — so the first save or open in a folder removes temporary files whose
process is gone (and those of older versions, ``.<name>.<random>.tmp``, once
they are ten minutes old).
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = ".orgd-"
SUFFIX = ".tmp"
#: temporary files of versions before this naming, removed when this old (seconds)
OLD_STYLE_AGE = 600

_cleaned: set[str] = set()


def create(folder: Path) -> Path:
    """A new, empty temporary file in ``folder`` (raises OSError)."""
    for _ in range(100):
        path = folder / f"{PREFIX}{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(str(folder))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # no cheap liveness test: keep files younger than an hour
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def clean_stale(folder: Path, *, force: bool = False) -> list[Path]:
    """Remove temporary save files in ``folder`` whose writer is gone; once per folder
    and process unless ``force``. Returns what was removed; never raises."""
    try:
        key = str(folder.resolve())
    except OSError:
        return []
    if key in _cleaned and not force:
        return []
    _cleaned.add(key)
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(SUFFIX)):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if name.startswith(PREFIX):
            pid_text = name[len(PREFIX) :].split("-", 1)[0]
            stale = not pid_text.isdigit() or not _alive(int(pid_text))
            if os.name == "nt":
                stale = stale and age > 3600
        else:
            stale = ".orgd." in name and age > OLD_STYLE_AGE
        if stale and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                continue
    if removed:
        log.info("Fjernet %d gjenglemte midlertidige filer i %s", len(removed), folder)
    return removed
