-- FunnelDesk schema (PostgreSQL only; a recorded no-op on SQLite): reminder_states (the
-- migration before this one) under the security model of 0006, like every table.
--
-- WHO RUNS IT: a PostgreSQL superuser or a member of the owner role.
--
-- A person reads and writes their own rows only, whatever their role: what someone else
-- acknowledged or snoozed is nobody else's business, and nobody may snooze a reminder in
-- someone else's name. Written to audit_trail by the trigger of 0006 like every table.

ALTER TABLE reminder_states OWNER TO {{ROLE:owner}};
REVOKE ALL ON TABLE reminder_states FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON reminder_states TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};

ALTER TABLE reminder_states ENABLE ROW LEVEL SECURITY;
ALTER TABLE reminder_states FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON reminder_states TO {{ROLE:owner}} USING (true) WITH CHECK (true);
CREATE POLICY own_rows ON reminder_states TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}}
    USING (user_id = (SELECT fd_uid())) WITH CHECK (user_id = (SELECT fd_uid()));

CREATE TRIGGER audit_trail AFTER INSERT OR UPDATE OR DELETE ON reminder_states
    FOR EACH ROW EXECUTE FUNCTION fd_audit_trail();
