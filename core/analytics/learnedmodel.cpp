#include "learnedmodel.h"

#include "dealreplay.h"
#include "rowreader.h"
#include "stats.h"
#include "timerange.h"

#include <algorithm>
#include <cmath>

namespace fd::analytics {

namespace {

constexpr qint64 kDay = 86400;

// The prior of the timing factor per close position: the configured method's view (a deal
// counts with its stage probability when its date is in the period, else not at all).
constexpr double kTimingPrior[kClosePositions] = {0.0, 1.0, 1.0, 1.0, 0.0, 0.0};

// One (deal, replay instant) pair in scope, kept to compute the in-sample expectation.
struct Observation
{
    quint32 sample;
    quint32 cell;
    qint64 amount;
};

// An earlier instant T_k with the forecast's window moved back with it.
struct ReplayInstant
{
    qint64 t, from, to;
    double weight;
    bool aligned; // moved by whole calendar months (its window is a month or quarter like the forecast's)
};

// Weekly instants over the year before T (same offsets as the forecast's window), and the
// instants 1–12 calendar months back (same calendar shape), oldest first. Every window must
// be known at T and reach past the first closure.
std::vector<ReplayInstant> replayInstants(const ForecastWindow &w, qint64 firstClosure)
{
    std::vector<ReplayInstant> out;
    const auto weight = [&](qint64 tk) { return std::exp2(-toDays(w.t - tk) / kReplayHalfLifeDays); };
    const auto keep = [&](qint64 to) { return to <= w.t && to >= firstClosure; };
    for (int k = kReplayLookbackDays / kReplayStepDays; k >= 1; --k) {
        const qint64 shift = qint64(k) * kReplayStepDays * kDay;
        if (keep(w.to - shift))
            out.push_back({w.t - shift, w.from - shift, w.to - shift, weight(w.t - shift), false});
    }
    const QDateTime from = fromInstant(w.from), end = fromInstant(w.to + 1);
    for (int k = 1; k <= 12; ++k) {
        const qint64 f = toInstant(from.addMonths(-k));
        const qint64 to = toInstant(end.addMonths(-k)) - 1;
        const qint64 tk = f - (w.from - w.t);
        if (keep(to))
            out.push_back({tk, f, to, weight(tk), true});
    }
    std::sort(out.begin(), out.end(), [](const ReplayInstant &a, const ReplayInstant &b) { return a.t < b.t; });
    return out;
}

} // namespace

QString closePositionKey(int position)
{
    static const char *const keys[kClosePositions] = {"none", "passed", "early", "in_period", "next", "later"};
    return position >= 0 && position < kClosePositions ? QString::fromLatin1(keys[position]) : QString();
}

int ageBucket(double ageDays)
{
    if (ageDays < 30)
        return 0;
    if (ageDays < 90)
        return 1;
    if (ageDays < 180)
        return 2;
    return 3;
}

ClosePosition LearnedModel::position(qint32 closeDay, qint64 t, qint64 from, qint64 to)
{
    if (closeDay == kNoDay)
        return ClosePosition::None;
    // A deal expected on day D is expected by the end of D.
    const qint64 due = qint64(closeDay) * kDay + kDay - 1;
    if (due <= t)
        return ClosePosition::Passed;
    if (due < from)
        return ClosePosition::Early;
    if (due <= to)
        return ClosePosition::InWindow;
    if (due <= to + (to - from + 1))
        return ClosePosition::Next;
    return ClosePosition::Later;
}

ClosePosition LearnedModel::position(qint32 closeDay, const ForecastWindow &w)
{
    return position(closeDay, w.t, w.from, w.to);
}

size_t LearnedModel::stageCellIndex(int stage, ClosePosition p) const
{
    return size_t(stage) * kClosePositions + size_t(p);
}

size_t LearnedModel::cellIndex(int stage, ClosePosition p, int age) const
{
    return stageCellIndex(stage, p) * kAgeBuckets + size_t(age);
}

LearnedModel LearnedModel::learn(const Snapshot &s, const ScopeMatcher &matcher, const ForecastWindow &window)
{
    LearnedModel m;
    m.m_window = window;
    int stages = 0;
    for (const PipelineInfo &p : s.pipelines) {
        m.stageBase.push_back(stages);
        stages += int(p.stages.size());
        for (const StageInfo &st : p.stages)
            m.configured.push_back(std::clamp(st.probability / 100.0, 0.0, 1.0));
    }
    m.cells.assign(size_t(stages) * kClosePositions * kAgeBuckets, {});
    m.stageCells.assign(size_t(stages) * kClosePositions, {});
    m.timing.assign(kClosePositions, 0.0);

    const qint64 t = window.t;

    // The office's recorded history starts with its first closure: an export of an older CRM
    // often holds deals created long before anything in it was closed, and a window before
    // that would teach the model that deals never close.
    qint64 firstClosure = kNoTime;
    for (const DealRow &deal : s.deals) {
        for (quint32 i = 0; i < deal.eventCount; ++i) {
            const DealEvent &e = s.events[deal.firstEvent + i];
            if (e.at <= t && (e.status == DealStatus::Won || e.status == DealStatus::Lost)
                && (firstClosure == kNoTime || e.at < firstClosure))
                firstClosure = e.at;
        }
    }
    const std::vector<ReplayInstant> instants = firstClosure == kNoTime || window.isOver()
        ? std::vector<ReplayInstant>{}
        : replayInstants(window, firstClosure);
    qint64 longest = 0; // the longest window, to find the instants a deal can matter to
    int aligned = 0;
    for (const ReplayInstant &in : instants) {
        longest = std::max(longest, in.to - in.t);
        aligned += in.aligned ? 1 : 0;
    }
    m.samples = int(instants.size());
    std::vector<double> actual(instants.size(), 0.0), fresh(instants.size(), 0.0);
    std::vector<Observation> observations;

    DealReplay r;
    for (size_t d = 0; d < s.deals.size() && !instants.empty(); ++d) {
        const DealRow &deal = s.deals[d];
        if (deal.createdAt > t)
            continue;
        r.run(s, deal, t);
        if (!r.exists)
            continue;
        const qint64 wonAt = r.status == DealStatus::Won ? r.closedAt : kNoTime;
        const qint64 wonAmount = wonAt != kNoTime ? s.fieldsAt(deal, t).amount : 0;
        // Only the instants at which the deal was new (created inside the window) or open.
        const qint64 lastOpen = r.closedAt != kNoTime ? r.closedAt : t;
        auto j = size_t(std::lower_bound(instants.begin(), instants.end(), deal.createdAt - longest,
                                         [](const ReplayInstant &in, qint64 at) { return in.t < at; })
                        - instants.begin());
        const DealEvent *ev = s.events.data() + deal.firstEvent;
        const DealEvent *end = ev + deal.eventCount;
        int rank = -1;
        DealStatus status = DealStatus::Open;
        bool freshInScope = false, freshChecked = false;
        for (; j < instants.size() && instants[j].t < lastOpen; ++j) {
            const ReplayInstant &in = instants[j];
            const bool won = wonAt != kNoTime && wonAt >= in.from && wonAt <= in.to;
            if (in.t < deal.createdAt) {
                // A deal that did not exist at T_k: the new-deal part.
                if (!won)
                    continue;
                if (!freshChecked) {
                    freshInScope = matcher.matches(deal, s.fieldsAt(deal, t));
                    freshChecked = true;
                }
                if (freshInScope) {
                    fresh[j] += double(wonAmount);
                    actual[j] += double(wonAmount);
                }
                continue;
            }
            // Events are in time order and so are the instants: advance, never rewind.
            for (; ev != end && ev->at <= in.t; ++ev) {
                rank = ev->rank;
                status = ev->status;
            }
            if (rank < 0 || status != DealStatus::Open)
                continue;
            const DealFields fields = s.fieldsAt(deal, in.t);
            const ClosePosition pos = position(fields.closeDay, in.t, in.from, in.to);
            const int age = ageBucket(toDays(in.t - deal.createdAt));
            const int stage = m.stageBase[size_t(deal.pipeline)] + rank;
            const size_t cell = m.cellIndex(stage, pos, age);
            LearnedCell &c = m.cells[cell];
            ++c.deals;
            c.weight += in.weight;
            ++m.observations;
            if (won) {
                ++c.won;
                c.wonWeight += in.weight;
            }
            if (matcher.matches(deal, fields)) {
                observations.push_back({quint32(j), quint32(cell), fields.amount});
                if (won)
                    actual[j] += double(wonAmount);
            }
        }
    }
    m.finish();
    if (instants.empty())
        return m;

    // New deals: what the deals created after each instant won inside its window, weighted.
    double freshSum = 0, weightSum = 0;
    for (size_t j = 0; j < instants.size(); ++j) {
        freshSum += fresh[j] * instants[j].weight;
        weightSum += instants[j].weight;
    }
    const double freshMean = freshSum / weightSum;
    std::vector<double> expected(instants.size(), 0.0); // from the deals open at the instant
    for (const Observation &o : observations)
        expected[o.sample] += double(o.amount) * m.cells[o.cell].probability;

    // Level and quarter phase come from the calendar-aligned instants (their windows are whole
    // months or quarters like the forecast's), else from all of them: per phase (month of the
    // quarter at the window's centre), what the open deals realised against their expectation
    // and what new deals added, each shrunk toward the all-phase figure.
    const bool useAligned = aligned >= kMinRatioSamples;
    const auto phaseOf = [](qint64 from, qint64 to) { return (fromInstant(from + (to - from) / 2).date().month() - 1) % 3; };
    double allOld = 0, allExpected = 0, allFresh = 0, count = 0;
    double phOld[3] = {0, 0, 0}, phExpected[3] = {0, 0, 0}, phFresh[3] = {0, 0, 0}, phCount[3] = {0, 0, 0};
    for (size_t j = 0; j < instants.size(); ++j) {
        if (useAligned && !instants[j].aligned)
            continue;
        const int ph = phaseOf(instants[j].from, instants[j].to);
        const double old = actual[j] - fresh[j];
        allOld += old;
        allExpected += expected[j];
        allFresh += fresh[j];
        ++count;
        phOld[ph] += old;
        phExpected[ph] += expected[j];
        phFresh[ph] += fresh[j];
        ++phCount[ph];
    }
    // Amounts: the cells count deals, the money is what matters (large deals are won less
    // often); realised ÷ expected over the instants corrects that.
    const double level = allOld > 0 && allExpected > 0 ? allOld / allExpected : 1.0;
    double oldFactor[3] = {level, level, level}, newMean[3] = {freshMean, freshMean, freshMean};
    for (int ph = 0; ph < 3; ++ph) {
        const double w = phCount[ph] / (phCount[ph] + kPhaseShrinkInstants);
        if (phExpected[ph] > 0 && allOld > 0)
            oldFactor[ph] = level * (1.0 + ((phOld[ph] / phExpected[ph]) / level - 1.0) * w);
        if (phCount[ph] > 0 && count > 0 && allFresh > 0)
            newMean[ph] = freshMean * (1.0 + ((phFresh[ph] / phCount[ph]) / (allFresh / count) - 1.0) * w);
    }
    const int target = phaseOf(window.from, window.to);
    m.levelFactor = level;
    m.phaseFactor = oldFactor[target];
    m.newDealsExpected = newMean[target];
    for (size_t j = 0; j < instants.size(); ++j) {
        if (useAligned && !instants[j].aligned)
            continue;
        const int ph = phaseOf(instants[j].from, instants[j].to);
        const double e = expected[j] * oldFactor[ph] + newMean[ph];
        if (e > 0)
            m.ratios.push_back(actual[j] / e);
    }
    std::sort(m.ratios.begin(), m.ratios.end());

    // Season: the same window a year earlier (春节, National Day, the year-end push), as far as
    // the model above missed it then; one year of evidence, so half of it counts.
    for (size_t j = 0; j < instants.size(); ++j) {
        if (!instants[j].aligned || fromInstant(instants[j].from).addYears(1) != fromInstant(window.from))
            continue;
        const int ph = phaseOf(instants[j].from, instants[j].to);
        const double e = expected[j] * oldFactor[ph] + newMean[ph];
        if (e > 0 && actual[j] + e > 0)
            m.seasonFactor = std::clamp(1.0 + (actual[j] / e - 1.0) * kSeasonWeight, 0.3, 2.0);
    }
    return m;
}

void LearnedModel::finish()
{
    const size_t stages = configured.size();
    // Timing: of what the configured probabilities expected to be won eventually, the share
    // that was won inside the window, per close position (pooled over every stage).
    std::vector<double> won(kClosePositions, 0.0), expected(kClosePositions, 0.0);
    for (size_t st = 0; st < stages; ++st) {
        for (int p = 0; p < kClosePositions; ++p) {
            LearnedCell &sc = stageCells[stageCellIndex(int(st), ClosePosition(p))];
            for (int a = 0; a < kAgeBuckets; ++a) {
                const LearnedCell &c = cells[cellIndex(int(st), ClosePosition(p), a)];
                sc.deals += c.deals;
                sc.won += c.won;
                sc.weight += c.weight;
                sc.wonWeight += c.wonWeight;
            }
            won[size_t(p)] += sc.wonWeight;
            expected[size_t(p)] += sc.weight * configured[st];
        }
    }
    for (int p = 0; p < kClosePositions; ++p)
        timing[size_t(p)] = (won[size_t(p)] + kLearnedShrinkDeals * kTimingPrior[p])
            / (expected[size_t(p)] + kLearnedShrinkDeals);
    for (size_t st = 0; st < stages; ++st) {
        for (int p = 0; p < kClosePositions; ++p) {
            LearnedCell &sc = stageCells[stageCellIndex(int(st), ClosePosition(p))];
            const double prior = std::clamp(configured[st] * timing[size_t(p)], 0.0, 1.0);
            sc.probability = (sc.wonWeight + kLearnedShrinkDeals * prior) / (sc.weight + kLearnedShrinkDeals);
            for (int a = 0; a < kAgeBuckets; ++a) {
                LearnedCell &c = cells[cellIndex(int(st), ClosePosition(p), a)];
                c.probability = (c.wonWeight + kLearnedShrinkDeals * sc.probability)
                    / (c.weight + kLearnedShrinkDeals);
            }
        }
    }
}

LearnedPrediction LearnedModel::predict(int pipeline, int rank, const DealFields &fields, qint64 createdAt) const
{
    LearnedPrediction p;
    const int stage = stageBase[size_t(pipeline)] + rank;
    p.position = position(fields.closeDay, m_window);
    p.ageBucket = ageBucket(toDays(m_window.t - createdAt));
    const LearnedCell &c = cells[cellIndex(stage, p.position, p.ageBucket)];
    p.probability = c.probability;
    p.similarDeals = c.deals;
    p.similarWon = c.won;
    p.stageRate = stageCells[stageCellIndex(stage, p.position)].probability;
    p.configured = configured[size_t(stage)];
    return p;
}

} // namespace fd::analytics
