"""The lists on the demo kommune (three old kommuner, ~5 000 positions): the files agree
with the project, with the relocation analysis and with the metrics."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from orgdesigner.analysis import placement as pa
from orgdesigner.analysis import relocation as rl

demo = pytest.importorskip("orgdesigner.demo")


@pytest.fixture(scope="module")
def project():
    return demo.build_demo_project()


@pytest.fixture(scope="module")
def scenario(project):
    return next(iter(project.scenarios.values()))


def rows(path, sheet, sums=False):
    """The data rows of a sheet, without the «Sum …» subtotal rows of the lists (unless ``sums``)."""
    data = list(load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))
    head = data[0]
    return [
        dict(zip(head, r, strict=True)) for r in data[1:] if sums or not str(r[0] or "").startswith("Sum ")
    ]


def test_innplassering_has_every_position(project, scenario, tmp_path) -> None:
    from orgdesigner_plugins.excel_export import exporter

    path = tmp_path / "i.xlsx"
    exporter("innplassering").write(project, scenario.id, path)
    got = rows(path, "Innplassering")
    assert len(got) == len(project.positions)
    placed = sum(1 for r in got if r["Ny enhet"])
    assert placed == pa.progress(project, scenario).placed
    assert sum(r["Stilling %"] for r in got) == pytest.approx(
        sum(p.fte_percent for p in project.positions.values()) / 100
    )
    assert len(rows(path, "Ikke plassert")) == len(pa.unplaced(project, scenario))


def test_bemanningsplan_total_is_placed_fte(project, scenario, tmp_path) -> None:
    from orgdesigner_plugins.excel_export import exporter

    path = tmp_path / "b.xlsx"
    exporter("bemanningsplan").write(project, scenario.id, path)
    got = rows(path, "Bemanningsplan", sums=True)
    total = next(r for r in got if r["Tjenesteområde"] == "Totalt")
    placed = [project.positions[p] for p in project.positions if pa.placed_unit(scenario, p)]
    assert total["Årsverk"] == pytest.approx(sum(p.fte_percent for p in placed) / 100)
    assert total["Stillinger"] == len(placed)
    subtotals = [r for r in got if str(r["Tjenesteområde"]).startswith("Sum ")]
    assert sum(r["Stillinger"] for r in subtotals) == len(placed)


def test_lokalisering_agrees_with_the_metrics(project, scenario, tmp_path) -> None:
    metrics = pytest.importorskip("orgdesigner.analysis.metrics")
    from orgdesigner_plugins.excel_export import exporter

    path = tmp_path / "l.xlsx"
    exporter("lokalisering").write(project, scenario.id, path)
    total = next(r for r in rows(path, "Per enhet") if r["Enhet"] == "Totalt")
    figures = metrics.compute_metrics(project, scenario.id).key_figures()
    assert total["Bytter arbeidssted"] == figures["relocated"] == rl.summary(project, scenario).relocated
    assert len(rows(path, "Bytter arbeidssted")) == figures["relocated"]


def test_organisasjon_round_trips(project, scenario, tmp_path) -> None:
    import copy

    from orgdesigner_plugins.excel_export import exporter
    from orgdesigner_plugins.staff_import import read_structure_table

    path = tmp_path / "o.xlsx"
    exporter("organisasjon").write(project, scenario.id, path)
    p = copy.deepcopy(project)
    result = read_structure_table(path, project=p, scenario="Tilbake")
    assert result.ok and result.report.rows_rejected == 0
    result.op(p, "Tilbake").apply(p)
    back = p.scenario("Tilbake")

    def shape(org):
        u = org.units
        return [
            (u[i].name, u[u[i].parent_id].name if u[i].parent_id else None, u[i].type, u[i].cost_centre, d)
            for i, d in org.walk()
        ]

    assert shape(back) == shape(scenario)
