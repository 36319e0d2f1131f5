#include "audittable.h"

#include "storage/sqlquery.h"

namespace fd::tables {

const Table &AuditRow::table()
{
    static const Table t(
        "audit_log", {"occurred_at", "user_id", "entity", "entity_id", "action", "field", "old_value", "new_value"});
    return t;
}

QVariantList AuditRow::values() const
{
    return {occurredAt,           nullableId(userId),  entity, entityId, action, nullableText(field),
            textOrNull(oldValue), textOrNull(newValue)};
}

} // namespace fd::tables
