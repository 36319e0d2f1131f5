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
};

struct BacktestMonth
{
    QString month;
    QDateTime asOf;                   // the last second before the month
    qint64 actual = 0;                // won in the month, as known now
    std::array<qint64, 3> forecast{}; // by ForecastMethod
};

struct BacktestMethod
{
    ForecastMethod method = ForecastMethod::Configured;
    int months = 0;                   // months with actual > 0
    std::optional<double> mape;
    std::optional<double> bias;
};

struct BacktestResult
{
    std::vector<BacktestMonth> months;
    std::vector<BacktestMethod> methods; // configured, historical, simulation
};

// Forecasts every month as of its first day with each method and compares with what was
// won (DEFINITIONS.md §6). Throws ValidationError for malformed or reversed months.
BacktestResult runBacktest(Database &db, const BacktestQuery &query);

} // namespace analytics
} // namespace fd
