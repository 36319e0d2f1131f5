#include "auditrepository.h"

#include "repositorysupport.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace fd {

QList<AuditEntry> AuditRepository::query(const QString &where, const QVariantList &binds, const QString &order,
                                         int limit)
{
    QVariantList all = binds;
    const QString sql = QStringLiteral("SELECT id, occurred_at, user_id, entity, entity_id, action, field, old_value, "
                                       "new_value FROM audit_log %1 ORDER BY %2")
                            .arg(where, order)
                        + repo::page(limit, 0, all);
    SqlQuery q(m_db, sql);
    repo::execWith(q, all);
    QList<AuditEntry> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), rows::timestamp(q.value(1)), rows::id(q.value(2)), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString()});
    return list;
}

QList<AuditEntry> AuditRepository::forEntity(const QString &entity, qint64 entityId)
{
    QList<AuditEntry> list = query(QStringLiteral("WHERE entity = ? AND entity_id = ?"), {entity, entityId},
                                   QStringLiteral("occurred_at, id"), 0);
    // A record created by an import is audited by the import's one event (migration 0002).
    SqlQuery q(m_db, QStringLiteral("SELECT a.id, a.occurred_at, a.user_id, r.batch_id, a.new_value "
                                    "FROM import_batch_ranges r JOIN audit_log a ON a.entity = 'import_batch' "
                                    "AND a.entity_id = r.batch_id AND a.action = 'insert' "
                                    "WHERE r.entity = ? AND r.first_id <= ? AND r.last_id >= ?"));
    q.add(entity).add(entityId).add(entityId).exec();
    bool added = false;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), rows::timestamp(q.value(1)), rows::id(q.value(2)), entity, entityId,
                     QStringLiteral("insert"), QStringLiteral("import_batch"), QString(),
                     QStringLiteral("#%1 %2").arg(q.value(3).toLongLong()).arg(q.value(4).toString())});
        added = true;
    }
    if (added) {
        std::stable_sort(list.begin(), list.end(), [](const AuditEntry &a, const AuditEntry &b) {
            return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
        });
    }
    return list;
}

QList<AuditEntry> AuditRepository::byUser(qint64 userId, int limit)
{
    return query(QStringLiteral("WHERE user_id = ?"), {userId}, QStringLiteral("occurred_at DESC, id DESC"), limit);
}

QList<AuditEntry> AuditRepository::recent(int limit)
{
    return query(QString(), {}, QStringLiteral("occurred_at DESC, id DESC"), limit);
}

} // namespace fd
