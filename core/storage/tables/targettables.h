#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd::tables {

// Sales targets per period and level (company, region, team, rep, product line).

struct TargetRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString period;
    QString periodStart;
    QString periodEnd;
    QString level;
    qint64 subjectId = 0; // 0: none
    qint64 amountCents = 0;
    QString currency = QStringLiteral("CNY");

    static const Table &table();
    QVariantList values() const;
};

} // namespace fd::tables
