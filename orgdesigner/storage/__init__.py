"""The ``.orgd`` project file (SQLite) and autosave/recovery; no Qt.

Public API: :func:`load`, :func:`save`, :class:`ProjectFileError`; recovery
copies in :mod:`orgdesigner.storage.recovery`.
"""

from .backend import load_project as load  # a .orgd path or postgresql://…#project=NAME
from .projectfile import ProjectFileError, read_meta, save
from .schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "ProjectFileError", "load", "read_meta", "save"]
