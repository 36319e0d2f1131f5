#include "forecast.h"

#include "baselines.h"
#include "forecastauto.h"
#include "learnedmodel.h"

#include "dealreplay.h"
#include "prng.h"
#include "stats.h"
#include "targets.h"
#include "timerange.h"
#include "winmodel.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/validator.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fd::analytics {

const std::vector<ForecastMethod> &forecastMethods()
{
    static const std::vector<ForecastMethod> methods{ForecastMethod::Learned,    ForecastMethod::Configured,
                                                     ForecastMethod::Historical, ForecastMethod::Simulation,
                                                     ForecastMethod::RunRate,    ForecastMethod::SeasonalNaive};
    return methods;
}

QString toString(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Configured:
        return QStringLiteral("configured");
    case ForecastMethod::Historical:
        return QStringLiteral("historical");
    case ForecastMethod::Simulation:
        return QStringLiteral("simulation");
    case ForecastMethod::Learned:
        return QStringLiteral("learned");
    case ForecastMethod::RunRate:
        return QStringLiteral("run_rate");
    case ForecastMethod::SeasonalNaive:
        return QStringLiteral("seasonal_naive");
    case ForecastMethod::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

bool parseForecastMethod(const QString &text, ForecastMethod *method)
{
    if (text == toString(ForecastMethod::Auto)) {
        *method = ForecastMethod::Auto;
        return true;
    }
    for (ForecastMethod m : forecastMethods()) {
        if (text == toString(m)) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString forecastMethodName(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Configured:
        return QCoreApplication::translate("ForecastMethod", "Configured win rates");
    case ForecastMethod::Historical:
        return QCoreApplication::translate("ForecastMethod", "Historical win rates");
    case ForecastMethod::Simulation:
        return QCoreApplication::translate("ForecastMethod", "Simulation");
    case ForecastMethod::Learned:
        return QCoreApplication::translate("ForecastMethod", "Learned from history");
    case ForecastMethod::RunRate:
        return QCoreApplication::translate("ForecastMethod", "Run rate (3 months)");
    case ForecastMethod::SeasonalNaive:
        return QCoreApplication::translate("ForecastMethod", "Same month last year");
    case ForecastMethod::Auto:
        return QCoreApplication::translate("ForecastMethod", "Auto");
    }
    return {};
}

QString trackRecordText(const ForecastResult &r)
{
    if (!r.autoSelected)
        return {};
    const QString name = forecastMethodName(r.method);
    if (!r.trackRecordMape)
        return QCoreApplication::translate("ForecastMethod", "%1 (auto: no past months to measure yet)").arg(name);
    return QCoreApplication::translate("ForecastMethod", "%1 (auto) · mean error over the past %n months: %2 %", "",
                                       r.trackRecordMonths)
        .arg(name)
        .arg(*r.trackRecordMape * 100, 0, 'f', 0);
}

bool hasRange(ForecastMethod method)
{
    return method == ForecastMethod::Simulation || method == ForecastMethod::Learned;
}

bool hasDeals(ForecastMethod method)
{
    return method != ForecastMethod::RunRate && method != ForecastMethod::SeasonalNaive;
}

QString explainForecastDeal(const ForecastDeal &d)
{
    if (d.position < 0)
        return {};
    QString where;
    switch (ClosePosition(d.position)) {
    case ClosePosition::None:
        where = QCoreApplication::translate("ForecastExplanation", "no expected close date");
        break;
    case ClosePosition::Passed:
        where = QCoreApplication::translate("ForecastExplanation", "expected close date already passed");
        break;
    case ClosePosition::Early:
        where = QCoreApplication::translate("ForecastExplanation", "expected to close before the period");
        break;
    case ClosePosition::InWindow:
        where = QCoreApplication::translate("ForecastExplanation", "expected to close in the period");
        break;
    case ClosePosition::Next:
        where = QCoreApplication::translate("ForecastExplanation", "expected to close just after the period");
        break;
    case ClosePosition::Later:
        where = QCoreApplication::translate("ForecastExplanation", "expected to close well after the period");
        break;
    }
    const QString pct = QStringLiteral("%1 %");
    return QCoreApplication::translate("ForecastExplanation",
                                       "%1, %2 days old: %3 of %4 similar deals were won within such a period "
                                       "(stage and date alone: %5; configured stage probability %6)")
        .arg(where)
        .arg(d.ageDays)
        .arg(d.similarWon)
        .arg(d.similarDeals)
        .arg(pct.arg(d.stageRate * 100, 0, 'f', 0), pct.arg(d.configured * 100, 0, 'f', 0));
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

namespace {

// The configured method as of now needs no replay: the stored stage, status, amount and
// close date are the state at T. One indexed query instead of the whole history.
ForecastResult configuredNow(Database &db, const ForecastQuery &query, qint64 t)
{
    ForecastResult result;
    TimeRange period;
    periodRange(query.period, &period, &result.periodStart, &result.periodEnd);
    result.period = query.period;
    result.method = query.method;
    result.asOf = fromInstant(t);
    const SqlCondition inScope = ScopeFilter::visibleTo(db, query.scope).deals(QStringLiteral("o"));
    {
        QVariantList b{isotime::toStored(result.periodStart), isotime::toStored(result.periodEnd)};
        RowReader r(db,
                    QStringLiteral("SELECT o.id, o.stage_id, o.owner_id, o.amount_cents, o.expected_close_date, "
                                   "COALESCE(o.probability_override, s.win_probability) FROM opportunities o "
                                   "JOIN stages s ON s.id = o.stage_id WHERE o.status = 'open' AND "
                                   "o.expected_close_date >= ? AND o.expected_close_date <= ?")
                        + inScope.andAlso(),
                    b + inScope.binds);
        while (r.next()) {
            ForecastDeal d;
            d.id = r.integer(0);
            d.stageId = r.integer(1);
            d.ownerId = r.integer(2);
            d.amount = r.integer(3);
            d.expectedClose = fromDay(r.day(4));
            const int p = int(r.integer(5));
            d.probability = p / 100.0;
            d.expected = money::percentOf(d.amount, p);
            result.openPipeline += d.amount;
            ++result.openCount;
            result.expected += d.expected;
            result.deals.push_back(d);
        }
    }
    {
        QVariantList b{isotime::toStored(fromInstant(period.from)),
                       isotime::toStored(fromInstant(std::min(period.to, t)))};
        RowReader r(db,
                    QStringLiteral("SELECT count(*), COALESCE(sum(o.amount_cents), 0) FROM opportunities o "
                                   "WHERE o.status = 'won' AND o.closed_at >= ? AND o.closed_at <= ?")
                        + inScope.andAlso(),
                    b + inScope.binds);
        if (r.next()) {
            result.wonCount = r.integer(0);
            result.wonInPeriod = r.integer(1);
        }
    }
    std::sort(result.deals.begin(), result.deals.end(), [](const ForecastDeal &a, const ForecastDeal &b) {
        return a.expected != b.expected ? a.expected > b.expected : a.id < b.id;
    });
    result.forecast = result.wonInPeriod + result.expected;
    result.target = targetFor(db, query.period, query.scope);
    if (result.target) {
        result.gap = *result.target - result.forecast;
        const qint64 remaining = *result.target - result.wonInPeriod;
        if (remaining > 0)
            result.coverage = double(result.openPipeline) / double(remaining);
    }
    return result;
}

} // namespace

ForecastResult computeForecast(Database &db, const ForecastQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    TimeRange period;
    if (query.method == ForecastMethod::Configured && t >= toInstant(db.clock().now())
        && periodRange(query.period, &period) && query.period.size() != 4 && period.to > t)
        return configuredNow(db, query, t);
    Snapshot::Options options;
    options.until = t;
    const Snapshot snapshot = Snapshot::load(db, options);
    ForecastQuery q = query;
    q.asOf = fromInstant(t);
    return computeForecast(db, snapshot, q);
}

namespace {

// A deal open at T, in scope.
struct Candidate
{
    const DealRow *deal;
    DealFields fields;
    int rank;
    qint64 stageEnteredAt;
};

// What one replay of every deal at T gives every method.
struct Replayed
{
    std::vector<Candidate> open;
    WinModel model;          // historical and simulation
    WonHistory won;          // baselines: every win in scope, closure as of T
    qint64 firstCreated = 0; // the office's first deal
};

Replayed replayAll(const Snapshot &s, const ScopeMatcher &matcher, qint64 t, const TimeRange &period,
                   ForecastResult &result)
{
    Replayed x;
    x.model.stages.resize(s.pipelines.size());
    for (size_t p = 0; p < s.pipelines.size(); ++p)
        x.model.stages[p].resize(s.pipelines[p].stages.size());
    DealReplay r;
    qint64 earliest = t;
    for (const DealRow &deal : s.deals) {
        if (deal.createdAt > t)
            continue;
        earliest = std::min(earliest, deal.createdAt);
        r.run(s, deal, t);
        if (!r.exists)
            continue;
        x.model.addClosed(deal.pipeline, r);
        const DealFields fields = s.fieldsAt(deal, t);
        if (!matcher.matches(deal, fields))
            continue;
        x.model.addToRunRate(deal, r, fields.amount, t);
        if (r.status == DealStatus::Won) {
            x.won.add(r.closedAt, fields.amount);
            if (period.contains(r.closedAt) && r.closedAt <= t) {
                result.wonInPeriod += fields.amount;
                ++result.wonCount;
            }
        }
        if (r.status == DealStatus::Open)
            x.open.push_back({&deal, fields, r.rank, r.stageEnteredAt});
    }
    x.model.finish(s, t, earliest);
    x.won.finish();
    x.firstCreated = earliest;
    return x;
}

// Configured, historical and simulation deal by deal (DEFINITIONS.md §4).
void forecastDeals(const Snapshot &s, const Replayed &x, const ForecastQuery &query, qint64 t, const TimeRange &period,
                   ForecastResult &result, double *expectedExact)
{
    const qint32 firstDay = toDay(result.periodStart);
    const qint32 lastDay = toDay(result.periodEnd);
    auto inPeriod = [&](qint32 day) { return day != kNoDay && day >= firstDay && day <= lastDay; };
    const double lo = toDays(period.from - t);
    const double hi = toDays(period.to - t);
    for (const Candidate &c : x.open) {
        const PipelineInfo &pipeline = s.pipelines[size_t(c.deal->pipeline)];
        const StageInfo &stage = pipeline.stages[size_t(c.rank)];
        const StageLearning &learned = x.model.stages[size_t(c.deal->pipeline)][size_t(c.rank)];
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
            d.probability = learned.probability;
            d.closeInPeriod = closeProbability(learned.daysToWin, toDays(t - c.stageEnteredAt), lo, hi,
                                               c.fields.closeDay, t, period);
            if (d.closeInPeriod <= 0 || d.probability <= 0)
                continue;
            const double e = double(d.amount) * d.probability * d.closeInPeriod;
            *expectedExact += e;
            d.expected = roundCents(e);
            break;
        }
        default:
            continue;
        }
        result.deals.push_back(d);
    }
}

// Monte Carlo over the deals' chances plus Poisson new deals (DEFINITIONS.md §4, simulation).
void simulate(const Replayed &x, const ForecastQuery &query, qint64 t, const TimeRange &period, ForecastResult &result,
              double expectedExact)
{
    // New deals: won arrivals at rate λ·q over [max(T, start), end]; one counts when its
    // creation → win duration ends inside the period. Thinning gives a Poisson count.
    const RunRate &rr = x.model.runRate;
    const double lo = toDays(period.from - t);
    const double hi = toDays(period.to - t);
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
    // The chance as a 64-bit threshold: next() < threshold has probability chance,
    // without converting every draw to a double.
    std::vector<std::pair<quint64, qint64>> chances;
    chances.reserve(result.deals.size());
    for (const ForecastDeal &d : result.deals) {
        const double chance = std::clamp(d.probability * d.closeInPeriod, 0.0, 1.0);
        const quint64 threshold = chance >= 1.0 ? std::numeric_limits<quint64>::max() : quint64(std::ldexp(chance, 64));
        chances.push_back({threshold, d.amount});
    }
    std::sort(chances.begin(), chances.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const int runs = std::max(1, query.runs);
    Prng rng(query.seed);
    std::vector<double> totals(static_cast<size_t>(runs));
    const auto &amounts = rr.wonAmounts;
    double sum = 0;
    for (int run = 0; run < runs; ++run) {
        qint64 total = 0;
        // Branch-free: the outcomes are coin flips the branch predictor cannot learn.
        for (const auto &c : chances)
            total += c.second & -qint64(rng.next() < c.first);
        if (countMean > 0) {
            for (qint64 k = rng.poisson(countMean); k > 0; --k)
                total += amounts[size_t(rng.below(amounts.size()))];
        }
        totals[size_t(run)] = double(total + result.wonInPeriod);
        sum += totals[size_t(run)];
    }
    result.runs = runs;
    result.seed = query.seed;
    result.hasRange = true;
    result.mean = roundCents(sum / double(runs));
    result.p10 = roundCents(*percentile(totals, 0.1));
    result.p50 = roundCents(*percentile(totals, 0.5));
    result.p90 = roundCents(*percentile(totals, 0.9));
    result.forecast = result.mean;
}

// Realised ÷ expected at the replay instants as a prediction interval for one more month:
// log-normal, the log ratios' mean and standard deviation with the Student t quantile of
// n − 1 degrees of freedom and the √(1 + 1/n) of a new value (with a dozen instants the plain
// sample quantiles are too narrow: a new month falls outside them far more often than 20 %).
// A month with nothing won (ratio 0) counts as a ratio of kMinRangeRatio.
struct RatioInterval
{
    double low, middle, high;
};
RatioInterval ratioInterval(const std::vector<double> &ratios, double z)
{
    const double n = double(ratios.size());
    double sum = 0, squares = 0;
    for (double r : ratios) {
        const double l = std::log(std::max(r, kMinRangeRatio));
        sum += l;
        squares += l * l;
    }
    const double mean = sum / n;
    const double sd = std::sqrt(std::max(0.0, (squares - n * mean * mean) / (n - 1)));
    // Student t quantile from the normal one (Cornish-Fisher; within 1 % from 2 degrees of freedom).
    const double df = n - 1;
    const double t = z + (std::pow(z, 3) + z) / (4 * df)
                     + (5 * std::pow(z, 5) + 16 * std::pow(z, 3) + 3 * z) / (96 * df * df);
    const double half = t * sd * std::sqrt(1 + 1 / n);
    return {std::exp(mean - half), std::exp(mean), std::exp(mean + half)};
}

// The learned method (DEFINITIONS.md §4a).
void forecastLearned(const Snapshot &s, const Replayed &x, const ScopeMatcher &matcher, const ForecastWindow &window,
                     ForecastResult &result)
{
    const LearnedModel model = LearnedModel::learn(s, matcher, window);
    result.replaySamples = model.samples;
    double expected = 0, variance = 0;
    for (const Candidate &c : x.open) {
        // Every open deal is listed, even at 0 %: the drill-through says why.
        const LearnedPrediction p = model.predict(c.deal->pipeline, c.rank, c.fields, c.deal->createdAt);
        ForecastDeal d;
        d.id = c.deal->id;
        d.stageId = s.pipelines[size_t(c.deal->pipeline)].stages[size_t(c.rank)].id;
        d.ownerId = c.fields.ownerId;
        d.amount = c.fields.amount;
        d.expectedClose = fromDay(c.fields.closeDay);
        d.probability = p.probability;
        const double e = double(d.amount) * p.probability;
        d.expected = roundCents(e);
        d.position = int(p.position);
        d.ageDays = int(toDays(window.t - c.deal->createdAt));
        d.similarDeals = p.similarDeals;
        d.similarWon = p.similarWon;
        d.stageRate = p.stageRate;
        d.configured = p.configured;
        expected += e;
        variance += double(d.amount) * double(d.amount) * p.probability * (1 - p.probability);
        result.deals.push_back(d);
    }
    // Level and quarter phase (§4a) scale the open deals' probabilities.
    // and the season factor (same window last year) scales everything.
    const double dealFactor = model.phaseFactor * model.seasonFactor;
    for (ForecastDeal &d : result.deals) {
        d.probability = std::min(1.0, d.probability * dealFactor);
        d.expected = roundCents(double(d.amount) * d.probability);
    }
    expected = expected * dealFactor;
    variance *= dealFactor * dealFactor;
    result.newDealsExpected = roundCents(model.newDealsExpected * model.seasonFactor);
    expected += model.newDealsExpected * model.seasonFactor;
    result.phaseFactor = model.phaseFactor;
    result.seasonFactor = model.seasonFactor;
    result.expected = roundCents(expected);
    result.forecast = result.wonInPeriod + result.expected;
    result.mean = result.forecast;
    result.hasRange = true;
    if (int(model.ratios.size()) >= kMinRangeSamples) {
        // The range the same model would have given at the replay instants, realised.
        const RatioInterval r = ratioInterval(model.ratios, 1.2815515655446004);
        result.p10 = result.wonInPeriod + roundCents(expected * r.low);
        result.p50 = result.wonInPeriod + roundCents(expected * r.middle);
        result.p90 = result.wonInPeriod + roundCents(expected * r.high);
    } else {
        // Too little history: the deals' own Bernoulli spread (normal approximation).
        const double z = 1.2815515655446004 * std::sqrt(variance);
        result.p10 = result.wonInPeriod + roundCents(std::max(0.0, expected - z));
        result.p50 = result.forecast;
        result.p90 = result.wonInPeriod + roundCents(expected + z);
    }
}

} // namespace

ForecastResult computeForecast(Database &db, const Snapshot &s, const ForecastQuery &query)
{
    ForecastResult result;
    TimeRange period;
    if (!periodRange(query.period, &period, &result.periodStart, &result.periodEnd) || query.period.size() == 4) {
        Validator v(QStringLiteral("forecast"));
        v.check(false, QStringLiteral("period"), query.period,
                QCoreApplication::translate("Validation", "must be a month (2026-12) or a quarter (2026-Q4)"));
        v.throwIfInvalid();
    }
    const qint64 t = asOfInstant(db, query.asOf);
    if (query.method == ForecastMethod::Auto) {
        const AutoChoice choice = chooseForecastMethod(db, s, query.scope, t);
        ForecastQuery q = query;
        q.method = choice.method;
        result = computeForecast(db, s, q);
        result.autoSelected = true;
        result.trackRecordMape = choice.mape;
        result.trackRecordMonths = choice.months;
        return result;
    }
    result.period = query.period;
    result.method = query.method;
    result.asOf = fromInstant(t);
    const ScopeMatcher matcher(db, s, query.scope);
    const Replayed x = replayAll(s, matcher, t, period, result);

    for (const Candidate &c : x.open) {
        if (c.fields.closeDay != kNoDay && c.fields.closeDay >= toDay(result.periodStart)
            && c.fields.closeDay <= toDay(result.periodEnd)) {
            result.openPipeline += c.fields.amount;
            ++result.openCount;
        }
    }

    // A period that is over can only have what was won in it.
    const ForecastWindow window{t, std::max(t + 1, period.from), period.to};
    if (window.isOver()) {
        result.forecast = result.mean = result.p10 = result.p50 = result.p90 = result.wonInPeriod;
        result.hasRange = hasRange(query.method);
    } else {
        double expectedExact = 0;
        switch (query.method) {
        case ForecastMethod::Configured:
        case ForecastMethod::Historical:
            forecastDeals(s, x, query, t, period, result, &expectedExact);
            for (const ForecastDeal &d : result.deals)
                result.expected += d.expected;
            result.forecast = result.wonInPeriod + result.expected;
            break;
        case ForecastMethod::Simulation:
            forecastDeals(s, x, query, t, period, result, &expectedExact);
            simulate(x, query, t, period, result, expectedExact);
            break;
        case ForecastMethod::Learned:
            forecastLearned(s, x, matcher, window, result);
            break;
        case ForecastMethod::RunRate:
        case ForecastMethod::SeasonalNaive: {
            const auto f = query.method == ForecastMethod::RunRate
                               ? runRateForecast(x.won, t, window.from, window.to, x.firstCreated)
                               : seasonalNaiveForecast(x.won, t, window.from, window.to, x.firstCreated);
            result.available = f.has_value();
            result.expected = f ? roundCents(*f) : 0;
            result.forecast = result.wonInPeriod + result.expected;
            break;
        }
        case ForecastMethod::Auto:
            break; // resolved above
        }
    }
    std::sort(result.deals.begin(), result.deals.end(), [](const ForecastDeal &a, const ForecastDeal &b) {
        return a.expected != b.expected ? a.expected > b.expected : a.id < b.id;
    });

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
