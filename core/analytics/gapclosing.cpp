#include "gapclosing.h"

#include "dealreplay.h"
#include "timerange.h"
#include "winmodel.h"

#include "storage/repositories/repositorysupport.h"
#include "storage/sqlquery.h"

#include <algorithm>
#include <cmath>

namespace fd::analytics {

namespace {

// ⌈a ÷ b⌉ for a ≥ 0, b > 0.
qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

// The status and headline figures; Short when the rest must be computed.
GapClosing gapHeadline(Database &db, const ForecastResult &forecast)
{
    GapClosing g;
    g.period = forecast.period;
    g.method = toString(forecast.method);
    g.asOf = forecast.asOf;
    g.target = forecast.target;
    g.forecast = forecast.forecast;
    if (!forecast.target) {
        g.status = GapStatus::NoTarget;
        return g;
    }
    g.gap = *forecast.target - forecast.forecast;
    if (g.gap <= 0) {
        g.status = GapStatus::AheadOfTarget;
        return g;
    }
    const qint64 t = asOfInstant(db, forecast.asOf);
    g.status = forecast.periodEnd.isValid() && t > endOfDay(forecast.periodEnd) ? GapStatus::PeriodOver
                                                                                : GapStatus::Short;
    return g;
}

} // namespace

GapClosing computeGapClosing(Database &db, const ForecastResult &forecast, const Scope &scope)
{
    // No gap to close (the usual case when ahead): nothing to load.
    const GapClosing headline = gapHeadline(db, forecast);
    if (headline.status != GapStatus::Short)
        return headline;
    Snapshot::Options options;
    options.pipelineId = scope.pipelineId;
    options.until = asOfInstant(db, forecast.asOf);
    return computeGapClosing(db, Snapshot::load(db, options), forecast, scope);
}

GapClosing computeGapClosing(Database &db, const Snapshot &s, const ForecastResult &forecast, const Scope &scope)
{
    GapClosing g = gapHeadline(db, forecast);
    if (g.status != GapStatus::Short)
        return g;
    const qint64 t = asOfInstant(db, forecast.asOf);

    // Learned P(won | entered s) with the shrinkage toward the configured rates: the same
    // model the historical forecast uses (winmodel.*), as of T.
    const ScopeMatcher matcher(db, s, scope);
    const WinModel model = WinModel::learn(
        s, t, [&](const DealRow &deal, const DealFields &fields) { return matcher.matches(deal, fields); });

    const int pipeline = scope.pipelineId ? s.pipelineIndex(scope.pipelineId) : s.defaultPipeline();
    std::vector<qint64> openCount, openAmount;
    if (pipeline >= 0) {
        openCount.assign(s.pipelines[size_t(pipeline)].stages.size(), 0);
        openAmount.assign(openCount.size(), 0);
    }

    // Won deals of the scope by closure time (for the average deal) and what each stage holds.
    const qint64 shortFrom = t - qint64(kAverageDealShortDays) * 86400;
    const qint64 longFrom = t - qint64(kAverageDealLongDays) * 86400;
    qint64 shortCount = 0, shortSum = 0, longCount = 0, longSum = 0;
    forEachDealAt(s, matcher, t, [&](const DealRow &deal, const DealFields &fields, const DealReplay &r) {
        if (r.status == DealStatus::Won && r.closedAt > longFrom && r.closedAt <= t) {
            ++longCount;
            longSum += fields.amount;
            if (r.closedAt > shortFrom) {
                ++shortCount;
                shortSum += fields.amount;
            }
        }
        if (r.status == DealStatus::Open && deal.pipeline == pipeline && r.rank >= 0) {
            ++openCount[size_t(r.rank)];
            openAmount[size_t(r.rank)] += fields.amount;
        }
    });
    if (shortCount >= kAverageDealMinWon) {
        g.averageDealDays = kAverageDealShortDays;
        g.averageDealCount = shortCount;
        g.averageDeal = qint64(std::llround(double(shortSum) / double(shortCount)));
    } else if (longCount > 0) {
        g.averageDealDays = kAverageDealLongDays;
        g.averageDealCount = longCount;
        g.averageDeal = qint64(std::llround(double(longSum) / double(longCount)));
    }
    if (g.averageDeal && *g.averageDeal > 0)
        g.winsNeeded = ceilDiv(g.gap, *g.averageDeal);

    if (pipeline >= 0) {
        const PipelineInfo &p = s.pipelines[size_t(pipeline)];
        g.pipelineName = p.name;
        for (size_t rank = 0; rank < p.stages.size(); ++rank) {
            const StageInfo &stage = p.stages[rank];
            if (!stage.active)
                continue;
            const StageLearning &learned = model.stages[size_t(pipeline)][rank];
            GapStageNeed need;
            need.stageId = stage.id;
            need.name = stage.name;
            need.probability = learned.probability;
            need.closed = learned.closed;
            need.won = learned.won;
            need.openCount = openCount[rank];
            need.openAmount = openAmount[rank];
            if (g.winsNeeded && learned.probability > 0) {
                need.dealsNeeded = qint64(std::ceil(double(*g.winsNeeded) / learned.probability - 1e-9));
                need.amountNeeded = *need.dealsNeeded * *g.averageDeal;
            }
            g.stages.push_back(need);
        }
    }

    // The open deals that would close most of the gap: largest expected value in the period
    // first (the forecast's own order), until winning them would cover it.
    std::vector<ForecastDeal> deals = forecast.deals;
    std::stable_sort(deals.begin(), deals.end(), [](const ForecastDeal &a, const ForecastDeal &b) {
        return a.expected != b.expected ? a.expected > b.expected : a.id < b.id;
    });
    QHash<qint64, QString> stageNames;
    for (const PipelineInfo &p : s.pipelines)
        for (const StageInfo &stage : p.stages)
            stageNames.insert(stage.id, stage.name);
    qint64 cumulative = 0;
    for (const ForecastDeal &d : deals) {
        const qint64 uplift = d.amount - d.expected;
        if (uplift <= 0)
            continue; // already counted in full: winning it adds nothing
        cumulative += uplift;
        g.deals.push_back({d.id, QString(), d.stageId, stageNames.value(d.stageId), d.amount,
                           d.probability * d.closeInPeriod, d.expected, uplift, cumulative});
        if (cumulative >= g.gap) {
            g.dealsCoverGap = true;
            break;
        }
        if (g.deals.size() >= size_t(kGapDealLimit))
            break;
    }
    if (!g.deals.empty()) {
        QVariantList ids, binds;
        for (const GapDeal &d : g.deals)
            ids << d.id;
        SqlQuery q(
            db,
            QStringLiteral("SELECT id, title FROM opportunities WHERE id IN (%1)").arg(repo::placeholders(ids, binds)));
        repo::execWith(q, binds);
        QHash<qint64, QString> titles;
        while (q.next())
            titles.insert(q.value(0).toLongLong(), q.value(1).toString());
        for (GapDeal &d : g.deals)
            d.title = titles.value(d.id);
    }
    return g;
}

} // namespace fd::analytics
