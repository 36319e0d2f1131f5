-- FunnelDesk schema, migration 0018 (PostgreSQL only; a recorded no-op on SQLite): who reads
-- which rows of the audit journal (audit_log) and of the server's trail (audit_trail), now the
-- rule of team scoping that the core applies on SQLite (audit/auditscope.h over
-- storage/viewer.h): the rows of the actions of the people whose records the reader sees (a
-- rep and finance their own, a manager their teams') and the rows of the deals, customers,
-- contacts, leads and contracts the reader may read.
--
-- WHY. 0006's policies on both tables named the leads table in a subquery. Finance has no
-- grant on leads, and PostgreSQL checks the privileges of every table a policy names, so any
-- statement of a finance login on audit_log or audit_trail failed with "permission denied for
-- table leads" — among them the funnel's and forecast's replay of amount, close date and owner
-- changes, i.e. finance could compute no figure. The records are now named through SECURITY
-- DEFINER helpers (pinned search_path) that answer for the caller (session_user) without the
-- caller needing a grant: finance is given no lead, and no new privilege. The same rows as on
-- SQLite besides: the contacts of visible customers and the pool's leads were missing from the
-- trail's policy, and a manager could not read the trail of their team's own actions.
--
-- WHO RUNS IT: a superuser, or a login that is a member of the owner role (the migrator then
-- runs it as the owner role, which owns both tables and the functions: see migrator.h).

-- The leads the caller reads: an admin all; a rep or manager the pool and the leads of their
-- scope's people; finance and logins that are no active user none.
CREATE FUNCTION fd_visible_lead_ids() RETURNS BIGINT[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    my_role TEXT := fd_role();
    ids BIGINT[];
BEGIN
    IF my_role = 'admin' THEN
        SELECT array_agg(l.id) INTO ids FROM leads l;
    ELSIF my_role IN ('rep', 'manager') THEN
        SELECT array_agg(l.id) INTO ids FROM leads l
        WHERE l.owner_id IS NULL OR l.owner_id = ANY (fd_scope_user_ids());
    END IF;
    RETURN COALESCE(ids, '{}');
END
$$;

-- The contacts the caller reads: those of the customers they read (finance and admins: all).
CREATE FUNCTION fd_visible_contact_ids() RETURNS BIGINT[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    ids BIGINT[];
BEGIN
    SELECT array_agg(k.id) INTO ids FROM contacts k WHERE k.customer_id IN (SELECT fd_visible_customers());
    RETURN COALESCE(ids, '{}');
END
$$;

ALTER FUNCTION fd_visible_lead_ids() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_visible_contact_ids() OWNER TO {{ROLE:owner}};
REVOKE ALL ON FUNCTION fd_visible_lead_ids(), fd_visible_contact_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fd_visible_lead_ids(), fd_visible_contact_ids()
    TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};

-- Reading: one rule for reps and managers (staff_read) and finance (finance_read); admins
-- keep admin_all. Writing is unchanged (audit_log append-only under the session's user,
-- audit_trail by the triggers alone).
DO $$
DECLARE
    journal TEXT := 'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])'
        ' OR (entity = ''opportunity'' AND entity_id IN (SELECT fd_visible_deals()))'
        ' OR (entity = ''customer'' AND entity_id IN (SELECT fd_visible_customers()))'
        ' OR (entity = ''contact'' AND entity_id = ANY ((SELECT fd_visible_contact_ids())::BIGINT[]))'
        ' OR (entity = ''lead'' AND entity_id = ANY ((SELECT fd_visible_lead_ids())::BIGINT[]))'
        ' OR (entity = ''contract'' AND entity_id IN (SELECT fd_visible_contracts()))';
    trail TEXT := 'db_user = session_user OR user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])'
        ' OR (table_name = ''opportunities'' AND record_id IN (SELECT fd_visible_deals()))'
        ' OR (table_name = ''customers'' AND record_id IN (SELECT fd_visible_customers()))'
        ' OR (table_name = ''contacts'' AND record_id = ANY ((SELECT fd_visible_contact_ids())::BIGINT[]))'
        ' OR (table_name = ''leads'' AND record_id = ANY ((SELECT fd_visible_lead_ids())::BIGINT[]))'
        ' OR (table_name = ''contracts'' AND record_id IN (SELECT fd_visible_contracts()))';
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('audit_log', journal), ('audit_trail', trail)) AS v(tbl, rule) LOOP
        EXECUTE format('DROP POLICY staff_read ON %I', t.tbl);
        EXECUTE format('DROP POLICY finance_read ON %I', t.tbl);
        EXECUTE format('CREATE POLICY staff_read ON %I FOR SELECT TO %I, %I USING (%s)', t.tbl,
                       {{ROLE_NAME:rep}}, {{ROLE_NAME:manager}}, t.rule);
        EXECUTE format('CREATE POLICY finance_read ON %I FOR SELECT TO %I USING (%s)', t.tbl,
                       {{ROLE_NAME:finance}}, t.rule);
    END LOOP;
END
$$;
