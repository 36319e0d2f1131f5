-- FunnelDesk schema, migration 0013 (PostgreSQL only; a recorded no-op on SQLite): the
-- row level security of 0006, same rules, at a cost a rep's forecast does not notice.
--
-- WHY. bench_rls (100,000 deals, a rep with ~9,000 deals of their own and ~2,000 deal-team
-- memberships) measured the configured forecast, two small indexed queries, at 2.5–3× the
-- time without row level security. Two causes:
-- 1. The helpers. Every policy of a rep or manager calls fd_scope_user_ids() and, on the
--    deals, fd_team_deal_ids() once per statement (an InitPlan: "(SELECT fd_…())"). As SQL
--    functions with a SET clause they are never inlined, and a non-inlined SQL function is
--    parsed and planned again at every call, along with the SQL functions it calls in turn
--    (fd_team_deal_ids → fd_team_deals → fd_scope_users, whose SETOF result the planner
--    guesses at 1,000 rows and answers with a scan of the whole deal team table). PL/pgSQL
--    keeps each statement's plan for the session, and the bodies below read users and
--    opportunity_team_members directly through their indexes.
-- 2. The deals' policy "owner_id = ANY (scope) OR id = ANY (team deals)": the second half
--    is one primary-key lookup per deal-team membership (~2,000) in every statement on
--    opportunities, however few rows the statement wants. Now each deal carries the users
--    on its team (opportunities.team_user_ids, kept by a trigger on
--    opportunity_team_members, never by a client), with a GIN index, and the policy reads
--    "owner_id = ANY (scope) OR team_user_ids && scope": both halves are index scans that
--    the planner intersects with the statement's own conditions. Same rows as before: a
--    deal is visible through its team when a user in the caller's scope is on its team.
-- fd_uid, fd_role and fd_sees_all (the InitPlans of the finance and admin policies, and of
-- every guard) are rewritten in PL/pgSQL too.
--
-- A load that skips triggers (session_replication_role = replica, e.g. a bulk restore by
-- the server's administrator) must run SELECT fd_refresh_deal_teams() afterwards, or deal
-- teams stay invisible to their members. team_user_ids is left out of the audit trail (it
-- repeats opportunity_team_members, whose rows are audited themselves).
--
-- WHO RUNS IT: like 0006, a superuser (or a member of the owner role, given CREATE on the
-- schema). CREATE OR REPLACE keeps each function's owner, grants and SECURITY DEFINER.

CREATE OR REPLACE FUNCTION fd_uid() RETURNS BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    RETURN (SELECT id FROM users WHERE login = session_user AND active = 1);
END
$$;

CREATE OR REPLACE FUNCTION fd_role() RETURNS TEXT LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    RETURN (SELECT role FROM users WHERE login = session_user AND active = 1);
END
$$;

CREATE OR REPLACE FUNCTION fd_sees_all(finance_too BOOLEAN) RETURNS BOOLEAN LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM users WHERE login = session_user AND active = 1
                   AND (role = 'admin' OR (finance_too AND role = 'finance')));
END
$$;

-- The same set as fd_scope_users(): the caller; a manager also the users of their team and
-- of the teams they manage; an admin everyone; nobody for a login that is no active user.
CREATE OR REPLACE FUNCTION fd_scope_user_ids() RETURNS BIGINT[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    my_id BIGINT;
    my_role TEXT;
    my_team BIGINT;
    ids BIGINT[];
BEGIN
    SELECT id, role, team_id INTO my_id, my_role, my_team FROM users WHERE login = session_user AND active = 1;
    IF my_id IS NULL THEN
        RETURN '{}';
    END IF;
    IF my_role = 'admin' THEN
        SELECT array_agg(u.id) INTO ids FROM users u;
    ELSIF my_role = 'manager' THEN
        SELECT array_agg(u.id) INTO ids FROM users u
        WHERE u.id = my_id OR u.team_id = my_team OR u.team_id IN (SELECT t.id FROM teams t WHERE t.manager_id = my_id);
    ELSE
        ids := ARRAY[my_id];
    END IF;
    RETURN COALESCE(ids, '{}');
END
$$;

-- The same set as fd_team_deals(): deals on whose team a user in scope is (each once).
CREATE OR REPLACE FUNCTION fd_team_deal_ids() RETURNS BIGINT[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    ids BIGINT[];
BEGIN
    SELECT array_agg(DISTINCT m.opportunity_id) INTO ids FROM opportunity_team_members m
    WHERE m.user_id = ANY (fd_scope_user_ids());
    RETURN COALESCE(ids, '{}');
END
$$;

-- The deal team on the deal ---------------------------------------------------------------
-- The audit trail leaves team_user_ids out (and so writes nothing for a change of it alone).
CREATE OR REPLACE FUNCTION fd_audit_trail() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    o JSONB;
    n JSONB;
    changed_old JSONB;
    changed_new JSONB;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        o := to_jsonb(OLD) - 'content' - 'team_user_ids';
    END IF;
    IF TG_OP <> 'DELETE' THEN
        n := to_jsonb(NEW) - 'content' - 'team_user_ids';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(e.key, e.value) INTO changed_old FROM jsonb_each(o) e WHERE n -> e.key IS DISTINCT FROM e.value;
        IF changed_old IS NULL THEN
            RETURN NULL;
        END IF;
        SELECT jsonb_object_agg(e.key, e.value) INTO changed_new FROM jsonb_each(n) e WHERE o -> e.key IS DISTINCT FROM e.value;
        o := changed_old;
        n := changed_new;
    END IF;
    INSERT INTO audit_trail (db_user, user_id, table_name, record_id, operation, old_values, new_values)
    VALUES (session_user, fd_uid(), TG_TABLE_NAME,
            COALESCE(to_jsonb(COALESCE(NEW, OLD)) ->> 'id', to_jsonb(COALESCE(NEW, OLD)) ->> 'opportunity_id',
                     to_jsonb(COALESCE(NEW, OLD)) ->> 'customer_id')::BIGINT,
            TG_OP, o, n);
    RETURN NULL;
END
$$;

ALTER TABLE opportunities ADD COLUMN team_user_ids BIGINT[] NOT NULL DEFAULT '{}';

-- The users on deal p_deal's team, each once, in id order.
CREATE FUNCTION fd_deal_team_users(p_deal BIGINT) RETURNS BIGINT[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    RETURN COALESCE((SELECT array_agg(DISTINCT m.user_id ORDER BY m.user_id) FROM opportunity_team_members m
                     WHERE m.opportunity_id = p_deal), '{}');
END
$$;

-- After a change of a deal's team: the deal's team_user_ids follows (as the owner role).
CREATE FUNCTION fd_sync_deal_team() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    deal BIGINT;
BEGIN
    FOR deal IN SELECT DISTINCT d FROM unnest(ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.opportunity_id END,
                                                    CASE WHEN TG_OP <> 'DELETE' THEN NEW.opportunity_id END]) d
                WHERE d IS NOT NULL LOOP
        UPDATE opportunities SET team_user_ids = fd_deal_team_users(deal)
        WHERE id = deal AND team_user_ids IS DISTINCT FROM fd_deal_team_users(deal);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER sync_deal_team AFTER INSERT OR UPDATE OR DELETE ON opportunity_team_members
    FOR EACH ROW EXECUTE FUNCTION fd_sync_deal_team();

-- Nobody but that trigger writes team_user_ids: a client's value is replaced by the truth.
CREATE FUNCTION fd_guard_deal_team() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    IF current_user <> {{ROLE_NAME:owner}} THEN
        NEW.team_user_ids := CASE WHEN TG_OP = 'INSERT' THEN fd_deal_team_users(NEW.id) ELSE OLD.team_user_ids END;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_deal_team BEFORE INSERT OR UPDATE ON opportunities
    FOR EACH ROW EXECUTE FUNCTION fd_guard_deal_team();

-- Recomputes every deal's team_user_ids (after a load that skipped triggers); returns the
-- number of deals changed. The owner role's and the installer's only.
CREATE FUNCTION fd_refresh_deal_teams() RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    changed BIGINT;
BEGIN
    IF NOT fd_is_installer() THEN
        RAISE EXCEPTION 'only the installer refreshes the deal teams' USING ERRCODE = '42501';
    END IF;
    UPDATE opportunities o SET team_user_ids = COALESCE(t.ids, '{}')
    FROM (SELECT d.id, (SELECT array_agg(DISTINCT m.user_id ORDER BY m.user_id) FROM opportunity_team_members m
                        WHERE m.opportunity_id = d.id) AS ids FROM opportunities d) t
    WHERE t.id = o.id AND o.team_user_ids IS DISTINCT FROM COALESCE(t.ids, '{}');
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$$;

ALTER FUNCTION fd_deal_team_users(BIGINT) OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_sync_deal_team() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_guard_deal_team() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_refresh_deal_teams() OWNER TO {{ROLE:owner}};
REVOKE ALL ON FUNCTION fd_deal_team_users(BIGINT), fd_sync_deal_team(), fd_guard_deal_team(), fd_refresh_deal_teams() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fd_deal_team_users(BIGINT), fd_sync_deal_team(), fd_guard_deal_team()
    TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};

SELECT fd_refresh_deal_teams();
CREATE INDEX idx_opps_team_users ON opportunities USING gin (team_user_ids);

-- The deals' policies for reps and managers, with the team on the deal.
DROP POLICY staff_read ON opportunities;
DROP POLICY staff_insert ON opportunities;
DROP POLICY staff_update ON opportunities;
DROP POLICY staff_delete ON opportunities;
CREATE POLICY staff_read ON opportunities FOR SELECT TO {{ROLE:rep}}, {{ROLE:manager}}
    USING (owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR team_user_ids && (SELECT fd_scope_user_ids())::BIGINT[]);
CREATE POLICY staff_insert ON opportunities FOR INSERT TO {{ROLE:rep}}, {{ROLE:manager}}
    WITH CHECK (owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR team_user_ids && (SELECT fd_scope_user_ids())::BIGINT[]);
CREATE POLICY staff_update ON opportunities FOR UPDATE TO {{ROLE:rep}}, {{ROLE:manager}}
    USING (owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR team_user_ids && (SELECT fd_scope_user_ids())::BIGINT[])
    WITH CHECK (owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR team_user_ids && (SELECT fd_scope_user_ids())::BIGINT[]);
CREATE POLICY staff_delete ON opportunities FOR DELETE TO {{ROLE:rep}}, {{ROLE:manager}}
    USING (owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR team_user_ids && (SELECT fd_scope_user_ids())::BIGINT[]);
