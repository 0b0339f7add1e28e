"""The .orgd project file: every field round-trips, order is kept, bad files are refused clearly."""

from __future__ import annotations

import dataclasses
import inspect
import sqlite3
import typing

import pytest

import orgdesigner.model as model
from orgdesigner import storage
from orgdesigner.model import Project
from orgdesigner.storage import ProjectFileError, schema

# ---------------------------------------------------------------------------
# A project in which every field of every model dataclass holds a non-default
# value. Built from dataclasses.fields(), so a field added to the model later
# is filled too — and the round trip fails until storage learns it.
# ---------------------------------------------------------------------------

_seen: set[type] = set()


def _default(f: dataclasses.Field) -> typing.Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def _value(hint: typing.Any, name: str, n: int) -> typing.Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return f"{name}-{n}-æøå «x»"
    if hint is bool:
        return True
    if hint is int:
        return 7 + n
    if hint is float:
        return 12.25 + n
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        real = [a for a in args if a is not type(None)]
        return _value(real[0], name, n)
    if origin is list:
        if dataclasses.is_dataclass(args[0]):
            return [fill(args[0], n), fill(args[0], n + 1)]
        return [_value(args[0], name, n), _value(args[0], name, n + 1)]
    if origin is dict:
        key, val = args
        if dataclasses.is_dataclass(val):
            items = [fill(val, n * 10 + k) for k in (2, 1)]  # ids not in sorted order
            return {(i.position_id if hasattr(i, "position_id") else i.id): i for i in items}
        if val is typing.Any:
            return {"z.last": [1, "to", None, {"n": 2.5}], "a.first": "verdi", "span.warn": 12 + n}
        return {f"{name}-b": _value(val, name, n), f"{name}-a": _value(val, name, n + 1)}
    raise AssertionError(f"test_storage cannot fill a field of type {hint!r} ({name}); extend _value()")


def fill(cls: type, n: int = 1) -> typing.Any:
    """An instance of ``cls`` with every init field set to a non-default value."""
    _seen.add(cls)
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        value = _value(hints[f.name], f"{cls.__name__}.{f.name}", n)
        default = _default(f)
        if value == default:  # e.g. a bool field whose default is True
            value = not value if isinstance(value, bool) else value
        assert value != default, f"{cls.__name__}.{f.name} could not be given a non-default value"
        kwargs[f.name] = value
    return cls(**kwargs)


def _model_dataclasses() -> set[type]:
    found = set()
    for mod in (model.entities, model.org, model.project):
        for _, obj in inspect.getmembers(mod, inspect.isclass):
            if dataclasses.is_dataclass(obj) and obj.__module__ == mod.__name__:
                found.add(obj)
    return found - {model.Change, model.Org}  # Change is an event; Org is abstract (source/scenario)


def _orders(obj: typing.Any, path: str = "p") -> list[tuple[str, list[str]]]:
    """Key order of every dict inside ``obj``, recursively."""
    out = []
    if isinstance(obj, dict):
        out.append((path, list(obj)))
        for k, v in obj.items():
            out += _orders(v, f"{path}[{k!r}]")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _orders(v, f"{path}[{i}]")
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            if f.compare:
                out += _orders(getattr(obj, f.name), f"{path}.{f.name}")
    return out


@pytest.fixture
def full_project() -> Project:
    _seen.clear()
    return fill(Project)


def test_every_field_of_every_dataclass_round_trips(tmp_path, full_project):
    assert _model_dataclasses() <= _seen, "some model dataclass is not reachable from Project"
    path = tmp_path / "alt.orgd"
    storage.save(full_project, path)
    loaded = storage.load(path)
    for f in dataclasses.fields(Project):
        if f.compare:
            assert getattr(loaded, f.name) == getattr(full_project, f.name), f"Project.{f.name} differs"
    assert loaded == full_project
    assert _orders(loaded) == _orders(full_project)
    # types survive too (bool stays bool, float stays float)
    pos = next(iter(loaded.positions.values()))
    assert pos.personnel_responsibility is True and isinstance(pos.fte_percent, float)


def test_round_trip_of_an_empty_project_and_resave(tmp_path):
    path = tmp_path / "tom.orgd"
    storage.save(Project(), path)
    assert storage.load(path) == Project()
    p = fill(Project)
    storage.save(p, path)  # overwrite an existing file
    assert storage.load(path) == p


def test_the_file_is_relational_sqlite(tmp_path, full_project):
    path = tmp_path / "x.orgd"
    storage.save(full_project, path)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "project",
        "settings",
        "sources",
        "scenarios",
        "units",
        "persons",
        "positions",
        "placements",
        "relations",
        "locations",
        "history",
    } <= tables
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    n_units = sum(len(o.units) for o in [*full_project.sources.values(), *full_project.scenarios.values()])
    assert con.execute("SELECT count(*) FROM units").fetchone()[0] == n_units
    assert con.execute("SELECT count(DISTINCT org_id) FROM units").fetchone()[0] == 4
    con.close()


def test_settings_values_keep_json_types(tmp_path):
    p = Project(
        settings={
            "span.warn": 25,
            "span.error": 40.5,
            "flag": True,
            "none": None,
            "list": [1, "a"],
            "nested": {"b": {"c": [1]}},
        }
    )
    storage.save(p, tmp_path / "s.orgd")
    assert storage.load(tmp_path / "s.orgd").settings == p.settings


def test_unsaveable_setting_gives_project_file_error_and_no_file(tmp_path):
    p = Project(settings={"bad": object()})
    with pytest.raises(ProjectFileError) as err:
        storage.save(p, tmp_path / "bad.orgd")
    assert "bad.orgd" in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_save_into_missing_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="finnes ikke"):
        storage.save(Project(), tmp_path / "nei" / "x.orgd")
