#pragma once

#include <QString>
#include <QVariant>

namespace fd {

class Database;

// Appends to the audit trail inside the caller's transaction: who (the database's
// acting user), when (its clock), which entity, which field, old → new.
namespace audit {

void record(Database &db, const QString &entity, qint64 entityId, const QString &action, const QString &field = {},
            const QVariant &oldValue = {}, const QVariant &newValue = {});

// Records one "update" row per field whose value differs (fields compared as text).
void recordChange(Database &db, const QString &entity, qint64 entityId, const QString &field, const QVariant &oldValue,
                  const QVariant &newValue);

} // namespace audit
} // namespace fd
