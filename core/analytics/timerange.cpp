#include "timerange.h"

#include "domain/clock.h"
#include "domain/target.h"
#include "storage/database.h"

#include <algorithm>
#include <limits>

namespace fd::analytics {

qint64 startOfDay(const QDate &date)
{
    return qint64(toDay(date)) * 86400;
}

qint64 endOfDay(const QDate &date)
{
    return startOfDay(date) + 86399;
}

qint64 asOfInstant(Database &db, const QDateTime &asOf)
{
    return toInstant(asOf.isValid() ? asOf.toUTC() : db.clock().now());
}

TimeRange windowRange(const QDate &from, const QDate &to, qint64 t)
{
    TimeRange r;
    r.from = from.isValid() ? startOfDay(from) : std::numeric_limits<qint64>::min() + 1;
    r.to = to.isValid() ? std::min(endOfDay(to), t) : t;
    return r;
}

bool periodRange(const QString &period, TimeRange *range, QDate *first, QDate *last)
{
    QDate s, e;
    if (!parsePeriod(period, &s, &e))
        return false;
    if (range)
        *range = {startOfDay(s), endOfDay(e)};
    if (first)
        *first = s;
    if (last)
        *last = e;
    return true;
}

} // namespace fd::analytics
