-- FunnelDesk schema, migration 0023 (PostgreSQL only; a recorded no-op on SQLite): the pay
-- plan tables of 0022 under the security model of 0006.
--
-- WHO RUNS IT: like 0006, a PostgreSQL superuser or a member of the owner role.
--
-- Pay is confidential. Reading:
--   admin, finance   every plan, version, commission rule and tier
--   rep              the role plans of their own role and their own personal plan
--   manager          the same, and the personal plans of the people of their team(s) and the
--                    role plans of those people's roles (what the team's statements are
--                    computed with); never the personal plan of someone outside their scope
-- A version, its commission rules and its tiers are read with their plan.
-- Writing: admins and finance only. A plan is inserted, renamed or (de)activated (only name,
-- active and updated_at may change: whom it pays and its period are fixed); versions, rules
-- and tiers are inserted and never changed or deleted by anyone (no group has UPDATE or
-- DELETE on them), so the terms a closed statement was paid on stay as they were. Nothing is
-- deleted. Every row is written to audit_trail by the trigger of 0006.

ALTER TABLE pay_plans OWNER TO {{ROLE:owner}};
ALTER TABLE pay_plan_versions OWNER TO {{ROLE:owner}};
ALTER TABLE pay_plan_commissions OWNER TO {{ROLE:owner}};
ALTER TABLE pay_plan_tiers OWNER TO {{ROLE:owner}};
REVOKE ALL ON TABLE pay_plans, pay_plan_versions, pay_plan_commissions, pay_plan_tiers FROM PUBLIC;
GRANT SELECT ON pay_plans, pay_plan_versions, pay_plan_commissions, pay_plan_tiers
    TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
GRANT INSERT, UPDATE (name, active, updated_at) ON pay_plans TO {{ROLE:finance}}, {{ROLE:admin}};
GRANT INSERT ON pay_plan_versions, pay_plan_commissions, pay_plan_tiers TO {{ROLE:finance}}, {{ROLE:admin}};

DO $$
DECLARE
    scope TEXT := '(SELECT fd_scope_user_ids())::BIGINT[]';
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('pay_plans', 'user_id = ANY (' || scope || ') OR (user_id IS NULL AND role IN '
                      '(SELECT u.role FROM users u WHERE u.id = ANY (' || scope || ')))'),
        ('pay_plan_versions', 'plan_id IN (SELECT p.id FROM pay_plans p)'),
        ('pay_plan_commissions', 'version_id IN (SELECT v.id FROM pay_plan_versions v)'),
        ('pay_plan_tiers', 'version_id IN (SELECT v.id FROM pay_plan_versions v)')) AS v(tbl, staff_read) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)', t.tbl,
                       {{ROLE_NAME:owner}});
        EXECUTE format('CREATE POLICY admin_all ON %I TO %I USING ((SELECT fd_sees_all(false))) '
                       'WITH CHECK ((SELECT fd_sees_all(false)))', t.tbl, {{ROLE_NAME:admin}});
        EXECUTE format('CREATE POLICY staff_read ON %I FOR SELECT TO %I, %I USING (%s)', t.tbl,
                       {{ROLE_NAME:rep}}, {{ROLE_NAME:manager}}, t.staff_read);
        EXECUTE format('CREATE POLICY finance_read ON %I FOR SELECT TO %I USING ((SELECT fd_sees_all(true)))',
                       t.tbl, {{ROLE_NAME:finance}});
        EXECUTE format('CREATE POLICY finance_insert ON %I FOR INSERT TO %I WITH CHECK ((SELECT fd_sees_all(true)))',
                       t.tbl, {{ROLE_NAME:finance}});
        EXECUTE format('CREATE TRIGGER audit_trail AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION fd_audit_trail()', t.tbl);
    END LOOP;
END
$$;
CREATE POLICY finance_update ON pay_plans FOR UPDATE TO {{ROLE:finance}}
    USING ((SELECT fd_sees_all(true))) WITH CHECK ((SELECT fd_sees_all(true)));
