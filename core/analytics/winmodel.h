#pragma once

#include "dealreplay.h"
#include "snapshot.h"

#include <vector>

namespace fd::analytics {

// Weight of the configured probability in the shrinkage, in "prior deals" (DEFINITIONS.md §4).
constexpr double kShrinkDeals = 10.0;
// Minimum conditional sample for the time to close given a deal's age in its stage.
constexpr int kMinConditionalSample = 5;
// Look-back of the new-deal run rate, in days.
constexpr int kRunRateDays = 365;

// What history up to T says about one stage.
struct StageLearning
{
    qint64 closed = 0;             // n_s: deals closed by T that entered the stage
    qint64 won = 0;                // w_s
    double probability = 0;        // p̂_s
    std::vector<double> daysToWin; // D_s, sorted: last real entry → win
};

// The new-deal run rate of a scope (DEFINITIONS.md §4).
struct RunRate
{
    double days = 0; // length of the look-back
    qint64 created = 0;
    double perDay = 0; // λ
    qint64 won = 0;
    qint64 lost = 0;
    double winRate = 0;             // q
    std::vector<double> cycleDays;  // C, sorted
    std::vector<qint64> wonAmounts; // A
};

// Probabilities, time-to-close samples and the run rate learned from history up to T.
struct WinModel
{
    std::vector<std::vector<StageLearning>> stages; // [pipeline][rank]
    RunRate runRate;

    // Learns from every deal of `snapshot` at T; the run rate only from deals `inScope`.
    template<typename InScope>
    static WinModel learn(const Snapshot &snapshot, qint64 t, InScope inScope);

    // Adds one replayed deal to the stage learning (closed deals only).
    void addClosed(int pipeline, const DealReplay &replay);
    // Adds one deal in scope to the run rate.
    void addToRunRate(const DealRow &deal, const DealReplay &replay, qint64 amount, qint64 t);
    // Computes p̂ and sorts the samples; call once after adding.
    void finish(const Snapshot &snapshot, qint64 t, qint64 earliestCreated);
};

template<typename InScope>
WinModel WinModel::learn(const Snapshot &snapshot, qint64 t, InScope inScope)
{
    WinModel m;
    m.stages.resize(snapshot.pipelines.size());
    for (size_t p = 0; p < snapshot.pipelines.size(); ++p)
        m.stages[p].resize(snapshot.pipelines[p].stages.size());
    DealReplay r;
    qint64 earliest = t;
    for (const DealRow &deal : snapshot.deals) {
        if (deal.createdAt > t)
            continue;
        earliest = std::min(earliest, deal.createdAt);
        r.run(snapshot, deal, t);
        m.addClosed(deal.pipeline, r);
        const DealFields fields = snapshot.fieldsAt(deal, t);
        if (inScope(deal, fields))
            m.addToRunRate(deal, r, fields.amount, t);
    }
    m.finish(snapshot, t, earliest);
    return m;
}

} // namespace fd::analytics
