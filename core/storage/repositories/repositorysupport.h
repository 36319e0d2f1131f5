#pragma once

#include <QString>
#include <QVariant>

namespace fd {

class Database;

// Small helpers shared by the repositories: existence and uniqueness checks that let
// validation report a located error before the database would refuse the row.
namespace repo {

// A validation reason translated in the "Validation" context.
QString tr(const char *text);

// Whether `table` has a row with this id (false for id ≤ 0). Table names come from code.
bool exists(Database &db, const char *table, qint64 id);

// Whether another row of `table` (id ≠ exceptId) already has `column` = value.
bool taken(Database &db, const char *table, const char *column, const QVariant &value, qint64 exceptId = 0);

// Number of rows of `table` whose `column` equals id (reference counting before a delete).
qint64 countReferences(Database &db, const char *table, const char *column, qint64 id);

} // namespace repo
} // namespace fd
