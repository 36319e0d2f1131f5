#pragma once

#include "snapshot.h"

#include <QDate>
#include <QDateTime>
#include <QMap>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

struct RepQuery
{
    Scope scope; // pipelineId chooses the stages compared (0 = the default pipeline)
    QDate from;
    QDate to;
    QDateTime asOf;
};

// A stall stage is flagged only when it means something (DEFINITIONS.md §5): at least
// this many of the rep's deals were really in the stage, and the rep's median is at
// least kStallRatio × the team's and kStallMinExcessDays days more.
constexpr int kStallMinDeals = 5;
constexpr double kStallRatio = 1.5;
constexpr double kStallMinExcessDays = 7.0;

// Median days in one stage for a rep and for the rep's team (DEFINITIONS.md §5).
struct RepStageDays
{
    qint64 stageId = 0;
    QString name;
    qint64 repDeals = 0; // the rep's deals behind repMedian
    std::optional<double> repMedian;
    std::optional<double> teamMedian;
};

struct RepRow
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    qint64 teamId = 0;
    qint64 pipeline = 0; // open amount at T
    qint64 openCount = 0;
    qint64 weighted = 0;
    qint64 wonCount = 0;
    qint64 wonAmount = 0;
    qint64 lostCount = 0;
    std::optional<double> winRate;
    std::optional<qint64> averageDeal;
    std::optional<double> medianCycleDays;
    QMap<QString, qint64> activities; // kind → count, every kind present
    std::vector<RepStageDays> stages;
    qint64 stallStageId = 0; // 0 = none (see kStallMinDeals)
    QString stallStageName;
    std::optional<double> stallExcessDays;
};

struct RepResult
{
    qint64 pipelineId = 0;
    QString pipelineName;
    QDateTime asOf;
    QDateTime windowFrom;
    QDateTime windowTo;
    // Users who owned (as of T) at least one deal in scope that was live in the window:
    // created by its end and not closed before its start. By display name.
    std::vector<RepRow> reps;
};

// Rep diagnostics, loading what they need.
RepResult computeReps(Database &db, const RepQuery &query);
// From a loaded snapshot reaching the as-of instant.
RepResult computeReps(Database &db, const Snapshot &snapshot, const RepQuery &query);

} // namespace analytics
} // namespace fd
