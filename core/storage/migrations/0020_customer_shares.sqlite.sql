-- FunnelDesk schema, migration 0020 (SQLite only; a recorded no-op on PostgreSQL, where
-- migration 0006 made the same table): customers shared with a colleague.
--
-- A customer shared with a user is visible to them (and to their manager) as if they owned
-- it, with its contacts and activities: the core's scope filter (storage/viewer.h) reads this
-- table on a SQLite file as the server's row level security reads it on PostgreSQL.

CREATE TABLE customer_shares (
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users(id),
    shared_at   TEXT NOT NULL,
    shared_by   BIGINT REFERENCES users(id),
    PRIMARY KEY (customer_id, user_id)
);
CREATE INDEX idx_customer_shares_user ON customer_shares(user_id);
