"""The kommune's own tests of its plugin: run with ``pytest`` where OrgDesigner is installed."""

from __future__ import annotations

import csv

import orgdesigner_eksempel as plugin
from orgdesigner_eksempel import exporter, importer, validator

from orgdesigner.api import Placement, PlacementStatus, Project, Scenario, Unit, ops
from orgdesigner.plugins import PluginManager

LIST = (
    "Ansattnr;Navn;Stillingskode;Stillingstittel;Stillingsprosent;Enhet;Overordnet enhet\n"
    "1001;Kari Nordmann;9451;Rektor;100;Berg skole;Oppvekst\n"
    "1002;Ola Nordmann;7961;Lærer;80,0;Berg skole;Oppvekst\n"
)


def test_the_manager_offers_all_four(tmp_path):
    pm = PluginManager()
    pm.register(plugin, "eksempel")
    assert not pm.problems
    assert [i.id for i in pm.importers()] == [importer.ID]
    assert [e.id for e in pm.exporters()] == [exporter.ID]
    assert [v.id for v in pm.validators()] == [validator.ID]
    assert pm.settings_defaults() == {f"{validator.ID}.limit": 25}


def test_import_then_export(tmp_path):
    src = tmp_path / "visma.csv"
    src.write_text(LIST, encoding="utf-8")
    project = Project(name="Test")
    result = importer.read(src, project)
    assert result.ok and len(result.positions) == 2 and not project.sources
    result.op(project).apply(project)
    (source,) = project.sources.values()
    sc = Scenario("sc", "A")
    sc.units["u"] = Unit("u", "Skolen")
    project.scenarios["sc"] = sc
    for pid in project.positions:
        sc.placements[pid] = Placement(pid, "u", status=PlacementStatus.PLASSERT)
    out = exporter.write(project, sc, tmp_path / "ut.csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1] == ["Skolen", "2", "1,80"]
    assert validator.check(project, sc, {"limit": 1})[0].unit_ids == ["u"]
    assert ops  # the edit path plugins use is in the API


def test_a_bad_row_names_row_and_column(tmp_path):
    src = tmp_path / "feil.csv"
    src.write_text(LIST + "1003;Per;7961;Lærer;mye;Berg skole;Oppvekst\n", encoding="utf-8")
    result = importer.read(src)
    assert not result.ok
    assert "rad 4" in result.message and "Stillingsprosent" in result.message
