"""The import log: every staff-list, structure and re-import run with all its issues
(warnings and notes too), kept in the project's settings under ``import_log.<id>``
so it is saved in the .orgd file and can be reopened (Fil → Importlogg).

An entry is plain JSON: ``at``, ``kind``, ``file``, ``sheet``, ``kommune``,
``status``, ``message``, ``counts`` and ``issues`` (``row``, ``column``,
``header``, ``severity``, ``message``). A cell value is never part of it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..i18n import N_
from .entities import new_id
from .primitives import SetSettings
from .project import Project

PREFIX = "import_log."
KINDS = {  # bokmål, marked: show with i18n.label(KINDS, kind)
    "staff": N_("Ansattliste"),
    "structure": N_("Organisasjonsstruktur"),
    "reimport": N_("Oppdatert ansattliste"),
}
COUNT_KEYS = (
    "rows_read",
    "rows_imported",
    "rows_rejected",
    "rows_skipped",
    "persons",
    "positions",
    "units",
    "locations",
)


def entry(
    kind: str, report: Any, extra: dict[str, Any] | None = None, at: str | None = None
) -> dict[str, Any]:
    """A log entry from an import report (anything with the ImportReport fields)."""
    data = report.as_dict() if hasattr(report, "as_dict") else dict(report)
    return {
        "at": at or dt.datetime.now().isoformat(timespec="seconds"),
        "kind": kind,
        "file": str(data.get("file", "")),
        "sheet": str(data.get("sheet", "") or ""),
        "kommune": str(data.get("kommune", "") or ""),
        "status": str(data.get("status", "")),
        "message": str(data.get("message", "") or ""),
        "counts": {k: data[k] for k in COUNT_KEYS if k in data},
        "issues": [
            {k: i.get(k) for k in ("row", "column", "header", "severity", "message")}
            for i in data.get("issues", [])
        ],
        **(extra or {}),
    }


def log_op(item: dict[str, Any]) -> SetSettings:
    """An op that adds ``item`` to the project's import log."""
    return SetSettings({PREFIX + new_id("log"): item}, text="Importlogg")


def entries(project: Project) -> list[dict[str, Any]]:
    """The log, oldest first."""
    found = [v for k, v in project.settings.items() if k.startswith(PREFIX) and isinstance(v, dict)]
    return sorted(found, key=lambda e: str(e.get("at", "")))
