"""One definition of every figure: span, headcount and årsverk agree between the metric panels,
the chart boxes, the findings (panel, CLI, Funn export) and the exports, on the demo project."""

from __future__ import annotations

import json
import re

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_metrics import random_op, random_project

from orgdesigner.analysis.metrics import MetricsEngine, compute_metrics, spans
from orgdesigner.cli import run as cli
from orgdesigner.model import ModelError, ops
from orgdesigner.plugins import create_manager
from orgdesigner.storage import load, save
from orgdesigner.ui.chart_data import ChartData
from orgdesigner.ui.controller import DocumentController
from orgdesigner_plugins.metric_panels import figures
from orgdesigner_plugins.metric_panels.panels_qt import SpanPanel


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """`orgdesigner demo --out X`, with span limits set so there are warnings *and* errors,
    per-type limits, and a big unit without a leader (the cases where the figures drifted apart)."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.orgd"
    assert cli(["demo", "--out", str(path)]) == 0
    project = load(path)
    sc = next(iter(project.scenarios.values()))
    biggest = max(sc.units, key=lambda u: len(sc.positions_in(u)))
    ops.set_unit_fields(project, sc.id, biggest, leader_position_id=None).apply(project)
    ops.SetSettings({"span.warn": 12, "span.error": 25, "span.by_type": {"avdeling": {"warn": 15}}}).apply(
        project
    )
    save(project, path)
    return path


def pm():
    return create_manager(
        builtins=[
            "orgdesigner_plugins.validators",
            "orgdesigner_plugins.metric_panels",
            "orgdesigner_plugins.excel_export",
        ],
        entry_points=False,
        user_dir="/nonexistent-u",
        machine_dir="/nonexistent-m",
        disabled=[],
    )


def test_span_breaches_agree_everywhere(demo, tmp_path, qtbot, capsys):
    project = load(demo)
    sc = next(iter(project.scenarios.values()))
    # the CLI's findings
    capsys.readouterr()
    cli(["validate", str(demo), "--json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    cli_counts = {
        s: sum(f["validator"] == "span" and f["severity"] == s for f in found) for s in ("warning", "error")
    }
    assert cli_counts["warning"] and cli_counts["error"]  # both kinds are there to compare
    assert any("(uten leder)" in f["message"] for f in found if f["validator"] == "span")
    # the Funn export's summary row for the span rule
    out = tmp_path / "funn.xlsx"
    assert cli(["export", str(demo), "--format", "funn", "-o", str(out)]) == 0
    rows = list(openpyxl.load_workbook(out, read_only=True)["Oppsummering"].values)
    head = next(r for r in rows if r and "Kontroll" in r and "Feil" in r)
    span_row = next(r for r in rows if r and "span" in r)
    funn = {"error": span_row[head.index("Feil")], "warning": span_row[head.index("Advarsler")]}
    # the metric figures (CLI metrics / panels' compute) and the Kontrollspenn panel on screen
    computed = figures.compute_all(project, sc)["span_over"]
    controller = DocumentController(project, plugins=pm())
    panel = SpanPanel(controller)
    qtbot.addWidget(panel)
    panel.refresh()
    shown = re.search(r"(\d+) enheter over advarselsgrensen, (\d+) over feilgrensen", panel.limits.text())
    on_screen = {"warning": int(shown.group(1)), "error": int(shown.group(2))}
    assert cli_counts == funn == computed == on_screen
    # and every unit's span is the same number in the engine, the full metrics and the quick function
    engine = MetricsEngine(project, sc.id)
    full = compute_metrics(project, sc.id)
    quick = spans(project, sc)
    assert {u: engine.unit(u).span for u in sc.units} == {u: m.span for u, m in full.units.items()} == quick


def test_headcount_and_fte_agree_between_panels_chart_and_export(demo, tmp_path):
    project = load(demo)
    sc = next(iter(project.scenarios.values()))
    engine = MetricsEngine(project, sc.id)  # what the metric panels read
    chart = ChartData(project, sc.id)  # what the chart boxes show
    chart.refresh()
    shared = 0
    for uid in sc.units:  # boxes are made when asked for
        box, m = chart.boxes[uid], engine.unit(uid)
        assert (box.persons, box.persons_total) == (m.own.persons, m.total.persons), uid
        assert (round(box.fte, 6), round(box.fte_total, 6)) == (round(m.own.fte, 6), round(m.total.fte, 6)), (
            uid
        )
        shared += (
            m.total.persons < sum(engine.unit(k).total.persons for k in sc.children(uid)) + m.own.persons
        )
    assert shared  # the demo has persons in two units of one subtree: the case that differed
    out = tmp_path / "org.xlsx"
    assert cli(["export", str(demo), "--format", "organisasjon", "-o", str(out)]) == 0
    rows = list(openpyxl.load_workbook(out, read_only=True)["Organisasjon"].values)
    head = next(r for r in rows if r and "Enhets-ID" in r)
    exported = {
        r[head.index("Enhets-ID")]: (r[head.index("Stillinger")], r[head.index("Årsverk")])
        for r in rows[rows.index(head) + 1 :]
        if r and r[head.index("Enhets-ID")] in sc.units
    }
    assert len(exported) == len(sc.units)
    for uid, (positions, fte) in exported.items():
        m = engine.unit(uid)
        assert positions == m.own.positions and fte == pytest.approx(m.own.fte, abs=1e-6), uid


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_chart_boxes_follow_edits_with_the_engines_headcount(data):
    p = random_project(data.draw)
    changes = []
    p.subscribe(changes.append)
    engine = MetricsEngine(p, "sc")
    chart = ChartData(p, "sc")
    chart.refresh()
    for _ in range(data.draw(st.integers(1, 10))):
        try:
            op = random_op(data.draw, p)
        except ModelError:
            continue
        if op is None:
            continue
        op.apply(p)
        chart.refresh(list(changes))
        changes.clear()
        for uid in p.scenarios["sc"].units:
            box, m = chart.boxes[uid], engine.unit(uid)
            assert (box.persons, box.persons_total) == (m.own.persons, m.total.persons)
            assert round(box.fte_total, 6) == round(m.total.fte, 6)
