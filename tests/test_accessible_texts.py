"""Meaning carried as text for screen readers, read through Qt's accessibility API (offscreen):
conflict rows of the innplassering table and the severity of findings."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


def cells(view) -> dict[str, str]:
    """{name: description} of the view's accessible children (cells and headers)."""
    iface = QAccessible.queryAccessibleInterface(view)
    kids = (iface.child(i) for i in range(iface.childCount()))
    return {c.text(Name): c.text(Description) for c in kids if c is not None}


def test_conflict_rows_say_konflikt_in_words(qtbot) -> None:
    from test_placement_fixture import SC, place_default, small_project

    from orgdesigner.ui.controller import DocumentController
    from orgdesigner.ui.placement_panel import PlacementPanel

    project = small_project()
    place_default(project)
    controller = DocumentController(project)
    controller.set_scenario(SC)
    panel = PlacementPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.model
    conflict = {r.values[1]: r.conflict for r in model.rows}
    assert conflict["Gro Rektorsen"] and conflict["Bjørn Skolesen"] and not conflict["Anne Fetsen"]
    found = cells(panel.table)
    assert found["Konflikt: Gro Rektorsen"] == "Stillingen inngår i en konflikt"
    assert found["Konflikt: Bjørn Skolesen"] == "Stillingen inngår i en konflikt"
    assert found["Anne Fetsen"] == "" and "Konflikt: Anne Fetsen" not in found
    assert sum(1 for name in found if name.startswith("Konflikt: ")) == 2


def test_findings_name_their_severity_in_words(qtbot) -> None:
    from test_metrics_fixtures import small_project

    from orgdesigner.plugins import create_manager
    from orgdesigner.ui.controller import DocumentController
    from orgdesigner.ui.findings_panel import FindingsPanel

    pm = create_manager(
        builtins=["orgdesigner_plugins.validators"],
        entry_points=False,
        user_dir="/nonexistent-u",
        machine_dir="/nonexistent-m",
        disabled=[],
    )
    panel = FindingsPanel(DocumentController(small_project(), plugins=pm), delay_ms=0)
    qtbot.addWidget(panel)
    panel.tree.expandAll()
    panel.show()
    names = cells(panel.tree)
    assert "Én leder per enhet (1), mest alvorlig: advarsel" in names
    assert "advarsel: «Skole» har ingen leder." in names
    assert "advarsel: Lærer – ledig fra Fet er ikke innplassert." in names
