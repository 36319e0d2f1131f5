#include "auditlog.h"

#include "database.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "sqlquery.h"
#include "tables/audittable.h"

namespace fd::audit {

void record(Database &db, const QString &entity, qint64 entityId, const QString &action, const QString &field,
            const QVariant &oldValue, const QVariant &newValue)
{
    tables::AuditRow row;
    row.occurredAt = isotime::toStored(db.clock().now());
    row.userId = db.actingUserId();
    row.entity = entity;
    row.entityId = entityId;
    row.action = action;
    row.field = field;
    row.oldValue = oldValue;
    row.newValue = newValue;
    tables::insert(db, row);
}

void recordChange(Database &db, const QString &entity, qint64 entityId, const QString &field, const QVariant &oldValue,
                  const QVariant &newValue)
{
    const QVariant a = tables::textOrNull(oldValue);
    const QVariant b = tables::textOrNull(newValue);
    if (a.isNull() == b.isNull() && a.toString() == b.toString())
        return;
    record(db, entity, entityId, QStringLiteral("update"), field, a, b);
}

} // namespace fd::audit
