#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace fd {

class Database;

// Audits one import as a single event (migration 0002): a row in import_batches (kind,
// file, rows, user, time), the ids of every record the import created kept as ranges
// in import_batch_ranges, and one audit_log row ('import_batch', 'insert'). A
// 100,000-row import thus writes a handful of rows instead of 100,000 audit rows, and
// AuditRepository::forEntity still shows the import in each created record's trail.
// Used inside the import's transaction: a rollback leaves no trace of it either.
class ImportLog final
{
public:
    explicit ImportLog(Database &db)
        : m_db(db)
    {
    }

    // Notes a record the import created; consecutive ids of an entity extend one range.
    void created(const QString &entity, qint64 id) { createdRange(entity, id, id); }
    // Notes records first…last (inclusive) of an entity.
    void createdRange(const QString &entity, qint64 first, qint64 last);
    // Records noted so far (all entities).
    qint64 count() const { return m_count; }
    // Writes the batch, its ranges and the audit row; returns the batch id.
    qint64 write(const QString &kind, const QString &fileName, qint64 rowsImported);

private:
    struct Range
    {
        QString entity;
        qint64 first = 0;
        qint64 last = 0;
    };

    Database &m_db;
    QList<Range> m_ranges;
    QHash<QString, qsizetype> m_open; // entity → its latest range in m_ranges
    qint64 m_count = 0;
};

} // namespace fd
