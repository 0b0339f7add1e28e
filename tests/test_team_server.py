"""Team mode against a real PostgreSQL server: push/pull, field-level conflicts,
roles enforced by the database, reconnect, and random interleavings of two clients."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_model_ops import draw_op, small_project

from orgdesigner.demo import build_demo_project
from orgdesigner.model import ModelError, Unit, ops
from orgdesigner.storage import pg
from orgdesigner.storage.backend import AccessDenied
from orgdesigner.storage.pg import PgBackend
from orgdesigner.storage.team import TeamSession

pytest_plugins = ["pg_cluster"]  # fixtures pg_cluster (one throwaway server) and pg_db


def test_push_then_pull_gives_back_the_same_project(pg_db):
    for name, project in [("liten", small_project()), ("demo", build_demo_project())]:
        pg.push(pg_db, name, project)
        assert pg.pull(pg_db, name) == project
    with pytest.raises(AccessDenied, match="finnes allerede"):
        pg.push(pg_db, "liten", small_project())


def _two(pg_db, name="p"):
    pg.push(pg_db, name, small_project())
    return TeamSession(PgBackend(pg_db, name)), TeamSession(PgBackend(pg_db, name))


def test_different_fields_and_units_never_conflict(pg_db):
    a, b = _two(pg_db)
    a.edit(ops.rename_unit(a.project, "s1", "n1", "Oppvekst og læring"))
    b.edit(ops.set_unit_fields(b.project, "s1", "n1", cost_centre="4711"))
    b.edit(ops.rename_unit(b.project, "s1", "n2", "Helse og omsorg"))
    assert a.sync().refused == [] and b.sync().refused == []
    a.sync()
    for s in (a, b):
        units = s.project.scenarios["s1"].units
        assert (units["n1"].name, units["n1"].cost_centre, units["n2"].name) == (
            "Oppvekst og læring",
            "4711",
            "Helse og omsorg",
        )


def test_the_same_field_twice_refuses_the_later_and_says_who(pg_db):
    a, b = _two(pg_db)
    a.edit(ops.rename_unit(a.project, "s1", "n1", "Oppvekst og læring"))
    b.edit(ops.rename_unit(b.project, "s1", "n1", "Barn og unge"))
    assert a.sync().refused == []
    report = b.sync()
    [refusal] = report.refused
    assert (refusal.field, refusal.current, refusal.by) == ("name", "Oppvekst og læring", "postgres")
    assert "ble endret av postgres" in refusal.message()
    assert b.project.scenarios["s1"].units["n1"].name == "Oppvekst og læring"  # the model shows what is true
    assert b.project == a.project == pg.pull(pg_db, "p")


def test_crossing_moves_cannot_make_a_cycle(pg_db):
    a, b = _two(pg_db)
    a.edit(ops.move_units(a.project, "s1", ["n1"], "n2"))
    b.edit(ops.move_units(b.project, "s1", ["n2"], "n1"))
    a.sync()
    [refusal] = b.sync().refused
    assert "sirkel" in refusal.message()
    assert b.project == a.project


def test_placing_into_a_unit_someone_deleted_is_refused(pg_db):
    a, b = _two(pg_db)
    a.edit(ops.remove_unit(a.project, "s1", "n3"))
    b.edit(ops.set_placement(b.project, "s1", "p5", unit_id="n3"))
    a.sync()
    [refusal] = b.sync().refused
    assert refusal.op["text"] == "Innplassering"
    assert "p5" not in b.project.scenarios["s1"].placements


def test_unsent_edits_survive_a_dropped_connection(pg_db):
    a, b = _two(pg_db)
    with psycopg.connect(pg_db, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'orgdesigner:p'"
        )
    a.edit(ops.rename_unit(a.project, "s1", "n2", "Helse"))
    first = a.sync()  # the dropped connection is noticed here …
    assert first.offline and not a.online and len(a.pending) == 1
    assert a.project.scenarios["s1"].units["n2"].name == "Helse"  # still shown
    second = a.sync()  # … and the next sync reconnects and sends
    assert not second.offline and second.sent == 1 and not a.pending
    b.sync()
    assert b.project.scenarios["s1"].units["n2"].name == "Helse"


def test_the_file_backend_keeps_the_same_protocol(tmp_path):
    from orgdesigner.storage import save
    from orgdesigner.storage.backend import FileBackend

    path = tmp_path / "p.orgd"
    save(small_project(), path)
    a, b = TeamSession(FileBackend(path)), TeamSession(FileBackend(path))
    a.edit(ops.rename_unit(a.project, "s1", "n1", "A"))
    b.edit(ops.rename_unit(b.project, "s1", "n1", "B"))
    assert a.sync().refused == []
    report = b.sync()
    assert report.refused[0].field == "name"  # checked against the file
    assert "åpne filen på nytt" in report.offline  # and told the file moved on without it
    from orgdesigner.storage.lock import ProjectLock

    held = ProjectLock.acquire(path)
    held.info = type(held.info)(**{**held.info.__dict__, "pid": 1, "machine": "annen-pc"})  # someone else's
    held.file.write_text(json.dumps(held.info.__dict__), encoding="utf-8")
    a.edit(ops.rename_unit(a.project, "s1", "n2", "Låst"))
    with pytest.raises(AccessDenied, match="er åpen hos"):
        a.backend.commit(a.version, [d for _, d in a.pending])
    held.file.unlink()


# ---------------------------------------------------------------------------
# roles, enforced by PostgreSQL itself
# ---------------------------------------------------------------------------


def _named_project():
    p = small_project()
    for n, person in enumerate(p.persons.values()):
        person.name, person.employee_no = f"Kari Testesen {n}", f"E{90210 + n}"
    for n, pos in enumerate(p.positions.values()):
        pos.salary = 612_345.0 + n
    return p


@pytest.fixture
def roles(pg_cluster, pg_db):
    pg.push(pg_db, "felles", _named_project())
    db = pg_db.split("dbname=")[1]
    for login, role in [("ole", "editor"), ("lise", "reader"), ("tore", "tillitsvalgt")]:
        pg_cluster.create_login(login)
        pg.grant(pg_db, "felles", login, role)
    pg_cluster.create_login("utenfor")
    return lambda login: pg_cluster.dsn(user=login, db=db)


def test_a_reader_reads_but_cannot_write(roles):
    reader = PgBackend(roles("lise"), "felles")
    project, version = reader.load()
    real = _named_project()
    assert (project.persons, project.positions) == (real.persons, real.positions)  # names and salaries too
    op = ops.rename_unit(project, "s1", "n1", "X")
    session = TeamSession(reader, project, version)
    session.edit(op)
    with pytest.raises(AccessDenied):
        session.sync()
    with psycopg.connect(roles("lise"), autocommit=True) as conn:
        for statement in (
            "UPDATE orgdesigner.units SET name = 'X'",
            "INSERT INTO orgdesigner.oplog (project_id, version, op) VALUES (1, 99, '{}')",
            "DELETE FROM orgdesigner.oplog",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_an_editor_writes_only_through_the_function(roles):
    editor = TeamSession(PgBackend(roles("ole"), "felles"))
    editor.edit(ops.rename_unit(editor.project, "s1", "n1", "Oppvekst 2"))
    assert editor.sync().refused == []
    with psycopg.connect(roles("ole"), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE orgdesigner.units SET name = 'utenom loggen'")
        assert conn.execute("SELECT login, op->>'text' FROM orgdesigner.oplog").fetchall() == [
            ("ole", "Gi nytt navn «Oppvekst 2»")
        ]


def test_a_tillitsvalgt_cannot_read_names_numbers_or_salaries_even_with_psql(roles, pg_cluster):
    real = _named_project()
    conn = psycopg.connect(roles("tore"), autocommit=True)
    for statement in (
        "SELECT name FROM orgdesigner.persons",
        "SELECT employee_no FROM orgdesigner.persons",
        "SELECT salary FROM orgdesigner.positions",
        "SELECT op FROM orgdesigner.oplog",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
    columns = {c.name for c in conn.execute("SELECT * FROM orgdesigner.persons_pseudo").description}
    columns |= {c.name for c in conn.execute("SELECT * FROM orgdesigner.positions_pseudo").description}
    assert not {"name", "employee_no", "salary"} & columns
    dump = str(conn.execute("SELECT * FROM orgdesigner.persons_pseudo").fetchall())
    dump += str(conn.execute("SELECT * FROM orgdesigner.positions_pseudo").fetchall())
    assert dump.count("Ansatt ") == len(real.persons)
    for person in real.persons.values():
        assert person.name not in dump and person.employee_no not in dump and f"'{person.id}'" not in dump
    assert "612" not in dump
    conn.close()
    psql = f"{pg_cluster.bindir}/psql"
    out = subprocess.run(
        [psql, roles("tore"), "-c", "SELECT name, employee_no FROM orgdesigner.persons"],
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0 and "permission denied" in out.stderr
    # the app opens the project pseudonymised
    project, _ = PgBackend(roles("tore"), "felles").load()
    assert len(project.persons) == len(real.persons)
    assert all(p.name.startswith("Ansatt ") and not p.employee_no for p in project.persons.values())
    assert all(p.salary == 0 for p in project.positions.values())
    assert {p.name for p in project.persons.values()}.isdisjoint({p.name for p in real.persons.values()})


def test_someone_without_a_grant_sees_nothing(roles):
    with pytest.raises(AccessDenied):
        pg.list_projects(roles("utenfor"))
    with pytest.raises(AccessDenied):
        PgBackend(roles("utenfor"), "felles").load()
    pg.push(roles("postgres"), "annet", small_project())  # tore has no grant here
    assert [(p["name"], p["role"]) for p in pg.list_projects(roles("tore"))] == [("felles", "tillitsvalgt")]
    with pytest.raises(AccessDenied):
        PgBackend(roles("tore"), "annet").load()


# ---------------------------------------------------------------------------
# random interleavings of two clients
# ---------------------------------------------------------------------------


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.data())
def test_random_interleavings_converge_and_report_every_refusal(pg_cluster, data):
    dsn = pg_cluster.dsn(db=_shared_db(pg_cluster))
    name = f"p{next(_counter)}"
    pg.push(dsn, name, small_project())
    clients = [TeamSession(PgBackend(dsn, name), client=c) for c in ("A", "B")]
    made = {"A": 0, "B": 0}
    for _ in range(data.draw(st.integers(2, 14), label="steps")):
        who = data.draw(st.sampled_from(clients), label="client")
        if data.draw(st.booleans(), label="sync?"):
            who.sync()
            continue
        try:
            op = draw_op(data, who.project)
        except ModelError:
            continue
        if op is not None:
            who.edit(op)
            made[who.client] += 1
    for s in (*clients, clients[0]):
        s.sync()
    server = PgBackend(dsn, name)
    state, version = server.load()
    assert clients[0].project == state and clients[1].project == state
    assert clients[0].version == clients[1].version == version
    with psycopg.connect(dsn) as conn:
        logged = dict(
            conn.execute(
                "SELECT client, count(*) FROM orgdesigner.oplog o JOIN orgdesigner.projects p ON p.id = o.project_id "
                "WHERE p.name = %s GROUP BY client",
                (name,),
            ).fetchall()
        )
    for s in clients:
        assert logged.get(s.client, 0) + len(s.refusals) == made[s.client], (
            "an op was neither applied nor reported"
        )
    for s in clients:
        s.backend.close()
    server.close()


_dbs: dict[str, str] = {}
_counter = iter(range(10**6))


def _shared_db(cluster) -> str:
    if "db" not in _dbs:
        _dbs["db"] = cluster.new_database()
        pg.init(cluster.dsn(db=_dbs["db"]))
    return _dbs["db"]


def test_a_deep_copy_of_a_project_is_what_the_server_returns(pg_db):
    p = small_project()
    p.scenarios["s1"].units["n9"] = Unit("n9", "Brøk", parent_id="n0", sort_order=2.5)
    pg.push(pg_db, "brøk", copy.deepcopy(p))
    assert pg.pull(pg_db, "brøk") == p


def test_a_hostile_editor_cannot_step_outside_the_rules(pg_db):
    pg.push(pg_db, "a", small_project())
    pg.push(pg_db, "b", small_project())
    backend = PgBackend(pg_db, "a")
    _, version = backend.load()

    def op(*prims):
        return {"text": "fiendtlig", "prims": list(prims)}

    unit = {"t": "set", "kind": "unit", "org": "s1", "id": "n1"}
    result = backend.commit(
        version,
        [
            op({**unit, "changes": {"project_id": 2}, "expect": {"project_id": 1}}),
            op({**unit, "changes": {"name\" = 'x'; DROP TABLE orgdesigner.units; --": 1}, "expect": {}}),
            op({**unit, "changes": {"name": "Uten forventning"}, "expect": {}}),
            op({"t": "set", "kind": "projects", "org": None, "id": "1", "changes": {}, "expect": {}}),
            op({"t": "drop", "kind": "unit"}),
            op(
                {
                    "t": "add",
                    "kind": "unit",
                    "org": "s1",
                    "at": [None],
                    "items": [{**dataclasses.asdict(Unit("z1", "Smuglet")), "project_id": 2, "org_id": "s9"}],
                }
            ),
        ],
    )
    assert len(result.refused) == 5 and len(result.accepted) == 1
    assert {r.reason for r in result.refused} >= {"ukjent felt", "mangler forventet verdi", "ukjent type"}
    a, b = pg.pull(pg_db, "a"), pg.pull(pg_db, "b")
    assert "z1" in a.scenarios["s1"].units  # the add landed in the caller's own project and org …
    assert "z1" not in b.scenarios["s1"].units  # … never in another one
    assert a.scenarios["s1"].units["n1"].name == "Oppvekst"


def test_what_others_did_inside_or_to_a_removed_thing_is_not_lost(pg_db):
    a, b = _two(pg_db)
    # B renames a unit inside the scenario A is deleting: A's delete is refused
    b.edit(ops.rename_unit(b.project, "s1", "n2", "Helse og omsorg"))
    a.edit(ops.remove_scenario(a.project, "s1"))
    b.sync()
    [refusal] = a.sync().refused
    assert refusal.field == "units"
    assert a.project.scenarios["s1"].units["n2"].name == "Helse og omsorg"
    # B wishes a unit A is removing: whichever comes second is refused, no dangling wish
    b.edit(ops.set_placement(b.project, "s1", "p0", wishes=["n3"]))
    a.edit(ops.remove_unit(a.project, "s1", "n3"))
    b.sync()
    [refusal] = a.sync().refused
    assert "tatt i bruk" in refusal.message()
    a.edit(ops.set_placement(a.project, "s1", "p1", wishes=["n2"]))
    b.edit(ops.remove_unit(b.project, "s1", "n2"))
    a_first = a.sync()
    b_second = b.sync()
    assert not a_first.refused and b_second.refused
    state = pg.pull(pg_db, "p")
    units = state.scenarios["s1"].units
    assert all(w in units for pl in state.scenarios["s1"].placements.values() for w in pl.wishes)


def test_an_editor_pushes_a_project_and_then_writes_only_through_the_function(roles):
    ole = roles("ole")
    pg.push(ole, "oles", small_project())
    assert [p["name"] for p in pg.list_projects(ole)] == ["felles", "oles"]
    assert pg.pull(ole, "oles").scenarios["s1"].units == small_project().scenarios["s1"].units
    with psycopg.connect(ole, autocommit=True) as conn:
        pid = conn.execute("SELECT id FROM orgdesigner.projects WHERE name = 'oles'").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # row security: the push is over
            conn.execute(
                "INSERT INTO orgdesigner.locations (project_id, org_id, ord, id, name, address, territory, attributes)"
                " VALUES (%s, '', 99, 'x', 'Smuglet', '', '', '{}')",
                (pid,),
            )
        # a push begun and committed but never finished gives no way around the op log later
        conn.execute("SELECT orgdesigner.begin_push('halvferdig', 'x')")
        stuck = conn.execute("SELECT id FROM orgdesigner.projects WHERE name = 'halvferdig'").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO orgdesigner.locations (project_id, org_id, ord, id, name, address, territory, attributes)"
                " VALUES (%s, '', 1, 'x', 'Smuglet', '', '', '{}')",
                (stuck,),
            )
    assert "halvferdig" not in [p["name"] for p in pg.list_projects(ole)]
    with pytest.raises(AccessDenied):
        pg.push(roles("lise"), "lise-sitt", small_project())  # a reader cannot push
