#include "targettables.h"

#include "storage/sqlquery.h"

namespace fd::tables {

const Table &TargetRow::table()
{
    static const Table t("targets",
                         {"period", "period_start", "period_end", "level", "subject_id", "amount_cents", "currency"});
    return t;
}

QVariantList TargetRow::values() const
{
    return {period, periodStart, periodEnd, level, nullableId(subjectId), amountCents, currency};
}

} // namespace fd::tables
