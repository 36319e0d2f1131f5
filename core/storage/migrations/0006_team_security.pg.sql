-- FunnelDesk schema, migration 0006 (PostgreSQL only; a recorded no-op on SQLite): the
-- security model of team mode, enforced by the server.
--
-- WHO RUNS IT: a PostgreSQL superuser (the server's administrator, once, when setting up or
-- upgrading the database). It creates roles and hands every table to the owner role, which
-- only a superuser may do whatever the schema's privileges are.
--
-- ROLE NAMES. Roles are cluster-wide, but this security model belongs to one FunnelDesk
-- database: two FunnelDesk databases on one server must not share group roles (a rep of
-- office A would get the grants of office B, and B's admin could manage A's logins). So every
-- role is named per database (and per schema when not "public"): fd_<database>[_<schema>]_<kind>,
-- e.g. fd_sales_rep; a name longer than PostgreSQL's 63 characters keeps a readable head and an
-- md5 tail (core/storage/pgaccess.cpp, roleName). The migrator fills in the names
-- ({{ROLE:kind}} quoted, {{ROLE_NAME:kind}} as a literal); team_roles records them for the
-- code that manages logins. A role that already exists with that name (the database was
-- dropped and recreated under the same name) is reused, not recreated.
--   owner    NOLOGIN, owns every table and function; FORCE ROW LEVEL SECURITY applies to it too,
--            so it has its own "owner_all" policy (the SECURITY DEFINER functions run as it)
--   rep, manager, finance, admin   NOLOGIN group roles, one per FunnelDesk role; every person
--            has a login role that is a member of exactly one of them (pgaccess.h)
--   logins   NOLOGIN CREATEROLE: owns the three functions that create logins, change a
--            login's group and deactivate or reactivate it. The admin group itself never gets CREATEROLE:
--            on PostgreSQL 15 CREATEROLE lets its holder create roles with any attribute but
--            SUPERUSER, grant itself membership of any non-superuser role (the owner role
--            included, i.e. every row of every table) and change anyone's password. Only the
--            functions run as "logins", and they do exactly: create a LOGIN role that is a
--            member of one FunnelDesk group, for a users row of this database; move such a
--            login between the four groups; make it NOLOGIN or LOGIN again. Their callers must be FunnelDesk
--            admins (or a superuser).
--
-- IDENTITY. The acting person is the users row whose login = session_user (fd_uid()). Nothing
-- a client can set (set_config, SET ROLE to its own group, application_name) changes
-- session_user; current_setting('app.*') is never read. A deactivated user (active = 0) is
-- nobody: every policy then shows nothing, even in a session opened before deactivation.
--
-- SCOPE (row level security, ENABLE + FORCE, on every table holding business records):
--   rep      own records (owner_id / user_id), deals where they are on the deal team
--            (opportunity_team_members), customers shared with them (customer_shares, new
--            here), customers of deals they see, unowned customers, and the public lead pool
--            (leads.owner_id IS NULL, read only: claiming goes through fd_set_lead_owner)
--   manager  the records of every user of their team(s): users.team_id = their own team, or
--            a team whose teams.manager_id is them; the lead pool
--   finance  contracts, payment plans, instalments, invoices, receipts, write-offs (read and
--            write); deals, customers, contacts and their attachments read only
--   admin    everything, plus writing users, teams and settings
-- Child rows follow their parent (contacts → customer, stage history → deal, …).
-- A change of owner (owner_id) by a rep is refused (SQLSTATE 42501); managers and admins
-- change owners inside their scope; reassignment on leave and pool claims go through
-- fd_reassign_on_leave and fd_set_lead_owner (SECURITY DEFINER, checking the caller).
--
-- AUDIT. audit_trail, written only by the AFTER triggers of this migration (function
-- fd_audit_trail, running as the owner): session_user, the server's clock, table, record id,
-- operation, the old and new values as jsonb (on UPDATE only the columns that changed;
-- attachment contents left out). No group may write it; a rep reads the rows of the records
-- they see and the rows of their own changes. audit_log stays the application's field-level
-- journal (the History view and the analytics' replay of amount / close date / owner changes
-- read it), written by the repositories on both dialects: on PostgreSQL it is append-only for
-- every login (INSERT and SELECT only) and its user_id is set by the server to the session's
-- user (fd_bind_audit_author), so a client cannot write a row in someone else's name. So each
-- change is written once to each table, with different purposes; a modified client can skip
-- audit_log, never audit_trail.
--
-- Statements end with ";" at the end of a line; function bodies are quoted with $$ (the
-- migrator keeps them whole).

-- Roles -----------------------------------------------------------------------------------
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT * FROM (VALUES ({{ROLE_NAME:owner}}, ''), ({{ROLE_NAME:rep}}, ''), ({{ROLE_NAME:manager}}, ''),
                                   ({{ROLE_NAME:finance}}, ''), ({{ROLE_NAME:admin}}, ''),
                                   ({{ROLE_NAME:logins}}, 'CREATEROLE')) AS v(name, extra) LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN %s', r.name, r.extra);
        END IF;
    END LOOP;
END
$$;

CREATE TABLE team_roles (
    kind      TEXT PRIMARY KEY CHECK (kind IN ('owner', 'rep', 'manager', 'finance', 'admin', 'logins')),
    role_name TEXT NOT NULL UNIQUE
);
INSERT INTO team_roles (kind, role_name) VALUES ('owner', {{ROLE_NAME:owner}}), ('rep', {{ROLE_NAME:rep}}),
    ('manager', {{ROLE_NAME:manager}}), ('finance', {{ROLE_NAME:finance}}), ('admin', {{ROLE_NAME:admin}}),
    ('logins', {{ROLE_NAME:logins}});

-- New tables of team mode ------------------------------------------------------------------
-- Managers of teams (also added by migration 0005 of the people work on both dialects).
ALTER TABLE teams ADD COLUMN IF NOT EXISTS manager_id BIGINT REFERENCES users(id);
CREATE INDEX IF NOT EXISTS idx_teams_manager ON teams(manager_id);

-- A customer shared with a colleague (who then sees it, its contacts and its deals' customer).
CREATE TABLE customer_shares (
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users(id),
    shared_at   TEXT NOT NULL,
    shared_by   BIGINT REFERENCES users(id),
    PRIMARY KEY (customer_id, user_id)
);
CREATE INDEX idx_customer_shares_user ON customer_shares(user_id);

CREATE TABLE audit_trail (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    db_user     TEXT NOT NULL,
    user_id     BIGINT,
    table_name  TEXT NOT NULL,
    record_id   BIGINT,
    operation   TEXT NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    old_values  JSONB,
    new_values  JSONB
);
CREATE INDEX idx_audit_trail_record ON audit_trail(table_name, record_id, id);
CREATE INDEX idx_audit_trail_user ON audit_trail(db_user, id);

-- Indexes the policies need: the deal team by user (exists: idx_opp_team_user), contracts and
-- activities by owner, and audit rows by author.
CREATE INDEX IF NOT EXISTS idx_contracts_owner ON contracts(owner_id);
CREATE INDEX IF NOT EXISTS idx_audit_user ON audit_log(user_id);
CREATE INDEX IF NOT EXISTS idx_tasks_user_only ON followup_tasks(user_id);

-- Who is asking ----------------------------------------------------------------------------
-- All SECURITY DEFINER (they read users and the scoped tables as the owner) with a pinned
-- search_path; pg_temp last so that no temporary object can stand in for a table.
CREATE FUNCTION fd_uid() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT id FROM users WHERE login = session_user AND active = 1 $$;

CREATE FUNCTION fd_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT role FROM users WHERE login = session_user AND active = 1 $$;

-- True for an admin (and for finance when finance_too): rows need no further filter.
CREATE FUNCTION fd_sees_all(finance_too BOOLEAN) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM users WHERE login = session_user AND active = 1 AND (role = 'admin' OR (finance_too AND role = 'finance'))) $$;

-- The users whose records the caller sees: themselves; a manager also the members of their
-- team and of the teams they manage; an admin everyone. (Finance sees the deals, customers and
-- money of everyone through its own policies, and otherwise only its own records.)
CREATE FUNCTION fd_scope_users() RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
    SELECT u.id FROM users u, users me
    WHERE me.login = session_user AND me.active = 1
      AND (u.id = me.id
           OR me.role = 'admin'
           OR (me.role = 'manager' AND (u.team_id = me.team_id
                                        OR u.team_id IN (SELECT t.id FROM teams t WHERE t.manager_id = me.id))))
    $$;

-- Deals on whose team a user in scope is (without owning them).
CREATE FUNCTION fd_team_deals() RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT m.opportunity_id FROM opportunity_team_members m WHERE m.user_id IN (SELECT fd_scope_users()) $$;

-- The same two as arrays, for the policies of the tables that carry owner_id themselves: a
-- "column = ANY (array)" condition can use the table's index, an "IN (SELECT …)" cannot.
CREATE FUNCTION fd_scope_user_ids() RETURNS BIGINT[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT COALESCE(array_agg(u), '{}') FROM fd_scope_users() u $$;

CREATE FUNCTION fd_team_deal_ids() RETURNS BIGINT[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT COALESCE(array_agg(d), '{}') FROM fd_team_deals() d $$;

CREATE FUNCTION fd_visible_deals() RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
    SELECT o.id FROM opportunities o
    WHERE (SELECT fd_sees_all(true)) OR o.owner_id IN (SELECT fd_scope_users()) OR o.id IN (SELECT fd_team_deals())
    $$;

CREATE FUNCTION fd_visible_customers() RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
    SELECT c.id FROM customers c WHERE (SELECT fd_sees_all(true)) OR c.owner_id IS NULL OR c.owner_id IN (SELECT fd_scope_users())
    UNION SELECT s.customer_id FROM customer_shares s WHERE s.user_id IN (SELECT fd_scope_users())
    UNION SELECT o.customer_id FROM opportunities o WHERE o.id IN (SELECT fd_visible_deals())
    $$;

CREATE FUNCTION fd_visible_contracts() RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
    SELECT k.id FROM contracts k
    WHERE (SELECT fd_sees_all(true)) OR k.owner_id IN (SELECT fd_scope_users()) OR k.opportunity_id IN (SELECT fd_visible_deals())
    $$;

-- Ownership and privileges -----------------------------------------------------------------
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO %I', t.tablename, {{ROLE_NAME:owner}});
        EXECUTE format('REVOKE ALL ON TABLE %I FROM PUBLIC', t.tablename);
    END LOOP;
END
$$;
ALTER FUNCTION fd_uid() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_role() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_sees_all(BOOLEAN) OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_scope_users() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_team_deals() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_scope_user_ids() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_team_deal_ids() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_visible_deals() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_visible_customers() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_visible_contracts() OWNER TO {{ROLE:owner}};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA {{SCHEMA}} FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {{SCHEMA}} FROM PUBLIC;
REVOKE CREATE ON SCHEMA {{SCHEMA}} FROM PUBLIC;
GRANT USAGE ON SCHEMA {{SCHEMA}} TO {{ROLE:owner}}, {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}}, {{ROLE:logins}};
REVOKE TEMPORARY ON DATABASE {{DATABASE}} FROM PUBLIC;
GRANT CONNECT ON DATABASE {{DATABASE}} TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
GRANT EXECUTE ON FUNCTION fd_uid(), fd_role(), fd_sees_all(BOOLEAN), fd_scope_users(), fd_team_deals(), fd_scope_user_ids(), fd_team_deal_ids(), fd_visible_deals(), fd_visible_customers(), fd_visible_contracts() TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};

-- Reference data: everyone reads it, the admin writes it (managers also set targets).
GRANT SELECT ON settings, regions, teams, users, pipelines, stages, stage_tasks, stage_roles, lost_reasons, product_lines, products, campaigns, scoring_rules, targets, schema_version, team_roles TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
GRANT INSERT, UPDATE, DELETE ON settings, regions, teams, pipelines, stages, stage_tasks, stage_roles, lost_reasons, product_lines, products, campaigns, scoring_rules, targets TO {{ROLE:admin}};
-- People are never deleted, only deactivated (so a login's history keeps its person).
GRANT INSERT, UPDATE ON users TO {{ROLE:admin}};
-- Remembered desktops are SQLite's; deactivating a person forgets theirs (none here).
GRANT SELECT, DELETE ON sign_in_tokens TO {{ROLE:admin}};
GRANT INSERT, UPDATE, DELETE ON targets TO {{ROLE:manager}};
-- The sales records: reps and managers read and write them (row level security decides which).
GRANT SELECT, INSERT, UPDATE, DELETE ON customers, contacts, customer_shares, opportunities, opportunity_stage_history, opportunity_task_checks, opportunity_products, opportunity_team_members, leads, activities, followup_tasks, contracts, contract_changes, payment_plans, payment_instalments, attachments TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:admin}};
GRANT SELECT, INSERT ON forecast_snapshots, import_batches, import_batch_ranges TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
-- The money: finance and admin write it, reps and managers read their contracts' share.
GRANT SELECT, INSERT, UPDATE, DELETE ON contracts, contract_changes, payment_plans, payment_instalments, invoices, receipts, receivable_adjustments TO {{ROLE:finance}};
GRANT SELECT, INSERT, UPDATE, DELETE ON invoices, receipts, receivable_adjustments TO {{ROLE:admin}};
GRANT SELECT ON invoices, receipts, receivable_adjustments TO {{ROLE:rep}}, {{ROLE:manager}};
GRANT SELECT ON customers, contacts, opportunities, opportunity_stage_history, opportunity_products, opportunity_team_members, attachments TO {{ROLE:finance}};
-- The journals: append and read, never change.
GRANT SELECT, INSERT ON audit_log TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
GRANT SELECT ON audit_trail TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
-- What the login functions (run as "logins") touch.
GRANT SELECT ON users, team_roles TO {{ROLE:logins}};
GRANT UPDATE (role, active, updated_at) ON users TO {{ROLE:logins}};

-- Row level security -----------------------------------------------------------------------
-- One helper (dropped below) writes the policies of a table. Each group has its own, so a
-- rep's query carries only the rep's condition (one the planner can often answer from an
-- index), never an admin's:
--   owner_all          the owner role (and so the SECURITY DEFINER functions) sees all
--   admin_all          admins: every row, read and write (their grants decide which tables)
--   staff_*            reps and managers: rows matching `staff_read`; they insert, change and
--                      delete rows matching `staff_write`
--   finance_*          finance: `finance_read` / `finance_write` (NULL = as staff)
CREATE FUNCTION fd_migration_scope(tbl TEXT, staff_read TEXT, staff_write TEXT, finance_read TEXT, finance_write TEXT)
    RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    staff TEXT := format('%I, %I', {{ROLE_NAME:rep}}, {{ROLE_NAME:manager}});
    fin TEXT := quote_ident({{ROLE_NAME:finance}});
    fr TEXT := COALESCE(finance_read, staff_read);
    fw TEXT := COALESCE(finance_write, staff_write);
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)', tbl, {{ROLE_NAME:owner}});
    EXECUTE format('CREATE POLICY admin_all ON %I TO %I USING ((SELECT fd_sees_all(false))) WITH CHECK ((SELECT fd_sees_all(false)))',
                   tbl, {{ROLE_NAME:admin}});
    EXECUTE format('CREATE POLICY staff_read ON %I FOR SELECT TO %s USING (%s)', tbl, staff, staff_read);
    EXECUTE format('CREATE POLICY staff_insert ON %I FOR INSERT TO %s WITH CHECK (%s)', tbl, staff, staff_write);
    EXECUTE format('CREATE POLICY staff_update ON %I FOR UPDATE TO %s USING (%s) WITH CHECK (%s)', tbl, staff, staff_write, staff_write);
    EXECUTE format('CREATE POLICY staff_delete ON %I FOR DELETE TO %s USING (%s)', tbl, staff, staff_write);
    EXECUTE format('CREATE POLICY finance_read ON %I FOR SELECT TO %s USING (%s)', tbl, fin, fr);
    EXECUTE format('CREATE POLICY finance_insert ON %I FOR INSERT TO %s WITH CHECK (%s)', tbl, fin, fw);
    EXECUTE format('CREATE POLICY finance_update ON %I FOR UPDATE TO %s USING (%s) WITH CHECK (%s)', tbl, fin, fw, fw);
    EXECUTE format('CREATE POLICY finance_delete ON %I FOR DELETE TO %s USING (%s)', tbl, fin, fw);
END
$$;

SELECT fd_migration_scope('customers',
    'owner_id IS NULL OR id IN (SELECT fd_visible_customers())',
    'owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])',
    '(SELECT fd_sees_all(true))', 'false');
SELECT fd_migration_scope('contacts',
    'customer_id IN (SELECT fd_visible_customers())',
    'customer_id IN (SELECT fd_visible_customers())',
    '(SELECT fd_sees_all(true))', 'false');
SELECT fd_migration_scope('customer_shares',
    'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR customer_id IN (SELECT c.id FROM customers c WHERE c.owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]))',
    'customer_id IN (SELECT c.id FROM customers c WHERE c.owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]))',
    NULL, NULL);
SELECT fd_migration_scope('opportunities',
    'owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR id = ANY ((SELECT fd_team_deal_ids())::BIGINT[])',
    'owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR id = ANY ((SELECT fd_team_deal_ids())::BIGINT[])',
    '(SELECT fd_sees_all(true))', 'false');
SELECT fd_migration_scope('opportunity_stage_history',
    'opportunity_id IN (SELECT fd_visible_deals())',
    'opportunity_id IN (SELECT fd_visible_deals())',
    '(SELECT fd_sees_all(true))', 'false');
SELECT fd_migration_scope('opportunity_task_checks',
    'opportunity_id IN (SELECT fd_visible_deals())',
    'opportunity_id IN (SELECT fd_visible_deals())',
    '(SELECT fd_sees_all(true))', 'false');
SELECT fd_migration_scope('opportunity_products',
    'opportunity_id IN (SELECT fd_visible_deals())',
    'opportunity_id IN (SELECT fd_visible_deals())',
    '(SELECT fd_sees_all(true))', 'false');
SELECT fd_migration_scope('opportunity_team_members',
    'opportunity_id IN (SELECT fd_visible_deals())',
    'opportunity_id IN (SELECT fd_visible_deals())',
    '(SELECT fd_sees_all(true))', 'false');
SELECT fd_migration_scope('leads',
    'owner_id IS NULL OR owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])',
    'owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR (owner_id IS NULL AND (SELECT fd_role()) = ''manager'')',
    'false', 'false');
SELECT fd_migration_scope('activities',
    'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR opportunity_id IN (SELECT fd_visible_deals()) OR customer_id IN (SELECT fd_visible_customers())',
    'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])',
    'false', 'false');
SELECT fd_migration_scope('followup_tasks',
    'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR opportunity_id IN (SELECT fd_visible_deals())',
    'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])',
    'false', 'false');
SELECT fd_migration_scope('contracts',
    'id IN (SELECT fd_visible_contracts())',
    'owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR opportunity_id IN (SELECT fd_visible_deals())',
    '(SELECT fd_sees_all(true))', '(SELECT fd_sees_all(true))');
SELECT fd_migration_scope('contract_changes',
    'contract_id IN (SELECT fd_visible_contracts())',
    'contract_id IN (SELECT fd_visible_contracts())',
    '(SELECT fd_sees_all(true))', '(SELECT fd_sees_all(true))');
SELECT fd_migration_scope('payment_plans',
    'contract_id IN (SELECT fd_visible_contracts())',
    'contract_id IN (SELECT fd_visible_contracts())',
    '(SELECT fd_sees_all(true))', '(SELECT fd_sees_all(true))');
SELECT fd_migration_scope('payment_instalments',
    'plan_id IN (SELECT p.id FROM payment_plans p)',
    'plan_id IN (SELECT p.id FROM payment_plans p)',
    '(SELECT fd_sees_all(true))', '(SELECT fd_sees_all(true))');
SELECT fd_migration_scope('invoices',
    'contract_id IN (SELECT fd_visible_contracts())',
    'false',
    '(SELECT fd_sees_all(true))', '(SELECT fd_sees_all(true))');
SELECT fd_migration_scope('receipts',
    'contract_id IN (SELECT fd_visible_contracts())',
    'false',
    '(SELECT fd_sees_all(true))', '(SELECT fd_sees_all(true))');
SELECT fd_migration_scope('receivable_adjustments',
    'contract_id IN (SELECT fd_visible_contracts())',
    'false',
    '(SELECT fd_sees_all(true))', '(SELECT fd_sees_all(true))');
SELECT fd_migration_scope('attachments',
    'uploaded_by = (SELECT fd_uid()) OR (entity = ''opportunity'' AND entity_id IN (SELECT fd_visible_deals())) OR (entity = ''customer'' AND entity_id IN (SELECT fd_visible_customers())) OR (entity = ''contract'' AND entity_id IN (SELECT fd_visible_contracts())) OR (entity = ''lead'' AND entity_id IN (SELECT l.id FROM leads l)) OR (entity = ''contact'' AND entity_id IN (SELECT c.id FROM contacts c)) OR (entity = ''activity'' AND entity_id IN (SELECT a.id FROM activities a))',
    'uploaded_by = (SELECT fd_uid())',
    'uploaded_by = (SELECT fd_uid()) OR ((SELECT fd_sees_all(true)) AND entity IN (''opportunity'', ''customer'', ''contact'', ''contract''))', 'uploaded_by = (SELECT fd_uid())');
SELECT fd_migration_scope('audit_log',
    'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR (entity = ''opportunity'' AND entity_id IN (SELECT fd_visible_deals())) OR (entity = ''customer'' AND entity_id IN (SELECT fd_visible_customers())) OR (entity = ''contract'' AND entity_id IN (SELECT fd_visible_contracts())) OR (entity = ''lead'' AND entity_id IN (SELECT l.id FROM leads l))',
    'user_id IS NOT DISTINCT FROM (SELECT fd_uid())',
    NULL, NULL);
SELECT fd_migration_scope('audit_trail',
    'db_user = session_user OR (table_name = ''opportunities'' AND record_id IN (SELECT fd_visible_deals())) OR (table_name = ''customers'' AND record_id IN (SELECT fd_visible_customers())) OR (table_name = ''contracts'' AND record_id IN (SELECT fd_visible_contracts())) OR (table_name = ''leads'' AND record_id IN (SELECT l.id FROM leads l WHERE l.owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])))',
    'false',
    NULL, NULL);
SELECT fd_migration_scope('import_batches',
    'user_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])',
    'user_id = (SELECT fd_uid())',
    NULL, NULL);
SELECT fd_migration_scope('import_batch_ranges',
    'batch_id IN (SELECT b.id FROM import_batches b)',
    'batch_id IN (SELECT b.id FROM import_batches b)',
    NULL, NULL);
SELECT fd_migration_scope('forecast_snapshots',
    'recorded_by = ANY ((SELECT fd_scope_user_ids())::BIGINT[]) OR scope_owner_id = ANY ((SELECT fd_scope_user_ids())::BIGINT[])',
    'recorded_by = (SELECT fd_uid())',
    NULL, NULL);
DROP FUNCTION fd_migration_scope(TEXT, TEXT, TEXT, TEXT, TEXT);

-- Views run with the privileges and row level security of the one who reads them
-- (security_invoker): a report tool signed in as a rep sees the rep's rows. Every view of
-- this schema must be created so. deal_overview: the deals with their stage, owner and
-- customer by name, for spreadsheets and report tools that sign in with a person's login.
CREATE VIEW deal_overview WITH (security_invoker = true) AS
    SELECT o.id, o.title, o.status, o.amount_cents, o.currency, o.expected_close_date, s.name AS stage,
           s.win_probability, o.owner_id, u.display_name AS owner_name, o.customer_id, c.name AS customer_name
    FROM opportunities o
    JOIN stages s ON s.id = o.stage_id
    JOIN users u ON u.id = o.owner_id
    JOIN customers c ON c.id = o.customer_id;
ALTER VIEW deal_overview OWNER TO {{ROLE:owner}};
REVOKE ALL ON deal_overview FROM PUBLIC;
GRANT SELECT ON deal_overview TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};

-- Guards -------------------------------------------------------------------------------------
-- Only a manager or an admin (or the owner, i.e. the functions below) changes who owns a record.
CREATE FUNCTION fd_guard_owner_change() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    IF NEW.owner_id IS DISTINCT FROM OLD.owner_id AND current_user <> {{ROLE_NAME:owner}}
       AND COALESCE(fd_role(), '') NOT IN ('manager', 'admin')
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'only a manager or an admin may change the owner of % %', TG_TABLE_NAME, OLD.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_owner_change BEFORE UPDATE OF owner_id ON customers FOR EACH ROW EXECUTE FUNCTION fd_guard_owner_change();
CREATE TRIGGER guard_owner_change BEFORE UPDATE OF owner_id ON leads FOR EACH ROW EXECUTE FUNCTION fd_guard_owner_change();
CREATE TRIGGER guard_owner_change BEFORE UPDATE OF owner_id ON opportunities FOR EACH ROW EXECUTE FUNCTION fd_guard_owner_change();
CREATE TRIGGER guard_owner_change BEFORE UPDATE OF owner_id ON contracts FOR EACH ROW EXECUTE FUNCTION fd_guard_owner_change();

-- The author of an audit_log row is the session's user, whatever the client sent (a superuser
-- or the installer, who is no FunnelDesk user, keeps the acting user it names).
CREATE FUNCTION fd_bind_audit_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    me BIGINT := fd_uid();
BEGIN
    IF me IS NOT NULL THEN
        NEW.user_id := me;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bind_audit_author BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fd_bind_audit_author();

-- The trail: one row per inserted, changed or deleted row of every table but the journals.
CREATE FUNCTION fd_audit_trail() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    o JSONB;
    n JSONB;
    changed_old JSONB;
    changed_new JSONB;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        o := to_jsonb(OLD) - 'content';
    END IF;
    IF TG_OP <> 'DELETE' THEN
        n := to_jsonb(NEW) - 'content';
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
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
             AND tablename NOT IN ('audit_log', 'audit_trail', 'schema_version') LOOP
        EXECUTE format('CREATE TRIGGER audit_trail AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION fd_audit_trail()', t.tablename);
    END LOOP;
END
$$;

-- Reassignment and the lead pool ------------------------------------------------------------
-- Is the caller the installer (a superuser, or a member of the owner role)?
CREATE FUNCTION fd_is_installer() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT rolsuper OR pg_has_role(session_user, {{ROLE_NAME:owner}}, 'MEMBER') FROM pg_roles WHERE rolname = session_user $$;

-- Gives lead p_lead to user p_user, returns its previous owner (NULL = it was in the pool).
-- A rep may only take a pool lead for themselves; a manager gives pool leads and leads of
-- their team to their team's users; an admin to anyone active. SQLSTATE 42501 otherwise;
-- P0002 for a lead that does not exist; 40001 when p_pooled_only and the lead has an owner.
CREATE FUNCTION fd_set_lead_owner(p_lead BIGINT, p_user BIGINT, p_now TEXT, p_pooled_only BOOLEAN) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    my_role TEXT := fd_role();
    me BIGINT := fd_uid();
    before BIGINT;
    lead_status TEXT;
BEGIN
    SELECT owner_id, status INTO before, lead_status FROM leads WHERE id = p_lead FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'lead % does not exist', p_lead USING ERRCODE = 'P0002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = p_user AND active = 1) THEN
        RAISE EXCEPTION 'user % is not an active user', p_user USING ERRCODE = '22023';
    END IF;
    IF lead_status = 'converted' THEN
        RAISE EXCEPTION 'lead % is converted and cannot change hands', p_lead USING ERRCODE = '22023';
    END IF;
    IF p_pooled_only AND before IS NOT NULL THEN
        RAISE EXCEPTION 'lead % was already claimed by user %', p_lead, before USING ERRCODE = '40001';
    END IF;
    IF NOT (fd_is_installer()
            OR my_role = 'admin'
            OR (my_role = 'rep' AND p_user = me AND before IS NULL)
            OR (my_role = 'manager' AND p_user IN (SELECT fd_scope_users())
                AND (before IS NULL OR before IN (SELECT fd_scope_users())))) THEN
        RAISE EXCEPTION 'user % may not give lead % to user %', session_user, p_lead, p_user USING ERRCODE = '42501';
    END IF;
    IF before IS DISTINCT FROM p_user THEN
        UPDATE leads SET owner_id = p_user, assigned_at = p_now, updated_at = p_now, row_version = row_version + 1
        WHERE id = p_lead;
    END IF;
    RETURN before;
END
$$;

-- 离职交接: moves what p_from holds (customers, unconverted leads, open and on-hold deals,
-- follow-up tasks not done) to p_to; returns the moved records. An admin may move anyone's;
-- a manager between two users of their team(s); nobody else (42501).
CREATE FUNCTION fd_reassign_on_leave(p_from BIGINT, p_to BIGINT, p_now TEXT)
    RETURNS TABLE (entity TEXT, record_id BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    my_role TEXT := fd_role();
BEGIN
    IF NOT (fd_is_installer() OR my_role = 'admin'
            OR (my_role = 'manager' AND p_from IN (SELECT fd_scope_users()) AND p_to IN (SELECT fd_scope_users()))) THEN
        RAISE EXCEPTION 'user % may not reassign the records of user %', session_user, p_from USING ERRCODE = '42501';
    END IF;
    IF p_from = p_to OR NOT EXISTS (SELECT 1 FROM users WHERE id = p_to AND active = 1) THEN
        RAISE EXCEPTION 'user % cannot take over from user %', p_to, p_from USING ERRCODE = '22023';
    END IF;
    RETURN QUERY WITH c AS (
        UPDATE customers SET owner_id = p_to, updated_at = p_now, row_version = row_version + 1
        WHERE owner_id = p_from RETURNING id)
        SELECT 'customer'::TEXT, c.id FROM c ORDER BY c.id;
    RETURN QUERY WITH l AS (
        UPDATE leads SET owner_id = p_to, updated_at = p_now, assigned_at = p_now, row_version = row_version + 1
        WHERE owner_id = p_from AND status <> 'converted' RETURNING id)
        SELECT 'lead'::TEXT, l.id FROM l ORDER BY l.id;
    RETURN QUERY WITH o AS (
        UPDATE opportunities SET owner_id = p_to, updated_at = p_now, row_version = row_version + 1
        WHERE owner_id = p_from AND status IN ('open', 'on_hold') RETURNING id)
        SELECT 'opportunity'::TEXT, o.id FROM o ORDER BY o.id;
    RETURN QUERY WITH f AS (
        UPDATE followup_tasks SET user_id = p_to WHERE user_id = p_from AND done = 0 RETURNING id)
        SELECT 'followup_task'::TEXT, f.id FROM f ORDER BY f.id;
END
$$;

-- Logins (pgaccess.h) ------------------------------------------------------------------------
-- Is p_login the login role of a user of this database (a member of one of its groups)?
CREATE FUNCTION fd_is_our_login(p_login TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM users WHERE login = p_login) AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid JOIN team_roles t ON t.role_name = g.rolname WHERE r.rolname = p_login AND t.kind IN ('rep', 'manager', 'finance', 'admin')) $$;

-- Makes p_login a member of group grp and of no other group of this database.
CREATE FUNCTION fd_join_group(p_login TEXT, grp TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    other RECORD;
BEGIN
    FOR other IN SELECT t.role_name FROM team_roles t JOIN pg_roles g ON g.rolname = t.role_name
                 JOIN pg_auth_members m ON m.roleid = g.oid JOIN pg_roles r ON r.oid = m.member
                 WHERE r.rolname = p_login AND t.kind IN ('rep', 'manager', 'finance', 'admin') AND t.role_name <> grp LOOP
        EXECUTE format('REVOKE %I FROM %I', other.role_name, p_login);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, p_login);
END
$$;

-- Creates the login role of the users row with this login, in the group of p_role, with a
-- SCRAM-SHA-256 verifier computed by the client (never a clear password).
CREATE FUNCTION fd_create_login(p_login TEXT, p_role TEXT, p_verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    grp TEXT;
BEGIN
    IF NOT (fd_is_installer() OR fd_role() = 'admin') THEN
        RAISE EXCEPTION 'only a FunnelDesk admin may create logins' USING ERRCODE = '42501';
    END IF;
    SELECT role_name INTO grp FROM team_roles WHERE kind = p_role AND kind IN ('rep', 'manager', 'finance', 'admin');
    IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown FunnelDesk role "%"', p_role USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE login = p_login) THEN
        RAISE EXCEPTION 'no FunnelDesk user has the login "%"', p_login USING ERRCODE = '22023';
    END IF;
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must come as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        -- Already a login of this database (its users row was made again): it joins the
        -- group and keeps its password. Anybody else's role is never taken over.
        IF NOT fd_is_our_login(p_login) THEN
            RAISE EXCEPTION 'a PostgreSQL role named "%" already exists on this server', p_login USING ERRCODE = '42710';
        END IF;
        PERFORM fd_join_group(p_login, grp);
        RETURN;
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE %I',
                   p_login, p_verifier, grp);
END
$$;

-- Moves a login to the group of p_role and records the role on its users row.
CREATE FUNCTION fd_set_login_role(p_login TEXT, p_role TEXT, p_now TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    grp TEXT;
BEGIN
    IF NOT (fd_is_installer() OR fd_role() = 'admin') THEN
        RAISE EXCEPTION 'only a FunnelDesk admin may change roles' USING ERRCODE = '42501';
    END IF;
    SELECT role_name INTO grp FROM team_roles WHERE kind = p_role AND kind IN ('rep', 'manager', 'finance', 'admin');
    IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown FunnelDesk role "%"', p_role USING ERRCODE = '22023';
    END IF;
    IF NOT fd_is_our_login(p_login) THEN
        RAISE EXCEPTION '"%" is not the login of a user of this database', p_login USING ERRCODE = '42501';
    END IF;
    PERFORM fd_join_group(p_login, grp);
    UPDATE users SET role = p_role, updated_at = p_now WHERE login = p_login;
END
$$;

-- p_active false: the login can no longer sign in (NOLOGIN; its open sessions lose every row
-- at once, as fd_uid() needs active = 1) and its users row is inactive. true: both back.
-- The role and its history stay.
CREATE FUNCTION fd_set_login_active(p_login TEXT, p_active BOOLEAN, p_now TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    IF NOT (fd_is_installer() OR fd_role() = 'admin') THEN
        RAISE EXCEPTION 'only a FunnelDesk admin may deactivate or reactivate logins' USING ERRCODE = '42501';
    END IF;
    IF NOT fd_is_our_login(p_login) THEN
        RAISE EXCEPTION '"%" is not the login of a user of this database', p_login USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE users SET active = CASE WHEN p_active THEN 1 ELSE 0 END, updated_at = p_now WHERE login = p_login;
END
$$;

ALTER FUNCTION fd_guard_owner_change() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_bind_audit_author() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_audit_trail() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_is_installer() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_set_lead_owner(BIGINT, BIGINT, TEXT, BOOLEAN) OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_reassign_on_leave(BIGINT, BIGINT, TEXT) OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_create_login(TEXT, TEXT, TEXT) OWNER TO {{ROLE:logins}};
ALTER FUNCTION fd_is_our_login(TEXT) OWNER TO {{ROLE:logins}};
ALTER FUNCTION fd_join_group(TEXT, TEXT) OWNER TO {{ROLE:logins}};
ALTER FUNCTION fd_set_login_role(TEXT, TEXT, TEXT) OWNER TO {{ROLE:logins}};
ALTER FUNCTION fd_set_login_active(TEXT, BOOLEAN, TEXT) OWNER TO {{ROLE:logins}};
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {{SCHEMA}} FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fd_uid(), fd_role(), fd_sees_all(BOOLEAN), fd_scope_users(), fd_team_deals(), fd_scope_user_ids(), fd_team_deal_ids(), fd_visible_deals(), fd_visible_customers(), fd_visible_contracts() TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}}, {{ROLE:logins}};
GRANT EXECUTE ON FUNCTION fd_is_installer(), fd_guard_owner_change() TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}}, {{ROLE:logins}};
GRANT EXECUTE ON FUNCTION fd_set_lead_owner(BIGINT, BIGINT, TEXT, BOOLEAN) TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:admin}};
GRANT EXECUTE ON FUNCTION fd_reassign_on_leave(BIGINT, BIGINT, TEXT) TO {{ROLE:manager}}, {{ROLE:admin}};
GRANT EXECUTE ON FUNCTION fd_create_login(TEXT, TEXT, TEXT), fd_set_login_role(TEXT, TEXT, TEXT), fd_set_login_active(TEXT, BOOLEAN, TEXT) TO {{ROLE:admin}};
GRANT EXECUTE ON FUNCTION fd_is_our_login(TEXT) TO {{ROLE:admin}};
