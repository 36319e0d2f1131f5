#include "backtest.h"

#include "dealreplay.h"
#include "timerange.h"

#include "domain/validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace fd::analytics {

BacktestResult runBacktest(Database &db, const BacktestQuery &query)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    Validator v(QStringLiteral("backtest"));
    const QString bad = QCoreApplication::translate("Validation", "must be a month like 2026-01");
    v.check(month.match(query.fromMonth).hasMatch(), QStringLiteral("from"), query.fromMonth, bad);
    v.check(month.match(query.toMonth).hasMatch(), QStringLiteral("to"), query.toMonth, bad);
    v.check(query.fromMonth <= query.toMonth, QStringLiteral("to"), query.toMonth,
            QCoreApplication::translate("Validation", "is before the first month"));
    v.throwIfInvalid();

    const qint64 now = asOfInstant(db, {});
    const Snapshot snapshot = Snapshot::load(db, {query.scope.pipelineId, kNoTime});
    const ScopeMatcher matcher(db, snapshot, query.scope);

    BacktestResult result;
    QDate first = QDate::fromString(query.fromMonth + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(query.toMonth + QStringLiteral("-01"), Qt::ISODate);
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        BacktestMonth row;
        row.month = m.toString(QStringLiteral("yyyy-MM"));
        row.asOf = fromInstant(startOfDay(m) - 1);
        result.months.push_back(row);
    }

    // What was actually won in each month, as known now.
    DealReplay r;
    for (const DealRow &deal : snapshot.deals) {
        const DealFields fields = snapshot.fieldsAt(deal, now);
        if (!matcher.matches(deal, fields))
            continue;
        r.run(snapshot, deal, now);
        if (!r.exists || r.status != DealStatus::Won)
            continue;
        const QDate closed = fromInstant(r.closedAt).date();
        const int index = (closed.year() - first.year()) * 12 + closed.month() - first.month();
        if (index >= 0 && index < int(result.months.size()))
            result.months[size_t(index)].actual += fields.amount;
    }

    for (ForecastMethod method : {ForecastMethod::Configured, ForecastMethod::Historical, ForecastMethod::Simulation}) {
        BacktestMethod stats;
        stats.method = method;
        double absSum = 0, signedSum = 0;
        for (BacktestMonth &row : result.months) {
            ForecastQuery q;
            q.period = row.month;
            q.method = method;
            q.scope = query.scope;
            q.asOf = row.asOf;
            q.runs = query.runs;
            q.seed = query.seed;
            row.forecast[size_t(method)] = computeForecast(db, snapshot, q).forecast;
            if (row.actual > 0) {
                const double e = double(row.forecast[size_t(method)] - row.actual) / double(row.actual);
                absSum += std::fabs(e);
                signedSum += e;
                ++stats.months;
            }
        }
        if (stats.months > 0) {
            stats.mape = absSum / stats.months;
            stats.bias = signedSum / stats.months;
        }
        result.methods.push_back(stats);
    }
    return result;
}

} // namespace fd::analytics
