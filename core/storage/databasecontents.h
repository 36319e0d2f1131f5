#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace fd {

class Database;

// What a database holds, counted: for the opener's "is this a new file" question, the
// main window's empty-database hint and the CLI's info command.
namespace contents {

// True when there is no pipeline and no deal yet (a new file: offer the demo or setup).
// Throws StorageError.
bool isFresh(Database &db);

// Number of deals on file. Throws StorageError.
qint64 opportunityCount(Database &db);
// Whether any deal is on file: what the empty states ask after every change, so it stops at
// the first row instead of counting them all. Throws StorageError.
bool hasOpportunities(Database &db);

// The name of every FunnelDesk table, sorted (the schema's catalogue through
// Dialect::tableNamesQuery: on PostgreSQL only the session's schema). Throws StorageError.
QStringList tableNames(Database &db);

// The row count of every FunnelDesk table by table name (the schema's catalogue through
// Dialect::tableNamesQuery: on PostgreSQL only the session's schema). Throws StorageError.
QMap<QString, qint64> tableRowCounts(Database &db);

} // namespace contents
} // namespace fd
