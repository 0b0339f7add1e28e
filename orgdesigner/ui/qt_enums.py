"""Fast short enum names on ``Qt`` (``Qt.DisplayRole`` as well as ``Qt.ItemDataRole.DisplayRole``).

PySide6 resolves a short name such as ``Qt.DisplayRole`` through a fallback lookup that costs
15–20 µs a time (the full name: about 1 µs). Item models ask it several times per ``data()``
call, thousands of calls per repaint, so after an edit the outline alone took longer than the
chart. :func:`cache_short_names` asks PySide6 once for each short name and keeps the very
object it returns as a plain class attribute: the same values, found at attribute speed.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

_done = False


def cache_short_names() -> int:
    """Cache every short enum name of ``Qt`` that PySide6 resolves; returns how many (once)."""
    global _done
    if _done:
        return 0
    _done = True
    own = vars(Qt)
    names = {
        member.name
        for value in list(own.values())
        if isinstance(value, type) and issubclass(value, enum.Enum)
        for member in value
    }
    cached = 0
    for name in sorted(names - set(own)):
        try:
            value = getattr(Qt, name)  # whatever PySide6's own lookup gives
            setattr(Qt, name, value)
        except (AttributeError, TypeError):
            continue
        cached += 1
    return cached
