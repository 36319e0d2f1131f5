#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd::tables {

// What is sold and how it is promoted: product lines, products, campaigns.

struct ProductLineRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString name;

    static const Table &table();
    QVariantList values() const;
};

struct ProductRow
{
    qint64 id = 0;            // 0: the database numbers the row
    qint64 productLineId = 0; // 0: none
    QString name;
    QString sku; // empty: NULL
    qint64 listPriceCents = 0;
    QString currency = QStringLiteral("CNY");
    qint64 active = 1;
    qint64 costCents = 0; // one unit's cost to the company, in `currency`

    static const Table &table();
    QVariantList values() const;
};

struct CampaignRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString name;
    QString channel;   // empty: NULL
    QString startDate; // empty: NULL
    QString endDate;   // empty: NULL
    qint64 costCents = 0;
    QString currency = QStringLiteral("CNY");
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

} // namespace fd::tables
