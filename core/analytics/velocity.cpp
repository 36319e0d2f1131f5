#include "velocity.h"

#include "timerange.h"

#include <cmath>

namespace fd::analytics {

namespace {

qint64 roundCents(double cents)
{
    return qint64(std::llround(cents)); // half away from zero, like every cents division
}

} // namespace

VelocityFigures velocityOf(const FunnelResult &funnel)
{
    VelocityFigures v;
    v.asOf = funnel.asOf;
    v.windowFrom = funnel.windowFrom;
    v.windowTo = funnel.windowTo;
    for (const FunnelStage &s : funnel.stages)
        v.openCount += s.openCount;
    v.winRate = funnel.winRate;
    v.averageDeal = funnel.averageDeal;
    v.medianCycleDays = funnel.medianCycleDays;
    // A zero cycle (deals won the instant they were created) would make the pace infinite:
    // there is no meaningful figure, so none is given.
    if (v.winRate && v.averageDeal && v.medianCycleDays && *v.medianCycleDays > 0) {
        const double perDay = double(v.openCount) * *v.winRate * double(*v.averageDeal) / *v.medianCycleDays;
        v.perDay = roundCents(perDay);
        v.per30Days = roundCents(perDay * 30.0);
    }
    return v;
}

FunnelQuery weekEarlier(const FunnelQuery &query, qint64 t)
{
    FunnelQuery q = query;
    q.asOf = fromInstant(t).addDays(-kVelocityCompareDays);
    if (q.from.isValid())
        q.from = q.from.addDays(-kVelocityCompareDays);
    if (q.to.isValid())
        q.to = q.to.addDays(-kVelocityCompareDays);
    return q;
}

SalesVelocity computeVelocity(Database &db, const Snapshot &snapshot, const FunnelQuery &query,
                              const FunnelResult &current)
{
    SalesVelocity v;
    v.current = velocityOf(current);
    const FunnelQuery earlier = weekEarlier(query, asOfInstant(db, query.asOf));
    v.previous = velocityOf(computeFunnel(db, snapshot, earlier));
    if (v.current.perDay && v.previous.perDay) {
        v.changePerDay = *v.current.perDay - *v.previous.perDay;
        v.changePer30Days = *v.current.per30Days - *v.previous.per30Days;
        if (*v.previous.perDay != 0)
            v.changeShare = double(*v.changePerDay) / double(*v.previous.perDay);
    }
    return v;
}

SalesVelocity computeVelocity(Database &db, const FunnelQuery &query)
{
    FunnelQuery q = query;
    const Snapshot snapshot = loadFunnelSnapshot(db, q);
    return computeVelocity(db, snapshot, q, computeFunnel(db, snapshot, q));
}

} // namespace fd::analytics
