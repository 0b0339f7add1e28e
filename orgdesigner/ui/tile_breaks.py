"""Where the pages of a tiled chart start, so that page edges fall between boxes where they can."""

from __future__ import annotations


def tile_starts(
    lo: float, hi: float, page: float, step: float, spans: list[tuple[float, float]]
) -> list[float]:
    """Start coordinates of pages ``page`` long that cover ``lo``..``hi``, each at most ``step``
    after the one before (``page - step`` is the overlap). A page edge that would cut a box
    (``spans`` are the boxes' start and end along this axis) is pulled back to the top of that
    box, so the box is printed whole on the next page, as long as the page still advances by at
    least half a step."""
    starts = [lo]
    while starts[-1] + page < hi:
        start = starts[-1]
        edge = start + page
        nxt = start + step
        cut = [a for a, b in spans if a < edge < b and a - (page - step) > start + step / 2]
        if cut:
            nxt = min(nxt, min(cut) - (page - step))
        starts.append(nxt)
    return starts
