#pragma once

#include "domain/opportunity.h"

#include <QHash>
#include <QList>

namespace fd {

class Database;

namespace analytics {

// A deal's performance split (业绩拆分) as it is now: its form and team rows.
struct DealSplit
{
    SplitForm form = SplitForm::Percent;
    QList<TeamMember> team;
};

using Splits = QHash<qint64, DealSplit>; // deal → its performance split

// Loads the performance split of every deal the acting user sees (ScopeFilter, as the
// server's row level security does on PostgreSQL; the snapshot's deals are the same ones);
// deals without team rows are not listed. Throws StorageError.
Splits loadSplits(Database &db);

} // namespace analytics
} // namespace fd
