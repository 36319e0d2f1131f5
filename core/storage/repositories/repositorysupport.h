#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include "storage/viewer.h"

namespace fd {

class Database;
class SqlQuery;

// Small helpers shared by the repositories: existence and uniqueness checks that let
// validation report a located error before the database would refuse the row.
namespace repo {

// A validation reason translated in the "Validation" context. Prefer calling
// Validation::tr("…") (domain/trcontext.h) directly: lupdate only sees literal calls.
QString tr(const char *text);

// Whether `table` has a row with this id (false for id ≤ 0). Table names come from code.
bool exists(Database &db, const char *table, qint64 id);

// Whether another row of `table` (id ≠ exceptId) already has `column` = value.
bool taken(Database &db, const char *table, const char *column, const QVariant &value, qint64 exceptId = 0);

// Number of rows of `table` whose `column` equals id (reference counting before a delete).
qint64 countReferences(Database &db, const char *table, const char *column, qint64 id);

// Whether `text` looks like an e-mail address; empty text passes (optional fields).
bool isEmail(const QString &text);

// "WHERE a AND b" for the non-empty list of conditions, empty otherwise.
QString where(const QStringList &conditions);

// "?, ?, ?" for each value, appending the values to binds (for IN lists).
QString placeholders(const QVariantList &values, QVariantList &binds);

// Ids in parts of at most `size`, each bindable as one IN list: a statement takes a
// limited number of parameters (SQLite ~32k, PostgreSQL 65k), a list of deals may not.
QList<QVariantList> idChunks(const QList<qint64> &ids, int size = 500);

// "%text%" for a LIKE filter on trimmed user text.
QString containsPattern(const QString &text);

// Appends " LIMIT ? OFFSET ?" with its binds when limit > 0.
QString page(int limit, int offset, QVariantList &binds);

// Binds every value in order and runs the query.
SqlQuery &execWith(SqlQuery &q, const QVariantList &binds);

// `clause` ("WHERE …", "ORDER BY …" or "") restricted to the records of `kind` under `alias`
// that the acting user may see (ScopeFilter::visibleTo, storage/viewer.h); the condition's
// values are put before `binds`. Unchanged where nothing is filtered.
QString visibleOnly(Database &db, RecordType kind, const QString &alias, const QString &clause, QVariantList &binds);

// Throws PermissionError unless the acting user may change record `id` of `kind`.
void requireWrite(Database &db, RecordType kind, qint64 id);

} // namespace repo
} // namespace fd
