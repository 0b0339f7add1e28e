"""The one database function every team edit goes through, and pushing a project.

``orgdesigner.apply_ops(project, base_version, client, ops)`` takes a batch of
ops (``orgdesigner.model.opjson`` format) and, in one transaction with the
project row locked:

* checks each op's preconditions field by field against the tables — a field
  that no longer holds the value the op expects, an item that is gone or
  already there, or a move that would make a cycle refuses that op;
* applies each op all-or-nothing (a subtransaction; deferred foreign keys are
  checked at the end of every op, so no op leaves a dangling reference);
* appends every accepted op to ``oplog`` with a new version number;
* notifies channel ``od_<project id>`` with the new version.

It returns ``{"version": n, "results": [{"ok": true, "version": v} |
{"ok": false, "reason", "kind", "id", "field", "current", "by", "at", "text"}]}``,
one result per op: a refused op names who last changed the item and when.
"""

APPLY_SQL = r"""
CREATE OR REPLACE FUNCTION orgdesigner.apply_ops(p_project text, p_base bigint, p_client text, p_ops jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = orgdesigner, pg_temp AS $fn$
DECLARE
    pid bigint; ver bigint; first_ver bigint; results jsonb := '[]';
    v_op jsonb; prim jsonb; t text; kind text; org text; tbl text; keycol text;
    cur jsonb; item jsonb; n bigint; at_idx jsonb; k text; v jsonb;
    lo double precision; hi double precision; neword double precision; sets text;
    prob jsonb; detail text; who record; nested text; subtbl text; sub jsonb; m bigint;
BEGIN
    SELECT id, version INTO pid, ver FROM projects WHERE name = p_project AND NOT importing FOR UPDATE;
    IF pid IS NULL THEN
        RAISE EXCEPTION 'Prosjektet «%» finnes ikke', p_project USING ERRCODE = 'P0002';
    END IF;
    IF my_role(pid) IS DISTINCT FROM 'editor' THEN
        RAISE EXCEPTION '% har ikke skrivetilgang til prosjektet «%»', session_user, p_project
            USING ERRCODE = '42501';
    END IF;
    first_ver := ver;
    FOR v_op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
      BEGIN
        FOR prim IN SELECT value FROM jsonb_array_elements(v_op->'prims') LOOP
            t := prim->>'t'; kind := prim->>'kind'; org := coalesce(prim->>'org', '');
            tbl := CASE kind WHEN 'unit' THEN 'units' WHEN 'placement' THEN 'placements'
                WHEN 'relation' THEN 'relations' WHEN 'person' THEN 'persons' WHEN 'position' THEN 'positions'
                WHEN 'location' THEN 'locations' WHEN 'scenario' THEN 'scenarios' WHEN 'source' THEN 'sources' END;
            keycol := CASE kind WHEN 'placement' THEN 'position_id' ELSE 'id' END;
            IF t IN ('add', 'remove', 'set') AND tbl IS NULL THEN
                RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409',
                    DETAIL = jsonb_build_object('reason', 'ukjent type', 'kind', kind)::text;
            END IF;
            IF t = 'set' THEN
                EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE project_id = $1 AND org_id = $2 AND %I = $3 FOR UPDATE',
                               tbl, keycol) INTO cur USING pid, org, prim->>'id';
                IF cur IS NULL THEN
                    RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                        'reason', 'finnes ikke', 'kind', kind, 'org', org, 'id', prim->>'id')::text;
                END IF;
                FOR k, v IN SELECT key, value FROM jsonb_each(prim->'expect') LOOP
                    IF NOT cur ? k OR k IN ('project_id', 'org_id', 'ord') OR k = keycol THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'ukjent felt', 'kind', kind, 'org', org, 'id', prim->>'id', 'field', k)::text;
                    END IF;
                    IF cur->k IS DISTINCT FROM v THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'endret', 'kind', kind, 'org', org, 'id', prim->>'id', 'field', k,
                            'current', cur->k)::text;
                    END IF;
                END LOOP;
                SELECT string_agg(format('%I = n.%I', key, key), ', ') INTO sets
                    FROM jsonb_object_keys(prim->'changes') AS key;
                IF EXISTS (SELECT 1 FROM jsonb_object_keys(prim->'changes') AS key
                           WHERE NOT (prim->'expect') ? key) THEN
                    RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                        'reason', 'mangler forventet verdi', 'kind', kind, 'id', prim->>'id')::text;
                END IF;
                IF sets IS NOT NULL THEN
                    EXECUTE format('UPDATE %I t SET %s FROM jsonb_populate_record(NULL::%I, $1) n '
                                   'WHERE t.project_id = $2 AND t.org_id = $3 AND t.%I = $4', tbl, sets, tbl, keycol)
                        USING cur || (prim->'changes'), pid, org, prim->>'id';
                END IF;
                IF kind = 'placement' AND EXISTS (
                        SELECT 1 FROM jsonb_array_elements_text(coalesce(prim->'changes'->'wishes', '[]')) w
                        WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.project_id = pid AND u.org_id = org
                                          AND u.id = w)) THEN
                    RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                        'reason', 'et ønske peker på en enhet som ikke finnes', 'kind', kind, 'org', org,
                        'id', prim->>'id', 'field', 'wishes')::text;
                END IF;
                IF kind = 'unit' AND (prim->'changes') ? 'parent_id' AND EXISTS (
                    WITH RECURSIVE up(id, depth) AS (
                        SELECT parent_id, 1 FROM units WHERE project_id = pid AND org_id = org AND id = prim->>'id'
                        UNION ALL
                        SELECT u.parent_id, up.depth + 1 FROM up JOIN units u
                            ON u.project_id = pid AND u.org_id = org AND u.id = up.id
                        WHERE up.depth < 10000 AND up.id <> prim->>'id')
                    SELECT 1 FROM up WHERE id = prim->>'id') THEN
                    RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                        'reason', 'ville gi en sirkel i treet', 'kind', kind, 'org', org, 'id', prim->>'id',
                        'field', 'parent_id')::text;
                END IF;
            ELSIF t = 'add' THEN
                IF kind IN ('unit', 'placement', 'relation') AND NOT EXISTS (
                        SELECT 1 FROM scenarios WHERE project_id = pid AND id = org
                        UNION ALL SELECT 1 FROM sources WHERE project_id = pid AND id = org AND kind = 'unit') THEN
                    RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                        'reason', 'finnes ikke', 'kind', CASE WHEN kind = 'unit' THEN 'org' ELSE 'scenario' END,
                        'id', org)::text;
                END IF;
                FOR item, n IN SELECT value, ordinality FROM jsonb_array_elements(prim->'items') WITH ORDINALITY LOOP
                    EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE project_id = $1 AND org_id = $2 AND %I = $3',
                                   tbl, keycol) INTO cur USING pid, org, item->>keycol;
                    IF cur IS NOT NULL THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'finnes allerede', 'kind', kind, 'org', org, 'id', item->>keycol)::text;
                    END IF;
                    at_idx := prim->'at'->((n - 1)::int);
                    lo := NULL; hi := NULL;
                    IF at_idx IS NULL OR jsonb_typeof(at_idx) <> 'number' THEN
                        EXECUTE format('SELECT max(ord) FROM %I WHERE project_id = $1 AND org_id = $2', tbl)
                            INTO lo USING pid, org;
                    ELSE
                        EXECUTE format('SELECT ord FROM %I WHERE project_id = $1 AND org_id = $2 ORDER BY ord '
                                       'OFFSET $3 LIMIT 1', tbl) INTO hi USING pid, org, (at_idx::text)::bigint;
                        IF (at_idx::text)::bigint > 0 THEN
                            EXECUTE format('SELECT ord FROM %I WHERE project_id = $1 AND org_id = $2 ORDER BY ord '
                                           'OFFSET $3 LIMIT 1', tbl) INTO lo USING pid, org, (at_idx::text)::bigint - 1;
                        END IF;
                    END IF;
                    neword := CASE WHEN hi IS NULL THEN coalesce(lo, 0) + 1 WHEN lo IS NULL THEN hi - 1
                                   ELSE (lo + hi) / 2 END;
                    EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)', tbl, tbl)
                        USING item || jsonb_build_object('project_id', pid, 'org_id', org, 'ord', neword);
                    IF kind IN ('scenario', 'source') THEN
                        FOREACH nested IN ARRAY ARRAY['units', 'placements', 'relations'] LOOP
                            FOR sub, m IN SELECT value, ordinality FROM jsonb_array_elements(coalesce(item->nested, '[]'))
                                    WITH ORDINALITY LOOP
                                EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)',
                                               nested, nested)
                                    USING sub || jsonb_build_object('project_id', pid, 'org_id', item->>'id', 'ord', m);
                            END LOOP;
                        END LOOP;
                    END IF;
                END LOOP;
            ELSIF t = 'remove' THEN
                FOR item IN SELECT value FROM jsonb_array_elements(prim->'expect') LOOP
                    EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE project_id = $1 AND org_id = $2 AND %I = $3 FOR UPDATE',
                                   tbl, keycol) INTO cur USING pid, org, item->>keycol;
                    IF cur IS NULL THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'finnes ikke', 'kind', kind, 'org', org, 'id', item->>keycol)::text;
                    END IF;
                    FOR k, v IN SELECT key, value FROM jsonb_each(item) LOOP
                        IF cur ? k AND k NOT IN ('project_id', 'org_id', 'ord') AND cur->k IS DISTINCT FROM v THEN
                            RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                                'reason', 'endret', 'kind', kind, 'org', org, 'id', item->>keycol, 'field', k,
                                'current', cur->k)::text;
                        END IF;
                    END LOOP;
                    IF kind IN ('scenario', 'source') THEN  -- what is inside must be as the remover saw it
                        FOREACH nested IN ARRAY ARRAY['units', 'placements', 'relations'] LOOP
                            EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(t) - ''project_id'' - ''org_id'' - ''ord''), '
                                           '''[]'') FROM %I t WHERE project_id = $1 AND org_id = $2', nested)
                                INTO cur USING pid, item->>'id';
                            IF jsonb_array_length(cur) <> jsonb_array_length(coalesce(item->nested, '[]'))
                               OR EXISTS (SELECT 1 FROM jsonb_array_elements(cur) c
                                          WHERE NOT coalesce(item->nested, '[]') @> jsonb_build_array(c.value)) THEN
                                RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                                    'reason', 'endret', 'kind', kind, 'org', org, 'id', item->>'id',
                                    'field', nested)::text;
                            END IF;
                        END LOOP;
                    END IF;
                    IF kind = 'unit' AND (
                        EXISTS (SELECT 1 FROM placements WHERE project_id = pid AND org_id = org
                                AND wishes ? (item->>'id'))
                        OR EXISTS (SELECT 1 FROM relations WHERE project_id = pid AND org_id = org
                                   AND source_kind = 'unit' AND source_id = item->>'id')
                        OR EXISTS (SELECT 1 FROM positions WHERE project_id = pid AND source_id = org
                                   AND unit_id = item->>'id')) THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'er tatt i bruk av en annen endring', 'kind', kind, 'org', org,
                            'id', item->>'id')::text;
                    END IF;
                    EXECUTE format('DELETE FROM %I WHERE project_id = $1 AND org_id = $2 AND %I = $3', tbl, keycol)
                        USING pid, org, item->>keycol;
                    IF kind IN ('scenario', 'source') THEN
                        DELETE FROM relations WHERE project_id = pid AND org_id = item->>'id';
                        DELETE FROM placements WHERE project_id = pid AND org_id = item->>'id';
                        DELETE FROM units WHERE project_id = pid AND org_id = item->>'id';
                    END IF;
                END LOOP;
            ELSIF t = 'settings' THEN
                FOR k, v IN SELECT key, value FROM jsonb_each(coalesce(prim->'expect', '{}')) LOOP
                    IF k = 'name' THEN
                        SELECT to_jsonb(title) INTO cur FROM projects WHERE id = pid;
                    ELSE
                        SELECT value INTO cur FROM settings WHERE project_id = pid AND key = k;
                    END IF;
                    IF cur IS DISTINCT FROM v THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'endret', 'kind', 'settings', 'field', k, 'current', cur)::text;
                    END IF;
                END LOOP;
                FOR k IN SELECT value FROM jsonb_array_elements_text(coalesce(prim->'absent', '[]')) LOOP
                    SELECT value INTO cur FROM settings WHERE project_id = pid AND key = k;
                    IF cur IS NOT NULL THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'endret', 'kind', 'settings', 'field', k, 'current', cur)::text;
                    END IF;
                END LOOP;
                FOR k, v IN SELECT key, value FROM jsonb_each(coalesce(prim->'changes', '{}')) LOOP
                    IF k = 'name' THEN
                        UPDATE projects SET title = v #>> '{}' WHERE id = pid;
                    ELSE
                        INSERT INTO settings (project_id, key, value, ord)
                        VALUES (pid, k, v, (SELECT coalesce(max(ord), 0) + 1 FROM settings WHERE project_id = pid))
                        ON CONFLICT (project_id, key) DO UPDATE SET value = EXCLUDED.value;
                    END IF;
                END LOOP;
                DELETE FROM settings WHERE project_id = pid
                    AND key IN (SELECT jsonb_array_elements_text(coalesce(prim->'unset', '[]')));
            ELSIF t = 'history' THEN
                INSERT INTO history (project_id, scenario_id, position_id, field, old, new, "at", "by")
                SELECT pid, e->>'scenario_id', e->>'position_id', e->>'field', e->>'old', e->>'new', e->>'at', e->>'by'
                FROM jsonb_array_elements(prim->'entries') WITH ORDINALITY AS x(e, i) ORDER BY i;
            ELSIF t = 'unhistory' THEN
                FOR item IN SELECT e FROM jsonb_array_elements(prim->'entries') WITH ORDINALITY AS x(e, i)
                        ORDER BY i DESC LOOP
                    DELETE FROM history WHERE seq = (
                        SELECT seq FROM history WHERE project_id = pid AND scenario_id = item->>'scenario_id'
                            AND position_id = item->>'position_id' AND field = item->>'field'
                            AND old = item->>'old' AND new = item->>'new' AND "at" = item->>'at'
                            AND "by" = item->>'by'
                        ORDER BY seq DESC LIMIT 1);
                    IF NOT FOUND THEN
                        RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409', DETAIL = jsonb_build_object(
                            'reason', 'finnes ikke', 'kind', 'history')::text;
                    END IF;
                END LOOP;
            ELSE
                RAISE EXCEPTION 'refused' USING ERRCODE = 'OD409',
                    DETAIL = jsonb_build_object('reason', 'ukjent operasjon', 'kind', t)::text;
            END IF;
        END LOOP;
        SET CONSTRAINTS ALL IMMEDIATE;
        SET CONSTRAINTS ALL DEFERRED;
        ver := ver + 1;
        INSERT INTO oplog (project_id, version, client, op) VALUES (pid, ver, coalesce(p_client, ''), v_op);
        results := results || jsonb_build_object('ok', true, 'version', ver);
      EXCEPTION
        WHEN SQLSTATE 'OD409' THEN
            GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
            prob := detail::jsonb;
            SELECT login, "at", op->>'text' AS text INTO who FROM oplog
                WHERE project_id = pid AND prob->>'id' IS NOT NULL AND (
                    op @> jsonb_build_object('prims', jsonb_build_array(jsonb_build_object(
                        'kind', prob->>'kind', 'id', prob->>'id')))
                    OR op @> jsonb_build_object('prims', jsonb_build_array(jsonb_build_object(
                        'kind', prob->>'kind', 'items', jsonb_build_array(jsonb_build_object(
                            CASE WHEN prob->>'kind' = 'placement' THEN 'position_id' ELSE 'id' END, prob->>'id')))))
                    OR op @> jsonb_build_object('prims', jsonb_build_array(jsonb_build_object(
                        'kind', prob->>'kind', 'expect', jsonb_build_array(jsonb_build_object(
                            CASE WHEN prob->>'kind' = 'placement' THEN 'position_id' ELSE 'id' END, prob->>'id'))))))
                ORDER BY version DESC LIMIT 1;
            IF who IS NULL AND prob->>'kind' = 'settings' THEN
                SELECT login, "at", op->>'text' AS text INTO who FROM oplog WHERE project_id = pid
                    AND op @> '{"prims": [{"t": "settings"}]}' ORDER BY version DESC LIMIT 1;
            END IF;
            results := results || (prob || jsonb_build_object('ok', false, 'by', who.login,
                'at', to_char(who."at", 'YYYY-MM-DD"T"HH24:MI:SS'), 'text', who.text));
        WHEN OTHERS THEN
            results := results || jsonb_build_object('ok', false, 'reason', SQLERRM);
      END;
    END LOOP;
    IF ver > first_ver THEN
        UPDATE projects SET version = ver WHERE id = pid;
        PERFORM pg_notify('od_' || pid, jsonb_build_object('version', ver, 'login', session_user,
                                                            'client', p_client)::text);
    END IF;
    RETURN jsonb_build_object('version', ver, 'results', results);
END
$fn$;

-- pushing a project: begin_push makes an empty project (the caller its editor) that the caller may
-- fill with INSERTs in the same transaction; finish_push closes it. Nobody else ever sees it half
-- filled, and after finish_push nobody can write its tables directly again.
CREATE OR REPLACE FUNCTION orgdesigner.begin_push(p_name text, p_title text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orgdesigner, pg_temp AS $fn$
DECLARE
    pid bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM projects WHERE name = p_name) THEN
        RAISE EXCEPTION 'Prosjektet «%» finnes allerede på serveren', p_name USING ERRCODE = '23505';
    END IF;
    INSERT INTO projects (name, title, importing, push_xact)
        VALUES (p_name, p_title, true, pg_current_xact_id()) RETURNING id INTO pid;
    INSERT INTO members (project_id, login, role) VALUES (pid, session_user, 'editor');
    RETURN pid;
END
$fn$;

CREATE OR REPLACE FUNCTION orgdesigner.finish_push(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orgdesigner, pg_temp AS $fn$
BEGIN
    UPDATE projects SET importing = false, push_xact = NULL
        WHERE id = p_id AND importing AND created_by = session_user AND push_xact = pg_current_xact_id();
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Prosjekt % legges ikke på serveren av %', p_id, session_user USING ERRCODE = '42501';
    END IF;
END
$fn$;

-- may the caller insert rows into project p directly (only in the transaction that pushes it)?
CREATE OR REPLACE FUNCTION orgdesigner.pushing(p bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = orgdesigner, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM orgdesigner.projects WHERE id = p AND importing AND created_by = session_user
                   AND push_xact = pg_current_xact_id())
$$;
"""
