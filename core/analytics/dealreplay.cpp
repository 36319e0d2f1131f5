#include "dealreplay.h"

namespace fd::analytics {

namespace {

void enter(DealReplay &r, int rank, qint64 at, bool real)
{
    const size_t i = size_t(rank);
    if (r.firstEntry[i] == kNoTime)
        r.firstEntry[i] = at;
    r.lastEntry[i] = at;
    if (real)
        r.lastRealEntry[i] = at;
}

} // namespace

void DealReplay::run(const Snapshot &snapshot, const DealRow &deal, qint64 t)
{
    const size_t n = snapshot.pipelines[size_t(deal.pipeline)].stages.size();
    firstEntry.assign(n, kNoTime);
    lastEntry.assign(n, kNoTime);
    lastRealEntry.assign(n, kNoTime);
    openSeconds.assign(n, 0);
    exists = false;
    status = DealStatus::Open;
    rank = -1;
    closedAt = kNoTime;
    wonAt = kNoTime;
    stageEnteredAt = kNoTime;
    if (deal.createdAt > t || deal.eventCount == 0)
        return;

    qint64 since = kNoTime; // start of the current open interval
    const DealEvent *ev = snapshot.events.data() + deal.firstEvent;
    const DealEvent *end = ev + deal.eventCount;
    for (; ev != end && ev->at <= t; ++ev) {
        if (rank < 0) {
            exists = true;
            rank = ev->rank;
            enter(*this, rank, ev->at, true);
            stageEnteredAt = ev->at;
            status = DealStatus::Open;
            since = ev->at;
        }
        if (ev->rank != rank) {
            if (status == DealStatus::Open)
                openSeconds[size_t(rank)] += ev->at - since;
            // Skipped stages count as passed (entered and left at the same instant).
            for (int r = rank + 1; r < ev->rank; ++r)
                enter(*this, r, ev->at, false);
            rank = ev->rank;
            enter(*this, rank, ev->at, true);
            stageEnteredAt = ev->at;
            since = ev->at;
        }
        if (ev->status != status) {
            if (status == DealStatus::Open)
                openSeconds[size_t(rank)] += ev->at - since;
            status = ev->status;
            switch (status) {
            case DealStatus::Open:
                closedAt = kNoTime; // reopened
                since = ev->at;
                break;
            case DealStatus::Won:
                closedAt = ev->at;
                wonAt = ev->at;
                // Winning passes every later stage.
                for (int r = rank + 1; r < int(n); ++r)
                    enter(*this, r, ev->at, false);
                break;
            case DealStatus::Lost:
                closedAt = ev->at;
                break;
            case DealStatus::OnHold:
                closedAt = kNoTime;
                break;
            }
        }
    }
    if (exists && status == DealStatus::Open)
        openSeconds[size_t(rank)] += t - since;
}

bool DealReplay::advancedFrom(int r) const
{
    const qint64 first = firstEntry[size_t(r)];
    if (first == kNoTime)
        return false;
    if (wonAt != kNoTime && wonAt >= first)
        return true;
    for (size_t i = size_t(r) + 1; i < lastEntry.size(); ++i) {
        if (lastEntry[i] != kNoTime && lastEntry[i] >= first)
            return true;
    }
    return false;
}

} // namespace fd::analytics
