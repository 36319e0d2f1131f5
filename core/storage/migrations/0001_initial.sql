-- FunnelDesk schema, migration 0001: the tables of every area of the application.
--
-- Portable SQL: the same text runs on SQLite and PostgreSQL. The few things the two
-- spell differently are placeholders that storage/dialect.cpp replaces:
--   {{PK}}    auto-numbered integer primary key
--   {{BLOB}}  binary column type
-- Conventions: money is BIGINT cents plus a 3-letter currency; timestamps are TEXT in
-- ISO 8601 UTC ("2026-11-23T09:15:00Z"); calendar dates are TEXT "YYYY-MM-DD";
-- booleans are INTEGER 0/1. Statements are separated by a semicolon at the end of a line.

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL
);

CREATE TABLE regions (
    id         {{PK}},
    name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    created_at TEXT NOT NULL
);

CREATE TABLE teams (
    id         {{PK}},
    name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    region_id  BIGINT REFERENCES regions(id),
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id            {{PK}},
    login         TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 100),
    display_name  TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    email         TEXT,
    phone         TEXT,
    role          TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager', 'finance', 'admin')),
    team_id       BIGINT REFERENCES teams(id),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX idx_users_team ON users(team_id);

-- Sales process ------------------------------------------------------------------

CREATE TABLE pipelines (
    id         {{PK}},
    name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    position   INTEGER NOT NULL DEFAULT 0,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

-- A stage is never deleted while history refers to it: it is deactivated, so old
-- stage history stays readable after stages are renamed, reordered or removed.
CREATE TABLE stages (
    id               {{PK}},
    pipeline_id      BIGINT NOT NULL REFERENCES pipelines(id),
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    position         INTEGER NOT NULL CHECK (position >= 0),
    win_probability  INTEGER NOT NULL CHECK (win_probability BETWEEN 0 AND 100),
    stall_after_days INTEGER NOT NULL DEFAULT 14 CHECK (stall_after_days >= 0),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL
);
CREATE INDEX idx_stages_pipeline ON stages(pipeline_id, position);

-- The checklist of a stage (固化销售流程): the same proven steps for every rep.
CREATE TABLE stage_tasks (
    id          {{PK}},
    stage_id    BIGINT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    required    INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1))
);
CREATE INDEX idx_stage_tasks_stage ON stage_tasks(stage_id, position);

-- Roles that join a deal at a stage (presales in technical exchange, legal in negotiation).
CREATE TABLE stage_roles (
    id       {{PK}},
    stage_id BIGINT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 100),
    note     TEXT
);

CREATE TABLE lost_reasons (
    id       {{PK}},
    name     TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    position INTEGER NOT NULL DEFAULT 0,
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Products -----------------------------------------------------------------------

CREATE TABLE product_lines (
    id   {{PK}},
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE TABLE products (
    id               {{PK}},
    product_line_id  BIGINT REFERENCES product_lines(id),
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    sku              TEXT UNIQUE,
    list_price_cents BIGINT NOT NULL DEFAULT 0 CHECK (list_price_cents >= 0),
    currency         TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX idx_products_line ON products(product_line_id);

-- Marketing ----------------------------------------------------------------------

CREATE TABLE campaigns (
    id         {{PK}},
    name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    channel    TEXT,
    start_date TEXT,
    end_date   TEXT,
    cost_cents BIGINT NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
    currency   TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    created_at TEXT NOT NULL
);

-- Customers (the company's file, not the rep's) -------------------------------------

CREATE TABLE customers (
    id              {{PK}},
    external_id     TEXT UNIQUE,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    normalized_name TEXT NOT NULL,
    tier            TEXT CHECK (tier IN ('A', 'B', 'C')),
    score           INTEGER NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
    industry        TEXT,
    size            TEXT CHECK (size IN ('micro', 'small', 'medium', 'large', 'enterprise')),
    region_id       BIGINT REFERENCES regions(id),
    owner_id        BIGINT REFERENCES users(id),
    phone           TEXT,
    email           TEXT,
    address         TEXT,
    website         TEXT,
    source          TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_customers_owner ON customers(owner_id);
CREATE INDEX idx_customers_region ON customers(region_id);
CREATE INDEX idx_customers_normalized ON customers(normalized_name);

CREATE TABLE contacts (
    id          {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    title       TEXT,
    phone       TEXT,
    mobile      TEXT,
    email       TEXT,
    wechat      TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX idx_contacts_customer ON contacts(customer_id);

-- Opportunities ------------------------------------------------------------------

CREATE TABLE opportunities (
    id                   {{PK}},
    external_id          TEXT UNIQUE,
    title                TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    customer_id          BIGINT NOT NULL REFERENCES customers(id),
    contact_id           BIGINT REFERENCES contacts(id),
    owner_id             BIGINT NOT NULL REFERENCES users(id),
    pipeline_id          BIGINT NOT NULL REFERENCES pipelines(id),
    stage_id             BIGINT NOT NULL REFERENCES stages(id),
    amount_cents         BIGINT NOT NULL CHECK (amount_cents >= 0),
    currency             TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    probability_override INTEGER CHECK (probability_override BETWEEN 0 AND 100),
    expected_close_date  TEXT,
    status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost', 'on_hold')),
    lost_reason          TEXT,
    closed_at            TEXT,
    source               TEXT,
    campaign_id          BIGINT REFERENCES campaigns(id),
    description          TEXT,
    created_at           TEXT NOT NULL,
    created_by           BIGINT REFERENCES users(id),
    updated_at           TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1,
    CHECK ((status IN ('won', 'lost')) = (closed_at IS NOT NULL)),
    CHECK (status = 'lost' OR lost_reason IS NULL)
);
CREATE INDEX idx_opps_board ON opportunities(pipeline_id, status, stage_id);
CREATE INDEX idx_opps_owner ON opportunities(owner_id, status);
CREATE INDEX idx_opps_customer ON opportunities(customer_id);
CREATE INDEX idx_opps_close ON opportunities(expected_close_date);
CREATE INDEX idx_opps_closed_at ON opportunities(closed_at);
CREATE INDEX idx_opps_created ON opportunities(created_at);

-- One row per change of stage or of outcome; the first row (from_stage_id NULL) is
-- the deal's creation. to_status records outcomes (won, lost, on_hold, reopened).
CREATE TABLE opportunity_stage_history (
    id             {{PK}},
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    from_stage_id  BIGINT REFERENCES stages(id),
    to_stage_id    BIGINT NOT NULL REFERENCES stages(id),
    from_status    TEXT CHECK (from_status IN ('open', 'won', 'lost', 'on_hold')),
    to_status      TEXT NOT NULL CHECK (to_status IN ('open', 'won', 'lost', 'on_hold')),
    changed_at     TEXT NOT NULL,
    changed_by     BIGINT REFERENCES users(id),
    note           TEXT
);
CREATE INDEX idx_history_opp ON opportunity_stage_history(opportunity_id, changed_at);
CREATE INDEX idx_history_stage ON opportunity_stage_history(to_stage_id, changed_at);
CREATE INDEX idx_history_time ON opportunity_stage_history(changed_at);

-- Which checklist tasks of a stage are done for a deal.
CREATE TABLE opportunity_task_checks (
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    stage_task_id  BIGINT NOT NULL REFERENCES stage_tasks(id) ON DELETE CASCADE,
    done_at        TEXT NOT NULL,
    done_by        BIGINT REFERENCES users(id),
    PRIMARY KEY (opportunity_id, stage_task_id)
);

CREATE TABLE opportunity_products (
    id               {{PK}},
    opportunity_id   BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    product_id       BIGINT NOT NULL REFERENCES products(id),
    quantity         INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price_cents BIGINT NOT NULL CHECK (unit_price_cents >= 0),
    discount_percent INTEGER NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100)
);
CREATE INDEX idx_opp_products_opp ON opportunity_products(opportunity_id);
CREATE INDEX idx_opp_products_product ON opportunity_products(product_id);

-- Performance split (业绩拆分): by percent or by a fixed amount, never both.
CREATE TABLE opportunity_team_members (
    id                 {{PK}},
    opportunity_id     BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    user_id            BIGINT NOT NULL REFERENCES users(id),
    role               TEXT NOT NULL DEFAULT 'owner',
    split_percent      INTEGER CHECK (split_percent BETWEEN 0 AND 100),
    split_amount_cents BIGINT CHECK (split_amount_cents >= 0),
    CHECK ((split_percent IS NULL) <> (split_amount_cents IS NULL)),
    UNIQUE (opportunity_id, user_id)
);
CREATE INDEX idx_opp_team_user ON opportunity_team_members(user_id);

-- Leads (线索) and the public pool (公海池: owner_id IS NULL) ---------------------------

CREATE TABLE leads (
    id                       {{PK}},
    external_id              TEXT UNIQUE,
    name                     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    company                  TEXT,
    normalized_company       TEXT,
    title                    TEXT,
    phone                    TEXT,
    normalized_phone         TEXT,
    email                    TEXT,
    source                   TEXT,
    campaign_id              BIGINT REFERENCES campaigns(id),
    status                   TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'qualified', 'disqualified', 'converted')),
    disqualify_reason        TEXT,
    owner_id                 BIGINT REFERENCES users(id),
    region_id                BIGINT REFERENCES regions(id),
    assigned_at              TEXT,
    last_followup_at         TEXT,
    converted_customer_id    BIGINT REFERENCES customers(id),
    converted_contact_id     BIGINT REFERENCES contacts(id),
    converted_opportunity_id BIGINT REFERENCES opportunities(id),
    converted_at             TEXT,
    notes                    TEXT,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    row_version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_leads_owner ON leads(owner_id, status);
CREATE INDEX idx_leads_company ON leads(normalized_company);
CREATE INDEX idx_leads_phone ON leads(normalized_phone);
CREATE INDEX idx_leads_email ON leads(email);

-- Activities (跟进/拜访) and follow-up tasks -------------------------------------------

CREATE TABLE activities (
    id               {{PK}},
    kind             TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'meeting', 'proposal', 'email')),
    subject          TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
    occurred_at      TEXT NOT NULL,
    duration_minutes INTEGER CHECK (duration_minutes >= 0),
    outcome          TEXT,
    notes            TEXT,
    user_id          BIGINT NOT NULL REFERENCES users(id),
    lead_id          BIGINT REFERENCES leads(id),
    customer_id      BIGINT REFERENCES customers(id),
    contact_id       BIGINT REFERENCES contacts(id),
    opportunity_id   BIGINT REFERENCES opportunities(id),
    created_at       TEXT NOT NULL,
    CHECK (lead_id IS NOT NULL OR customer_id IS NOT NULL OR opportunity_id IS NOT NULL)
);
CREATE INDEX idx_activities_user ON activities(user_id, occurred_at);
CREATE INDEX idx_activities_customer ON activities(customer_id, occurred_at);
CREATE INDEX idx_activities_opp ON activities(opportunity_id, occurred_at);
CREATE INDEX idx_activities_lead ON activities(lead_id, occurred_at);

CREATE TABLE followup_tasks (
    id             {{PK}},
    title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    due_at         TEXT NOT NULL,
    remind_at      TEXT,
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at        TEXT,
    user_id        BIGINT NOT NULL REFERENCES users(id),
    lead_id        BIGINT REFERENCES leads(id),
    customer_id    BIGINT REFERENCES customers(id),
    opportunity_id BIGINT REFERENCES opportunities(id),
    activity_id    BIGINT REFERENCES activities(id),
    created_at     TEXT NOT NULL,
    CHECK ((done = 1) = (done_at IS NOT NULL))
);
CREATE INDEX idx_tasks_user ON followup_tasks(user_id, done, due_at);
CREATE INDEX idx_tasks_opp ON followup_tasks(opportunity_id, done, due_at);

-- Targets (目标): a period ("2026", "2026-Q4", "2026-11") at one level --------------------

CREATE TABLE targets (
    id           {{PK}},
    period       TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 7),
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    level        TEXT NOT NULL CHECK (level IN ('company', 'region', 'team', 'rep', 'product_line')),
    subject_id   BIGINT,
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    currency     TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    CHECK ((level = 'company') = (subject_id IS NULL)),
    CHECK (period_start <= period_end)
);
CREATE UNIQUE INDEX idx_targets_unique ON targets(period, level, subject_id);
CREATE INDEX idx_targets_range ON targets(period_start, period_end);

-- Contracts, payments, receivables (回款) -------------------------------------------

CREATE TABLE contracts (
    id              {{PK}},
    number          TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 100),
    title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    opportunity_id  BIGINT REFERENCES opportunities(id),
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    owner_id        BIGINT REFERENCES users(id),
    amount_cents    BIGINT NOT NULL CHECK (amount_cents >= 0),
    currency        TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    approval_status TEXT NOT NULL DEFAULT 'draft' CHECK (approval_status IN ('draft', 'pending', 'approved', 'rejected')),
    signed_date     TEXT,
    start_date      TEXT,
    end_date        TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_contracts_customer ON contracts(customer_id);
CREATE INDEX idx_contracts_opp ON contracts(opportunity_id);

CREATE TABLE contract_changes (
    id          {{PK}},
    contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    changed_at  TEXT NOT NULL,
    changed_by  BIGINT REFERENCES users(id),
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT
);
CREATE INDEX idx_contract_changes ON contract_changes(contract_id, changed_at);

CREATE TABLE payment_plans (
    id          {{PK}},
    contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX idx_payment_plans_contract ON payment_plans(contract_id);

-- An instalment is set by amount or by percent of the contract; amount_cents always
-- holds the resolved figure so sums never depend on the contract amount later.
CREATE TABLE payment_instalments (
    id           {{PK}},
    plan_id      BIGINT NOT NULL REFERENCES payment_plans(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    due_date     TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    percent      INTEGER CHECK (percent BETWEEN 0 AND 100),
    note         TEXT,
    UNIQUE (plan_id, seq)
);
CREATE INDEX idx_instalments_due ON payment_instalments(due_date);

CREATE TABLE invoices (
    id             {{PK}},
    contract_id    BIGINT NOT NULL REFERENCES contracts(id),
    instalment_id  BIGINT REFERENCES payment_instalments(id),
    number         TEXT NOT NULL UNIQUE,
    issued_date    TEXT NOT NULL,
    amount_cents   BIGINT NOT NULL CHECK (amount_cents >= 0),
    tax_rate_bp    INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    status         TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
    created_at     TEXT NOT NULL
);
CREATE INDEX idx_invoices_contract ON invoices(contract_id);

CREATE TABLE receipts (
    id            {{PK}},
    contract_id   BIGINT NOT NULL REFERENCES contracts(id),
    instalment_id BIGINT REFERENCES payment_instalments(id),
    received_date TEXT NOT NULL,
    amount_cents  BIGINT NOT NULL CHECK (amount_cents > 0),
    method        TEXT,
    reference     TEXT,
    created_by    BIGINT REFERENCES users(id),
    created_at    TEXT NOT NULL
);
CREATE INDEX idx_receipts_contract ON receipts(contract_id);
CREATE INDEX idx_receipts_instalment ON receipts(instalment_id);

-- Write-offs and other changes to what is receivable, each with its reason (traceable).
CREATE TABLE receivable_adjustments (
    id            {{PK}},
    contract_id   BIGINT NOT NULL REFERENCES contracts(id),
    instalment_id BIGINT REFERENCES payment_instalments(id),
    adjusted_at   TEXT NOT NULL,
    amount_cents  BIGINT NOT NULL CHECK (amount_cents > 0),
    reason        TEXT NOT NULL CHECK (length(reason) >= 1),
    created_by    BIGINT REFERENCES users(id)
);
CREATE INDEX idx_adjustments_contract ON receivable_adjustments(contract_id);

-- Attached files are stored in the database so that a backup of the file keeps them.
CREATE TABLE attachments (
    id          {{PK}},
    entity      TEXT NOT NULL CHECK (entity IN ('customer', 'contact', 'lead', 'opportunity', 'contract', 'activity')),
    entity_id   BIGINT NOT NULL,
    file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    mime_type   TEXT,
    size_bytes  BIGINT NOT NULL CHECK (size_bytes >= 0),
    sha256      TEXT NOT NULL,
    content     {{BLOB}} NOT NULL,
    uploaded_by BIGINT REFERENCES users(id),
    uploaded_at TEXT NOT NULL
);
CREATE INDEX idx_attachments_entity ON attachments(entity, entity_id);

-- Customer scoring rules (A/B/C tiers): points when an attribute matches.
CREATE TABLE scoring_rules (
    id        {{PK}},
    attribute TEXT NOT NULL CHECK (attribute IN ('industry', 'size', 'won_revenue', 'open_pipeline', 'days_since_activity')),
    operator  TEXT NOT NULL CHECK (operator IN ('eq', 'gte', 'lte')),
    value     TEXT NOT NULL,
    points    INTEGER NOT NULL CHECK (points BETWEEN -100 AND 100),
    position  INTEGER NOT NULL DEFAULT 0
);

-- Audit trail: one row per changed field (or per insert / delete).
CREATE TABLE audit_log (
    id          {{PK}},
    occurred_at TEXT NOT NULL,
    user_id     BIGINT REFERENCES users(id),
    entity      TEXT NOT NULL,
    entity_id   BIGINT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'merge', 'move', 'reassign', 'pool_return')),
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX idx_audit_entity ON audit_log(entity, entity_id, occurred_at);
CREATE INDEX idx_audit_time ON audit_log(occurred_at);
