#pragma once

#include "domain/record.h"

#include <QList>
#include <QString>

namespace fd {

class Database;

// Reads the audit trail (written by audit::record inside every repository write).
class AuditRepository final
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {
    }

    // Every entry of one record, oldest first; a record an import created shows the
    // import's event (field "import_batch", new value "#<batch> <kind>: <n> rows from <file>").
    QList<AuditEntry> forEntity(const QString &entity, qint64 entityId);
    // Entries made by one user, newest first (limit 0 = all).
    QList<AuditEntry> byUser(qint64 userId, int limit = 0);
    // The latest entries of the whole database, newest first.
    QList<AuditEntry> recent(int limit);

private:
    QList<AuditEntry> query(const QString &where, const QVariantList &binds, const QString &order, int limit);

    Database &m_db;
};

} // namespace fd
