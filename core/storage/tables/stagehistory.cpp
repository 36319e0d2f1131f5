#include "stagehistory.h"

#include "domain/isotime.h"
#include "domain/opportunity.h"
#include "storage/bulkinsert.h"
#include "storage/sqlquery.h"

namespace fd::tables {

const Table &StageChangeRow::table()
{
    static const Table t("opportunity_stage_history", {"opportunity_id", "from_stage_id", "to_stage_id", "from_status",
                                                       "to_status", "changed_at", "changed_by", "note"});
    return t;
}

QVariantList StageChangeRow::values() const
{
    return {opportunityId, nullableId(fromStageId), toStageId,         nullableText(fromStatus), toStatus,
            changedAt,     nullableId(changedBy),   nullableText(note)};
}

StageChangeRow stageChangeRow(const StageHistoryEntry &e)
{
    StageChangeRow r;
    r.id = e.id;
    r.opportunityId = e.opportunityId;
    r.fromStageId = e.fromStageId;
    r.toStageId = e.toStageId;
    if (e.fromStatus)
        r.fromStatus = toString(*e.fromStatus);
    r.toStatus = toString(e.toStatus);
    r.changedAt = isotime::toStored(e.changedAt);
    r.changedBy = e.changedBy;
    r.note = e.note;
    return r;
}

qint64 recordStageChange(Database &db, const StageChangeRow &change)
{
    return insert(db, change);
}

StageHistoryWriter::StageHistoryWriter(Database &db)
    : m_insert(std::make_unique<BulkInsert>(db, StageChangeRow::table().insertSql()))
{
}

StageHistoryWriter::~StageHistoryWriter() = default;

qint64 StageHistoryWriter::record(const StageChangeRow &change)
{
    return m_insert->exec(change.values());
}

void recordImportedDeals(Database &db, qint64 firstId, qint64 lastId)
{
    const Table &history = StageChangeRow::table();
    // Columns in the table's order: opportunity, from stage, to stage, from status, to
    // status, changed at, changed by, note.
    SqlQuery created(
        db, history.insertSelectSql(QStringLiteral(
                "SELECT id, NULL, stage_id, NULL, CASE WHEN status = 'on_hold' THEN 'on_hold' ELSE 'open' END, "
                "created_at, owner_id, NULL FROM opportunities WHERE id BETWEEN ? AND ? ORDER BY id")));
    SqlQuery outcome(db, history.insertSelectSql(QStringLiteral(
                             "SELECT id, stage_id, stage_id, 'open', status, closed_at, owner_id, NULL "
                             "FROM opportunities WHERE id BETWEEN ? AND ? AND status IN ('won', 'lost') ORDER BY id")));
    created.add(firstId).add(lastId).exec();
    outcome.add(firstId).add(lastId).exec();
}

} // namespace fd::tables
