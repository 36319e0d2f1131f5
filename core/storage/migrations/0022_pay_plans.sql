-- FunnelDesk schema, migration 0022 (both databases): performance-pay plans (绩效方案,
-- domain/payplan.h). On PostgreSQL the next migration (0023_pay_plans.pg.sql) puts these
-- tables under the security model of 0006.
--
-- pay_plans           a plan: for everyone of a role (role set, user_id NULL) or for one
--                     person (user_id set, role NULL); its commission period; active = 0 keeps
--                     it for history and pays nothing new. Renamed or (de)activated, never
--                     deleted. At most one active plan per role and per person (the partial
--                     unique indexes), so nobody is paid by two plans at once.
-- pay_plan_versions   the plan's terms from effective_from (an ISO date, the first day of a
--                     month; of a quarter for a quarter plan, which the core checks) until the
--                     next version. Append-only: a version is never changed or deleted once
--                     stored, since statements already paid on it must read the same terms
--                     again; a change of terms is a new version from a date. One per date.
-- pay_plan_commissions, pay_plan_tiers
--                     a version's commission rules (rate on won, received or margin, in
--                     basis points) and its marginal tiers by target completion (multiplier
--                     in permille), written with the version and, like it, never changed.
-- Money in integer cents of the office's currency; the CHECKs are those of payplans::check.
CREATE TABLE pay_plans (
    id         {{PK}},
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role       TEXT CHECK (role IN ('rep', 'manager', 'finance', 'admin')),
    user_id    BIGINT REFERENCES users(id),
    period     TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month', 'quarter')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by BIGINT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((role IS NULL) <> (user_id IS NULL))
);
CREATE UNIQUE INDEX idx_pay_plans_name ON pay_plans(name);
CREATE UNIQUE INDEX idx_pay_plans_active_role ON pay_plans(role) WHERE active = 1 AND user_id IS NULL;
CREATE UNIQUE INDEX idx_pay_plans_active_user ON pay_plans(user_id) WHERE active = 1;

CREATE TABLE pay_plan_versions (
    id                         {{PK}},
    plan_id                    BIGINT NOT NULL REFERENCES pay_plans(id),
    effective_from             TEXT NOT NULL CHECK (length(effective_from) = 10 AND substr(effective_from, 9, 2) = '01'),
    base_pay_cents             BIGINT NOT NULL DEFAULT 0 CHECK (base_pay_cents >= 0),
    cap_cents                  BIGINT CHECK (cap_cents >= 0),
    accuracy_bonus_cents       BIGINT NOT NULL DEFAULT 0 CHECK (accuracy_bonus_cents >= 0),
    accuracy_tolerance_percent INTEGER NOT NULL DEFAULT 10 CHECK (accuracy_tolerance_percent BETWEEN 0 AND 100),
    activity_bonus_cents       BIGINT NOT NULL DEFAULT 0 CHECK (activity_bonus_cents >= 0),
    activity_norm              INTEGER NOT NULL DEFAULT 0 CHECK (activity_norm BETWEEN 0 AND 100000),
    note                       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    created_by                 BIGINT REFERENCES users(id),
    created_at                 TEXT NOT NULL,
    UNIQUE (plan_id, effective_from)
);

CREATE TABLE pay_plan_commissions (
    id                {{PK}},
    version_id        BIGINT NOT NULL REFERENCES pay_plan_versions(id),
    base              TEXT NOT NULL CHECK (base IN ('won', 'received', 'margin')),
    rate_basis_points INTEGER NOT NULL CHECK (rate_basis_points BETWEEN 0 AND 10000)
);
CREATE INDEX idx_pay_plan_commissions_version ON pay_plan_commissions(version_id, id);

CREATE TABLE pay_plan_tiers (
    id                  {{PK}},
    version_id          BIGINT NOT NULL REFERENCES pay_plan_versions(id),
    from_percent        INTEGER NOT NULL CHECK (from_percent >= 0),
    multiplier_permille INTEGER NOT NULL CHECK (multiplier_permille BETWEEN 0 AND 10000),
    UNIQUE (version_id, from_percent)
);
