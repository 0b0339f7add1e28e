"""Team mode under load: N clients in separate processes edit one server project.

Run::

    python benchmarks/bench_team.py --dsn "host=/tmp/sock dbname=od" --clients 10 --ops 50
    python benchmarks/bench_team.py --local --clients 10 --ops 50 --big   # throwaway server

Each client applies ``--ops`` edits through :class:`TeamSession` (mostly renames
of its own units; every ``--conflict-every``-th edit the same field of a shared
unit, so conflicts happen), sends each at once and between edits waits up to
``--think`` seconds for other clients' notifications. ``p50_ms``/``p95_ms``
are the times from one client calling commit to another client having the
change applied in its model. ``lost_updates`` counts accepted writes whose
value is not on the server at the end (and not overwritten by a later accepted
write of the same field), accepted ops missing from the op log, and clients
whose final model differs from the server's. ``--big`` also times pushing and
opening the 5 000-unit / 50 000-position project beside saving and loading
the same as a file. Prints one JSON object; not a unit test.
"""

from __future__ import annotations

import argparse
import glob
import json
import multiprocessing as mp
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

from orgdesigner.model import Project, Scenario, Unit, ops
from orgdesigner.storage import pg
from orgdesigner.storage.pg import PgBackend
from orgdesigner.storage.team import TeamSession

SHARED = 3  # shared units every client writes now and then


def _project(clients: int) -> Project:
    p = Project(name="Benchmark")
    sc = Scenario("s1", "Alternativ")
    p.scenarios["s1"] = sc
    sc.units["top"] = Unit("top", "Kommunedirektør")
    for s in range(SHARED):
        sc.units[f"shared{s}"] = Unit(f"shared{s}", f"Felles {s}", parent_id="top", sort_order=s)
    for c in range(clients):
        for i in range(3):
            uid = f"c{c}u{i}"
            sc.units[uid] = Unit(uid, f"Enhet {c}.{i}", parent_id="top", sort_order=SHARED + c * 3 + i)
    return p


def _seen(session: TeamSession, changes, latencies: list[float]) -> None:
    now = time.time()
    for ch in changes:
        if ch.client != session.client and ch.op.get("text", "").startswith("bench "):
            latencies.append((now - float(ch.op["text"].split()[2])) * 1000)


def _client(dsn: str, name: str, c: int, n_ops: int, every: int, think: float, barrier, out) -> None:
    rnd = random.Random(c)
    session = TeamSession(PgBackend(dsn, name), client=f"c{c}")
    session.backend.listen()
    accepted: list[tuple[str, str, str, int]] = []  # unit, field, value, version
    latencies: list[float] = []
    applied = conflicts = 0
    barrier.wait()
    for i in range(n_ops):
        if every and i % every == every - 1:
            uid, field, value = f"shared{rnd.randrange(SHARED)}", "cost_centre", f"c{c}-{i}"
            op = ops.set_unit_fields(session.project, "s1", uid, cost_centre=value)
        else:
            uid, field, value = f"c{c}u{i % 3}", "name", f"Enhet {c}.{i % 3} v{i}"
            op = ops.rename_unit(session.project, "s1", uid, value)
        session.edit(op)
        session.pending[-1][1]["text"] = f"bench {c} {time.time():.6f}"
        before = session.version
        report = session.sync()
        if report.offline:
            continue
        conflicts += len(report.refused)
        applied += report.sent - len(report.refused)
        mine = [ch for ch in report.applied if ch.client == session.client]
        for ch in mine:
            accepted.append((uid, field, value, ch.version))
        _seen(session, [ch for ch in report.applied if ch.version > before], latencies)
        deadline = time.time() + rnd.uniform(0, 2 * think)
        while (left := deadline - time.time()) > 0:
            if session.backend.wait(left):
                _seen(session, session.sync(send=False).applied, latencies)
    barrier.wait()  # everyone has written everything
    _seen(session, session.sync().applied, latencies)
    out.put(
        {
            "client": c,
            "applied": applied,
            "conflicts": conflicts,
            "accepted": accepted,
            "latencies": latencies,
            "final": _snapshot(session.project),
        }
    )
    session.backend.close()


def _snapshot(project: Project) -> dict[str, list[str]]:
    return {u: [x.name, x.cost_centre] for u, x in project.scenarios["s1"].units.items()}


def run_load(dsn: str, clients: int, n_ops: int, every: int, think: float) -> dict:
    name = f"bench-{uuid.uuid4().hex[:8]}"
    pg.push(dsn, name, _project(clients))
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(clients), ctx.Queue()
    procs = [
        ctx.Process(target=_client, args=(dsn, name, c, n_ops, every, think, barrier, out))
        for c in range(clients)
    ]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    state = _snapshot(pg.pull(dsn, name))
    latest: dict[tuple[str, str], tuple[int, str]] = {}
    for r in results:
        for uid, field, value, version in r["accepted"]:
            if (uid, field) not in latest or latest[(uid, field)][0] < version:
                latest[(uid, field)] = (version, value)
    lost = sum(
        1 for (uid, field), (_, value) in latest.items() if state[uid][0 if field == "name" else 1] != value
    )
    backend = PgBackend(dsn, name)
    logged = len(backend.changes_since(0))
    backend.close()
    applied = sum(r["applied"] for r in results)
    lost += abs(logged - applied)
    lost += sum(1 for r in results if r["final"] != state)
    lat = sorted(x for r in results for x in r["latencies"])
    return {
        "clients": clients,
        "ops": clients * n_ops,
        "applied": applied,
        "conflicts": sum(r["conflicts"] for r in results),
        "lost_updates": lost,
        "p50_ms": round(statistics.median(lat), 1) if lat else None,
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1) if lat else None,
        "latency_samples": len(lat),
    }


def run_big(dsn: str, repeat: int) -> dict:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from bench_storage import big_project

    from orgdesigner import storage

    project = big_project(5000, 50000)
    times: dict[str, list[float]] = {"push_s": [], "open_server_s": [], "save_file_s": [], "load_file_s": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "stor.orgd")
        for _ in range(repeat):  # interleaved A/B
            t = time.perf_counter()
            storage.save(project, path)
            times["save_file_s"].append(time.perf_counter() - t)
            name = f"stor-{uuid.uuid4().hex[:8]}"
            t = time.perf_counter()
            pg.push(dsn, name, project)
            times["push_s"].append(time.perf_counter() - t)
            t = time.perf_counter()
            storage.load(path)
            times["load_file_s"].append(time.perf_counter() - t)
            t = time.perf_counter()
            loaded, _ = PgBackend(dsn, name).load()
            times["open_server_s"].append(time.perf_counter() - t)
            assert loaded == project
    out = {k: round(statistics.median(v), 2) for k, v in times.items()}
    out["push_vs_save"] = round(out["push_s"] / out["save_file_s"], 2)
    out["open_vs_load"] = round(out["open_server_s"] / out["load_file_s"], 2)
    return out


def _local_cluster() -> tuple[str, callable]:
    """A throwaway server on a unix socket (as user postgres when run as root)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        sys.exit("PostgreSQL mangler: installer Debian-pakken «postgresql» eller bruk --dsn")
    bindir = os.path.dirname(found[-1])
    base = tempfile.mkdtemp(prefix="odbench-")
    prefix: list[str] = []
    if os.geteuid() == 0:
        import pwd

        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = os.path.join(base, "data")
    subprocess.run(
        [*prefix, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"],
        check=True,
        capture_output=True,
    )
    opts = f"-k {base} -c listen_addresses='' -c max_connections=200"
    subprocess.run(
        [*prefix, f"{bindir}/pg_ctl", "-D", data, "-l", f"{base}/log", "-o", opts, "-w", "start"],
        check=True,
        capture_output=True,
    )

    def stop() -> None:
        subprocess.run([*prefix, f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)

    return f"host={base} user=postgres dbname=postgres", stop


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dsn", help="a database where this login may run «server init» and push")
    ap.add_argument("--local", action="store_true", help="start a throwaway PostgreSQL instead of --dsn")
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--ops", type=int, default=50)
    ap.add_argument(
        "--conflict-every", type=int, default=10, help="every n-th edit hits a shared field (0: never)"
    )
    ap.add_argument("--think", type=float, default=0.1, help="mean seconds between a client's edits")
    ap.add_argument("--big", action="store_true", help="also time push/open of 5 000 units, 50 000 positions")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not args.dsn and not args.local:
        ap.error("oppgi --dsn eller --local")
    stop = None
    dsn = args.dsn
    if args.local:
        dsn, stop = _local_cluster()
    try:
        pg.init(dsn)
        result = run_load(dsn, args.clients, args.ops, args.conflict_every, args.think)
        if args.big:
            result["big"] = run_big(dsn, args.repeat)
    finally:
        if stop:
            stop()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
