#pragma once

#include "snapshot.h"
#include "stats.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

// What the funnel is computed for: one pipeline (0 = the default), filters, a window
// of dates (invalid = open) and the as-of instant (invalid = now).
struct FunnelQuery
{
    Scope scope;
    QDate from;
    QDate to;
    QDateTime asOf;
};

// The window of the weekly report, and the Funnel page's default: the 90 days ending on the
// as-of day (DEFINITIONS.md §3, "Window in the report").
constexpr int kDefaultFunnelWindowDays = 90;
// First day of the `days`-day window whose last day is `lastDay` (both inclusive).
inline QDate windowStart(const QDate &lastDay, int days)
{
    return lastDay.addDays(1 - days);
}

// One stage of the funnel (DEFINITIONS.md §3).
struct FunnelStage
{
    qint64 stageId = 0;
    QString name;
    int position = 0;
    int probability = 0;
    bool active = true;
    qint64 openCount = 0;
    qint64 openAmount = 0;
    qint64 weightedAmount = 0;
    qint64 onHoldCount = 0;
    qint64 entered = 0;
    qint64 advanced = 0;
    std::optional<double> conversion;
    std::optional<double> dropOff; // to the next stage shown
    DayStats days;
    std::vector<qint64> openDealIds; // for drill-through, largest amount first
};

struct FunnelResult
{
    qint64 pipelineId = 0;
    QString pipelineName;
    QDateTime asOf;
    QDateTime windowFrom; // invalid = open
    QDateTime windowTo;
    std::vector<FunnelStage> stages; // active stages and retired ones with data, by position
    qint64 wonCount = 0;
    qint64 wonAmount = 0;
    qint64 lostCount = 0;
    std::optional<double> winRate;
    std::optional<qint64> averageDeal;
    std::optional<double> medianCycleDays;
};

// Loads the snapshot `query` needs (its pipeline, up to its as-of instant) and completes the
// query: the default pipeline's id and the as-of instant filled in. Throws NotFoundError
// when there is no pipeline.
Snapshot loadFunnelSnapshot(Database &db, FunnelQuery &query);
// Computes the funnel, loading what it needs. Throws NotFoundError for an unknown pipeline.
FunnelResult computeFunnel(Database &db, const FunnelQuery &query);
// Computes the funnel from a loaded snapshot (which must reach the as-of instant).
FunnelResult computeFunnel(Database &db, const Snapshot &snapshot, const FunnelQuery &query);

} // namespace analytics
} // namespace fd
