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


def promote_to_oldest() -> None:
    """Move what was just made to the oldest generation, so no collection walks it as young.

    Done with ``gc.freeze(); gc.unfreeze()``, and only while nothing else is frozen: the
    unfreeze would also hand back what the window froze on purpose (the open project, and
    Qt wrappers whose C++ side is gone, which PySide cannot always collect safely).
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
