#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

struct ProductLine
{
    qint64 id = 0;
    QString name;
};

struct Product
{
    qint64 id = 0;
    qint64 productLineId = 0;
    QString name;
    QString sku;
    Money listPrice;
    qint64 costCents = 0; // one unit's cost to the company, in the list price's currency
    bool active = true;
};

// A marketing campaign and what it cost (for ROI).
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString channel;
    QDate startDate;
    QDate endDate;
    Money cost;
    QDateTime createdAt;
};

} // namespace fd
