-- Performance split forms (SQLite; its PostgreSQL twin is 0019_split_forms.pg.sql).
-- A deal's team splits its performance (业绩拆分) in one form (domain/splitcredit.h):
--   percent  百分比  the members' percentages add up to 100 %
--   amount   按金额  the members' amounts add up to the deal amount
--   whole    整额    every member is credited the whole amount (overlay teams; rows hold 100 %)
--   over     超额    percentages that may add up to more than 100 % (each at most 100 %)
-- Company figures count each deal once whatever the form. Deals split by amount so far keep
-- that form; every other deal is by percentage.
ALTER TABLE opportunities ADD COLUMN split_form TEXT NOT NULL DEFAULT 'percent'
    CHECK (split_form IN ('percent', 'amount', 'whole', 'over'));
UPDATE opportunities SET split_form = 'amount'
WHERE id IN (SELECT opportunity_id FROM opportunity_team_members WHERE split_amount_cents IS NOT NULL)
  AND id NOT IN (SELECT opportunity_id FROM opportunity_team_members WHERE split_percent IS NOT NULL);
