#pragma once

#include "backtest.h"
#include "forecast.h"

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

// The "auto" method (DEFINITIONS.md §4c): the method with the lowest mean absolute
// percentage error over the 12 months completed by T, backtested as known at T.
struct AutoChoice
{
    ForecastMethod method = ForecastMethod::Learned;
    std::optional<double> mape; // of the chosen method
    int months = 0;             // months with sales it was measured on
    struct Score
    {
        ForecastMethod method;
        std::optional<double> mape;
        int months = 0;
    };
    std::vector<Score> scores; // every candidate
};

// Methods the choice considers (every real method).
const std::vector<ForecastMethod> &autoCandidates();

// Chooses for `scope` at T from a snapshot reaching T. A method must have been measured on
// every month the others were (seasonal naive without a year of history is left out); ties
// and an office with no months of sales keep the learned method. Cached per database, data
// version, scope and month of T: the same question is answered once.
// `measured`: a backtest the caller already ran with autoChoiceBacktest(scope, t) (calibration
// may be added), used instead of running it again.
AutoChoice chooseForecastMethod(Database &db, const Snapshot &snapshot, const Scope &scope, qint64 t,
                                const BacktestResult *measured = nullptr);

// The backtest the choice is made on: the 12 months completed by T, every candidate, as known at T.
BacktestQuery autoChoiceBacktest(const Scope &scope, qint64 t);

// The last choice made for this database, scope and month of T, even if the data changed
// since (a stale choice is still the best guess while a fresh one is computed). Also read
// from the per-user cache file, so a restart shows the forecast at once.
// `current` (optional) tells whether it was made on the data as it is now.
std::optional<AutoChoice> lastForecastMethodChoice(Database &db, const Scope &scope, qint64 t, bool *current = nullptr);

} // namespace analytics
} // namespace fd
