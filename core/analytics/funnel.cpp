#include "funnel.h"

#include "dealreplay.h"
#include "timerange.h"

#include "domain/errors.h"
#include "domain/money.h"

#include <algorithm>

namespace fd::analytics {

namespace {

int resolvePipeline(const Snapshot &s, qint64 pipelineId)
{
    const int p = pipelineId ? s.pipelineIndex(pipelineId) : s.defaultPipeline();
    if (p < 0)
        throw NotFoundError(pipelineId ? QStringLiteral("Pipeline %1 does not exist").arg(pipelineId)
                                       : QStringLiteral("There is no pipeline"));
    return p;
}

} // namespace

Snapshot loadFunnelSnapshot(Database &db, FunnelQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    Snapshot::Options options;
    options.until = t;
    options.pipelineId = query.scope.pipelineId;
    if (!options.pipelineId) {
        options.pipelineId = defaultPipelineId(db);
        if (!options.pipelineId)
            throw NotFoundError(QStringLiteral("There is no pipeline"));
    }
    query.scope.pipelineId = options.pipelineId;
    query.asOf = fromInstant(t);
    return Snapshot::load(db, options);
}

FunnelResult computeFunnel(Database &db, const FunnelQuery &query)
{
    FunnelQuery q = query;
    const Snapshot snapshot = loadFunnelSnapshot(db, q);
    return computeFunnel(db, snapshot, q);
}

FunnelResult computeFunnel(Database &db, const Snapshot &s, const FunnelQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    const int p = resolvePipeline(s, query.scope.pipelineId);
    Scope scope = query.scope;
    scope.pipelineId = s.pipelines[size_t(p)].id;
    const ScopeMatcher matcher(db, s, scope);
    const TimeRange window = windowRange(query.from, query.to, t);
    const PipelineInfo &pipeline = s.pipelines[size_t(p)];
    const size_t n = pipeline.stages.size();

    FunnelResult result;
    result.pipelineId = pipeline.id;
    result.pipelineName = pipeline.name;
    result.asOf = fromInstant(t);
    result.windowFrom = query.from.isValid() ? fromInstant(window.from) : QDateTime();
    result.windowTo = fromInstant(window.to);
    std::vector<FunnelStage> stages(n);
    std::vector<std::vector<double>> days(n);
    std::vector<std::vector<std::pair<qint64, qint64>>> open(n); // (amount, id)
    std::vector<double> cycles;

    DealReplay r;
    for (const DealRow &deal : s.deals) {
        if (deal.pipeline != p || deal.createdAt > t)
            continue;
        const DealFields fields = s.fieldsAt(deal, t);
        if (!matcher.matches(deal, fields))
            continue;
        r.run(s, deal, t);
        if (!r.exists)
            continue;
        const size_t at = size_t(r.rank);
        if (r.status == DealStatus::Open) {
            FunnelStage &st = stages[at];
            ++st.openCount;
            st.openAmount += fields.amount;
            const int prob = fields.probabilityOverride >= 0 ? fields.probabilityOverride
                                                             : pipeline.stages[at].probability;
            st.weightedAmount += money::percentOf(fields.amount, prob);
            open[at].push_back({fields.amount, deal.id});
        } else if (r.status == DealStatus::OnHold) {
            ++stages[at].onHoldCount;
        }
        for (size_t i = 0; i < n; ++i) {
            if (!window.contains(r.firstEntry[i]))
                continue;
            ++stages[i].entered;
            if (r.advancedFrom(int(i)))
                ++stages[i].advanced;
            if (r.reallyEntered(int(i)))
                days[i].push_back(toDays(r.openSeconds[i]));
        }
        if (window.contains(r.closedAt)) {
            if (r.status == DealStatus::Won) {
                ++result.wonCount;
                result.wonAmount += fields.amount;
                cycles.push_back(toDays(r.closedAt - deal.createdAt));
            } else if (r.status == DealStatus::Lost) {
                ++result.lostCount;
            }
        }
    }

    for (size_t i = 0; i < n; ++i) {
        const StageInfo &info = pipeline.stages[i];
        FunnelStage &st = stages[i];
        if (!info.active && st.entered == 0 && st.openCount == 0 && st.onHoldCount == 0)
            continue;
        st.stageId = info.id;
        st.name = info.name;
        st.position = info.position;
        st.probability = info.probability;
        st.active = info.active;
        if (st.entered > 0)
            st.conversion = double(st.advanced) / double(st.entered);
        st.days = dayStats(std::move(days[i]));
        std::sort(open[i].begin(), open[i].end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto &o : open[i])
            st.openDealIds.push_back(o.second);
        result.stages.push_back(std::move(st));
    }
    for (size_t i = 0; i + 1 < result.stages.size(); ++i) {
        const qint64 here = result.stages[i].entered;
        if (here > 0)
            result.stages[i].dropOff = 1.0 - double(result.stages[i + 1].entered) / double(here);
    }
    const qint64 closed = result.wonCount + result.lostCount;
    if (closed > 0)
        result.winRate = double(result.wonCount) / double(closed);
    if (result.wonCount > 0) {
        // Rounded half away from zero, like every cents division.
        result.averageDeal = (result.wonAmount + result.wonCount / 2) / result.wonCount;
        result.medianCycleDays = median(std::move(cycles));
    }
    return result;
}

} // namespace fd::analytics
