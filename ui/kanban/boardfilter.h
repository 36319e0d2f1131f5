#pragma once

#include "domain/opportunity.h"

#include <QDate>
#include <QSet>
#include <QString>

class QSettings;

namespace fd {

// What the board shows of the pipeline's deals: owner, team, region, product line,
// expected close period and free text. Checked in memory on DealSummary rows, so a
// new filter on 10,000 cards needs no query (product lines come as a set of deal ids).
struct BoardFilter
{
    enum class Period { Any, Overdue, ThisMonth, NextMonth, ThisQuarter, NextQuarter, ThisYear, NoDate };

    qint64 ownerId = 0;
    qint64 teamId = 0;
    qint64 regionId = 0;
    qint64 productLineId = 0;
    QSet<qint64> productLineDeals; // deals with a product of productLineId (filled by the board)
    Period period = Period::Any;
    QString text;

    // Whether the row passes; `today` anchors the period.
    bool matches(const DealSummary &deal, const QDate &today) const;
    bool isEmpty() const;

    // Remembered between runs (QSettings group "kanban/filter").
    void save(QSettings &settings) const;
    static BoardFilter load(QSettings &settings);
};

} // namespace fd
