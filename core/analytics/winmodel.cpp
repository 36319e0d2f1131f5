#include "winmodel.h"

#include "stats.h"

#include <algorithm>

namespace fd::analytics {

void WinModel::addClosed(int pipeline, const DealReplay &r)
{
    if (!r.exists || r.closedAt == kNoTime)
        return;
    const bool won = r.status == DealStatus::Won;
    std::vector<StageLearning> &list = stages[size_t(pipeline)];
    for (size_t i = 0; i < list.size(); ++i) {
        // Only deals that were really open in the stage: a deal won from an earlier stage
        // "passes" the later ones in the funnel, but counting it here as a deal that sat in
        // them and won made late stages look surer than they are (DEFINITIONS.md §4).
        if (!r.reallyEntered(int(i)))
            continue;
        ++list[i].closed;
        if (won) {
            ++list[i].won;
            if (r.lastRealEntry[i] != kNoTime)
                list[i].daysToWin.push_back(toDays(r.closedAt - r.lastRealEntry[i]));
        }
    }
}

void WinModel::addToRunRate(const DealRow &deal, const DealReplay &r, qint64 amount, qint64 t)
{
    if (!r.exists || deal.createdAt <= t - qint64(kRunRateDays) * 86400)
        return;
    ++runRate.created;
    if (r.closedAt == kNoTime)
        return;
    if (r.status == DealStatus::Won) {
        ++runRate.won;
        runRate.cycleDays.push_back(toDays(r.closedAt - deal.createdAt));
        runRate.wonAmounts.push_back(amount);
    } else {
        ++runRate.lost;
    }
}

void WinModel::finish(const Snapshot &snapshot, qint64 t, qint64 earliestCreated)
{
    for (size_t p = 0; p < stages.size(); ++p) {
        for (size_t i = 0; i < stages[p].size(); ++i) {
            StageLearning &s = stages[p][i];
            const double prior = snapshot.pipelines[p].stages[i].probability / 100.0;
            s.probability = (double(s.won) + kShrinkDeals * prior) / (double(s.closed) + kShrinkDeals);
            std::sort(s.daysToWin.begin(), s.daysToWin.end());
        }
    }
    runRate.days = std::clamp(toDays(t - earliestCreated), 1.0, double(kRunRateDays));
    runRate.perDay = double(runRate.created) / runRate.days;
    const qint64 closed = runRate.won + runRate.lost;
    runRate.winRate = closed > 0 ? double(runRate.won) / double(closed) : 0.0;
    std::sort(runRate.cycleDays.begin(), runRate.cycleDays.end());
}

} // namespace fd::analytics
