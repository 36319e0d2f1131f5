-- FunnelDesk schema, migration 0015 (PostgreSQL only; a recorded no-op on SQLite): the
-- contract approval workflow of 0007 (core/approval/contractapproval.h) enforced by the
-- server, so that a client writing raw SQL under a person's login cannot approve what the
-- person may not.
--
-- WHO RUNS IT: a superuser, or a login that is a member of the owner role (the migrator
-- then runs it as the owner role: see migrator.h).
--
-- THE RULES (the same as ContractApproval's; the client checks first for its messages,
-- the server has the last word):
--   draft / rejected --submit--> pending --approve--> approved; pending --reject--> rejected
--   submit        the contract's owner, the manager who approves it, or an admin
--   approve/reject  first level: the manager of the owner's team (active, not the owner);
--                 where there is none, an admin other than the owner. Above the office's
--                 threshold (setting contract_approval.admin_threshold_cents, default
--                 ¥500,000.00, amount strictly above) the manager's approval leaves the
--                 contract pending and an admin who is not the owner and did not give the
--                 first approval approves as the second level. Reject needs a comment.
-- Every step goes through fd_contract_approval_step (SECURITY DEFINER), which changes
-- approval_status and writes the step (acted_by = the session's user) in one statement's
-- transaction. What a client may still do itself:
--   - create a contract as a draft (any other status: 42501);
--   - send an approved or pending contract back to pending (a change of its terms does
--     that: ContractRepository::update, step 'reopen') — never a step up. A change to the
--     amount, currency, customer or dates of an approved or pending contract that does not
--     set it pending is refused (42501): what was approved cannot change under the approval;
--   - add a 'reopen' step to contract_approvals, in its own name (acted_by is set to the
--     session's user); every other step comes from the function alone.
-- Invoices and receipts are refused on a contract that is not approved (23514), for
-- everybody but the installer.
-- The installer (a superuser or a member of the owner role: the demo, imports of history)
-- records contracts with any status and 'recorded' steps, as on SQLite with nobody signed in.

-- The user who approves a contract of p_owner at the first level: the active manager of the
-- owner's team, when that is someone else; NULL when an admin stands in.
CREATE FUNCTION fd_approving_manager(p_owner BIGINT) RETURNS BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    RETURN (SELECT m.id FROM users o JOIN teams t ON t.id = o.team_id JOIN users m ON m.id = t.manager_id
            WHERE o.id = p_owner AND m.id <> p_owner AND m.active = 1);
END
$$;

-- Submits, approves or rejects contract p_contract for the session's user (p_action
-- 'submit', 'approve' or 'reject'); returns the contract's new approval_status. p_acting
-- names the acting user for the installer only (who is no FunnelDesk user: tests, tools;
-- as fd_bind_audit_author does), and is ignored for everybody else.
-- SQLSTATE 42501 when the caller may not, 22023 when the contract's state does not allow
-- the step (or a rejection has no comment), P0002 for a contract the caller cannot see.
CREATE FUNCTION fd_contract_approval_step(p_contract BIGINT, p_action TEXT, p_comment TEXT, p_now TEXT, p_acting BIGINT)
    RETURNS TEXT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    me BIGINT := fd_uid();
    my_role TEXT := fd_role();
    k contracts%ROWTYPE;
    manager BIGINT;
    round_start BIGINT;
    awaited TEXT;
    threshold BIGINT;
    new_status TEXT;
    installer BOOLEAN := fd_is_installer();
BEGIN
    IF me IS NULL AND installer THEN
        SELECT id, role INTO me, my_role FROM users WHERE id = p_acting AND active = 1;
    END IF;
    IF me IS NULL THEN
        RAISE EXCEPTION 'only a signed-in FunnelDesk user submits, approves or rejects contracts' USING ERRCODE = '42501';
    END IF;
    IF p_action NOT IN ('submit', 'approve', 'reject') THEN
        RAISE EXCEPTION 'unknown approval step "%"', p_action USING ERRCODE = '22023';
    END IF;
    IF length(COALESCE(p_comment, '')) > 1000 THEN
        RAISE EXCEPTION 'the comment has more than 1000 characters' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO k FROM contracts WHERE id = p_contract FOR UPDATE;
    IF NOT FOUND OR NOT (installer OR p_contract IN (SELECT fd_visible_contracts())) THEN
        RAISE EXCEPTION 'contract % does not exist', p_contract USING ERRCODE = 'P0002';
    END IF;
    manager := fd_approving_manager(k.owner_id);

    IF p_action = 'submit' THEN
        IF k.approval_status NOT IN ('draft', 'rejected') THEN
            RAISE EXCEPTION 'contract % is %: only a draft or rejected contract can be submitted', k.number, k.approval_status
                USING ERRCODE = '22023';
        END IF;
        IF NOT (me = k.owner_id OR me = manager OR my_role = 'admin') THEN
            RAISE EXCEPTION 'contract % can be submitted only by its owner, their manager or an admin', k.number
                USING ERRCODE = '42501';
        END IF;
        new_status := 'pending';
    ELSE
        IF k.approval_status <> 'pending' THEN
            RAISE EXCEPTION 'contract % is %: only a contract waiting for approval can be approved or rejected', k.number, k.approval_status
                USING ERRCODE = '22023';
        END IF;
        IF p_action = 'reject' AND btrim(COALESCE(p_comment, '')) = '' THEN
            RAISE EXCEPTION 'contract %: say why it is rejected', k.number USING ERRCODE = '22023';
        END IF;
        IF me = k.owner_id THEN
            RAISE EXCEPTION 'contract % is the caller''s own: somebody else approves it', k.number USING ERRCODE = '42501';
        END IF;
        -- The current round (approvalhistory::currentRound): the steps from the last one that
        -- is not an approval on, when the last step left the contract pending.
        IF (SELECT a.to_status FROM contract_approvals a WHERE a.contract_id = k.id ORDER BY a.id DESC LIMIT 1) = 'pending' THEN
            round_start := COALESCE((SELECT max(a.id) FROM contract_approvals a WHERE a.contract_id = k.id AND a.step <> 'approve'), 0);
            awaited := CASE WHEN EXISTS (SELECT 1 FROM contract_approvals a WHERE a.contract_id = k.id AND a.id >= round_start
                                                AND a.step = 'approve' AND a.level = 'manager')
                            THEN 'admin' ELSE 'manager' END;
        ELSE
            awaited := 'manager';
        END IF;
        IF awaited = 'manager' THEN
            IF NOT (me = manager OR (manager IS NULL AND my_role = 'admin')) THEN
                RAISE EXCEPTION 'contract % waits for the approval of the owner''s team manager (or an admin where there is none)', k.number
                    USING ERRCODE = '42501';
            END IF;
        ELSE
            IF my_role IS DISTINCT FROM 'admin' THEN
                RAISE EXCEPTION 'contract % waits for an admin''s second approval', k.number USING ERRCODE = '42501';
            END IF;
            IF EXISTS (SELECT 1 FROM contract_approvals a WHERE a.contract_id = k.id AND a.id >= round_start
                       AND a.step = 'approve' AND a.acted_by = me) THEN
                RAISE EXCEPTION 'contract %: the second approval must come from another admin', k.number USING ERRCODE = '42501';
            END IF;
        END IF;
        IF p_action = 'reject' THEN
            new_status := 'rejected';
        ELSE
            threshold := COALESCE((SELECT value::BIGINT FROM settings WHERE key = 'contract_approval.admin_threshold_cents'), 50000000);
            new_status := CASE WHEN awaited = 'manager' AND k.amount_cents > threshold THEN 'pending' ELSE 'approved' END;
        END IF;
    END IF;

    UPDATE contracts SET approval_status = new_status, updated_at = p_now, updated_by = me, row_version = row_version + 1
    WHERE id = k.id;
    INSERT INTO contract_approvals (contract_id, step, level, from_status, to_status, acted_by, acted_at, comment)
    VALUES (k.id, p_action, CASE WHEN p_action = 'submit' THEN NULL ELSE awaited END, k.approval_status, new_status, me, p_now,
            COALESCE(p_comment, ''));
    RETURN new_status;
END
$$;

-- The installer's connections and the functions above (running as the owner) are not checked.
CREATE FUNCTION fd_unchecked_writer() RETURNS BOOLEAN LANGUAGE plpgsql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    RETURN current_user = {{ROLE_NAME:owner}} OR fd_is_installer();
END
$$;

-- What a client may do to a contract's approval itself (see the header).
CREATE FUNCTION fd_guard_contract_approval() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    last_step RECORD;
BEGIN
    IF fd_unchecked_writer() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.approval_status <> 'draft' THEN
            RAISE EXCEPTION 'contract %: a new contract starts as a draft; submit it for approval', NEW.number
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    -- Only ever back to pending, never a step up.
    IF NEW.approval_status IS DISTINCT FROM OLD.approval_status
       AND NOT (NEW.approval_status = 'pending' AND OLD.approval_status = 'approved') THEN
        RAISE EXCEPTION 'contract %: its approval changes only by submitting, approving or rejecting it', OLD.number
            USING ERRCODE = '42501';
    END IF;
    IF (NEW.amount_cents, NEW.currency, NEW.customer_id, NEW.signed_date, NEW.start_date, NEW.end_date)
       IS NOT DISTINCT FROM (OLD.amount_cents, OLD.currency, OLD.customer_id, OLD.signed_date, OLD.start_date, OLD.end_date) THEN
        RETURN NEW;
    END IF;
    -- A change to what was approved sends it back to pending ...
    IF OLD.approval_status = 'approved' AND NEW.approval_status <> 'pending' THEN
        RAISE EXCEPTION 'contract %: a change to what was approved sends it back to pending', OLD.number
            USING ERRCODE = '42501';
    END IF;
    -- ... and a first-level approval of a pending contract does not outlive a change to it:
    -- the 'reopen' step that starts the round over comes first (ContractRepository::update).
    IF OLD.approval_status = 'pending' THEN
        SELECT a.step, a.to_status INTO last_step FROM contract_approvals a WHERE a.contract_id = OLD.id ORDER BY a.id DESC LIMIT 1;
        IF FOUND AND last_step.step = 'approve' THEN
            RAISE EXCEPTION 'contract %: record the reopening of its approval before changing it', OLD.number
                USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_contract_approval BEFORE INSERT OR UPDATE ON contracts
    FOR EACH ROW EXECUTE FUNCTION fd_guard_contract_approval();

-- A client adds only 'reopen' steps, in its own name.
CREATE FUNCTION fd_guard_approval_step() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    IF fd_unchecked_writer() THEN
        RETURN NEW;
    END IF;
    IF NEW.step <> 'reopen' OR NEW.to_status <> 'pending' OR NEW.level IS NOT NULL
       OR NEW.from_status NOT IN ('approved', 'pending')
       OR NEW.from_status IS DISTINCT FROM (SELECT k.approval_status FROM contracts k WHERE k.id = NEW.contract_id) THEN
        RAISE EXCEPTION 'approval steps other than the reopening of an approved or pending contract are written by the server (fd_contract_approval_step)'
            USING ERRCODE = '42501';
    END IF;
    NEW.acted_by := fd_uid();
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_approval_step BEFORE INSERT ON contract_approvals
    FOR EACH ROW EXECUTE FUNCTION fd_guard_approval_step();

-- No invoice or receipt on a contract that is not approved.
CREATE FUNCTION fd_guard_billing() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    k RECORD;
BEGIN
    IF fd_is_installer() THEN
        RETURN NEW;
    END IF;
    SELECT number, approval_status INTO k FROM contracts WHERE id = NEW.contract_id;
    IF FOUND AND k.approval_status <> 'approved' THEN
        RAISE EXCEPTION 'contract % is %: invoices and receipts are recorded only on an approved contract', k.number, k.approval_status
            USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_billing BEFORE INSERT OR UPDATE OF contract_id ON invoices
    FOR EACH ROW EXECUTE FUNCTION fd_guard_billing();
CREATE TRIGGER guard_billing BEFORE INSERT OR UPDATE OF contract_id ON receipts
    FOR EACH ROW EXECUTE FUNCTION fd_guard_billing();

ALTER FUNCTION fd_approving_manager(BIGINT) OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_contract_approval_step(BIGINT, TEXT, TEXT, TEXT, BIGINT) OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_unchecked_writer() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_guard_contract_approval() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_guard_approval_step() OWNER TO {{ROLE:owner}};
ALTER FUNCTION fd_guard_billing() OWNER TO {{ROLE:owner}};
REVOKE ALL ON FUNCTION fd_approving_manager(BIGINT), fd_contract_approval_step(BIGINT, TEXT, TEXT, TEXT, BIGINT), fd_unchecked_writer(),
    fd_guard_contract_approval(), fd_guard_approval_step(), fd_guard_billing() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fd_approving_manager(BIGINT), fd_contract_approval_step(BIGINT, TEXT, TEXT, TEXT, BIGINT), fd_unchecked_writer(),
    fd_guard_contract_approval(), fd_guard_approval_step(), fd_guard_billing()
    TO {{ROLE:rep}}, {{ROLE:manager}}, {{ROLE:finance}}, {{ROLE:admin}};
