#pragma once

#include "snapshot.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

enum class ForecastMethod { Configured, Historical, Simulation };

// "configured", "historical", "simulation".
QString toString(ForecastMethod method);
bool parseForecastMethod(const QString &text, ForecastMethod *method);

constexpr int kDefaultRuns = 10000;
constexpr quint64 kDefaultSeed = 20261123;

struct ForecastQuery
{
    QString period;          // "2026-12" or "2026-Q4"
    ForecastMethod method = ForecastMethod::Configured;
    Scope scope;             // pipelineId 0 = every pipeline
    QDateTime asOf;          // invalid = now
    int runs = kDefaultRuns; // simulation only
    quint64 seed = kDefaultSeed;
};

// A deal that contributes to the forecast.
struct ForecastDeal
{
    qint64 id = 0;
    qint64 stageId = 0;
    qint64 ownerId = 0;
    qint64 amount = 0;
    QDate expectedClose;
    double probability = 0;   // of winning (0..1) under the method
    double closeInPeriod = 1; // probability of closing inside the period (simulation), else 1
    qint64 expected = 0;      // amount × probability × closeInPeriod, rounded to the cent
};

struct ForecastResult
{
    QString period;
    QDate periodStart;
    QDate periodEnd;
    ForecastMethod method = ForecastMethod::Configured;
    QDateTime asOf;
    qint64 wonInPeriod = 0;
    qint64 wonCount = 0;
    qint64 openPipeline = 0;     // deals open at T expected to close in the period
    qint64 openCount = 0;
    qint64 expected = 0;         // from open deals (and new deals, simulation)
    qint64 forecast = 0;         // wonInPeriod + expected (simulation: the mean)
    std::optional<qint64> target;
    std::optional<qint64> gap;   // target − forecast
    std::optional<double> coverage;
    // Simulation only:
    int runs = 0;
    quint64 seed = 0;
    qint64 mean = 0, p10 = 0, p50 = 0, p90 = 0; // totals including wonInPeriod
    qint64 newDealsExpected = 0;
    double newDealsPerRun = 0;   // expected count of new deals won in the period
    std::vector<ForecastDeal> deals; // largest expected first
};

// Forecasts a period, loading what it needs. Throws ValidationError for a bad period.
ForecastResult computeForecast(Database &db, const ForecastQuery &query);
// From a loaded snapshot reaching the as-of instant.
ForecastResult computeForecast(Database &db, const Snapshot &snapshot, const ForecastQuery &query);

} // namespace analytics
} // namespace fd
