#include "statementtables.h"

#include "storage/sqlquery.h"

namespace fd::tables {

const Table &StatementReviewRow::table()
{
    static const Table t("pay_statement_reviews", {"user_id", "period", "reviewed_by", "reviewed_at", "note"});
    return t;
}

QVariantList StatementReviewRow::values() const
{
    return {userId, period, reviewedBy, reviewedAt, note};
}

const Table &PeriodCloseRow::table()
{
    static const Table t("pay_period_closes", {"period", "closed_by", "closed_at", "statements", "total_cents"});
    return t;
}

QVariantList PeriodCloseRow::values() const
{
    return {period, nullableId(closedBy), closedAt, statements, totalCents};
}

const Table &FrozenStatementRow::table()
{
    static const Table t("pay_statements", {"user_id", "period", "own_cents", "total_cents", "body"});
    return t;
}

QVariantList FrozenStatementRow::values() const
{
    return {userId, period, ownCents, totalCents, body};
}

} // namespace fd::tables
