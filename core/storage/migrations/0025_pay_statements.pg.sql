-- FunnelDesk schema, migration 0025 (PostgreSQL): the security of the monthly statements' review
-- and close (the tables of 0024_pay_statements.sql, which says what they hold), under team mode's
-- security (0006).
--
-- WHO RUNS IT: like 0006, a PostgreSQL superuser or a member of the owner role.
--
-- Who sees a statement: its person, the managers whose scope holds them (fd_scope_users),
-- finance and administrators. Who reviews: a manager for the people of their teams (not
-- themselves) and administrators. Who closes a month: finance and administrators; nobody
-- changes or deletes a close or a frozen statement (no grant), so a closed month stays as
-- closed. Every row is written to audit_trail by the trigger of 0006.

ALTER TABLE pay_statement_reviews OWNER TO {{ROLE:owner}};
ALTER TABLE pay_period_closes OWNER TO {{ROLE:owner}};
ALTER TABLE pay_statements OWNER TO {{ROLE:owner}};
REVOKE ALL ON TABLE pay_statement_reviews, pay_period_closes, pay_statements FROM PUBLIC;
GRANT SELECT ON pay_statement_reviews, pay_period_closes, pay_statements TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
GRANT INSERT, UPDATE ON pay_statement_reviews TO {{ROLE:manager}}, {{ROLE:admin}};
GRANT INSERT ON pay_period_closes, pay_statements TO {{ROLE:finance}}, {{ROLE:admin}};

ALTER TABLE pay_statement_reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE pay_statement_reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON pay_statement_reviews TO {{ROLE:owner}} USING (true) WITH CHECK (true);
CREATE POLICY read ON pay_statement_reviews FOR SELECT TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}}
    USING (user_id IN (SELECT fd_scope_users()) OR (SELECT fd_sees_all(true)));
CREATE POLICY review_insert ON pay_statement_reviews FOR INSERT TO {{ROLE:manager}}, {{ROLE:admin}}
    WITH CHECK (reviewed_by = (SELECT fd_uid()) AND ((SELECT fd_sees_all(false))
                OR (user_id <> (SELECT fd_uid()) AND user_id IN (SELECT fd_scope_users()))));
CREATE POLICY review_update ON pay_statement_reviews FOR UPDATE TO {{ROLE:manager}}, {{ROLE:admin}}
    USING ((SELECT fd_sees_all(false)) OR (user_id <> (SELECT fd_uid()) AND user_id IN (SELECT fd_scope_users())))
    WITH CHECK (reviewed_by = (SELECT fd_uid()) AND ((SELECT fd_sees_all(false))
                OR (user_id <> (SELECT fd_uid()) AND user_id IN (SELECT fd_scope_users()))));

ALTER TABLE pay_period_closes ENABLE ROW LEVEL SECURITY;
ALTER TABLE pay_period_closes FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON pay_period_closes TO {{ROLE:owner}} USING (true) WITH CHECK (true);
CREATE POLICY read ON pay_period_closes FOR SELECT TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}}
    USING (true);
CREATE POLICY close_insert ON pay_period_closes FOR INSERT TO {{ROLE:finance}}, {{ROLE:admin}}
    WITH CHECK ((SELECT fd_sees_all(true)) AND closed_by = (SELECT fd_uid()));

ALTER TABLE pay_statements ENABLE ROW LEVEL SECURITY;
ALTER TABLE pay_statements FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON pay_statements TO {{ROLE:owner}} USING (true) WITH CHECK (true);
CREATE POLICY read ON pay_statements FOR SELECT TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}}
    USING (user_id IN (SELECT fd_scope_users()) OR (SELECT fd_sees_all(true)));
CREATE POLICY close_insert ON pay_statements FOR INSERT TO {{ROLE:finance}}, {{ROLE:admin}}
    WITH CHECK ((SELECT fd_sees_all(true)));

CREATE TRIGGER audit_trail AFTER INSERT OR UPDATE OR DELETE ON pay_statement_reviews
    FOR EACH ROW EXECUTE FUNCTION fd_audit_trail();
CREATE TRIGGER audit_trail AFTER INSERT OR UPDATE OR DELETE ON pay_period_closes
    FOR EACH ROW EXECUTE FUNCTION fd_audit_trail();

-- The activities a person completed in a plan period, for the activity component of their
-- pay: finance closes everyone's statements but is granted no activities (0006), so it reads
-- the count, and only the count, through this function; others only for people they see.
CREATE FUNCTION fd_completed_activities(p_user BIGINT, p_from TEXT, p_to TEXT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
    SELECT count(*) FROM activities
    WHERE user_id = p_user AND occurred_at >= p_from AND occurred_at <= p_to
      AND ((SELECT fd_is_installer()) OR (SELECT fd_sees_all(true)) OR p_user IN (SELECT fd_scope_users()))
    $$;
ALTER FUNCTION fd_completed_activities(BIGINT, TEXT, TEXT) OWNER TO {{ROLE:owner}};
REVOKE ALL ON FUNCTION fd_completed_activities(BIGINT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fd_completed_activities(BIGINT, TEXT, TEXT) TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
