-- FunnelDesk schema, migration 0024 (both databases; 0025_pay_statements.pg.sql adds PostgreSQL's
-- row level security): the monthly statements' review and close (core/analytics/statement.h).
--
-- pay_statement_reviews: a manager's (or an administrator's) review of one person's statement
--   for a month — who, when, a note. Reviewing again replaces it (one row per person and month).
-- pay_period_closes: finance closing a month ("2026-10"): from then on every statement of the
--   month reads back as it was closed; a period is never reopened (no update, no delete).
-- pay_statements: the statements frozen by a close — the whole statement as JSON (`body`, lines,
--   components and totals as they were computed), with its own pay (`own_cents`, without the
--   adjustments it carried) and its total. Later changes touching a closed month are paid as
--   adjustments on the first open month, computed against these rows, so nothing is paid twice.
CREATE TABLE pay_statement_reviews (
    id          {{PK}},
    user_id     BIGINT NOT NULL REFERENCES users(id),
    period      TEXT NOT NULL CHECK (length(period) = 7),
    reviewed_by BIGINT NOT NULL REFERENCES users(id),
    reviewed_at TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    UNIQUE (user_id, period)
);

CREATE TABLE pay_period_closes (
    id          {{PK}},
    period      TEXT NOT NULL UNIQUE CHECK (length(period) = 7),
    closed_by   BIGINT REFERENCES users(id),
    closed_at   TEXT NOT NULL,
    statements  INTEGER NOT NULL CHECK (statements >= 0),
    total_cents BIGINT NOT NULL
);

CREATE TABLE pay_statements (
    id          {{PK}},
    user_id     BIGINT NOT NULL REFERENCES users(id),
    period      TEXT NOT NULL REFERENCES pay_period_closes(period),
    own_cents   BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    body        TEXT NOT NULL,
    UNIQUE (user_id, period)
);
CREATE INDEX idx_pay_statements_period ON pay_statements(period);
