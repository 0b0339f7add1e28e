"""The Qt part of the public plugin API: helpers for a metric panel's widget.

Import it only inside a ``widget_factory`` (it imports Qt); everything Qt-free
is in :mod:`orgdesigner.api`, under the same :data:`~orgdesigner.api.API_VERSION`.
"""

from __future__ import annotations

from .theme import Palette
from .theme import current as current_palette
from .ui.panel_refresh import RefreshScheduler, on_screen
from .ui.theme_qt import manager as theme_manager
from .ui.theme_qt import qcolor, severity_icon

__all__ = [
    "Palette",
    "RefreshScheduler",
    "current_palette",
    "on_screen",
    "qcolor",
    "severity_icon",
    "theme_manager",
]
