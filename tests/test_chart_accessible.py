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
        if child.role() == QAccessible.Role.TreeItem:
            out[child.text(Name).split(" (")[0]] = tree_of(child)
    return out


def widget_named(iface, name: str):
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child.role() != QAccessible.Role.TreeItem:
            if child.text(Name) == name:
                return child
            found = widget_named(child, name)
            if found is not None:
                return found
    return None


def find(iface, name: str):
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child.role() != QAccessible.Role.TreeItem:
            continue
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
    # the origin colour bar in words: each old kommune's share of the årsverk, largest first
    shares = sorted(data.origin.items(), key=lambda kv: -kv[1])
    names = {"k1": "Fet", "k2": "Sørum"}
    said = ", ".join(f"{names[k]} {round(v * 100)} %" for k, v in shares)
    assert desc.endswith(f". Årsverk fra de gamle kommunene: {said}") and len(shares) == 2
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


def test_the_unit_type_in_a_box_name_follows_the_language(chart: ChartView) -> None:
    from orgdesigner.i18n import using_language
    from orgdesigner.model import unit_type_label

    top = QAccessible.queryAccessibleInterface(chart)
    with using_language("en"):
        english = unit_type_label("tjenesteområde")
        assert english != "tjenesteområde"
        assert find(top, "Oppvekst").text(Name).startswith(f"Oppvekst ({english}), ")
    assert find(top, "Oppvekst").text(Name).startswith("Oppvekst (tjenesteområde), ")


def test_the_legend_and_the_rename_editor_are_in_the_tree_after_the_boxes(chart: ChartView, qtbot) -> None:
    top = QAccessible.queryAccessibleInterface(chart)
    last = top.child(top.childCount() - 1)
    assert last.object() is chart.viewport() and top.indexOfChild(last) == top.childCount() - 1
    legend = widget_named(top, "Fargeforklaring")
    assert legend is not None and legend.parent().object() is chart.viewport()
    chart.setFocus()
    chart.center_on_unit("oppv")
    qtbot.keyClick(chart, Qt.Key.Key_F2)
    editor = widget_named(top, "Nytt navn på enheten")
    assert editor is not None and editor.state().focused
    assert editor.text(QAccessible.Text.Value) == "Oppvekst"
    assert editor.parent().parent().object() is chart  # up the tree: viewport, then the chart
    qtbot.keyClick(chart.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: widget_named(top, "Nytt navn på enheten") is None)  # the editor is deleted
    # a point on a box is that box; a point on the legend is the viewport (Qt goes on from there)
    box = find(top, "Oppvekst")
    assert top.childAt(box.rect().center().x(), box.rect().center().y()) is box
    centre = chart.viewport().mapToGlobal(chart.legend_label.geometry().center())
    assert top.childAt(centre.x(), centre.y()).object() is chart.viewport()


def test_dotted_lines_are_told_in_both_boxes_descriptions(chart: ChartView) -> None:
    from orgdesigner.model import ops

    c = chart.controller
    c.run(ops.add_relation(c.project, "s1", "unit", "hr", "helse"))
    top = QAccessible.queryAccessibleInterface(chart)
    assert (
        find(top, "HR og økonomi").text(Description).endswith(". Stiplet linje (fag) til «Helse og omsorg»")
    )
    assert (
        find(top, "Helse og omsorg").text(Description).endswith(". Stiplet linje (fag) fra «HR og økonomi»")
    )
    assert "Stiplet" not in find(top, "Oppvekst").text(Description)
