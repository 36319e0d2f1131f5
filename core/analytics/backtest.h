#pragma once

#include "forecast.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

struct BacktestQuery
{
    QString fromMonth; // "2025-01"
    QString toMonth;   // "2026-10"
    Scope scope;
    int runs = kDefaultRuns;
    quint64 seed = kDefaultSeed;
    // Methods to run (empty = every real method, forecastMethods()).
    std::vector<ForecastMethod> methods;
    // What is known: the actual of a month is what was won in it as known at this instant
    // (invalid = now). The "auto" choice backtests as of its own T, never peeking past it.
    QDateTime knownAt;
    bool calibration = false; // also fill BacktestResult::calibration (learned vs configured)
};

struct BacktestMonth
{
    QString month;
    QDateTime asOf;    // the last second before the month
    qint64 actual = 0; // won in the month, as known at knownAt
    // By ForecastMethod (index = int(method)); unavailable methods hold nullopt.
    std::array<std::optional<qint64>, kForecastMethodCount> forecast{};
    std::array<std::optional<qint64>, kForecastMethodCount> p10{}, p90{};
};

struct BacktestMethod
{
    ForecastMethod method = ForecastMethod::Configured;
    int months = 0;             // months with actual > 0 and a forecast
    std::optional<double> mape; // mean |e| / actual
    std::optional<double> wape; // Σ|e| / Σ actual
    std::optional<double> bias; // mean e / actual (positive = optimistic)
    // Range methods: share of months whose actual fell inside P10–P90, and the mean width
    // (P90 − P10) relative to the actual.
    std::optional<double> coverage;
    std::optional<double> meanWidth;
};

// One row of the calibration table (DEFINITIONS.md §6): deals open at the start of a backtest
// month, grouped by stage or by days to their expected close date.
struct CalibrationRow
{
    enum class Dimension { Stage, CloseBucket };
    Dimension dimension = Dimension::Stage;
    QString key; // stage name, or the bucket key below
    int order = 0;
    qint64 deals = 0;           // (deal, month) pairs
    double learned = 0;         // mean predicted probability of winning inside the month, learned method
    double configured = 0;      // the same, configured method (stage probability if the date is in the month, else 0)
    double observed = 0;        // share that was won inside the month
    qint64 expectedLearned = 0; // Σ amount × learned probability
    qint64 expectedConfigured = 0; // Σ amount × configured probability
    qint64 wonAmount = 0;          // Σ amount of those won inside the month
};

// Bucket keys of the days from T to a deal's expected close date.
// "none", "passed_30_plus", "passed_0_30", "due_0_30", "due_31_60", "due_61_90", "due_90_plus".
QString closeBucketKey(int bucket);
constexpr int kCloseBuckets = 7;
// Localised label of a bucket key.
QString closeBucketLabel(const QString &key);

struct BacktestResult
{
    std::vector<BacktestMonth> months;
    std::vector<BacktestMethod> methods; // in query order
    std::vector<CalibrationRow> calibration;
    const BacktestMethod *method(ForecastMethod m) const;
};

// Forecasts every month as of its first day with each method and compares with what was
// won (DEFINITIONS.md §6). Throws ValidationError for malformed or reversed months.
BacktestResult runBacktest(Database &db, const BacktestQuery &query);
BacktestResult runBacktest(Database &db, const Snapshot &snapshot, const BacktestQuery &query);

} // namespace analytics
} // namespace fd
