"""Autosave/recovery copies: written atomically, listed newest first, discarded."""

from __future__ import annotations

import os
import time

import pytest

from orgdesigner import storage
from orgdesigner.model import Project, SourceKommune, Unit
from orgdesigner.storage import ProjectFileError, recovery


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _project(name="Prosjekt") -> Project:
    p = Project(name=name)
    p.sources["k"] = SourceKommune("k", "Fet")
    p.sources["k"].units["u"] = Unit("u", "Rådhuset")
    return p


def test_recovery_dir_honours_env(data_dir):
    assert recovery.recovery_dir() == data_dir / "recovery"


def test_write_list_load_discard(tmp_path):
    original = tmp_path / "docs" / "lillestrøm.orgd"
    p = _project("Lillestrøm")
    path = recovery.write_recovery(p, str(original))
    assert path.parent == recovery.recovery_dir()
    assert storage.load(path) == p
    infos = recovery.list_recoveries()
    assert [i.path for i in infos] == [path]
    info = infos[0]
    assert info.original_path == str(original.resolve())
    assert info.project_name == "Lillestrøm"
    assert info.from_this_process
    assert abs(time.time() - info.saved_at.timestamp()) < 60
    recovery.discard_recovery(path)
    assert recovery.list_recoveries() == []
    recovery.discard_recovery(path)  # already gone: fine


def test_same_document_overwrites_its_copy_untitled_gets_its_own(tmp_path):
    p = _project()
    a = recovery.write_recovery(p, str(tmp_path / "a.orgd"))
    p.name = "Endret"
    a2 = recovery.write_recovery(p, str(tmp_path / "a.orgd"))
    assert a == a2 and storage.load(a2).name == "Endret"
    b = recovery.write_recovery(p, str(tmp_path / "b.orgd"))
    u = recovery.write_recovery(_project(), None)
    assert len({a, b, u}) == 3
    infos = recovery.list_recoveries()
    assert len(infos) == 3
    assert {i.original_path for i in infos} == {
        str((tmp_path / "a.orgd").resolve()),
        str((tmp_path / "b.orgd").resolve()),
        None,
    }


def test_list_is_newest_first_and_skips_broken_and_temp_files(tmp_path):
    first = recovery.write_recovery(_project("Først"), str(tmp_path / "1.orgd"))
    second = recovery.write_recovery(_project("Sist"), str(tmp_path / "2.orgd"))
    # make the first one clearly older
    meta_fix = storage.load(first)
    storage.save(meta_fix, first, meta={"saved_at": "2020-01-01T10:00:00+00:00", "recovery_of": "x"})
    (recovery.recovery_dir() / "ødelagt.orgd").write_bytes(b"not sqlite at all" * 20)
    (recovery.recovery_dir() / ".halv.orgd.123.tmp").write_bytes(b"")
    infos = recovery.list_recoveries()
    assert [i.path for i in infos] == [second, first]


def test_failed_recovery_write_keeps_previous_copy(tmp_path, monkeypatch):
    p = _project()
    path = recovery.write_recovery(p, None)
    before = path.read_bytes()
    with monkeypatch.context() as m, pytest.raises(ProjectFileError):
        m.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "full")))
        recovery.write_recovery(_project("Ny"), None)
    assert path.read_bytes() == before
    assert [f.name for f in recovery.recovery_dir().iterdir()] == [path.name]


def test_discard_refuses_files_outside_the_recovery_dir(tmp_path):
    doc = tmp_path / "ekte.orgd"
    storage.save(_project(), doc)
    with pytest.raises(ValueError):
        recovery.discard_recovery(doc)
    assert doc.exists()
