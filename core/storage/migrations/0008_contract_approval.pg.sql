-- FunnelDesk schema, migration 0008 (PostgreSQL only; a recorded no-op on SQLite): the
-- contract_approvals table of 0007 under the security model of 0006, which only covered the
-- tables that existed when it ran.
--
-- WHO RUNS IT: like 0006, a PostgreSQL superuser or a member of the owner role (handing a
-- table to the owner role needs one of them).
--
-- The history of approval steps is append-only for everybody: each group may read the steps
-- of the contracts it sees and add steps to them (ContractApproval writes a step in the same
-- transaction that changes the contract's approval_status, so whoever may change the status
-- may add the step); no group may change or delete a step. A contract's deletion removes its
-- steps through the foreign key, which runs as the owner role. Like every other table, the
-- steps are written to audit_trail by the trigger of 0006.

ALTER TABLE contract_approvals OWNER TO {{ROLE:owner}};
REVOKE ALL ON TABLE contract_approvals FROM PUBLIC;
GRANT SELECT, INSERT ON contract_approvals TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};

ALTER TABLE contract_approvals ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_approvals FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON contract_approvals TO {{ROLE:owner}} USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON contract_approvals TO {{ROLE:admin}}
    USING ((SELECT fd_sees_all(false))) WITH CHECK ((SELECT fd_sees_all(false)));
CREATE POLICY staff_read ON contract_approvals FOR SELECT TO {{ROLE:rep}}, {{ROLE:manager}}
    USING (contract_id IN (SELECT fd_visible_contracts()));
CREATE POLICY staff_insert ON contract_approvals FOR INSERT TO {{ROLE:rep}}, {{ROLE:manager}}
    WITH CHECK (contract_id IN (SELECT fd_visible_contracts()));
CREATE POLICY finance_read ON contract_approvals FOR SELECT TO {{ROLE:finance}}
    USING ((SELECT fd_sees_all(true)));
CREATE POLICY finance_insert ON contract_approvals FOR INSERT TO {{ROLE:finance}}
    WITH CHECK ((SELECT fd_sees_all(true)));

CREATE TRIGGER audit_trail AFTER INSERT OR UPDATE OR DELETE ON contract_approvals
    FOR EACH ROW EXECUTE FUNCTION fd_audit_trail();
