-- Contract approval: every step a contract's approval takes, with who, when and why.
-- The contract's approval_status is the current state; this table is how it got there.
--   step         'recorded' (stored with a status by a load nobody signed in for: the demo,
--                an import, a file from before approvals), 'submit', 'approve', 'reject',
--                'reopen' (a change to an approved or pending contract's amount or terms
--                sent it back to pending)
--   level        who approved or rejected: 'manager' (the owner's team manager, first level)
--                or 'admin' (second level above the office's threshold, or the first where
--                the owner has no other manager); NULL for other steps
--   from_status, to_status   the contract's approval_status before and after the step
--   acted_by     the acting user; NULL for 'recorded'
CREATE TABLE contract_approvals (
    id          {{PK}},
    contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    step        TEXT NOT NULL CHECK (step IN ('recorded', 'submit', 'approve', 'reject', 'reopen')),
    level       TEXT CHECK (level IN ('manager', 'admin')),
    from_status TEXT NOT NULL CHECK (from_status IN ('draft', 'pending', 'approved', 'rejected')),
    to_status   TEXT NOT NULL CHECK (to_status IN ('draft', 'pending', 'approved', 'rejected')),
    acted_by    BIGINT REFERENCES users(id),
    acted_at    TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 1000)
);
CREATE INDEX idx_contract_approvals_contract ON contract_approvals(contract_id, id);

-- Contracts already on file keep their status, with the step that says where it came from.
INSERT INTO contract_approvals (contract_id, step, from_status, to_status, acted_at, comment)
SELECT id, 'recorded', approval_status, approval_status, updated_at, ''
FROM contracts WHERE approval_status <> 'draft';
