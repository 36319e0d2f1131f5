#include "repdiagnostics.h"

#include "dealreplay.h"
#include "stats.h"
#include "timerange.h"

#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/money.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace fd::analytics {

namespace {

const QStringList &activityKinds()
{
    static const QStringList kinds{QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("meeting"),
                                   QStringLiteral("proposal"), QStringLiteral("email")};
    return kinds;
}

struct Accumulator
{
    bool listed = false; // owned a deal live in the window
    RepRow row;
    std::vector<double> cycles;
    std::vector<std::vector<double>> days; // per rank of the compared pipeline
};

} // namespace

RepResult computeReps(Database &db, const RepQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    Snapshot::Options options;
    options.until = t;
    const Snapshot snapshot = Snapshot::load(db, options);
    RepQuery q = query;
    q.asOf = fromInstant(t);
    return computeReps(db, snapshot, q);
}

RepResult computeReps(Database &db, const Snapshot &s, const RepQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    const int p = query.scope.pipelineId ? s.pipelineIndex(query.scope.pipelineId) : s.defaultPipeline();
    if (p < 0)
        throw NotFoundError(query.scope.pipelineId
                                ? QStringLiteral("Pipeline %1 does not exist").arg(query.scope.pipelineId)
                                : QStringLiteral("There is no pipeline"));
    const PipelineInfo &compared = s.pipelines[size_t(p)];
    const size_t n = compared.stages.size();
    const ScopeMatcher matcher(db, s, query.scope);
    const TimeRange window = windowRange(query.from, query.to, t);

    RepResult result;
    result.pipelineId = compared.id;
    result.pipelineName = compared.name;
    result.asOf = fromInstant(t);
    result.windowFrom = query.from.isValid() ? fromInstant(window.from) : QDateTime();
    result.windowTo = fromInstant(window.to);

    QHash<qint64, Accumulator> reps;
    auto repFor = [&](qint64 userId) -> Accumulator & {
        auto it = reps.find(userId);
        if (it == reps.end()) {
            Accumulator a;
            const UserInfo u = s.users.value(userId);
            a.row.userId = userId;
            a.row.login = u.login;
            a.row.displayName = u.displayName;
            a.row.teamId = u.teamId;
            for (const QString &k : activityKinds())
                a.row.activities.insert(k, 0);
            a.days.resize(n);
            it = reps.insert(userId, std::move(a));
        }
        return *it;
    };

    forEachDealAt(s, matcher, t, [&](const DealRow &deal, const DealFields &fields, const DealReplay &r) {
        Accumulator &a = repFor(fields.ownerId);
        // Live in the window: created by its end, not closed before its start. Only such
        // owners are listed: an active user with no deal of the window is not a rep of it.
        if (deal.createdAt <= window.to && (r.closedAt == kNoTime || r.closedAt >= window.from))
            a.listed = true;
        if (r.status == DealStatus::Open) {
            const StageInfo &stage = s.pipelines[size_t(deal.pipeline)].stages[size_t(r.rank)];
            a.row.pipeline += fields.amount;
            ++a.row.openCount;
            a.row.weighted += money::percentOf(
                fields.amount, fields.probabilityOverride >= 0 ? fields.probabilityOverride : stage.probability);
        }
        if (window.contains(r.closedAt)) {
            if (r.status == DealStatus::Won) {
                ++a.row.wonCount;
                a.row.wonAmount += fields.amount;
                a.cycles.push_back(toDays(r.closedAt - deal.createdAt));
            } else if (r.status == DealStatus::Lost) {
                ++a.row.lostCount;
            }
        }
        if (deal.pipeline == p) {
            for (size_t i = 0; i < n; ++i) {
                if (window.contains(r.firstEntry[i]) && r.reallyEntered(int(i)))
                    a.days[i].push_back(toDays(r.openSeconds[i]));
            }
        }
    });

    // Finance sees no activity; on PostgreSQL its group may not even name the table.
    if (const ScopeFilter filter = ScopeFilter::visibleTo(db); filter.viewer().seesAny(RecordType::Activity)) {
        const qint64 from = query.from.isValid() ? window.from : std::numeric_limits<qint64>::min() + 1;
        const SqlCondition visible = filter.records(RecordType::Activity, QStringLiteral("activities"));
        RowReader act(db,
                      QStringLiteral("SELECT user_id, kind, occurred_at FROM activities WHERE occurred_at <= ?")
                          + visible.andAlso(),
                      QVariantList{isotime::toStored(fromInstant(window.to))} + visible.binds);
        while (act.next()) {
            const qint64 at = act.instant(2);
            if (at == kNoTime || at < from || at > window.to)
                continue;
            // Activities count for the listed reps only (a manager's visits make no rep row).
            const auto it = reps.find(act.integer(0));
            if (it != reps.end())
                it->row.activities[act.text(1)] += 1;
        }
    }

    // Team medians pool every deal of the team's members (no team = one group).
    QHash<qint64, std::vector<std::vector<double>>> teamDays;
    for (const Accumulator &a : std::as_const(reps)) {
        auto &team = teamDays[a.row.teamId];
        team.resize(n);
        for (size_t i = 0; i < n; ++i)
            team[i].insert(team[i].end(), a.days[i].begin(), a.days[i].end());
    }
    for (Accumulator &a : reps) {
        if (!a.listed)
            continue;
        RepRow &row = a.row;
        const qint64 closed = row.wonCount + row.lostCount;
        if (closed > 0)
            row.winRate = double(row.wonCount) / double(closed);
        if (row.wonCount > 0) {
            row.averageDeal = (row.wonAmount + row.wonCount / 2) / row.wonCount;
            row.medianCycleDays = median(a.cycles);
        }
        const auto &team = teamDays[row.teamId];
        for (size_t i = 0; i < n; ++i) {
            const StageInfo &info = compared.stages[i];
            RepStageDays d;
            d.stageId = info.id;
            d.name = info.name;
            d.repDeals = qint64(a.days[i].size());
            d.repMedian = median(a.days[i]);
            d.teamMedian = median(team[i]);
            if (!info.active && !d.repMedian && !d.teamMedian)
                continue;
            // Meaningful only: enough deals, and slower by a factor AND by a week or more
            // (+1.9 days on three deals is noise, not a stall).
            if (d.repMedian && d.teamMedian && d.repDeals >= kStallMinDeals
                && *d.repMedian >= kStallRatio * *d.teamMedian) {
                const double excess = *d.repMedian - *d.teamMedian;
                if (excess >= kStallMinExcessDays && (!row.stallExcessDays || excess > *row.stallExcessDays)) {
                    row.stallExcessDays = excess;
                    row.stallStageId = info.id;
                    row.stallStageName = info.name;
                }
            }
            row.stages.push_back(d);
        }
        result.reps.push_back(row);
    }
    std::sort(result.reps.begin(), result.reps.end(), [](const RepRow &a, const RepRow &b) {
        return a.displayName != b.displayName ? a.displayName < b.displayName : a.userId < b.userId;
    });
    return result;
}

} // namespace fd::analytics
