#include "auditlog.h"

#include "database.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "sqlquery.h"

namespace fd::audit {

static QVariant asText(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QVariant() : QVariant(v.toString());
}

void record(Database &db, const QString &entity, qint64 entityId, const QString &action, const QString &field,
            const QVariant &oldValue, const QVariant &newValue)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO audit_log (occurred_at, user_id, entity, entity_id, action, field, "
                                  "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.add(isotime::toStored(db.clock().now()))
        .add(nullableId(db.actingUserId()))
        .add(entity)
        .add(entityId)
        .add(action)
        .add(nullableText(field))
        .add(asText(oldValue))
        .add(asText(newValue))
        .exec();
}

void recordChange(Database &db, const QString &entity, qint64 entityId, const QString &field, const QVariant &oldValue,
                  const QVariant &newValue)
{
    const QVariant a = asText(oldValue);
    const QVariant b = asText(newValue);
    if (a.isNull() == b.isNull() && a.toString() == b.toString())
        return;
    record(db, entity, entityId, QStringLiteral("update"), field, a, b);
}

} // namespace fd::audit
