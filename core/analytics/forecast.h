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

// The forecast methods (DEFINITIONS.md §4). RunRate and SeasonalNaive are the baselines a
// manager could compute by hand; every other method is judged against them (§6). Auto is
// not a method of its own: it stands for the method with the lowest backtest error on the
// office's last 12 months (§4c) and is resolved before anything is computed.
enum class ForecastMethod { Configured, Historical, Simulation, Learned, RunRate, SeasonalNaive, Auto };
constexpr int kForecastMethodCount = 6; // real methods, Auto excluded
// Every real method, in display order.
const std::vector<ForecastMethod> &forecastMethods();

// "configured", "historical", "simulation", "learned", "run_rate", "seasonal_naive", "auto".
QString toString(ForecastMethod method);
bool parseForecastMethod(const QString &text, ForecastMethod *method);
// The method's name in the UI language ("Learned from history", "Run rate (3 months)" …).
QString forecastMethodName(ForecastMethod method);
// "Mean error over the last 12 months: 14 %" style line for an auto-selected result: the
// method's name and its track record, in the UI language; empty when not auto-selected.
struct ForecastResult;
QString trackRecordText(const ForecastResult &result);
// True for the methods that give a P10–P90 range.
bool hasRange(ForecastMethod method);
// True for the methods that forecast deal by deal (with a drill-through).
bool hasDeals(ForecastMethod method);

constexpr int kDefaultRuns = 10000;
constexpr quint64 kDefaultSeed = 20261123;

struct ForecastQuery
{
    QString period; // "2026-12" or "2026-Q4"
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
    // Learned method: why this probability (DEFINITIONS.md §4a). position = -1 otherwise.
    int position = -1;       // ClosePosition of the expected close date
    int ageDays = 0;         // days since the deal was created
    qint64 similarDeals = 0; // deals seen in the same stage, close position and age
    qint64 similarWon = 0;   // … won inside their window
    double stageRate = 0;    // same stage and close position, any age
    double configured = 0;   // the stage's configured probability
};

// One sentence on why a deal has its probability (learned method), in the UI language.
QString explainForecastDeal(const ForecastDeal &deal);

struct ForecastResult
{
    QString period;
    QDate periodStart;
    QDate periodEnd;
    ForecastMethod method = ForecastMethod::Configured;
    QDateTime asOf;
    qint64 wonInPeriod = 0;
    qint64 wonCount = 0;
    qint64 openPipeline = 0; // deals open at T expected to close in the period
    qint64 openCount = 0;
    qint64 expected = 0; // from open deals (and new deals, simulation)
    qint64 forecast = 0; // wonInPeriod + expected (simulation: the mean)
    std::optional<qint64> target;
    std::optional<qint64> gap; // target − forecast
    std::optional<double> coverage;
    bool available = true; // false: the method has too little history (seasonal naive)
    // Auto: the method was chosen by its backtest; its mean error over the months measured.
    bool autoSelected = false;
    std::optional<double> trackRecordMape;
    int trackRecordMonths = 0;
    // Range methods (simulation, learned):
    bool hasRange = false;
    int runs = 0;
    quint64 seed = 0;
    qint64 mean = 0, p10 = 0, p50 = 0, p90 = 0; // totals including wonInPeriod
    qint64 newDealsExpected = 0;
    double newDealsPerRun = 0;       // expected count of new deals won in the period (simulation)
    int replaySamples = 0;           // learned: replay instants learned from
    double phaseFactor = 1.0;        // learned: the quarter-end push applied (§4a)
    double seasonFactor = 1.0;       // learned: last year's same window (§4a)
    std::vector<ForecastDeal> deals; // largest expected first
};

// Forecasts a period, loading what it needs. Throws ValidationError for a bad period.
ForecastResult computeForecast(Database &db, const ForecastQuery &query);
// From a loaded snapshot reaching the as-of instant.
ForecastResult computeForecast(Database &db, const Snapshot &snapshot, const ForecastQuery &query);

} // namespace analytics
} // namespace fd
