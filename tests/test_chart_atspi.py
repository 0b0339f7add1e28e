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

if not os.environ.get("CI"):  # in CI a missing jeepney fails (it is in the dev extra)
    pytest.importorskip("jeepney", reason="jeepney (dev-avhengighet) er ikke installert")

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
def desk(tmp_path_factory):
    reason = missing()
    if reason and not os.environ.get("CI"):
        pytest.skip(f"ingen AT-SPI på denne maskinen: {reason}")
    assert not reason, reason  # CI installs at-spi2-core (scripts/test.sh)
    desk = Desktop(tmp_path_factory.mktemp("atspi"))
    desk.env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), str(HERE)])
    yield desk
    desk.close()


def start(desk: Desktop, args: list[str], name: str, ready: str | None = None) -> subprocess.Popen:
    """Start a program on the desktop; wait until it is on the accessibility bus as ``name``."""
    app = subprocess.Popen([sys.executable, *args], env=desk.env, stdout=subprocess.PIPE, text=True)
    try:
        if ready is not None:
            seen, _, _ = select.select([app.stdout], [], [], 60)
            assert seen and app.stdout.readline().strip() == ready, f"{args[0]} startet ikke"
        desk.app = desk.app_named(name, wait=90)
        assert desk.app is not None, f"{name} meldte seg ikke på tilgjengelighetsbussen"
    except BaseException:
        stop(app)
        raise
    return app


def stop(app: subprocess.Popen) -> None:
    app.terminate()
    try:
        app.wait(10)
    except subprocess.TimeoutExpired:
        app.kill()


@pytest.fixture(scope="module")
def desktop(desk: Desktop):
    """The desktop with the chart of the small test kommune in a window, in keyboard focus."""
    app = start(desk, [str(HERE / "atspi_chart_app.py")], "orgdesigner-kart-test", ready="klar")
    yield desk
    stop(app)


def read_tree(desk: Desktop, node) -> dict:
    """{unit name: subtree} from the tree items below ``node``, checking parent and index."""
    out = {}
    for i, child in enumerate(desk.children(node)):
        assert tuple(desk.parent(child)) == tuple(node)
        assert desk.index_in_parent(child) == i
        if desk.role(child) == "tree item":
            out[desk.name(child).split(" (")[0]] = read_tree(desk, child)
    return out


def item_named(desk: Desktop, node, name: str):
    for child in desk.children(node):
        if desk.role(child) != "tree item":
            continue
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
            if desk.role(child) != "tree item":
                continue
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
    *boxes, rest = desktop.children(chart)  # after the boxes: the viewport with the colour legend
    assert [desktop.role(b) for b in boxes] == ["tree item"]
    assert "Fargeforklaring" in [desktop.name(c) for c in desktop.children(rest)]
    hjemme = item_named(desktop, chart, "Hjemmetjenesten")
    name = desktop.name(hjemme)
    assert ", leder " in name and " ansatte, " in name and name.endswith(" årsverk")
    assert desktop.description(hjemme).startswith("Nivå 3, 2 av 2. Hjemmetjenesten")
    assert {"expandable", "expanded", "focusable", "selectable"} <= desktop.states(hjemme)
    assert "expandable" not in desktop.states(item_named(desktop, chart, "Avdeling nord"))


def wait_until(check, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check() and time.monotonic() < deadline:
        time.sleep(0.1)


def test_arrow_keys_move_the_focused_object(desktop: Desktop) -> None:
    chart = desktop.find(desktop.app, "tree")
    desktop.listen_focus()
    assert focused_items(desktop, chart) == ["Kommunedirektør"]  # the chart took focus on its first box
    previous = item_named(desktop, chart, "Kommunedirektør")
    for key, expected in (("Down", "Kommunedirektørens stab"), ("Right", "HR og økonomi")):
        desktop.press(key)
        wait_until(lambda expected=expected: focused_items(desktop, chart) == [expected])
        assert focused_items(desktop, chart) == [expected]
        node = item_named(desktop, chart, expected)
        assert "selected" in desktop.states(node) and "selected" not in desktop.states(previous)
        events = [(tuple(n), gained) for n, gained in desktop.focus_events(wait=2)]
        assert (tuple(node), True) in events, events
        previous = node


def test_keypad_minus_and_plus_collapse_and_expand_the_focused_box(desktop: Desktop) -> None:
    chart = desktop.find(desktop.app, "tree")
    walk = ("Up", "Kommunedirektør"), ("Down", "Kommunedirektørens stab"), ("Right", "HR og økonomi")
    for key, expected in (*walk, ("Right", "Oppvekst")):  # from the top or from the test before
        desktop.press(key)
        wait_until(lambda expected=expected: focused_items(desktop, chart) == [expected])
    assert focused_items(desktop, chart) == ["Oppvekst"]
    oppvekst = item_named(desktop, chart, "Oppvekst")
    assert len(desktop.children(oppvekst)) == 3 and "expanded" in desktop.states(oppvekst)
    desktop.press("KP_Subtract")
    wait_until(lambda: not desktop.children(oppvekst))
    assert desktop.children(oppvekst) == [] and {"collapsed", "expandable"} <= desktop.states(oppvekst)
    assert item_named(desktop, chart, "Fet skole") is None
    desktop.press("KP_Add")
    wait_until(lambda: len(desktop.children(oppvekst)) == 3)
    assert "expanded" in desktop.states(oppvekst)
    names = [desktop.name(c).split(" (")[0] for c in desktop.children(oppvekst)]
    assert names == ["Fet skole", "Sørum skole", "Barnehager"]


def test_the_running_app_shows_the_chart_boxes(desk: Desktop, tmp_path) -> None:
    """The real program on the demo project: the chart is a tree of named boxes, not one object."""
    demo = tmp_path / "demo.orgd"
    subprocess.run(
        [sys.executable, "-m", "orgdesigner", "demo", "--out", str(demo)],
        env=desk.env,
        check=True,
        timeout=300,
    )
    app = start(desk, ["-m", "orgdesigner", str(demo)], "OrgDesigner")
    try:
        deadline, chart = time.monotonic() + 60, None
        while chart is None and time.monotonic() < deadline:
            chart = desk.find_named(desk.app, "tree", "Organisasjonskart")
            if chart is None or len(desk.children(chart)) < 2:  # boxes, then the viewport
                chart = None
                time.sleep(0.5)
        assert chart is not None, "fant ikke organisasjonskartet som et tre med bokser"
        (root,) = [c for c in desk.children(chart) if desk.role(c) == "tree item"]
        assert desk.role(root) == "tree item" and ", leder " in desk.name(root)
        kids = desk.children(root)
        assert len(kids) >= 3
        for kid in kids:
            assert (
                desk.role(kid) == "tree item"
                and " ansatte, " in desk.name(kid)
                and "årsverk" in desk.name(kid)
            )
            assert tuple(desk.parent(kid)) == tuple(root)
    finally:
        stop(app)
