"""Today's organisations as read-only views, source edits and «nytt alternativ fra dagens
organisasjon»: each one op that undoes exactly."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from test_import_support import isolated_config  # noqa: F401 (autouse fixture)

from orgdesigner.analysis.metrics import compute_metrics
from orgdesigner.model import ModelError, Project, Unit, ops
from orgdesigner.model.asis import asis_id
from orgdesigner.model.sources import remove_source, rename_source, scenario_from_asis, set_source_number
from orgdesigner.storage import load, save
from plugins.staff_import import Options, read_staff_list

DATA = Path(__file__).parent / "data" / "asis"


def imported(*names: str) -> Project:
    project = Project()
    for name in names:
        result = read_staff_list(DATA / "fet_mars.xlsx", Options(kommune=name), project=project)
        result.op(project).apply(project)
    return project


def test_asis_view_shows_the_source_with_every_position_placed() -> None:
    project = imported("Fet")
    src = next(iter(project.sources.values()))
    view = project.scenarios.get(asis_id(src.id))
    assert view is not None and view.name == "Dagens organisasjon – Fet" and view.read_only
    assert view.units is src.units
    assert set(view.placements) == {p.id for p in project.positions.values()}
    assert asis_id(src.id) not in project.scenarios and list(project.scenarios) == []
    assert project.scenarios[asis_id(src.id)] is view
    # an edit aimed at the view is refused, and the project stays as it was
    root = src.roots()[0]
    with pytest.raises(ModelError, match="Dagens organisasjon"):
        ops.add_unit(project, asis_id(src.id), Unit("u-x", "Ny", parent_id=root))


def test_view_follows_the_source_and_is_never_saved(tmp_path: Path) -> None:
    project = imported("Fet")
    src = next(iter(project.sources.values()))
    view = project.scenarios.get(asis_id(src.id))
    op = rename_source(project, src.id, "Fet (gamle)")
    op.apply(project)
    assert project.scenarios.get(asis_id(src.id)).name == "Dagens organisasjon – Fet (gamle)"
    assert project.scenarios.get(asis_id(src.id)) is not view
    save(project, tmp_path / "p.orgd")
    loaded = load(tmp_path / "p.orgd")
    assert loaded == project and list(loaded.scenarios) == []
    assert loaded.scenarios.get(asis_id(src.id)).name.endswith("Fet (gamle)")


def test_metrics_of_the_view_count_the_kommune() -> None:
    project = imported("Fet")
    src = next(iter(project.sources.values()))
    m = compute_metrics(project, asis_id(src.id))
    assert m.totals.positions == 7 and m.unplaced.positions == 0
    assert m.persons_total == 5


def test_rename_number_remove_undo_exactly() -> None:
    project = imported("Fet", "Sørum")
    fet, sorum = project.sources.values()
    before = copy.deepcopy(project)
    builders = [
        lambda: rename_source(project, fet.id, "Fet kommune"),
        lambda: set_source_number(project, fet.id, "0227"),
        lambda: scenario_from_asis(project, [fet.id, sorum.id], "Utgangspunkt", "s-a"),
        lambda: remove_source(project, sorum.id),
    ]
    steps = []
    for build in builders:  # each op is built from the state the one before left
        steps.append(build())
        steps[-1].apply(project)
    assert fet.name == "Fet kommune" and fet.number == "0227"
    assert fet.units[fet.roots()[0]].name == "Fet kommune"
    assert sorum.id not in project.sources
    assert all(p.source_id == fet.id for p in project.positions.values())
    assert all(p.source_id == fet.id for p in project.persons.values())
    sc = project.scenarios["s-a"]
    assert set(sc.placements) == set(project.positions)  # Sørum's placements went with it
    for op in reversed(steps):
        op.revert(project)
    assert project == before
    with pytest.raises(ModelError, match="fire sifre"):
        set_source_number(project, fet.id, "227")
    with pytest.raises(ModelError, match="allerede"):
        rename_source(project, fet.id, "sørum")


def test_new_alternative_places_every_position_in_the_copy_of_its_unit() -> None:
    project = imported("Fet", "Sørum")
    ids = list(project.sources)
    op = scenario_from_asis(project, ids, "Fra dagens", "s-new")
    op.apply(project)
    sc = project.scenarios["s-new"]
    assert len(sc.units) == sum(len(s.units) for s in project.sources.values())
    assert len(sc.roots()) == 2 and not set(sc.units) & {u for s in project.sources.values() for u in s.units}
    for pos in project.positions.values():
        src = project.sources[pos.source_id]
        copy_unit = sc.units[sc.placements[pos.id].unit_id]
        assert copy_unit.name == src.units[pos.unit_id].name
        assert sc.path(copy_unit.id) == src.path(pos.unit_id)
    op.revert(project)
    assert "s-new" not in project.scenarios


def test_copies_of_a_project_answer_asis_views_too() -> None:
    import pickle

    project = imported("Fet")
    sid = next(iter(project.sources))
    for other in (copy.deepcopy(project), pickle.loads(pickle.dumps(project))):
        assert other == project
        view = other.scenarios.get(asis_id(sid))
        assert view is not None and view.units is other.sources[sid].units and len(view.placements) == 7
