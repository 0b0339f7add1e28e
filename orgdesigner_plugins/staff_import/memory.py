"""Column mappings remembered per source kommune in the user's config folder.

``staff_import_mappings.json`` holds ``{"Fet": {"fte": "Stilling %", ...}}``
(field → header text, never a cell value). The project keeps its own copy in
its settings through the import op, so a mapping travels with the project too.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .synonyms import FIELDS, config_dir

FILE = "staff_import_mappings.json"


def _path() -> Path:
    return config_dir() / FILE


def load_user_mappings() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(k): {f: str(h) for f, h in v.items() if f in FIELDS}
        for k, v in data.items()
        if isinstance(v, dict)
    }


def save_user_mapping(kommune: str, mapping: dict[str, str]) -> None:
    """Remember ``mapping`` (field → header) for ``kommune``; failures are ignored."""
    data = load_user_mappings()
    data[kommune] = {f: h for f, h in mapping.items() if f in FIELDS and f != "national_id"}
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".mappings-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except OSError:
        pass
