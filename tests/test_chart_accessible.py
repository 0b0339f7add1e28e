"""The chart's boxes through Qt's own accessibility API (offscreen): names, roles, states, tree."""

from __future__ import annotations

from chart_view_helpers import chart_fixture  # noqa: F401  (the `chart` fixture)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from orgdesigner.ui.chart_view import ChartView

Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


def tree_of(iface) -> dict:
    """{name prefix (the unit's name): [children's trees]} read through the interfaces only."""
    out = {}
    for i in range(iface.childCount()):
        child = iface.child(i)
        assert child.parent() is not None and child.parent().text(Name) == iface.text(Name)
        assert iface.indexOfChild(child) == i
        out[child.text(Name).split(" (")[0]] = tree_of(child)
    return out


def find(iface, name: str):
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child.text(Name).startswith(name + " ("):
            return child
        found = find(child, name)
        if found is not None:
            return found
    return None


def test_every_box_is_a_tree_item_in_the_units_tree(chart: ChartView) -> None:
    top = QAccessible.queryAccessibleInterface(chart)
    assert top.role() == QAccessible.Role.Tree
    assert top.text(Name) == "Organisasjonskart"
    assert tree_of(top) == {
        "Kommunedirektør": {
            "Kommunedirektørens stab": {},
            "HR og økonomi": {},
            "Oppvekst": {"Fet skole": {}, "Sørum skole": {}, "Barnehager": {}},
            "Helse og omsorg": {
                "Sykehjem": {},
                "Hjemmetjenesten": {"Avdeling nord": {}, "Avdeling sør": {}},
            },
        }
    }
    box = find(top, "Hjemmetjenesten")
    assert box.role() == QAccessible.Role.TreeItem
    data = chart.chart.data.boxes["hjemme"]
    name = box.text(Name)
    assert name.startswith(f"Hjemmetjenesten ({data.type}), leder {data.leader}, ")
    assert f"{data.persons_total} ansatte" in name and "årsverk" in name
    desc = box.text(Description)
    assert desc.startswith("Nivå 3, 2 av 2. Hjemmetjenesten")
    assert f"Ansatte: {data.persons} direkte, {data.persons_total} totalt" in desc
    st = box.state()
    assert st.expandable and st.expanded and not st.collapsed and st.focusable and st.selectable
    leaf = find(top, "Avdeling nord")
    assert not leaf.state().expandable and leaf.childCount() == 0
    # the box's screen rectangle is where the item is drawn
    item = chart.chart.items_by_unit["avd1"]
    drawn = chart.mapFromScene(item.scene_box()).boundingRect()
    assert box.rect().isValid() and leaf.rect().center() == chart.viewport().mapToGlobal(drawn.center())


def test_keyboard_focus_and_selection_show_in_the_states(chart: ChartView, qtbot) -> None:
    chart.setFocus()
    chart.controller.select([("unit", "root")])
    top = QAccessible.queryAccessibleInterface(chart)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    stab = find(top, "Kommunedirektørens stab")
    assert stab.state().focused and stab.state().selected
    assert top.focusChild() is stab
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert not stab.state().focused and not stab.state().selected
    hr = find(top, "HR og økonomi")
    assert hr.state().focused and top.focusChild() is hr
    # the stand-in description follows the focus (it never did: the scene moved `current` first)
    assert chart.accessibleDescription().startswith("HR og økonomi (")
    qtbot.keyClick(chart, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    oppv = find(top, "Oppvekst")
    assert hr.state().selected and oppv.state().selected and oppv.state().focused
    assert chart.accessibleDescription().startswith("Oppvekst (")


def test_collapsing_a_unit_removes_its_children_and_marks_it_collapsed(chart: ChartView, qtbot) -> None:
    top = QAccessible.queryAccessibleInterface(chart)
    helse = find(top, "Helse og omsorg")
    nord = find(top, "Avdeling nord")
    assert nord.isValid()
    chart.setFocus()
    chart.center_on_unit("helse")
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert helse.state().collapsed and not helse.state().expanded
    assert helse.childCount() == 0 and find(top, "Sykehjem") is None
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert helse.state().expanded and helse.childCount() == 2
    assert find(top, "Avdeling nord").isValid()


def test_renaming_and_deleting_change_the_accessible_tree(chart: ChartView, qtbot) -> None:
    from orgdesigner.model import ops

    top = QAccessible.queryAccessibleInterface(chart)
    sc = chart.controller.scenario()
    chart.controller.run(ops.rename_unit(chart.controller.project, sc.id, "bhg", "Barnehagene"))
    assert find(top, "Barnehagene") is not None and find(top, "Barnehager") is None
    chart.controller.select([("unit", "avd2")])
    chart.setFocus()
    chart.delete_selected()
    assert find(top, "Avdeling sør") is None
    assert find(top, "Hjemmetjenesten").childCount() == 1


def test_box_interfaces_are_deleted_by_qt_with_the_chart(qtbot) -> None:
    import shiboken6
    from chart_fixtures import small_project
    from PySide6.QtCore import QCoreApplication, QEvent

    from orgdesigner.ui import chart_accessible
    from orgdesigner.ui.controller import DocumentController

    view = ChartView(DocumentController(small_project()))
    qtbot.wait(1)  # its initial_view timer
    top = QAccessible.queryAccessibleInterface(view)
    boxes = [find(top, "Kommunedirektør"), find(top, "Avdeling sør")]
    ids = [QAccessible.uniqueId(b) for b in boxes]
    assert [QAccessible.accessibleInterface(i) for i in ids] == boxes
    assert id(view) in chart_accessible._LIVE
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Qt deleted them (no dangling pointer in its cache), and Python let go of them
    assert not any(shiboken6.isValid(b) for b in boxes)
    assert all(QAccessible.accessibleInterface(i) is None for i in ids)
    assert not any(b.view() is None for b in chart_accessible._LIVE.values())
