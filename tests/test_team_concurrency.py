"""Several advisers at once: clients in separate processes edit one server project.

Each client renames its own units many times and, once, all of them change the
same field from the same starting point. Afterwards the server holds every
client's last name for its units (no lost update), exactly one of the
concurrent writes to the shared field won, every other was refused and
reported with the winner's login, and every client ends with the server's state.
"""

from __future__ import annotations

import multiprocessing as mp

from orgdesigner.model import Project, Scenario, Unit, ops
from orgdesigner.storage import pg
from orgdesigner.storage.pg import PgBackend
from orgdesigner.storage.team import TeamSession

pytest_plugins = ["pg_cluster"]

CLIENTS = 4
EDITS = 15


def _project() -> Project:
    p = Project(name="Samtidig")
    sc = Scenario("s1", "Alternativ")
    p.scenarios["s1"] = sc
    sc.units["top"] = Unit("top", "Kommunedirektør")
    for c in range(CLIENTS):
        for i in range(3):
            sc.units[f"c{c}u{i}"] = Unit(f"c{c}u{i}", f"Enhet {c}.{i}", parent_id="top", sort_order=c * 3 + i)
    return p


def _client(dsn: str, name: str, c: int, barrier, out) -> None:
    session = TeamSession(PgBackend(dsn, name), client=f"klient-{c}")
    written: dict[str, str] = {}
    barrier.wait()  # everyone has loaded the same version
    session.edit(ops.set_unit_fields(session.project, "s1", "top", cost_centre=f"ansvar-{c}"))
    shared = session.sync()
    for i in range(EDITS):
        uid = f"c{c}u{i % 3}"
        name_ = f"Enhet {c}.{i % 3} v{i}"
        session.edit(ops.rename_unit(session.project, "s1", uid, name_))
        written[uid] = name_
        if i % 4 == 3 or i == EDITS - 1:
            report = session.sync()
            assert not report.refused, report.refused
    barrier.wait()  # everyone is done writing
    session.sync()
    out.put(
        {
            "client": c,
            "written": written,
            "shared_refused": [(r.field, r.by, r.current) for r in shared.refused],
            "final": session.project.scenarios["s1"].units["top"].cost_centre,
            "names": {u: x.name for u, x in session.project.scenarios["s1"].units.items()},
        }
    )
    session.backend.close()


def test_clients_in_separate_processes_lose_nothing(pg_db):
    pg.push(pg_db, "samtidig", _project())
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(CLIENTS), ctx.Queue()
    procs = [ctx.Process(target=_client, args=(pg_db, "samtidig", c, barrier, out)) for c in range(CLIENTS)]
    for p in procs:
        p.start()
    results = sorted((out.get(timeout=120) for _ in procs), key=lambda r: r["client"])
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    state = pg.pull(pg_db, "samtidig")
    names = {u: x.name for u, x in state.scenarios["s1"].units.items()}
    for r in results:
        for uid, name in r["written"].items():
            assert names[uid] == name, "a client's last edit is missing on the server"
        assert r["names"] == names, "a client ended with another state than the server"
    winner = state.scenarios["s1"].units["top"].cost_centre
    losers = [r for r in results if r["shared_refused"]]
    assert len(losers) == CLIENTS - 1
    for r in losers:
        [(field, by, current)] = r["shared_refused"]
        assert (field, by, current) == ("cost_centre", "postgres", winner)
    assert all(r["final"] == winner for r in results)
