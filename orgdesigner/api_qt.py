"""The Qt part of the public plugin API: helpers for a metric panel's widget.

Import it only inside a ``widget_factory`` (it imports Qt); everything Qt-free
is in :mod:`orgdesigner.api`, under the same :data:`~orgdesigner.api.API_VERSION`.
"""

from __future__ import annotations

from .ui.panel_refresh import RefreshScheduler, on_screen

__all__ = ["RefreshScheduler", "on_screen"]
