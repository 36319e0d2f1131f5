#include "forecast.h"

#include "dealreplay.h"
#include "prng.h"
#include "stats.h"
#include "targets.h"
#include "timerange.h"
#include "winmodel.h"

#include "domain/money.h"
#include "domain/validator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fd::analytics {

QString toString(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Configured: return QStringLiteral("configured");
    case ForecastMethod::Historical: return QStringLiteral("historical");
    case ForecastMethod::Simulation: return QStringLiteral("simulation");
    }
    return {};
}

bool parseForecastMethod(const QString &text, ForecastMethod *method)
{
    for (ForecastMethod m : {ForecastMethod::Configured, ForecastMethod::Historical, ForecastMethod::Simulation}) {
        if (text == toString(m)) {
            *method = m;
            return true;
        }
    }
    return false;
}

namespace {

qint64 roundCents(double cents)
{
    return qint64(std::llround(cents));
}

// Probability that a deal of age `age` days in its stage closes inside [lo, hi] days from
// T, under the empirical time to win (DEFINITIONS.md §4).
double closeProbability(const std::vector<double> &d, double age, double lo, double hi, qint32 closeDay, qint64 t,
                        const TimeRange &period)
{
    if (d.empty()) {
        if (closeDay == kNoDay)
            return 0.0;
        const qint64 at = std::max(t, qint64(closeDay) * 86400 + 86399);
        return period.contains(at) ? 1.0 : 0.0;
    }
    auto from = std::upper_bound(d.begin(), d.end(), age);
    double shift = age;
    if (d.end() - from < kMinConditionalSample) {
        from = d.begin();
        shift = 0;
    }
    const double count = double(d.end() - from);
    // remaining = x − shift ∈ [lo, hi]  ⇔  x ∈ [lo + shift, hi + shift]
    const auto a = std::lower_bound(from, d.end(), lo + shift);
    const auto b = std::upper_bound(from, d.end(), hi + shift);
    return b > a ? double(b - a) / count : 0.0;
}

} // namespace

ForecastResult computeForecast(Database &db, const ForecastQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    Snapshot::Options options;
    options.until = t;
    const Snapshot snapshot = Snapshot::load(db, options);
    ForecastQuery q = query;
    q.asOf = fromInstant(t);
    return computeForecast(db, snapshot, q);
}

ForecastResult computeForecast(Database &db, const Snapshot &s, const ForecastQuery &query)
{
    ForecastResult result;
    TimeRange period;
    if (!periodRange(query.period, &period, &result.periodStart, &result.periodEnd)
        || query.period.size() == 4) {
        Validator v(QStringLiteral("forecast"));
        v.check(false, QStringLiteral("period"), query.period,
                QCoreApplication::translate("Validation", "must be a month (2026-12) or a quarter (2026-Q4)"));
        v.throwIfInvalid();
    }
    const qint64 t = asOfInstant(db, query.asOf);
    result.period = query.period;
    result.method = query.method;
    result.asOf = fromInstant(t);
    const ScopeMatcher matcher(db, s, query.scope);

    WinModel model;
    model.stages.resize(s.pipelines.size());
    for (size_t p = 0; p < s.pipelines.size(); ++p)
        model.stages[p].resize(s.pipelines[p].stages.size());

    struct Candidate
    {
        const DealRow *deal;
        DealFields fields;
        int rank;
        qint64 stageEnteredAt;
    };
    std::vector<Candidate> open;
    DealReplay r;
    qint64 earliest = t;
    for (const DealRow &deal : s.deals) {
        if (deal.createdAt > t)
            continue;
        earliest = std::min(earliest, deal.createdAt);
        r.run(s, deal, t);
        if (!r.exists)
            continue;
        model.addClosed(deal.pipeline, r);
        const DealFields fields = s.fieldsAt(deal, t);
        if (!matcher.matches(deal, fields))
            continue;
        model.addToRunRate(deal, r, fields.amount, t);
        if (r.status == DealStatus::Won && period.contains(r.closedAt) && r.closedAt <= t) {
            result.wonInPeriod += fields.amount;
            ++result.wonCount;
        }
        if (r.status == DealStatus::Open)
            open.push_back({&deal, fields, r.rank, r.stageEnteredAt});
    }
    model.finish(s, t, earliest);

    const qint32 firstDay = toDay(result.periodStart);
    const qint32 lastDay = toDay(result.periodEnd);
    auto inPeriod = [&](qint32 day) { return day != kNoDay && day >= firstDay && day <= lastDay; };
    for (const Candidate &c : open) {
        if (inPeriod(c.fields.closeDay)) {
            result.openPipeline += c.fields.amount;
            ++result.openCount;
        }
    }

    const double lo = toDays(period.from - t);
    const double hi = toDays(period.to - t);
    double expectedExact = 0;
    for (const Candidate &c : open) {
        const PipelineInfo &pipeline = s.pipelines[size_t(c.deal->pipeline)];
        const StageInfo &stage = pipeline.stages[size_t(c.rank)];
        const StageLearning &learned = model.stages[size_t(c.deal->pipeline)][size_t(c.rank)];
        ForecastDeal d;
        d.id = c.deal->id;
        d.stageId = stage.id;
        d.ownerId = c.fields.ownerId;
        d.amount = c.fields.amount;
        d.expectedClose = fromDay(c.fields.closeDay);
        switch (query.method) {
        case ForecastMethod::Configured: {
            if (!inPeriod(c.fields.closeDay))
                continue;
            const int p = c.fields.probabilityOverride >= 0 ? c.fields.probabilityOverride : stage.probability;
            d.probability = p / 100.0;
            d.expected = money::percentOf(d.amount, p);
            break;
        }
        case ForecastMethod::Historical:
            if (!inPeriod(c.fields.closeDay))
                continue;
            d.probability = learned.probability;
            d.expected = roundCents(double(d.amount) * d.probability);
            break;
        case ForecastMethod::Simulation: {
            if (hi < 0)
                continue; // the period is over
            d.probability = learned.probability;
            d.closeInPeriod = closeProbability(learned.daysToWin, toDays(t - c.stageEnteredAt), lo, hi,
                                               c.fields.closeDay, t, period);
            if (d.closeInPeriod <= 0 || d.probability <= 0)
                continue;
            const double e = double(d.amount) * d.probability * d.closeInPeriod;
            expectedExact += e;
            d.expected = roundCents(e);
            break;
        }
        }
        if (query.method != ForecastMethod::Simulation)
            result.expected += d.expected;
        result.deals.push_back(d);
    }
    std::sort(result.deals.begin(), result.deals.end(), [](const ForecastDeal &a, const ForecastDeal &b) {
        return a.expected != b.expected ? a.expected > b.expected : a.id < b.id;
    });

    if (query.method == ForecastMethod::Simulation) {
        // New deals: won arrivals at rate λ·q over [max(T, start), end]; one counts when its
        // creation → win duration ends inside the period. Thinning gives a Poisson count.
        const RunRate &rr = model.runRate;
        const double arrivalFrom = std::max(0.0, lo);
        const double length = std::max(0.0, hi - arrivalFrom);
        double countMean = 0;
        if (length > 0 && !rr.cycleDays.empty() && !rr.wonAmounts.empty()) {
            double covered = 0;
            for (double c : rr.cycleDays)
                covered += std::max(0.0, length - c);
            countMean = rr.perDay * rr.winRate * covered / double(rr.cycleDays.size());
        }
        double meanAmount = 0;
        for (qint64 a : rr.wonAmounts)
            meanAmount += double(a);
        if (!rr.wonAmounts.empty())
            meanAmount /= double(rr.wonAmounts.size());
        result.newDealsPerRun = countMean;
        result.newDealsExpected = roundCents(countMean * meanAmount);
        expectedExact += countMean * meanAmount;
        result.expected = roundCents(expectedExact);

        // Each deal adds its amount with probability p̂ · P(close in period): drawing the
        // win and the close time separately gives the same Bernoulli, one draw is faster.
        std::vector<std::pair<double, qint64>> chances;
        chances.reserve(result.deals.size());
        for (const ForecastDeal &d : result.deals)
            chances.push_back({d.probability * d.closeInPeriod, d.amount});
        std::sort(chances.begin(), chances.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        const int runs = std::max(1, query.runs);
        Prng rng(query.seed);
        std::vector<double> totals(static_cast<size_t>(runs));
        const auto amounts = rr.wonAmounts;
        double sum = 0;
        for (int run = 0; run < runs; ++run) {
            qint64 total = 0;
            for (const auto &c : chances) {
                if (rng.uniform() < c.first)
                    total += c.second;
            }
            if (countMean > 0) {
                // Poisson(countMean) by unit-rate exponential gaps.
                double clock = rng.exponential();
                while (clock <= countMean) {
                    total += amounts[size_t(rng.below(amounts.size()))];
                    clock += rng.exponential();
                }
            }
            totals[size_t(run)] = double(total + result.wonInPeriod);
            sum += totals[size_t(run)];
        }
        result.runs = runs;
        result.seed = query.seed;
        result.mean = roundCents(sum / double(runs));
        result.p10 = roundCents(*percentile(totals, 0.1));
        result.p50 = roundCents(*percentile(totals, 0.5));
        result.p90 = roundCents(*percentile(totals, 0.9));
        result.forecast = result.mean;
    } else {
        result.forecast = result.wonInPeriod + result.expected;
    }

    result.target = targetFor(db, query.period, query.scope);
    if (result.target) {
        result.gap = *result.target - result.forecast;
        const qint64 remaining = *result.target - result.wonInPeriod;
        if (remaining > 0)
            result.coverage = double(result.openPipeline) / double(remaining);
    }
    return result;
}

} // namespace fd::analytics
