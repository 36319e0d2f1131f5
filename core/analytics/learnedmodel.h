#pragma once

#include "snapshot.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace fd::analytics {

// The "learned" forecast (DEFINITIONS.md §4a): the probability that an open deal is won
// inside the forecast window, learned by as-of replay of this office's own history. The
// window's geometry relative to T (how far ahead it starts and ends) is replayed at earlier
// instants T_k = T − k weeks; the deals open at each T_k are followed to see which were won
// inside their shifted window, as known at T. Nothing after T is used.
//
// Why not stage probabilities × "close date in period": the backtest showed that a deal
// expected this month is far less likely to be won this month than its stage's win rate
// (close dates slip, deals are lost late), that deals without a date still close, and that
// part of every month is won from deals that did not exist at T. The replay measures all
// three directly, in the office's own terms.

// Where a deal's expected close date lies, as of T, relative to the window [from, to].
enum class ClosePosition : quint8 {
    None,     // no expected close date
    Passed,   // its day ended at or before T and it is still open
    Early,    // after T but before the window starts (a future period)
    InWindow, // inside the window
    Next,     // after the window, by at most the window's length
    Later,    // later still
};
constexpr int kClosePositions = 6;
// "none", "passed", "early", "in_period", "next", "later".
QString closePositionKey(int position);

// Age of a deal (days since creation) in buckets: < 30, 30–89, 90–179, ≥ 180.
constexpr int kAgeBuckets = 4;
int ageBucket(double ageDays);

// Weight of the prior at each level of the shrinkage, in deals (as kShrinkDeals).
constexpr double kLearnedShrinkDeals = 10.0;
// Replay instants: every 7 days over the year before T.
constexpr int kReplayStepDays = 7;
constexpr int kReplayLookbackDays = 365;
// Recent instants weigh more: an instant's weight halves every 91 days back (an office's
// process drifts: the deals of last quarter say more about this month than last year's).
constexpr double kReplayHalfLifeDays = 91.0;
// Weight of last year's same window in the season factor.
constexpr double kSeasonWeight = 0.5;
// Weight of the prior 1.0 of a phase factor, in replay instants, while too few months show
// how much one phase's months scatter (then the scatter decides: empirical Bayes).
constexpr double kPhaseShrinkInstants = 4.0;
// Fewer calendar-aligned instants than this: the level and the range come from every instant.
constexpr int kMinRatioSamples = 6;
// Fewer ratios than this: the range comes from the deals' own variance.
constexpr int kMinRangeSamples = 3;
// A replay month with nothing won counts as this ratio in the log-normal range.
constexpr double kMinRangeRatio = 0.05;

// The window still open in a period as of T: [max(T + 1 s, start), end].
struct ForecastWindow
{
    qint64 t = 0;
    qint64 from = 0;
    qint64 to = 0;
    bool isOver() const { return to <= t; }
};

// One learned cell: deals observed open at a replay instant and how many were won inside
// their window.
struct LearnedCell
{
    qint64 deals = 0; // observed
    qint64 won = 0;
    double weight = 0; // the same, weighted by recency
    double wonWeight = 0;
    double probability = 0;
};

// A deal's probability and the facts behind it (for the drill-through).
struct LearnedPrediction
{
    ClosePosition position = ClosePosition::None;
    int ageBucket = 0;
    double probability = 0;  // of being won inside the window
    qint64 similarDeals = 0; // observed in the same stage, close position and age bucket
    qint64 similarWon = 0;
    double stageRate = 0;  // same stage and close position, any age
    double configured = 0; // the stage's configured probability (0..1)
};

class LearnedModel final
{
public:
    // Learns from every deal of `snapshot` up to the window's T (the probabilities, from the
    // whole office: a scope is usually too small), and the new-deal amounts and the realised
    // ratios from the deals `matcher` accepts.
    static LearnedModel learn(const Snapshot &snapshot, const ScopeMatcher &matcher, const ForecastWindow &window);

    // Prediction for a deal of `pipeline` in stage `rank` with `fields`, created at `createdAt`,
    // as of the window's T.
    LearnedPrediction predict(int pipeline, int rank, const DealFields &fields, qint64 createdAt) const;

    // Σ amount won in the window by deals created after T: the replay instants' recency-weighted
    // mean with the phase taken out, times the window's phase effect.
    double newDealsExpected = 0;
    // Realised ÷ expected at each replay instant (in-sample, after the level and phase
    // factors), sorted, for the range.
    std::vector<double> ratios;
    // Level × quarter phase, multiplies the open deals' expectation. Level: realised ÷
    // expected of the open deals at the replay instants with the phase taken out, recency
    // weighted like the cells. Phase: each month of the quarter (1st, 2nd, 3rd) against the
    // centred three-month average around it, over the calendar-aligned instants, shrunk toward
    // 1 by empirical Bayes (how consistently it repeats); a window spanning months mixes them
    // by days. The new-deal part has its own phase effect, in newDealsExpected.
    double phaseFactor = 1.0;
    // Realised ÷ expected of the same window one year earlier, half-weighted toward 1 (1 when
    // there is no such year). Multiplies the whole expectation.
    double seasonFactor = 1.0;
    int samples = 0; // replay instants used

    // Cells by [stage][position][age]; stages numbered across pipelines (stageBase).
    std::vector<LearnedCell> cells;
    std::vector<LearnedCell> stageCells; // [stage][position]
    std::vector<double> timing;          // [position]: won ÷ configured-expected, pooled
    std::vector<int> stageBase;          // first global stage index of each pipeline
    std::vector<double> configured;      // [stage] configured probability 0..1

    static ClosePosition position(qint32 closeDay, const ForecastWindow &window);
    static ClosePosition position(qint32 closeDay, qint64 t, qint64 from, qint64 to);

private:
    size_t cellIndex(int stage, ClosePosition p, int age) const;
    size_t stageCellIndex(int stage, ClosePosition p) const;
    // Computes the timing factors, then the stage and cell probabilities, each shrunk toward
    // the level above.
    void finish();

    ForecastWindow m_window;
};

} // namespace fd::analytics
