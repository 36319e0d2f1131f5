#include "backtest.h"

#include "dealreplay.h"
#include "timerange.h"

#include "domain/validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace fd::analytics {

namespace {

// Bucket of the days from T's day to the expected close day (DEFINITIONS.md §6).
int closeBucket(const QDate &expected, qint64 t)
{
    if (!expected.isValid())
        return 0;
    const qint64 days = fromInstant(t).date().daysTo(expected);
    if (days < -30)
        return 1;
    if (days <= 0)
        return 2;
    if (days <= 30)
        return 3;
    if (days <= 60)
        return 4;
    if (days <= 90)
        return 5;
    return 6;
}

struct Won
{
    qint64 at = kNoTime;
    qint64 amount = 0;
};

// Accumulates the calibration table from each month's learned and configured forecasts.
class Calibration final
{
public:
    explicit Calibration(const Snapshot &s)
    {
        for (const PipelineInfo &p : s.pipelines) {
            for (const StageInfo &st : p.stages)
                m_stages.insert(st.id, {st.name, st.position});
        }
    }

    void add(const ForecastResult &learned, const ForecastResult &configured, const QHash<qint64, Won> &won,
             qint64 monthFrom, qint64 monthTo)
    {
        QHash<qint64, double> configuredP;
        for (const ForecastDeal &d : configured.deals)
            configuredP.insert(d.id, d.probability);
        const qint64 t = toInstant(learned.asOf);
        for (const ForecastDeal &d : learned.deals) {
            const Won w = won.value(d.id);
            const bool wonInMonth = w.at != kNoTime && w.at >= monthFrom && w.at <= monthTo;
            const double pc = configuredP.value(d.id, 0.0);
            const auto stage = m_stages.value(d.stageId);
            for (Acc *acc : {&m_byStage[stage.first], &m_byBucket[closeBucket(d.expectedClose, t)]}) {
                ++acc->deals;
                acc->learned += d.probability;
                acc->configured += pc;
                acc->observed += wonInMonth ? 1 : 0;
                acc->expectedLearned += double(d.amount) * d.probability;
                acc->expectedConfigured += double(d.amount) * pc;
                acc->wonAmount += wonInMonth ? w.amount : 0;
            }
            m_stageOrder.insert(stage.first, stage.second);
        }
    }

    std::vector<CalibrationRow> rows() const
    {
        std::vector<CalibrationRow> out;
        for (auto it = m_byStage.cbegin(); it != m_byStage.cend(); ++it)
            out.push_back(row(CalibrationRow::Dimension::Stage, it.key(), m_stageOrder.value(it.key()), it.value()));
        std::sort(out.begin(), out.end(),
                  [](const CalibrationRow &a, const CalibrationRow &b) { return a.order < b.order; });
        for (auto it = m_byBucket.cbegin(); it != m_byBucket.cend(); ++it)
            out.push_back(row(CalibrationRow::Dimension::CloseBucket, closeBucketKey(it.key()), it.key(), it.value()));
        return out;
    }

private:
    struct Acc
    {
        qint64 deals = 0;
        double learned = 0, configured = 0, observed = 0;
        double expectedLearned = 0, expectedConfigured = 0;
        qint64 wonAmount = 0;
    };
    static CalibrationRow row(CalibrationRow::Dimension dim, const QString &key, int order, const Acc &a)
    {
        CalibrationRow r;
        r.dimension = dim;
        r.key = key;
        r.order = order;
        r.deals = a.deals;
        if (a.deals > 0) {
            r.learned = a.learned / double(a.deals);
            r.configured = a.configured / double(a.deals);
            r.observed = a.observed / double(a.deals);
        }
        r.expectedLearned = qint64(std::llround(a.expectedLearned));
        r.expectedConfigured = qint64(std::llround(a.expectedConfigured));
        r.wonAmount = a.wonAmount;
        return r;
    }

    QHash<qint64, std::pair<QString, int>> m_stages;
    QMap<QString, Acc> m_byStage;
    QHash<QString, int> m_stageOrder;
    QMap<int, Acc> m_byBucket;
};

} // namespace

QString closeBucketKey(int bucket)
{
    static const char *const keys[kCloseBuckets] = {"none",      "passed_30_plus", "passed_0_30", "due_0_30",
                                                    "due_31_60", "due_61_90",      "due_90_plus"};
    return bucket >= 0 && bucket < kCloseBuckets ? QString::fromLatin1(keys[bucket]) : QString();
}

QString closeBucketLabel(const QString &key)
{
    if (key == QLatin1String("none"))
        return QCoreApplication::translate("Calibration", "No expected close date");
    if (key == QLatin1String("passed_30_plus"))
        return QCoreApplication::translate("Calibration", "Close date passed > 30 days ago");
    if (key == QLatin1String("passed_0_30"))
        return QCoreApplication::translate("Calibration", "Close date passed ≤ 30 days ago");
    if (key == QLatin1String("due_0_30"))
        return QCoreApplication::translate("Calibration", "Due in 1–30 days");
    if (key == QLatin1String("due_31_60"))
        return QCoreApplication::translate("Calibration", "Due in 31–60 days");
    if (key == QLatin1String("due_61_90"))
        return QCoreApplication::translate("Calibration", "Due in 61–90 days");
    if (key == QLatin1String("due_90_plus"))
        return QCoreApplication::translate("Calibration", "Due in more than 90 days");
    return key;
}

const BacktestMethod *BacktestResult::method(ForecastMethod m) const
{
    for (const BacktestMethod &b : methods) {
        if (b.method == m)
            return &b;
    }
    return nullptr;
}

BacktestResult runBacktest(Database &db, const BacktestQuery &query)
{
    const qint64 known = asOfInstant(db, query.knownAt);
    const Snapshot snapshot = Snapshot::load(db, {query.scope.pipelineId, known});
    return runBacktest(db, snapshot, query);
}

BacktestResult runBacktest(Database &db, const Snapshot &snapshot, const BacktestQuery &query)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    Validator v(QStringLiteral("backtest"));
    const QString bad = QCoreApplication::translate("Validation", "must be a month like 2026-01");
    v.check(month.match(query.fromMonth).hasMatch(), QStringLiteral("from"), query.fromMonth, bad);
    v.check(month.match(query.toMonth).hasMatch(), QStringLiteral("to"), query.toMonth, bad);
    v.check(query.fromMonth <= query.toMonth, QStringLiteral("to"), query.toMonth,
            QCoreApplication::translate("Validation", "is before the first month"));
    v.throwIfInvalid();

    const qint64 known = asOfInstant(db, query.knownAt);
    const ScopeMatcher matcher(db, snapshot, query.scope);
    const std::vector<ForecastMethod> methods = query.methods.empty() ? forecastMethods() : query.methods;

    BacktestResult result;
    QDate first = QDate::fromString(query.fromMonth + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(query.toMonth + QStringLiteral("-01"), Qt::ISODate);
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        BacktestMonth row;
        row.month = m.toString(QStringLiteral("yyyy-MM"));
        row.asOf = fromInstant(startOfDay(m) - 1);
        result.months.push_back(row);
    }

    // What was actually won in each month, as known at knownAt; and each deal's win.
    QHash<qint64, Won> won;
    forEachDealAt(snapshot, matcher, known, [&](const DealRow &deal, const DealFields &fields, const DealReplay &r) {
        if (r.status != DealStatus::Won)
            return;
        won.insert(deal.id, {r.closedAt, fields.amount});
        const QDate closed = fromInstant(r.closedAt).date();
        const int index = (closed.year() - first.year()) * 12 + closed.month() - first.month();
        if (index >= 0 && index < int(result.months.size()))
            result.months[size_t(index)].actual += fields.amount;
    });

    Calibration calibration(snapshot);
    for (BacktestMonth &row : result.months) {
        ForecastQuery q;
        q.period = row.month;
        q.scope = query.scope;
        q.asOf = row.asOf;
        q.runs = query.runs;
        q.seed = query.seed;
        std::optional<ForecastResult> learned, configured;
        for (ForecastMethod method : methods) {
            q.method = method;
            ForecastResult f = computeForecast(db, snapshot, q);
            const size_t i = size_t(method);
            if (f.available)
                row.forecast[i] = f.forecast;
            if (f.hasRange) {
                row.p10[i] = f.p10;
                row.p90[i] = f.p90;
            }
            if (method == ForecastMethod::Learned)
                learned = std::move(f);
            else if (method == ForecastMethod::Configured)
                configured = std::move(f);
        }
        if (query.calibration && learned && configured) {
            const QDate m = QDate::fromString(row.month + QStringLiteral("-01"), Qt::ISODate);
            calibration.add(*learned, *configured, won, startOfDay(m), startOfDay(m.addMonths(1)) - 1);
        }
    }
    if (query.calibration)
        result.calibration = calibration.rows();

    for (ForecastMethod method : methods) {
        BacktestMethod stats;
        stats.method = method;
        const size_t i = size_t(method);
        double absSum = 0, signedSum = 0, absCents = 0, actualCents = 0, inside = 0, width = 0;
        int ranged = 0;
        for (const BacktestMonth &row : result.months) {
            if (row.actual <= 0 || !row.forecast[i])
                continue;
            const double e = double(*row.forecast[i] - row.actual);
            absSum += std::fabs(e) / double(row.actual);
            signedSum += e / double(row.actual);
            absCents += std::fabs(e);
            actualCents += double(row.actual);
            ++stats.months;
            if (row.p10[i] && row.p90[i]) {
                inside += (row.actual >= *row.p10[i] && row.actual <= *row.p90[i]) ? 1 : 0;
                width += double(*row.p90[i] - *row.p10[i]) / double(row.actual);
                ++ranged;
            }
        }
        if (stats.months > 0) {
            stats.mape = absSum / stats.months;
            stats.bias = signedSum / stats.months;
            stats.wape = absCents / actualCents;
        }
        if (ranged > 0) {
            stats.coverage = inside / ranged;
            stats.meanWidth = width / ranged;
        }
        result.methods.push_back(stats);
    }
    return result;
}

} // namespace fd::analytics
