#include "importlog.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace fd {

void ImportLog::createdRange(const QString &entity, qint64 first, qint64 last)
{
    m_count += last - first + 1;
    const auto open = m_open.constFind(entity);
    if (open != m_open.constEnd()) {
        Range &r = m_ranges[*open];
        if (first == r.last + 1) {
            r.last = last;
            return;
        }
    }
    m_ranges.append({entity, first, last});
    m_open.insert(entity, m_ranges.size() - 1);
}

qint64 ImportLog::write(const QString &kind, const QString &fileName, qint64 rowsImported)
{
    const QString now = isotime::toStored(m_db.clock().now());
    SqlQuery batch(m_db, QStringLiteral("INSERT INTO import_batches (kind, file_name, rows_imported, user_id, "
                                        "imported_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id =
        batch.add(kind).add(fileName).add(rowsImported).add(nullableId(m_db.actingUserId())).add(now).insert();
    SqlQuery range(m_db, QStringLiteral("INSERT INTO import_batch_ranges (batch_id, entity, first_id, last_id) "
                                        "VALUES (?, ?, ?, ?)"));
    for (const Range &r : std::as_const(m_ranges))
        range.add(id).add(r.entity).add(r.first).add(r.last).exec();
    audit::record(m_db, QStringLiteral("import_batch"), id, QStringLiteral("insert"), QString(), QVariant(),
                  QStringLiteral("%1: %2 rows from %3").arg(kind).arg(rowsImported).arg(fileName));
    m_ranges.clear();
    m_open.clear();
    m_count = 0;
    return id;
}

} // namespace fd
