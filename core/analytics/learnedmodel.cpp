#include "learnedmodel.h"

#include "dealreplay.h"
#include "rowreader.h"
#include "stats.h"
#include "timerange.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

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

// Shrinkage weight of each group's own mean (one-way random effects, method of moments):
// τ² ÷ (τ² + σ² ÷ n), σ² = the scatter inside a group, τ² = how much the groups differ beyond
// it. Empty when the scatter cannot be told (no group with two values).
std::optional<std::array<double, 3>> groupWeights(const std::vector<std::pair<int, double>> &values)
{
    double sum[3] = {0, 0, 0}, n[3] = {0, 0, 0}, total = 0;
    int groups = 0;
    for (const auto &[g, x] : values) {
        sum[g] += x;
        ++n[g];
        total += x;
    }
    for (int g = 0; g < 3; ++g)
        groups += n[g] > 0 ? 1 : 0;
    const double count = double(values.size());
    if (groups < 2 || count <= groups)
        return std::nullopt;
    const double mean = total / count;
    double within = 0, between = 0, squares = 0;
    for (const auto &[g, x] : values)
        within += std::pow(x - sum[g] / n[g], 2);
    for (int g = 0; g < 3; ++g) {
        if (n[g] > 0) {
            between += n[g] * std::pow(sum[g] / n[g] - mean, 2);
            squares += n[g] * n[g];
        }
    }
    const double msw = within / (count - groups);
    const double msb = between / (groups - 1);
    const double n0 = (count - squares / count) / (groups - 1);
    const double tau2 = std::max(0.0, (msb - msw) / n0);
    std::array<double, 3> w{0, 0, 0};
    for (int g = 0; g < 3; ++g)
        w[size_t(g)] = n[g] > 0 && tau2 > 0 ? tau2 / (tau2 + msw / n[g]) : 0.0;
    return w;
}

// Phase effects from consecutive months' values (oldest first; a negative value = unknown) by
// ratio to the centred three-month moving average: each month against the quarter around it,
// so a level that drifts over the year is not taken for a phase effect. Per phase the mean
// ratio, shrunk toward the all-phase mean by groupWeights, relative to it. Empty when there
// are too few months to tell.
std::optional<std::array<double, 3>> phaseEffects(const std::vector<double> &value, const std::vector<int> &phase)
{
    std::vector<std::pair<int, double>> ratios;
    for (size_t j = 1; j + 1 < value.size(); ++j) {
        if (value[j - 1] < 0 || value[j] < 0 || value[j + 1] < 0)
            continue;
        const double average = (value[j - 1] + value[j] + value[j + 1]) / 3.0;
        if (average > 0)
            ratios.emplace_back(phase[j], value[j] / average);
    }
    const auto weights = groupWeights(ratios);
    if (!weights)
        return std::nullopt;
    double sum[3] = {0, 0, 0}, n[3] = {0, 0, 0}, total = 0;
    for (const auto &[g, x] : ratios) {
        sum[g] += x;
        ++n[g];
        total += x;
    }
    const double mean = total / double(ratios.size());
    std::array<double, 3> effect{1.0, 1.0, 1.0};
    for (int g = 0; g < 3; ++g) {
        if (n[g] > 0)
            effect[size_t(g)] = 1.0 + (sum[g] / n[g] / mean - 1.0) * (*weights)[size_t(g)];
    }
    return effect;
}

// One replay instant's part (realised, and what it is compared with) in a quarter phase.
struct PhaseSample
{
    int phase;
    double num, den;
};

// Phase effects while there are too few consecutive months for phaseEffects: per phase the
// pooled ratio Σ num ÷ Σ den relative to that of every phase, shrunk toward 1 by groupWeights
// of the instants' own ratios, or, when their scatter cannot be told, with the prior counting
// as kPhaseShrinkInstants instants.
std::array<double, 3> pooledPhaseEffects(const std::vector<PhaseSample> &samples)
{
    std::array<double, 3> effect{1.0, 1.0, 1.0};
    double num[3] = {0, 0, 0}, den[3] = {0, 0, 0}, n[3] = {0, 0, 0}, allNum = 0, allDen = 0;
    for (const PhaseSample &x : samples) {
        num[x.phase] += x.num;
        den[x.phase] += x.den;
        allNum += x.num;
        allDen += x.den;
    }
    if (allNum <= 0 || allDen <= 0)
        return effect;
    const double pooled = allNum / allDen;
    std::vector<std::pair<int, double>> ratios;
    for (const PhaseSample &x : samples) {
        if (x.den > 0) {
            ratios.emplace_back(x.phase, x.num / x.den / pooled);
            ++n[x.phase];
        }
    }
    std::array<double, 3> weight{};
    if (const auto w = groupWeights(ratios)) {
        weight = *w;
    } else {
        for (int ph = 0; ph < 3; ++ph)
            weight[size_t(ph)] = n[ph] / (n[ph] + kPhaseShrinkInstants);
    }
    for (int ph = 0; ph < 3; ++ph) {
        if (den[ph] > 0)
            effect[size_t(ph)] = 1.0 + (num[ph] / den[ph] / pooled - 1.0) * weight[size_t(ph)];
    }
    return effect;
}

// The phase effect of a window: each day takes its month's phase effect (a weekly window
// straddling two months mixes them; a quarter averages all three).
double windowEffect(const std::array<double, 3> &effect, qint64 from, qint64 to)
{
    double sum = 0;
    int days = 0;
    for (qint64 at = from; at <= to; at += kDay) {
        sum += effect[size_t((fromInstant(at).date().month() - 1) % 3)];
        ++days;
    }
    return days > 0 ? sum / days : 1.0;
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

    std::vector<double> expected(instants.size(), 0.0); // from the deals open at the instant
    for (const Observation &o : observations)
        expected[o.sample] += double(o.amount) * m.cells[o.cell].probability;

    // Quarter phase (month of the quarter): how the open deals' realisation and the new deals'
    // wins differ between the first, second and third month of a quarter. Estimated from the
    // calendar-aligned instants (their windows are whole months like the forecast's; a weekly
    // window straddles two months and blurs the effect).
    const auto phaseOf = [](qint64 from, qint64 to) {
        return (fromInstant(from + (to - from) / 2).date().month() - 1) % 3;
    };
    std::vector<double> oldRatio, freshWon;
    std::vector<int> alignedPhase;
    for (size_t j = 0; j < instants.size(); ++j) {
        if (!instants[j].aligned)
            continue;
        oldRatio.push_back(expected[j] > 0 ? (actual[j] - fresh[j]) / expected[j] : -1.0);
        freshWon.push_back(fresh[j]);
        alignedPhase.push_back(phaseOf(instants[j].from, instants[j].to));
    }
    std::optional<std::array<double, 3>> oldEffect = phaseEffects(oldRatio, alignedPhase);
    std::optional<std::array<double, 3>> freshEffect = phaseEffects(freshWon, alignedPhase);
    if (!oldEffect || !freshEffect) {
        // Fewer than two quarters of months: each phase's pooled figure against all phases'.
        const bool phaseAligned = aligned >= 2;
        std::vector<PhaseSample> oldSamples, freshSamples;
        for (size_t j = 0; j < instants.size(); ++j) {
            if (phaseAligned && !instants[j].aligned)
                continue;
            const int ph = phaseOf(instants[j].from, instants[j].to);
            oldSamples.push_back({ph, actual[j] - fresh[j], expected[j]});
            freshSamples.push_back({ph, fresh[j], 1.0});
        }
        if (!oldEffect)
            oldEffect = pooledPhaseEffects(oldSamples);
        if (!freshEffect)
            freshEffect = pooledPhaseEffects(freshSamples);
    }
    // Level: realised ÷ expected of the open deals once the phase is taken out, recency
    // weighted like the cells it corrects (amounts: the cells count deals, the money is what
    // matters, and large deals are won less often). New deals likewise.
    const bool useAligned = aligned >= kMinRatioSamples;
    std::vector<double> oldPhase(instants.size()), freshPhase(instants.size());
    double allOld = 0, allExpected = 0, freshSum = 0, freshBase = 0;
    for (size_t j = 0; j < instants.size(); ++j) {
        oldPhase[j] = windowEffect(*oldEffect, instants[j].from, instants[j].to);
        freshPhase[j] = windowEffect(*freshEffect, instants[j].from, instants[j].to);
        freshSum += fresh[j] * instants[j].weight;
        freshBase += freshPhase[j] * instants[j].weight;
        if (useAligned && !instants[j].aligned)
            continue;
        allOld += (actual[j] - fresh[j]) * instants[j].weight;
        allExpected += expected[j] * oldPhase[j] * instants[j].weight;
    }
    const double level = allOld > 0 && allExpected > 0 ? allOld / allExpected : 1.0;
    const double freshLevel = freshBase > 0 ? freshSum / freshBase : 0.0;
    m.phaseFactor = level * windowEffect(*oldEffect, window.from, window.to);
    m.newDealsExpected = freshLevel * windowEffect(*freshEffect, window.from, window.to);
    for (size_t j = 0; j < instants.size(); ++j) {
        if (useAligned && !instants[j].aligned)
            continue;
        const double e = expected[j] * level * oldPhase[j] + freshLevel * freshPhase[j];
        if (e > 0)
            m.ratios.push_back(actual[j] / e);
    }
    std::sort(m.ratios.begin(), m.ratios.end());

    // Season: the same window a year earlier (春节, National Day, the year-end push), as far as
    // the model above missed it then; one year of evidence, so half of it counts.
    for (size_t j = 0; j < instants.size(); ++j) {
        if (!instants[j].aligned || fromInstant(instants[j].from).addYears(1) != fromInstant(window.from))
            continue;
        const double e = expected[j] * level * oldPhase[j] + freshLevel * freshPhase[j];
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
                c.probability = (c.wonWeight + kLearnedShrinkDeals * sc.probability) / (c.weight + kLearnedShrinkDeals);
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
