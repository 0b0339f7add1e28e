"""The importers the plugin manager offers, for the CLI commands (never a plugin's internals)."""

from __future__ import annotations

from typing import Any

from ..i18n import _

#: the ids the built-in staff_import plugin gives its importers
STAFF_LIST = "staff_list"
STRUCTURE = "org_structure"


def offered() -> list[Any]:
    from ..plugins import create_manager

    return list(create_manager().importers())


def find(importer_id: str) -> Any:
    """The importer with ``importer_id``, or None when no active plugin offers it."""
    return next((imp for imp in offered() if imp.id == importer_id), None)


def missing(importer_id: str) -> str:
    ids = ", ".join(imp.id for imp in offered()) or _("ingen")
    return _(
        "Importformatet «{format}» er ikke tilgjengelig (programtillegget kan være slått av). "
        "Tilgjengelige: {known}"
    ).format(format=importer_id, known=ids)
