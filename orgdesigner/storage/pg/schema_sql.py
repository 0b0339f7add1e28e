"""The PostgreSQL schema of team mode: tables, roles, row security and views.

Everything lives in schema ``orgdesigner``. One table per kind of record, with
``project_id`` and ``org_id`` ('' for records of the project itself) and a
fractional ``ord`` that keeps the order items were added in. ``oplog`` is
append-only: who, when, from which client and what (the op as JSON) — the
audit trail. Nobody but the owner may write a table directly; editors write
through :data:`~.apply_sql.APPLY_SQL` ``orgdesigner.apply_ops`` only.

Three group roles (NOLOGIN): ``orgdesigner_editor``, ``orgdesigner_reader``
and ``orgdesigner_tillitsvalgt``; a login gets one per project through
``members`` (and membership of the group). Row security limits every read to
projects the login is a member of; persons, positions and the op log only to
editors and readers. A tillitsvalgt reads ``persons_pseudo`` and
``positions_pseudo`` — no names, employee numbers or salaries — and has no
privilege at all on ``persons``, ``positions`` or ``oplog``.
"""

ROLES = {
    "editor": "orgdesigner_editor",
    "reader": "orgdesigner_reader",
    "tillitsvalgt": "orgdesigner_tillitsvalgt",
}

_ITEM = """
    project_id bigint NOT NULL REFERENCES orgdesigner.projects (id) ON DELETE CASCADE,
    org_id text NOT NULL DEFAULT '',
    ord double precision NOT NULL,"""

SCHEMA_SQL = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'orgdesigner_editor') THEN
        CREATE ROLE orgdesigner_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'orgdesigner_reader') THEN
        CREATE ROLE orgdesigner_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'orgdesigner_tillitsvalgt') THEN
        CREATE ROLE orgdesigner_tillitsvalgt NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS orgdesigner;
REVOKE ALL ON SCHEMA orgdesigner FROM PUBLIC;

CREATE TABLE IF NOT EXISTS orgdesigner.projects (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE,          -- the handle users open it by
    title text NOT NULL,                -- the project's own name (Project.name)
    version bigint NOT NULL DEFAULT 0,  -- last op applied
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    importing boolean NOT NULL DEFAULT false  -- true only inside the transaction that pushes it
);
ALTER TABLE orgdesigner.projects ADD COLUMN IF NOT EXISTS importing boolean NOT NULL DEFAULT false;
ALTER TABLE orgdesigner.projects ADD COLUMN IF NOT EXISTS push_xact xid8;  -- the pushing transaction
DROP FUNCTION IF EXISTS orgdesigner.create_project(text, jsonb);  -- pushing is begin_push/finish_push now
CREATE TABLE IF NOT EXISTS orgdesigner.members (
    project_id bigint NOT NULL REFERENCES orgdesigner.projects (id) ON DELETE CASCADE,
    login text NOT NULL,
    role text NOT NULL CHECK (role IN ('editor', 'reader', 'tillitsvalgt')),
    PRIMARY KEY (project_id, login)
);
CREATE TABLE IF NOT EXISTS orgdesigner.oplog (
    project_id bigint NOT NULL REFERENCES orgdesigner.projects (id) ON DELETE CASCADE,
    version bigint NOT NULL,
    login text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    client text NOT NULL DEFAULT '',
    op jsonb NOT NULL,
    PRIMARY KEY (project_id, version)
);
CREATE INDEX IF NOT EXISTS oplog_op ON orgdesigner.oplog USING gin (op jsonb_path_ops);
CREATE TABLE IF NOT EXISTS orgdesigner.settings (
    project_id bigint NOT NULL REFERENCES orgdesigner.projects (id) ON DELETE CASCADE,
    key text NOT NULL,
    value jsonb NOT NULL,
    ord double precision NOT NULL,
    PRIMARY KEY (project_id, key)
);
CREATE TABLE IF NOT EXISTS orgdesigner.sources ({_ITEM}
    id text NOT NULL, name text NOT NULL, attributes jsonb NOT NULL, number text NOT NULL,
    PRIMARY KEY (project_id, org_id, id)
);
CREATE TABLE IF NOT EXISTS orgdesigner.scenarios ({_ITEM}
    id text NOT NULL, name text NOT NULL, attributes jsonb NOT NULL, description text NOT NULL,
    PRIMARY KEY (project_id, org_id, id)
);
CREATE TABLE IF NOT EXISTS orgdesigner.locations ({_ITEM}
    id text NOT NULL, name text NOT NULL, address text NOT NULL, territory text NOT NULL,
    attributes jsonb NOT NULL,
    PRIMARY KEY (project_id, org_id, id)
);
CREATE TABLE IF NOT EXISTS orgdesigner.units ({_ITEM}
    id text NOT NULL, name text NOT NULL, type text NOT NULL, parent_id text,
    sort_order double precision NOT NULL, leader_position_id text, location_id text,
    target_group text NOT NULL, role text NOT NULL, kostra jsonb NOT NULL, cost_centre text NOT NULL,
    attributes jsonb NOT NULL,
    PRIMARY KEY (project_id, org_id, id),
    FOREIGN KEY (project_id, org_id, parent_id) REFERENCES orgdesigner.units (project_id, org_id, id)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE IF NOT EXISTS orgdesigner.persons ({_ITEM}
    id text NOT NULL, employee_no text NOT NULL, name text NOT NULL, source_id text NOT NULL,
    attributes jsonb NOT NULL,
    PRIMARY KEY (project_id, org_id, id)
);
CREATE TABLE IF NOT EXISTS orgdesigner.positions ({_ITEM}
    id text NOT NULL, person_id text, source_id text NOT NULL, unit_id text, code text NOT NULL,
    title text NOT NULL, fte_percent double precision NOT NULL, salary double precision NOT NULL,
    work_place_id text, personnel_responsibility boolean NOT NULL, budget_responsibility boolean NOT NULL,
    kostra text NOT NULL, cost_centre text NOT NULL, attributes jsonb NOT NULL,
    PRIMARY KEY (project_id, org_id, id)
);
CREATE TABLE IF NOT EXISTS orgdesigner.placements ({_ITEM}
    position_id text NOT NULL, unit_id text, work_place_id text, status text NOT NULL,
    note text NOT NULL, wishes jsonb NOT NULL, changed_at text NOT NULL, changed_by text NOT NULL,
    PRIMARY KEY (project_id, org_id, position_id),
    FOREIGN KEY (project_id, org_id, unit_id) REFERENCES orgdesigner.units (project_id, org_id, id)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE IF NOT EXISTS orgdesigner.relations ({_ITEM}
    id text NOT NULL, source_kind text NOT NULL, source_id text NOT NULL, target_unit_id text NOT NULL,
    kind text NOT NULL, note text NOT NULL,
    PRIMARY KEY (project_id, org_id, id),
    FOREIGN KEY (project_id, org_id, target_unit_id) REFERENCES orgdesigner.units (project_id, org_id, id)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE IF NOT EXISTS orgdesigner.history (
    project_id bigint NOT NULL REFERENCES orgdesigner.projects (id) ON DELETE CASCADE,
    seq bigserial PRIMARY KEY,
    scenario_id text NOT NULL, position_id text NOT NULL, field text NOT NULL,
    old text NOT NULL, new text NOT NULL, "at" text NOT NULL, "by" text NOT NULL
);
CREATE INDEX IF NOT EXISTS history_project ON orgdesigner.history (project_id, seq);

-- the caller's role in a project (NULL: not a member); session_user is the login
CREATE OR REPLACE FUNCTION orgdesigner.my_role(p bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = orgdesigner, pg_temp AS $$
    SELECT role FROM orgdesigner.members WHERE project_id = p AND login = session_user
$$;

CREATE OR REPLACE VIEW orgdesigner.persons_pseudo AS
    SELECT project_id, org_id, ord,
           'x-' || substr(md5(project_id::text || ':' || id), 1, 12) AS id,
           'Ansatt ' || upper(substr(md5('navn:' || project_id::text || ':' || id), 1, 6)) AS pseudonym,
           source_id
    FROM orgdesigner.persons WHERE orgdesigner.my_role(project_id) IS NOT NULL;
CREATE OR REPLACE VIEW orgdesigner.positions_pseudo AS
    SELECT project_id, org_id, ord, id,
           CASE WHEN person_id IS NULL THEN NULL
                ELSE 'x-' || substr(md5(project_id::text || ':' || person_id), 1, 12) END AS person_id,
           source_id, unit_id, code, title, fte_percent, work_place_id,
           personnel_responsibility, budget_responsibility, kostra, cost_centre
    FROM orgdesigner.positions WHERE orgdesigner.my_role(project_id) IS NOT NULL;
"""

_ALL_MEMBERS = (
    "projects",
    "members",
    "settings",
    "sources",
    "scenarios",
    "locations",
    "units",
    "placements",
    "relations",
    "history",
)
_NAMED = ("persons", "positions", "oplog")


#: tables ``server push`` fills with INSERTs (row security: only a project being pushed by the caller)
_PUSHED = (
    "settings",
    "sources",
    "scenarios",
    "locations",
    "units",
    "persons",
    "positions",
    "placements",
    "relations",
    "history",
)


def _policies() -> str:
    out = [
        f"DROP POLICY IF EXISTS push_insert ON orgdesigner.{t};\n"
        f"CREATE POLICY push_insert ON orgdesigner.{t} FOR INSERT WITH CHECK (orgdesigner.pushing(project_id));"
        for t in _PUSHED
    ]
    for table in (*_ALL_MEMBERS, *_NAMED):
        pid = "id" if table == "projects" else "project_id"
        if table in _NAMED:
            cond = f"orgdesigner.my_role({pid}) IN ('editor', 'reader')"
        elif table == "members":
            cond = "login = session_user OR orgdesigner.my_role(project_id) IS NOT NULL"
        else:
            cond = f"orgdesigner.my_role({pid}) IS NOT NULL"
        out.append(
            f"ALTER TABLE orgdesigner.{table} ENABLE ROW LEVEL SECURITY;\n"
            f"DROP POLICY IF EXISTS member_read ON orgdesigner.{table};\n"
            f"CREATE POLICY member_read ON orgdesigner.{table} FOR SELECT USING ({cond});"
        )
    return "\n".join(out)


GRANTS_SQL = f"""
{_policies()}
GRANT USAGE ON SCHEMA orgdesigner TO orgdesigner_editor, orgdesigner_reader, orgdesigner_tillitsvalgt;
GRANT SELECT ON {", ".join("orgdesigner." + t for t in _ALL_MEMBERS)}
    TO orgdesigner_editor, orgdesigner_reader, orgdesigner_tillitsvalgt;
GRANT SELECT ON {", ".join("orgdesigner." + t for t in _NAMED)} TO orgdesigner_editor, orgdesigner_reader;
GRANT SELECT ON orgdesigner.persons_pseudo, orgdesigner.positions_pseudo
    TO orgdesigner_editor, orgdesigner_reader, orgdesigner_tillitsvalgt;
REVOKE ALL ON FUNCTION orgdesigner.apply_ops(text, bigint, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orgdesigner.apply_ops(text, bigint, text, jsonb) TO orgdesigner_editor;
REVOKE ALL ON FUNCTION orgdesigner.begin_push(text, text), orgdesigner.finish_push(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orgdesigner.begin_push(text, text), orgdesigner.finish_push(bigint) TO orgdesigner_editor;
GRANT INSERT ON {", ".join("orgdesigner." + t for t in _PUSHED)} TO orgdesigner_editor;
GRANT USAGE ON SEQUENCE orgdesigner.history_seq_seq TO orgdesigner_editor;
GRANT EXECUTE ON FUNCTION orgdesigner.my_role(bigint)
    TO orgdesigner_editor, orgdesigner_reader, orgdesigner_tillitsvalgt;
"""
