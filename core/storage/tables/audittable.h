#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd::tables {

// The audit trail: who changed what, when.

struct AuditRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString occurredAt;
    qint64 userId = 0; // 0: none
    QString entity;
    qint64 entityId = 0;
    QString action;
    QString field;     // empty: NULL
    QVariant oldValue; // as text; null: NULL
    QVariant newValue; // as text; null: NULL

    static const Table &table();
    QVariantList values() const;
};

} // namespace fd::tables
