"""``orgdesigner server …``: put projects on the kommune's PostgreSQL server and back.

* ``server init --dsn DSN [--sql]`` creates the schema, roles and functions
  (``--sql`` prints the SQL for IT to run instead);
* ``server push FILE.orgd --dsn DSN --project NAME`` puts a file on the server;
* ``server pull --dsn DSN --project NAME -o FILE.orgd`` saves a server project as a file;
* ``server list --dsn DSN [--json]`` lists the projects this login may open;
* ``server grant --dsn DSN --project NAME --user LOGIN --role editor|reader|tillitsvalgt``.

DSN is any libpq connection string or URI (``service=kommune-od``,
``postgresql://od.kommune.no/orgdesigner?sslmode=verify-full``); the password
comes from ``~/.pgpass``, a service file or single sign-on, never from
OrgDesigner. Exit status: 0 done, 1 refused by the server (no right, exists
already, unknown project or user), 2 cannot connect or read.

Every command that opens a project (``info``, ``validate``, ``metrics``,
``export``, ``compare``) also takes a server project written as
``postgresql://HOST/DB?…#project=NAME``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..i18n import _
from . import fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "server",
        help=_("prosjekter på kommunens PostgreSQL-server (teammodus)"),
        description=_("Legg prosjekter på kommunens PostgreSQL-server, hent dem ned og gi tilgang."),
    )
    sub = p.add_subparsers(dest="server_command", metavar=_("HANDLING"))
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])

    def dsn(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--dsn",
            required=True,
            help=_("tilkobling (libpq), f.eks. «service=kommune» eller en postgresql://-URL"),
        )

    q = sub.add_parser("init", help=_("opprett skjema, roller og funksjoner i databasen"))
    dsn(q)
    q.add_argument("--sql", action="store_true", help=_("skriv SQL-en i stedet for å kjøre den"))
    q.set_defaults(func=_init)

    q = sub.add_parser("push", help=_("legg en prosjektfil på serveren"))
    q.add_argument("file", metavar=_("FIL.orgd"))
    dsn(q)
    q.add_argument("--project", required=True, metavar=_("NAVN"), help=_("navnet prosjektet får på serveren"))
    q.set_defaults(func=_push)

    q = sub.add_parser("pull", help=_("lagre et prosjekt fra serveren som fil"))
    dsn(q)
    q.add_argument("--project", required=True, metavar=_("NAVN"))
    q.add_argument("-o", "--output", required=True, metavar=_("FIL.orgd"))
    q.set_defaults(func=_pull)

    q = sub.add_parser("list", help=_("vis prosjektene du har tilgang til"))
    dsn(q)
    q.add_argument("--json", action="store_true", help=_("skriv JSON"))
    q.set_defaults(func=_list)

    q = sub.add_parser("grant", help=_("gi en bruker en rolle i et prosjekt"))
    dsn(q)
    q.add_argument("--project", required=True, metavar=_("NAVN"))
    q.add_argument("--user", required=True, metavar=_("BRUKER"), help=_("brukernavnet i databasen"))
    q.add_argument("--role", required=True, choices=["editor", "reader", "tillitsvalgt"])
    q.set_defaults(func=_grant)


def _status(exc: Exception) -> int:
    from ..storage.backend import AccessDenied

    return 1 if isinstance(exc, AccessDenied) else 2


def _init(args: argparse.Namespace) -> int:
    from ..storage import pg
    from ..storage.backend import BackendError

    if args.sql:
        sys.stdout.write(pg.init_sql())
        return 0
    try:
        pg.init(args.dsn)
    except BackendError as exc:
        return fail(exc.reason, _status(exc))
    print(_("Databasen er klar for OrgDesigner (skjema «orgdesigner», roller og funksjoner)."))
    return 0


def _push(args: argparse.Namespace) -> int:
    from ..storage import ProjectFileError, pg
    from ..storage.backend import BackendError
    from ..storage.projectfile import load

    try:
        project = load(args.file)
    except ProjectFileError as exc:
        return fail(str(exc), 2)
    try:
        pg.push(args.dsn, args.project, project)
    except BackendError as exc:
        return fail(exc.reason, _status(exc))
    print(
        _("«{file}» ligger nå på serveren som prosjektet «{project}».").format(
            file=args.file, project=args.project
        )
    )
    return 0


def _pull(args: argparse.Namespace) -> int:
    from ..storage import ProjectFileError, pg, save
    from ..storage.backend import BackendError

    try:
        project = pg.pull(args.dsn, args.project)
    except BackendError as exc:
        return fail(exc.reason, _status(exc))
    try:
        save(project, args.output)
    except ProjectFileError as exc:
        return fail(str(exc), 2)
    print(_("Prosjektet «{project}» er lagret i «{path}».").format(project=args.project, path=args.output))
    return 0


def _list(args: argparse.Namespace) -> int:
    from ..storage import pg
    from ..storage.backend import BackendError

    try:
        projects = pg.list_projects(args.dsn)
    except BackendError as exc:
        return fail(exc.reason, _status(exc))
    if args.json:
        print(json.dumps(projects, ensure_ascii=False, indent=2))
        return 0
    if not projects:
        print(_("Ingen prosjekter du har tilgang til."))
    for p in projects:
        role = p["role"] or _("(eier)")
        version = _("versjon {version}").format(version=p["version"])
        print(f"{p['name']}\t{p['title']}\t{version}\t{role}")
    return 0


def _grant(args: argparse.Namespace) -> int:
    from ..storage import pg
    from ..storage.backend import BackendError

    try:
        pg.grant(args.dsn, args.project, args.user, args.role)
    except BackendError as exc:
        return fail(exc.reason, _status(exc))
    print(
        _("{user} er nå {role} i prosjektet «{project}».").format(
            user=args.user, role=args.role, project=args.project
        )
    )
    return 0
