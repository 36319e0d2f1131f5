-- FunnelDesk schema, migration 0021 (both databases): product cost and margin (毛利).
--
-- products.cost_cents: what one unit costs the company, integer cents in the product's
-- currency (0 = no cost recorded yet; the margin is then the whole sales).
-- opportunity_products.unit_cost_cents: the cost of one unit on this line item, in the deal's
-- currency. The product's cost is copied onto a line when the line is written without one, so
-- a later change of the catalog never rewrites a won deal's margin; the deal editor may
-- override it. NULL (lines written before this migration) = the product's current cost.
-- On PostgreSQL both columns fall under the tables' existing grants, row level security and
-- audit trigger (0006): admins write products, the deal's people write its line items.
ALTER TABLE products ADD COLUMN cost_cents BIGINT NOT NULL DEFAULT 0 CHECK (cost_cents >= 0);
ALTER TABLE opportunity_products ADD COLUMN unit_cost_cents BIGINT CHECK (unit_cost_cents >= 0);
