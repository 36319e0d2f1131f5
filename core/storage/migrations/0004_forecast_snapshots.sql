-- Forecast snapshots: the forecast as it was printed in a weekly report,
-- asked for by `funneldesk-cli forecast --record`, or recorded from the Forecast page, kept
-- so that "what did we say on each Monday" can be set against what was then and finally won.
-- A snapshot is a fact about the past: it is never updated, only added.
--   scope_*     the analytics scope (DEFINITIONS.md §4); NULL = not filtered
--   method      the forecast method's name as the engine spells it ("simulation", …)
--   as_of       the instant the forecast was made as of (UTC ISO); recorded_at = when stored
--   p10/p50/p90 NULL when the method gives no range; target NULL when none was set
CREATE TABLE forecast_snapshots (
    id                  {{PK}},
    period              TEXT NOT NULL CHECK (length(period) = 7),
    scope_pipeline_id   BIGINT REFERENCES pipelines(id),
    scope_owner_id      BIGINT REFERENCES users(id),
    scope_team_id       BIGINT REFERENCES teams(id),
    scope_region_id     BIGINT REFERENCES regions(id),
    scope_product_line_id BIGINT REFERENCES product_lines(id),
    method              TEXT NOT NULL CHECK (length(method) BETWEEN 1 AND 50),
    as_of               TEXT NOT NULL,
    recorded_at         TEXT NOT NULL,
    recorded_by         BIGINT REFERENCES users(id),
    source              TEXT NOT NULL CHECK (source IN ('report', 'cli', 'gui')),
    won_in_period_cents BIGINT NOT NULL CHECK (won_in_period_cents >= 0),
    expected_cents      BIGINT NOT NULL,
    forecast_cents      BIGINT NOT NULL,
    p10_cents           BIGINT,
    p50_cents           BIGINT,
    p90_cents           BIGINT,
    target_cents        BIGINT CHECK (target_cents >= 0)
);
CREATE INDEX idx_forecast_snapshots_period ON forecast_snapshots(period, as_of);
