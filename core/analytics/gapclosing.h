#pragma once

#include "forecast.h"
#include "snapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

// "What must happen" to reach the target of a period (DEFINITIONS.md §13).

// Won deals averaged for the deal size: the last 90 days, or the last 365 when the 90 days
// hold fewer than this many won deals.
constexpr int kAverageDealShortDays = 90;
constexpr int kAverageDealLongDays = 365;
constexpr int kAverageDealMinWon = 5;
// At most this many deals are listed (a gap no 100 deals cover is not closed deal by deal).
constexpr int kGapDealLimit = 100;

enum class GapStatus {
    Short,         // a target, a gap > 0 and days left: the sections below are filled
    NoTarget,      // no target for the period and scope
    AheadOfTarget, // forecast ≥ target (gap ≤ 0)
    PeriodOver     // the as-of instant is after the period: nothing can be won in it any more
};

// One stage of the scope's pipeline: how many deals it would have to hold.
struct GapStageNeed
{
    qint64 stageId = 0;
    QString name;
    double probability = 0; // learned P(won | entered the stage), shrunk (§4)
    qint64 closed = 0;      // its learning sample: deals that entered it and closed by T
    qint64 won = 0;
    std::optional<qint64> dealsNeeded;  // ⌈wins needed ÷ probability⌉ (none when 0)
    std::optional<qint64> amountNeeded; // dealsNeeded × average won deal
    qint64 openCount = 0;               // what the stage holds now (open at T, in scope)
    qint64 openAmount = 0;
};

// An open deal that would narrow the gap if it were won inside the period.
struct GapDeal
{
    qint64 id = 0;
    QString title;
    qint64 stageId = 0;
    QString stage;
    qint64 amount = 0;
    double probability = 0; // of being won inside the period under the forecast's method
    qint64 expected = 0;    // what the forecast already counts for it
    qint64 uplift = 0;      // amount − expected: what winning it adds to the forecast
    qint64 cumulative = 0;  // Σ uplift of this deal and those listed before it
};

struct GapClosing
{
    QString period;
    QString method; // toString(forecast.method)
    QDateTime asOf;
    GapStatus status = GapStatus::NoTarget;
    std::optional<qint64> target;
    qint64 forecast = 0;
    qint64 gap = 0; // target − forecast (> 0 when Short)

    std::optional<qint64> averageDeal; // won amount ÷ won deals over the window below
    qint64 averageDealCount = 0;
    int averageDealDays = kAverageDealShortDays;
    std::optional<qint64> winsNeeded; // ⌈gap ÷ average deal⌉

    QString pipelineName;             // the stages' pipeline: the scope's, else the default one
    std::vector<GapStageNeed> stages; // active stages in order

    std::vector<GapDeal> deals; // largest expected first, until the gap is covered (≤ kGapDealLimit)
    bool dealsCoverGap = false; // false: even winning every listed deal leaves a gap
};

// The gap of `forecast` (computed for `scope`) and what would close it, from history as of
// the forecast's as-of instant. Loads what it needs.
GapClosing computeGapClosing(Database &db, const ForecastResult &forecast, const Scope &scope);
// From a snapshot reaching the forecast's as-of instant.
GapClosing computeGapClosing(Database &db, const Snapshot &snapshot, const ForecastResult &forecast,
                             const Scope &scope);

} // namespace analytics
} // namespace fd
