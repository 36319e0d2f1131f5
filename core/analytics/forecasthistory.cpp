#include "forecasthistory.h"

#include "forecast.h"
#include "timerange.h"

#include "domain/clock.h"
#include "domain/validator.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace fd::analytics {

ForecastHistory computeForecastHistory(Database &db, const ForecastHistoryQuery &query)
{
    ForecastHistory h;
    h.period = query.period;
    if (query.period.size() != 7 || !periodRange(query.period, nullptr, &h.periodStart, &h.periodEnd)) {
        Validator v(QStringLiteral("forecast_history"));
        v.check(false, QStringLiteral("period"), query.period,
                QCoreApplication::translate("Validation", "must be a month (2026-12) or a quarter (2026-Q4)"));
        v.throwIfInvalid();
    }
    h.asOf = db.clock().now().toUTC();
    h.periodOver = endOfDay(h.periodEnd) < toInstant(h.asOf);

    // What was won in the period as of now: the same figure a forecast made now starts from.
    ForecastQuery now;
    now.period = query.period;
    now.scope = query.scope;
    now.method = ForecastMethod::Configured;
    const ForecastResult current = computeForecast(db, now);
    h.finalWon = current.wonInPeriod;
    h.finalWonCount = current.wonCount;

    // The same as-of and method recorded again (a report printed twice, a second --record)
    // is one forecast: the latest recording stands for it, counted.
    const std::vector<ForecastSnapshot> all = ForecastSnapshotRepository(db).list(query.period, query.scope,
                                                                                  query.method);
    for (const ForecastSnapshot &s : all) {
        auto same = std::find_if(h.rows.begin(), h.rows.end(), [&](const ForecastHistoryRow &r) {
            return r.snapshot.asOf == s.asOf && r.snapshot.method == s.method;
        });
        if (same != h.rows.end()) {
            same->snapshot = s;
            ++same->recordings;
            continue;
        }
        ForecastHistoryRow row;
        row.snapshot = s;
        h.rows.push_back(row);
    }
    for (ForecastHistoryRow &r : h.rows) {
        r.wonThen = r.snapshot.wonInPeriod;
        if (!h.periodOver)
            continue;
        r.error = r.snapshot.forecast - h.finalWon;
        if (h.finalWon > 0)
            r.errorShare = double(*r.error) / double(h.finalWon);
        if (r.snapshot.p10 && r.snapshot.p90)
            r.inRange = *r.snapshot.p10 <= h.finalWon && h.finalWon <= *r.snapshot.p90;
    }
    return h;
}

} // namespace fd::analytics
