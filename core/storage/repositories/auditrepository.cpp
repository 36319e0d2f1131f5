#include "auditrepository.h"

#include "repositorysupport.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"

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
        list.append({q.value(0).toLongLong(), rows::timestamp(q.value(1)), rows::id(q.value(2)),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString()});
    return list;
}

QList<AuditEntry> AuditRepository::forEntity(const QString &entity, qint64 entityId)
{
    return query(QStringLiteral("WHERE entity = ? AND entity_id = ?"), {entity, entityId},
                 QStringLiteral("occurred_at, id"), 0);
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
