"""Metric panels from the built-in plugin, through the plugin manager, on the real widgets."""

from __future__ import annotations

import pytest
from test_metrics_fixtures import small_project

from orgdesigner.model import ops
from orgdesigner.plugins import create_manager
from orgdesigner.ui.controller import DocumentController
from orgdesigner_plugins.metric_panels.figures import span_bins


@pytest.fixture
def pm():
    return create_manager(
        builtins=["orgdesigner_plugins.metric_panels"],
        entry_points=False,
        user_dir="/nonexistent-u",
        machine_dir="/nonexistent-m",
        disabled=[],
    )


@pytest.fixture
def panels(qtbot, pm):
    controller = DocumentController(small_project(), plugins=pm)
    made = {}
    for panel in pm.metric_panels():
        widget = panel.widget_factory(controller)
        qtbot.addWidget(widget)
        widget.resize(420, 400)
        widget.show()  # panels recompute only while on screen
        made[panel.id] = widget
    assert not pm.problems
    return controller, made


def test_span_bins_edges_follow_the_limits():
    assert span_bins([0, 5, 6, 30, 31, 40, 41, 52], 30, 40) == [
        ("0–5", 2, "ok"),
        ("6–10", 1, "ok"),
        ("11–15", 0, "ok"),
        ("16–20", 0, "ok"),
        ("21–25", 0, "ok"),
        ("26–30", 1, "ok"),
        ("31–35", 1, "warning"),
        ("36–40", 1, "warning"),
        ("41–45", 1, "error"),
        ("46–50", 0, "error"),
        ("51–55", 1, "error"),
    ]


def test_compute_works_headless(pm):
    p = small_project()
    out = {panel.id: panel.compute(p, p.scenarios["sc"]) for panel in pm.metric_panels()}
    assert out["key_figures"]["key_figures"]["positions_placed"] == 3
    assert out["fte_by_area"] == {"fte_by_area": [("Oppvekst", 1.0)]}
    assert out["origin_mix"] == {"origin_by_unit": [("Oppvekst", {"s2": 1.0})]}
    assert [b[1] for b in out["span_distribution"]["span_bins"]][:1] == [2]  # r and a: spans 1 and 0


def test_panels_show_figures_and_follow_edits(qtbot, panels):
    controller, w = panels
    kf, span, fte, origin = w["key_figures"], w["span_distribution"], w["fte_by_area"], w["origin_mix"]
    assert kf.values["positions_placed"].text() == "3"
    assert kf.values["fte"].text() == "2,5"
    assert fte.chart.rows == [("Oppvekst", [1.0])]
    assert origin.chart.rows == [("Oppvekst", [1.0])] and origin.chart.series == ["Sørum"]
    assert span.definition.text().startswith("Kontrollspenn = stillinger i lederens egen enhet")
    assert span.limits.text().startswith("2 ledere. Advarsel over 30, feil over 40")
    controller.run(ops.place_positions(controller.project, "sc", ["p4"], "b"))  # Fet's 50 % into Skole
    qtbot.waitUntil(lambda: kf.values["positions_placed"].text() == "4", timeout=2000)
    qtbot.waitUntil(lambda: fte.chart.rows == [("Oppvekst", [1.5])], timeout=2000)
    qtbot.waitUntil(lambda: origin.chart.series == ["Fet", "Sørum"], timeout=2000)
    assert origin.chart.rows == [("Oppvekst", [pytest.approx(1 / 3), pytest.approx(2 / 3)])]
    assert "Fet: 33 %" in origin.chart.accessibleDescription()
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: kf.values["positions_placed"].text() == "3", timeout=2000)
    for widget in w.values():  # they paint without errors
        assert not widget.grab().isNull()


def test_span_definition_setting_is_stated(qtbot, panels):
    controller, w = panels
    controller.run(ops.SetSettings({"span.definition": "positions"}))
    qtbot.waitUntil(
        lambda: "underenheter telles ikke" in w["span_distribution"].definition.text(), timeout=2000
    )


def test_a_broken_panel_factory_is_reported(qtbot, pm):
    from PySide6.QtWidgets import QMainWindow

    from orgdesigner.hookspecs import MetricPanel, hookimpl
    from orgdesigner.ui.analysis_install import install_analysis_ui

    class Broken:
        @hookimpl
        def orgdesigner_metric_panels(self):
            def factory(controller):
                raise RuntimeError("ingen widget")

            return [MetricPanel("bad", "Feil panel", lambda p, s: {}, factory)]

    pm.register(Broken(), "broken_panel")
    controller = DocumentController(small_project(), plugins=pm)
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = install_analysis_ui(window, controller)
    assert sorted(ui.metric_docks) == ["fte_by_area", "key_figures", "origin_mix", "span_distribution"]
    assert any(p.name == "broken_panel" and "ingen widget" in p.message for p in pm.problems)
    assert ui.findings_dock.widget() is ui.findings


def test_definition_choice_is_an_undoable_setting(qtbot, panels):
    controller, w = panels
    span = w["span_distribution"]
    index = span.choice.findData("positions+subunits")
    span.choice.setCurrentIndex(index)
    span.choice.activated.emit(index)
    assert controller.project.setting("span.definition") == "positions+subunits"
    qtbot.waitUntil(lambda: "også de uten leder" in span.definition.text(), timeout=2000)
    controller.undo_stack.undo()
    assert controller.project.setting("span.definition") == "positions+subunit_leaders"
    qtbot.waitUntil(lambda: span.choice.currentData() == "positions+subunit_leaders", timeout=2000)


def test_charts_follow_the_selected_unit(qtbot, panels):
    controller, w = panels
    fte, origin = w["fte_by_area"], w["origin_mix"]
    controller.select([("unit", "a")])  # Oppvekst: its child Skole
    qtbot.waitUntil(lambda: fte.chart.rows == [("Skole", [0.2])], timeout=2000)
    assert fte.caption.text() == "Årsverk per underenhet av «Oppvekst» (innplasserte)"
    qtbot.waitUntil(lambda: origin.chart.rows == [("Skole", [1.0])], timeout=2000)
    controller.select([("unit", "b")])  # no children: back to the top units
    qtbot.waitUntil(lambda: fte.chart.rows == [("Oppvekst", [1.0])], timeout=2000)
