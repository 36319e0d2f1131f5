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
    Scope scope;   // pipelineId chooses the stages compared (0 = the default pipeline)
    QDate from;
    QDate to;
    QDateTime asOf;
};

// Median days in one stage for a rep and for the rep's team (DEFINITIONS.md §5).
struct RepStageDays
{
    qint64 stageId = 0;
    QString name;
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
    qint64 stallStageId = 0;          // 0 = none
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
    std::vector<RepRow> reps; // by display name
};

// Rep diagnostics, loading what they need.
RepResult computeReps(Database &db, const RepQuery &query);
// From a loaded snapshot reaching the as-of instant.
RepResult computeReps(Database &db, const Snapshot &snapshot, const RepQuery &query);

} // namespace analytics
} // namespace fd
