"""Atomic writing: a document is written to a temporary file beside the target and
moved into place, so a failure never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from orgdesigner.api import _


class BoardExportError(Exception):
    """A document that could not be written; the message (bokmål) says why."""


def check_target(path: str | os.PathLike[str], extensions: tuple[str, ...]) -> Path:
    target = Path(path)
    if target.suffix.lower() not in extensions:
        raise BoardExportError(
            _("Kan ikke skrive {target}: filen må slutte på {value}").format(
                target=target, value=" eller ".join(extensions)
            )
        )
    if not target.parent.is_dir():
        raise BoardExportError(
            _("Kan ikke skrive {target}: mappen {parent} finnes ikke").format(
                target=target, parent=target.parent
            )
        )
    if target.is_dir():
        raise BoardExportError(_("Kan ikke skrive {target}: det er en mappe").format(target=target))
    if not os.access(target.parent, os.W_OK):
        raise BoardExportError(
            _("Kan ikke skrive {target}: ingen skrivetilgang til mappen {parent}").format(
                target=target, parent=target.parent
            )
        )
    return target


def write_atomic(target: Path, write: Callable[[str], None]) -> Path:
    """Call ``write(tmp_path)`` and move the result to ``target``; clean up on failure."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, (KeyboardInterrupt, SystemExit, BoardExportError)):
            raise
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        raise BoardExportError(
            _("Kunne ikke skrive {target}: {reason}").format(target=target, reason=reason)
        ) from exc
    return target
