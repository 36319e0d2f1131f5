-- Sign-ins in the audit trail (PostgreSQL; its SQLite twin is 0017_audit_sign_in.sqlite.sql,
-- which explains the actions). audit_log stays append-only with its author bound to the
-- session's user (0006), so nobody records a sign-in in someone else's name.
--
-- WHO RUNS IT: a superuser, or a login that is a member of the owner role (the migrator then
-- runs it as the owner role, which owns audit_log: see migrator.h).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('insert', 'update', 'delete', 'merge',
    'move', 'reassign', 'pool_return', 'sign_in', 'sign_out', 'sign_in_failed'));
