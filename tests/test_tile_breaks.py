"""Page starts of a tiled chart: edges fall between boxes where they can."""

from hypothesis import given
from hypothesis import strategies as st

from orgdesigner.ui.tile_breaks import tile_starts


def test_an_edge_that_would_cut_a_box_moves_to_the_box_top() -> None:
    starts = tile_starts(0, 250, page=100, step=90, spans=[(95, 120)])
    assert starts[1] == 95 - 10  # the box starts whole on page 2, after the overlap strip
    assert starts[-1] + 100 >= 250


@given(
    st.floats(100, 5000),
    st.lists(st.tuples(st.floats(0, 5000), st.floats(5, 60)), max_size=40),
)
def test_pages_cover_everything_and_always_advance(hi: float, boxes: list[tuple[float, float]]) -> None:
    spans = [(a, a + w) for a, w in boxes]
    starts = tile_starts(0, hi, page=100, step=90, spans=spans)
    assert starts[0] == 0 and starts[-1] + 100 >= hi
    assert all(b - a >= 45 - 1e-9 and b - a <= 90 + 1e-9 for a, b in zip(starts, starts[1:], strict=False))
