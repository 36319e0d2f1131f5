#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace fd {

class BulkInsert;
class Database;
struct StageHistoryEntry;

namespace tables {

// The history of a deal's stage and status: one row per change, the first from no stage
// (the deal's creation). Every place that records a stage change writes it through the
// functions below (the repository's moves, undo and restore, the importers, the demo office).

struct StageChangeRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 opportunityId = 0;
    qint64 fromStageId = 0; // 0: none
    qint64 toStageId = 0;
    QString fromStatus; // empty: NULL
    QString toStatus;
    QString changedAt;
    qint64 changedBy = 0; // 0: none
    QString note;         // empty: NULL

    static const Table &table();
    QVariantList values() const;
};

// How a domain history entry is stored.
StageChangeRow stageChangeRow(const StageHistoryEntry &e);

// Records one change in the caller's transaction and returns its id (`change.id` when not
// 0: a redone or restored change keeps its id). Throws StorageError.
qint64 recordStageChange(Database &db, const StageChangeRow &change);

// Records many changes through one prepared statement (an import or the demo office
// writes hundreds of thousands); ids are always numbered by the database.
class StageHistoryWriter final
{
public:
    explicit StageHistoryWriter(Database &db);
    ~StageHistoryWriter();
    StageHistoryWriter(const StageHistoryWriter &) = delete;
    StageHistoryWriter &operator=(const StageHistoryWriter &) = delete;

    // Records one change; returns its id.
    qint64 record(const StageChangeRow &change);

private:
    std::unique_ptr<BulkInsert> m_insert;
};

// The history of deals just imported with ids firstId…lastId, set-based from their stored
// rows: created in their stage (on hold when imported so) at their creation time, then
// the outcome of a won or lost deal at its close time; changed by the owner.
void recordImportedDeals(Database &db, qint64 firstId, qint64 lastId);

} // namespace tables
} // namespace fd
