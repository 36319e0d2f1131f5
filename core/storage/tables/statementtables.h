#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

namespace fd::tables {

// The monthly statements' review and close (migration 0024).

struct StatementReviewRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 userId = 0;
    QString period;
    qint64 reviewedBy = 0;
    QString reviewedAt;
    QString note;

    static const Table &table();
    QVariantList values() const;
};

struct PeriodCloseRow
{
    qint64 id = 0;
    QString period;
    qint64 closedBy = 0; // 0: nobody signed in
    QString closedAt;
    qint64 statements = 0;
    qint64 totalCents = 0;

    static const Table &table();
    QVariantList values() const;
};

struct FrozenStatementRow
{
    qint64 id = 0;
    qint64 userId = 0;
    QString period;
    qint64 ownCents = 0;
    qint64 totalCents = 0;
    QString body; // the statement as JSON

    static const Table &table();
    QVariantList values() const;
};

} // namespace fd::tables
