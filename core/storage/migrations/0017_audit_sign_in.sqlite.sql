-- Sign-ins in the audit trail (SQLite; its PostgreSQL twin is 0017_audit_sign_in.pg.sql):
-- audit_log.action also takes
--   sign_in         a person signed in (entity 'user', entity_id and user_id = them; field
--                   'password', 'remembered' or 'cli' says how)
--   sign_out        they signed out (File → Sign Out / Switch User)
--   sign_in_failed  a wrong password for an existing login (entity_id = that user, user_id
--                   NULL: nobody was signed in); unknown logins are not recorded
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with the same
-- columns, rows and indexes.
CREATE TABLE audit_log_new (
    id          {{PK}},
    occurred_at TEXT NOT NULL,
    user_id     BIGINT REFERENCES users(id),
    entity      TEXT NOT NULL,
    entity_id   BIGINT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'merge', 'move', 'reassign', 'pool_return',
                                                'sign_in', 'sign_out', 'sign_in_failed')),
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
INSERT INTO audit_log_new (id, occurred_at, user_id, entity, entity_id, action, field, old_value, new_value)
SELECT id, occurred_at, user_id, entity, entity_id, action, field, old_value, new_value FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX idx_audit_entity ON audit_log(entity, entity_id, occurred_at);
CREATE INDEX idx_audit_time ON audit_log(occurred_at);
CREATE INDEX idx_audit_user ON audit_log(user_id);
