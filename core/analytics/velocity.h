#pragma once

#include "funnel.h"

#include <QDateTime>

#include <optional>

namespace fd {

class Database;

namespace analytics {

// Sales velocity (销售速度, DEFINITIONS.md §11): the money the open pipeline turns into per
// day at the pace of the funnel's window. Computed from a FunnelResult, so the Funnel page,
// the weekly report and the CLI show the same figure for the same query.

// Days between a velocity and the one it is compared with (a week earlier).
constexpr int kVelocityCompareDays = 7;

// The four factors and the result, for one as-of instant and window.
struct VelocityFigures
{
    QDateTime asOf;
    QDateTime windowFrom; // invalid = open
    QDateTime windowTo;
    qint64 openCount = 0;                  // deals open at T (on hold excluded), every stage
    std::optional<double> winRate;         // won ÷ (won + lost), closures in the window
    std::optional<qint64> averageDeal;     // cents, won in the window
    std::optional<double> medianCycleDays; // created → won, won in the window
    // open × win rate × average deal ÷ median cycle, rounded half away from zero; none when
    // a factor is missing (no deal closed or won in the window) or the median cycle is 0.
    std::optional<qint64> perDay;    // cents per day
    std::optional<qint64> per30Days; // cents per 30 days (30 × the unrounded per-day figure)
};

// The velocity now and a week earlier, and the change.
struct SalesVelocity
{
    VelocityFigures current;
    VelocityFigures previous;           // the same query as of T − 7 days, window moved back 7 days
    std::optional<qint64> changePerDay; // current − previous, cents per day (none when either is none)
    std::optional<qint64> changePer30Days;
    std::optional<double> changeShare; // change ÷ previous (none when previous is none or 0)
};

// The velocity of a computed funnel: its window's win rate, average deal and median cycle,
// and its open deals at T.
VelocityFigures velocityOf(const FunnelResult &funnel);

// `query` a week earlier: as-of T − 7 days (T = `t`), window dates moved back 7 days (an
// open end stays open: no `to` means the new as-of).
FunnelQuery weekEarlier(const FunnelQuery &query, qint64 t);

// The velocity of `query` (whose funnel is `current`, computed from `snapshot`) and of the
// same query a week earlier, from the same snapshot.
SalesVelocity computeVelocity(Database &db, const Snapshot &snapshot, const FunnelQuery &query,
                              const FunnelResult &current);
// Loads what it needs and computes both funnels.
SalesVelocity computeVelocity(Database &db, const FunnelQuery &query);

} // namespace analytics
} // namespace fd
