-- Performance split forms (PostgreSQL; its SQLite twin is 0019_split_forms.sqlite.sql, which
-- says what the forms mean). A column of opportunities: its row level security, grants and
-- audit trigger cover it already. Run as the owner role, which every policy lets see all rows.
ALTER TABLE opportunities ADD COLUMN split_form TEXT NOT NULL DEFAULT 'percent'
    CHECK (split_form IN ('percent', 'amount', 'whole', 'over'));
UPDATE opportunities SET split_form = 'amount'
WHERE id IN (SELECT opportunity_id FROM opportunity_team_members WHERE split_amount_cents IS NOT NULL)
  AND id NOT IN (SELECT opportunity_id FROM opportunity_team_members WHERE split_percent IS NOT NULL);
