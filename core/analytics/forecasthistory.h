#pragma once

#include "snapshot.h"

#include "storage/repositories/forecastsnapshotrepository.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

// "What did we forecast for this period, and when" (DEFINITIONS.md §12).
struct ForecastHistoryQuery
{
    QString period; // "2026-12" or "2026-Q4"
    Scope scope;    // the snapshots' exact scope
    QString method; // empty = every method
};

// One recorded forecast set against what was won.
struct ForecastHistoryRow
{
    ForecastSnapshot snapshot;        // the latest recording of this as-of and method
    int recordings = 1;               // how many times it was recorded (a report printed twice)
    qint64 wonThen = 0;               // won in the period by the as-of instant (= snapshot.wonInPeriod)
    std::optional<qint64> error;      // forecast − final won, once the period is over
    std::optional<double> errorShare; // error ÷ final won (null when nothing was won)
    std::optional<bool> inRange;      // final won inside P10–P90 (period over, range recorded)
};

struct ForecastHistory
{
    QString period;
    QDate periodStart;
    QDate periodEnd;
    QDateTime asOf;          // now: what "finally won" is as of
    bool periodOver = false; // the period ended before now: finalWon is final
    qint64 finalWon = 0;     // won in the period as of now (so far, while it runs)
    qint64 finalWonCount = 0;
    std::vector<ForecastHistoryRow> rows; // oldest as-of first
};

// Reads the recorded snapshots of the period and scope and the amount won in the period as
// of now. Throws ValidationError for a bad period.
ForecastHistory computeForecastHistory(Database &db, const ForecastHistoryQuery &query);

} // namespace analytics
} // namespace fd
