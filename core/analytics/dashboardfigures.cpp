#include "dashboardfigures.h"

#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/repositories/repositorysupport.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

#include <QHash>

namespace fd {

namespace {

QString periodOf(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QDate monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

// closed_at is ISO 8601 UTC text of one fixed shape, so a month is a text range.
QString stamp(const QDate &day)
{
    return isotime::toStored(QDateTime(day, QTime(0, 0), Qt::UTC));
}

} // namespace

std::optional<double> DashboardFigures::completionPercent() const
{
    if (targetSource == TargetSource::None || targetCents <= 0)
        return std::nullopt;
    return double(wonThisMonthCents) * 100.0 / double(targetCents);
}

std::pair<TargetSource, qint64> monthTarget(Database &db, const QString &period, const QString &currency)
{
    SqlQuery company(db, QStringLiteral("SELECT amount_cents FROM targets "
                                        "WHERE level = 'company' AND period = ? AND currency = ?"));
    company.add(period).add(currency).exec();
    if (company.next())
        return {TargetSource::Company, company.value(0).toLongLong()};

    SqlQuery reps(db, QStringLiteral("SELECT count(*), COALESCE(SUM(amount_cents), 0) FROM targets "
                                     "WHERE level = 'rep' AND period = ? AND currency = ?"));
    reps.add(period).add(currency).exec();
    if (reps.next() && reps.value(0).toLongLong() > 0)
        return {TargetSource::RepSum, reps.value(1).toLongLong()};
    return {TargetSource::None, 0};
}

DashboardFigures dashboardFigures(Database &db, const QDate &asOf, const QString &currency)
{
    DashboardFigures f;
    f.currency = currency;
    f.asOf = asOf;
    f.period = periodOf(asOf);
    const QString from = stamp(monthStart(asOf));
    const QString to = stamp(monthStart(asOf).addMonths(1));
    const SqlCondition visible = ScopeFilter::visibleTo(db).deals(QStringLiteral("o"));

    // Rounded per deal, like a kanban column total, so the figures agree everywhere.
    // Amounts are never negative, so (x + 50) / 100 rounds half away from zero.
    SqlQuery open(
        db, QStringLiteral(
                "SELECT count(*), COALESCE(SUM(o.amount_cents), 0), "
                "COALESCE(SUM((o.amount_cents * COALESCE(o.probability_override, s.win_probability) + 50) / 100), 0) "
                "FROM opportunities o JOIN stages s ON s.id = o.stage_id "
                "WHERE o.status = 'open' AND o.currency = ?")
                + visible.andAlso());
    open.add(currency);
    repo::execWith(open, visible.binds);
    if (open.next()) {
        f.openCount = open.value(0).toLongLong();
        f.openCents = open.value(1).toLongLong();
        f.weightedCents = open.value(2).toLongLong();
    }

    SqlQuery won(db, QStringLiteral("SELECT count(*), COALESCE(SUM(amount_cents), 0) FROM opportunities o "
                                    "WHERE status = 'won' AND currency = ? AND closed_at >= ? AND closed_at < ?")
                         + visible.andAlso());
    won.add(currency).add(from).add(to);
    repo::execWith(won, visible.binds);
    if (won.next()) {
        f.wonThisMonthCount = won.value(0).toLongLong();
        f.wonThisMonthCents = won.value(1).toLongLong();
    }

    SqlQuery other(db, QStringLiteral("SELECT count(*) FROM opportunities o WHERE currency <> ? AND "
                                      "(status = 'open' OR (status = 'won' AND closed_at >= ? AND closed_at < ?))")
                           + visible.andAlso());
    other.add(currency).add(from).add(to);
    for (const QVariant &b : visible.binds)
        other.add(b);
    f.otherCurrencyDeals = other.scalar().toLongLong();

    const auto [source, cents] = monthTarget(db, f.period, currency);
    f.targetSource = source;
    f.targetCents = cents;
    return f;
}

QList<MonthFigures> monthlyWonAndTarget(Database &db, const QDate &asOf, int months, const QString &currency)
{
    QList<MonthFigures> result;
    if (months <= 0)
        return result;
    const QDate first = monthStart(asOf).addMonths(-(months - 1));
    const QDate end = monthStart(asOf).addMonths(1);

    QHash<QString, std::pair<qint64, qint64>> won; // period → (count, cents)
    const SqlCondition visible = ScopeFilter::visibleTo(db).deals(QStringLiteral("o"));
    SqlQuery q(db, QStringLiteral("SELECT substr(closed_at, 1, 7), count(*), SUM(amount_cents) FROM opportunities o "
                                  "WHERE status = 'won' AND currency = ? AND closed_at >= ? AND closed_at < ?")
                       + visible.andAlso() + QStringLiteral(" GROUP BY substr(closed_at, 1, 7)"));
    q.add(currency).add(stamp(first)).add(stamp(end));
    repo::execWith(q, visible.binds);
    while (q.next())
        won.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});

    for (QDate month = first; month < end; month = month.addMonths(1)) {
        MonthFigures m;
        m.period = periodOf(month);
        const auto w = won.value(m.period, {0, 0});
        m.wonCount = w.first;
        m.wonCents = w.second;
        const auto [source, cents] = monthTarget(db, m.period, currency);
        m.targetSource = source;
        m.targetCents = cents;
        result.append(m);
    }
    return result;
}

} // namespace fd
