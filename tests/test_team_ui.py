"""Team mode in the app: two real windows (offscreen) on one server project see each other's edits."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from ui_support import make_window, small_project

from orgdesigner.model import ops
from orgdesigner.storage import load, pg
from orgdesigner.ui.server_dialogs import OpenFromServerDialog, to_dsn

pytest_plugins = ["pg_cluster"]


@pytest.fixture
def two_windows(qtbot, tmp_path, monkeypatch, pg_db):
    pg.push(pg_db, "felles", small_project())
    a = make_window(qtbot, tmp_path / "a", monkeypatch)
    b = make_window(qtbot, tmp_path / "b", monkeypatch)
    assert a.server_ui.open(pg_db, "felles") and b.server_ui.open(pg_db, "felles")
    yield a, b
    for w in (a, b):
        w.server_ui.detach()


def _unit(win, uid):
    return win.controller.project.scenarios["s1"].units[uid]


def test_an_edit_in_one_window_appears_in_the_other(qtbot, two_windows):
    a, b = two_windows
    with qtbot.waitSignal(b.controller.edited, timeout=5000) as seen:
        assert a.controller.run(ops.rename_unit(a.controller.project, "s1", "oppv", "Oppvekst og læring"))
    assert any(
        c.kind == "unit" and "oppv" in c.ids for c in seen.args[0]
    )  # the same change path as local edits
    assert _unit(b, "oppv").name == "Oppvekst og læring"
    assert b.controller.undo_stack.count() == 0  # someone else's edit is not on my undo stack
    # the outline of the other window shows it
    model = b.outline.model()
    texts = []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        idx = stack.pop()
        texts.append(idx.data())
        stack += [model.index(r, 0, idx) for r in range(model.rowCount(idx))]
    assert "Oppvekst og læring" in texts
    # undo in A is sent as a new op, and B follows
    with qtbot.waitSignal(b.controller.edited, timeout=5000):
        a.controller.undo_stack.undo()
    assert _unit(b, "oppv").name == "Oppvekst"
    # and a move by B shows in A
    with qtbot.waitSignal(a.controller.edited, timeout=5000):
        b.controller.run(ops.move_units(b.controller.project, "s1", ["hjem"], "oppv", 0))
    assert a.controller.project.scenarios["s1"].children("oppv")[0] == "hjem"
    assert a.controller.project == b.controller.project


def test_the_same_field_at_once_the_later_is_refused_and_told(qtbot, two_windows):
    a, b = two_windows
    b.server_ui.link._notifier.setEnabled(False)  # B has not heard of A's edit yet
    a.controller.run(ops.rename_unit(a.controller.project, "s1", "skole", "Nordby oppvekstsenter"))
    qtbot.waitUntil(lambda: not a.server_ui.link.session.pending, timeout=5000)
    b.controller.run(ops.rename_unit(b.controller.project, "s1", "skole", "Nordby barneskole"))
    qtbot.waitUntil(lambda: getattr(b.server_ui, "last_refused", None) is not None, timeout=5000)
    text = b.server_ui.last_refused.text()
    assert "ble endret av postgres" in text and "Nordby oppvekstsenter" in text
    assert _unit(b, "skole").name == "Nordby oppvekstsenter"  # the model shows what is true
    assert not b.controller.undo_stack.canUndo()


def test_a_dropped_connection_keeps_edits_and_sends_them_later(qtbot, two_windows, pg_db):
    a, b = two_windows
    with psycopg.connect(pg_db, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'orgdesigner:felles' AND pid IN ("
            "SELECT pid FROM pg_stat_activity WHERE client_port IS NOT NULL OR client_addr IS NULL)"
        )
    a.controller.run(ops.rename_unit(a.controller.project, "s1", "stab", "Stab og støtte"))
    qtbot.waitUntil(lambda: not a.server_ui.link.online, timeout=5000)
    assert "Ingen forbindelse" in a.server_ui.label.text()
    assert len(a.server_ui.link.session.pending) == 1
    assert _unit(a, "stab").name == "Stab og støtte"  # still shown, still waiting
    # reconnects on its own, sends, and B (which reconnects too) sees it
    qtbot.waitUntil(lambda: a.server_ui.link.online and not a.server_ui.link.session.pending, timeout=15000)
    qtbot.waitUntil(lambda: _unit(b, "stab").name == "Stab og støtte", timeout=15000)
    assert "Ingen forbindelse" not in a.server_ui.label.text()


def test_a_local_copy_can_always_be_saved(qtbot, two_windows, tmp_path):
    a, _ = two_windows
    a.controller.run(ops.rename_unit(a.controller.project, "s1", "avd", "Mellomtrinnet"))
    a.controller.save(str(tmp_path / "kopi.orgd"))
    assert load(tmp_path / "kopi.orgd").scenarios["s1"].units["avd"].name == "Mellomtrinnet"


def test_presence_and_the_open_dialog(qtbot, two_windows, pg_db):
    a, _ = two_windows
    a.server_ui.link.update_presence()
    assert a.server_ui.link.presence == ["postgres"]
    assert "til stede: postgres" in a.server_ui.label.text()
    dialog = OpenFromServerDialog(a, "")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.dsn_edit, pg_db)
    qtbot.mouseClick(dialog.list_button, Qt.LeftButton)
    assert dialog.projects.count() == 1 and dialog.project() == "felles"
    assert "Testkommune" in dialog.projects.item(0).text()
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    bad = OpenFromServerDialog(a, "host=/finnes/ikke connect_timeout=2")
    qtbot.addWidget(bad)
    bad.refresh()
    assert "Får ikke kontakt" in bad.error.text()
    assert to_dsn("kommune-od") == "service=kommune-od"


def test_push_from_the_app_then_work_on_the_server(qtbot, tmp_path, monkeypatch, pg_db):
    win = make_window(qtbot, tmp_path, monkeypatch)
    assert win.server_ui.push(pg_db, "fra-appen")
    assert win.server_ui.link is not None and win.server_ui.link.name == "fra-appen"
    win.controller.run(ops.rename_unit(win.controller.project, "s1", "kd", "Kommunedirektøren"))
    qtbot.waitUntil(lambda: not win.server_ui.link.session.pending, timeout=5000)
    assert pg.pull(pg_db, "fra-appen").scenarios["s1"].units["kd"].name == "Kommunedirektøren"
    assert not win.server_ui.push(pg_db, "fra-appen")  # exists already: told, nothing changes
    win.server_ui.detach()


def test_a_tillitsvalgt_window_follows_pseudonymised(qtbot, tmp_path, monkeypatch, pg_cluster, pg_db):
    pg.push(pg_db, "felles", small_project())
    pg_cluster.create_login("tore")
    pg.grant(pg_db, "felles", "tore", "tillitsvalgt")
    tore_dsn = pg_cluster.dsn(user="tore", db=pg_db.split("dbname=")[1])
    a = make_window(qtbot, tmp_path / "a", monkeypatch)
    t = make_window(qtbot, tmp_path / "t", monkeypatch)
    assert a.server_ui.open(pg_db, "felles") and t.server_ui.open(tore_dsn, "felles")
    names = {p.name for p in t.controller.project.persons.values()}
    assert "Kari Nordmann" not in names and all(n.startswith("Ansatt ") for n in names)
    with qtbot.waitSignal(t.controller.projectReplaced, timeout=5000):
        a.controller.run(ops.rename_unit(a.controller.project, "s1", "helse", "Helse og omsorg"))
    assert _unit(t, "helse").name == "Helse og omsorg"
    assert t.server_ui.link is not None and t.server_ui.link.online
    for w in (a, t):
        w.server_ui.detach()
