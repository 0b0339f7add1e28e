"""Hold off Python's cyclic garbage collector during a burst of allocations.

With 50 000 positions in memory, a full collection that happens to fall inside a
relayout, a metrics build or a panel rebuild walks every object of the project
and costs more than the work itself. Standard library only; every layer may use it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the collector inside the block; restore its state after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
