#pragma once

#include "snapshot.h"

#include <vector>

namespace fd::analytics {

// A deal's path through its pipeline replayed up to an instant T under the passage
// rules of DEFINITIONS.md §2. Reused across deals to avoid allocations.
struct DealReplay
{
    bool exists = false;                  // created by T
    DealStatus status = DealStatus::Open; // at T
    int rank = -1;                        // stage at T
    qint64 closedAt = kNoTime;            // closure (won/lost at T), else kNoTime
    qint64 wonAt = kNoTime;               // last win up to T (even if reopened since)
    qint64 stageEnteredAt = kNoTime;      // last entry into the stage it is in at T

    // Per stage rank:
    std::vector<qint64> firstEntry;    // first entry (real, skipped- or won-through), kNoTime if never
    std::vector<qint64> lastEntry;     // latest entry of any kind
    std::vector<qint64> lastRealEntry; // latest real entry, kNoTime if never really there
    std::vector<qint64> openSeconds;   // total open time in the stage up to T

    // Replays `deal` of `snapshot` up to T.
    void run(const Snapshot &snapshot, const DealRow &deal, qint64 t);
    // True when the deal entered a later stage or was won after first entering `stageRank`.
    bool advancedFrom(int stageRank) const;
    bool reallyEntered(int stageRank) const { return lastRealEntry[size_t(stageRank)] != kNoTime; }
};

// Calls fn(deal, fields, replay) for every deal of `snapshot` that exists at T and that
// `matcher` accepts with its fields at T, replayed up to T — the walk the funnel-side engines
// share (one replay object for all deals, no allocation per deal).
template<typename Matcher, typename Fn>
void forEachDealAt(const Snapshot &snapshot, const Matcher &matcher, qint64 t, Fn fn)
{
    DealReplay r;
    for (const DealRow &deal : snapshot.deals) {
        if (deal.createdAt > t)
            continue;
        const DealFields fields = snapshot.fieldsAt(deal, t);
        if (!matcher.matches(deal, fields))
            continue;
        r.run(snapshot, deal, t);
        if (r.exists)
            fn(deal, fields, r);
    }
}

} // namespace fd::analytics
