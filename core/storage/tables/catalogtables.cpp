#include "catalogtables.h"

#include "storage/sqlquery.h"

namespace fd::tables {

const Table &ProductLineRow::table()
{
    static const Table t("product_lines", {"name"});
    return t;
}

QVariantList ProductLineRow::values() const
{
    return {name};
}

const Table &ProductRow::table()
{
    static const Table t("products",
                         {"product_line_id", "name", "sku", "list_price_cents", "currency", "active", "cost_cents"});
    return t;
}

QVariantList ProductRow::values() const
{
    return {nullableId(productLineId), name, nullableText(sku), listPriceCents, currency, active, costCents};
}

const Table &CampaignRow::table()
{
    static const Table t("campaigns",
                         {"name", "channel", "start_date", "end_date", "cost_cents", "currency", "created_at"});
    return t;
}

QVariantList CampaignRow::values() const
{
    return {name,     nullableText(channel), nullableText(startDate), nullableText(endDate), costCents, currency,
            createdAt};
}

} // namespace fd::tables
