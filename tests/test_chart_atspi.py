"""The chart as a screen reader on Linux sees it: over AT-SPI (D-Bus), not through Qt's own tree.

A private X server (Xvfb), D-Bus session and accessibility bus (at-spi2-core) are started;
the chart runs in its own process on the xcb platform with Qt's AT-SPI bridge on; the test
reads the accessibility tree over D-Bus and presses keys through the X server (XTEST).
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

jeepney = pytest.importorskip("jeepney", reason="jeepney (dev-avhengighet) er ikke installert")

from atspi_support import Desktop, missing  # noqa: E402

HERE = Path(__file__).resolve().parent
TREE = {
    "Kommunedirektør": {
        "Kommunedirektørens stab": {},
        "HR og økonomi": {},
        "Oppvekst": {"Fet skole": {}, "Sørum skole": {}, "Barnehager": {}},
        "Helse og omsorg": {"Sykehjem": {}, "Hjemmetjenesten": {"Avdeling nord": {}, "Avdeling sør": {}}},
    }
}


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    reason = missing()
    if reason and not os.environ.get("CI"):
        pytest.skip(f"ingen AT-SPI på denne maskinen: {reason}")
    assert not reason, reason  # CI installs at-spi2-core (scripts/test.sh)
    desk = Desktop(tmp_path_factory.mktemp("atspi"))
    env = desk.env | {"PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE)])}
    app = subprocess.Popen(
        [sys.executable, str(HERE / "atspi_chart_app.py")], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        ready, _, _ = select.select([app.stdout], [], [], 60)
        assert ready and app.stdout.readline().strip() == "klar", "kartvinduet startet ikke"
        node = desk.app_named("orgdesigner-kart-test")
        assert node is not None, "programmet meldte seg ikke på tilgjengelighetsbussen"
        desk.app = node
        yield desk
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        desk.close()


def read_tree(desk: Desktop, node) -> dict:
    """{unit name: subtree} from the tree items below ``node``, checking parent and index."""
    out = {}
    for i, child in enumerate(desk.children(node)):
        assert desk.role(child) == "tree item"
        assert tuple(desk.parent(child)) == tuple(node)
        assert desk.index_in_parent(child) == i
        out[desk.name(child).split(" (")[0]] = read_tree(desk, child)
    return out


def item_named(desk: Desktop, node, name: str):
    for child in desk.children(node):
        if desk.name(child).startswith(name + " ("):
            return child
        found = item_named(desk, child, name)
        if found is not None:
            return found
    return None


def focused_items(desk: Desktop, chart) -> list[str]:
    names = []

    def walk(node) -> None:
        for child in desk.children(node):
            if "focused" in desk.states(child):
                names.append(desk.name(child).split(" (")[0])
            walk(child)

    walk(chart)
    return names


def test_the_boxes_are_tree_items_with_names_states_and_children(desktop: Desktop) -> None:
    chart = desktop.find(desktop.app, "tree")
    assert chart is not None, "ingen tre-rolle i programmet"
    assert desktop.name(chart) == "Organisasjonskart"
    assert read_tree(desktop, chart) == TREE
    hjemme = item_named(desktop, chart, "Hjemmetjenesten")
    name = desktop.name(hjemme)
    assert ", leder " in name and " ansatte, " in name and name.endswith(" årsverk")
    assert desktop.description(hjemme).startswith("Nivå 3, 2 av 2. Hjemmetjenesten")
    assert {"expandable", "expanded", "focusable", "selectable"} <= desktop.states(hjemme)
    assert "expandable" not in desktop.states(item_named(desktop, chart, "Avdeling nord"))


def test_arrow_keys_move_the_focused_object(desktop: Desktop) -> None:
    chart = desktop.find(desktop.app, "tree")
    desktop.listen_focus()
    assert focused_items(desktop, chart) == ["Kommunedirektør"]  # the chart took focus on its first box
    for key, expected in (("Down", "Kommunedirektørens stab"), ("Right", "HR og økonomi")):
        desktop.press(key)
        deadline = time.monotonic() + 10
        while focused_items(desktop, chart) != [expected] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert focused_items(desktop, chart) == [expected]
        node = item_named(desktop, chart, expected)
        assert "selected" in desktop.states(node)
        events = desktop.focus_events(wait=2)
        assert (tuple(node), True) in [(tuple(n), gained) for n, gained in events], events
