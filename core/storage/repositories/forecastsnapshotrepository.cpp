#include "forecastsnapshotrepository.h"

#include "analytics/timerange.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace fd {

namespace {

const QString kColumns = QStringLiteral(
    "id, period, scope_pipeline_id, scope_owner_id, scope_team_id, scope_region_id, scope_product_line_id, method, "
    "as_of, recorded_at, recorded_by, source, won_in_period_cents, expected_cents, forecast_cents, p10_cents, "
    "p50_cents, p90_cents, target_cents");

// The scope columns with the table each refers to, in the order of kColumns.
struct ScopeColumn
{
    const char *column;
    const char *table;
    qint64 analytics::Scope::*member;
};
const ScopeColumn kScopeColumns[] = {
    {"scope_pipeline_id", "pipelines", &analytics::Scope::pipelineId},
    {"scope_owner_id", "users", &analytics::Scope::ownerId},
    {"scope_team_id", "teams", &analytics::Scope::teamId},
    {"scope_region_id", "regions", &analytics::Scope::regionId},
    {"scope_product_line_id", "product_lines", &analytics::Scope::productLineId},
};

// "scope_x IS NULL AND scope_y = ? …": exactly this scope (NULLs never compare equal).
QString scopeClause(const analytics::Scope &scope, QVariantList &binds)
{
    QStringList parts;
    for (const ScopeColumn &c : kScopeColumns) {
        const qint64 id = scope.*(c.member);
        if (id) {
            parts << QStringLiteral("%1 = ?").arg(QLatin1String(c.column));
            binds << id;
        } else {
            parts << QStringLiteral("%1 IS NULL").arg(QLatin1String(c.column));
        }
    }
    return parts.join(QStringLiteral(" AND "));
}

bool isPeriod(const QString &period)
{
    // A month or a quarter: the forecast's periods (a year is not forecast).
    return period.size() == 7 && analytics::periodRange(period, nullptr);
}

} // namespace

ForecastSnapshot snapshotOf(const analytics::ForecastResult &f, const analytics::Scope &scope, const QString &source)
{
    ForecastSnapshot s;
    s.period = f.period;
    s.scope = scope;
    s.method = analytics::toString(f.method);
    s.asOf = f.asOf.toUTC();
    s.source = source;
    s.wonInPeriod = f.wonInPeriod;
    s.expected = f.expected;
    s.forecast = f.forecast;
    if (f.p10 != 0 || f.p50 != 0 || f.p90 != 0) {
        s.p10 = f.p10;
        s.p50 = f.p50;
        s.p90 = f.p90;
    }
    s.target = f.target;
    return s;
}

void ForecastSnapshotRepository::validate(const ForecastSnapshot &s, int index)
{
    // Called with the database's connection by record(); references are checked there.
    Validator v(QStringLiteral("forecast_snapshot"), index);
    v.check(isPeriod(s.period), QStringLiteral("period"), s.period,
            Validation::tr("must be a month (2026-12) or a quarter (2026-Q4)"));
    v.required(QStringLiteral("method"), s.method, 50);
    v.check(s.asOf.isValid(), QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate),
            Validation::tr("must be a valid instant"));
    v.check(s.source == QLatin1String("report") || s.source == QLatin1String("cli") || s.source == QLatin1String("gui"),
            QStringLiteral("source"), s.source, Validation::tr("must be report, cli or gui"));
    v.nonNegative(QStringLiteral("won_in_period"), s.wonInPeriod);
    if (s.target)
        v.nonNegative(QStringLiteral("target"), *s.target);
    v.check(s.p10.has_value() == s.p50.has_value() && s.p50.has_value() == s.p90.has_value(), QStringLiteral("p10"),
            QString(), Validation::tr("P10, P50 and P90 are given together or not at all"));
    if (s.p10 && s.p50 && s.p90)
        v.check(*s.p10 <= *s.p50 && *s.p50 <= *s.p90, QStringLiteral("p50"),
                QStringLiteral("%1/%2/%3").arg(*s.p10).arg(*s.p50).arg(*s.p90),
                Validation::tr("must lie between P10 and P90"));
    v.throwIfInvalid();
}

void ForecastSnapshotRepository::record(std::vector<ForecastSnapshot> &snapshots)
{
    for (size_t i = 0; i < snapshots.size(); ++i) {
        const ForecastSnapshot &s = snapshots[i];
        const int row = snapshots.size() > 1 ? int(i) + 1 : 0;
        validate(s, row);
        Validator refs(QStringLiteral("forecast_snapshot"), row);
        for (const ScopeColumn &c : kScopeColumns) {
            const qint64 id = s.scope.*(c.member);
            if (id)
                refs.check(repo::exists(m_db, c.table, id), QLatin1String(c.column), QString::number(id),
                           Validation::tr("does not exist"));
        }
        refs.throwIfInvalid();
    }
    const QDateTime now = m_db.clock().now().toUTC();
    const qint64 user = m_db.actingUserId();
    Transaction tx(m_db);
    for (ForecastSnapshot &s : snapshots) {
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO forecast_snapshots (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?) RETURNING id")
                       .arg(kColumns.mid(4)));
        q.add(s.period);
        for (const ScopeColumn &c : kScopeColumns)
            q.add(nullableId(s.scope.*(c.member)));
        q.add(s.method)
            .add(isotime::toStored(s.asOf.toUTC()))
            .add(isotime::toStored(now))
            .add(nullableId(user))
            .add(s.source)
            .add(s.wonInPeriod)
            .add(s.expected)
            .add(s.forecast)
            .add(nullable(s.p10))
            .add(nullable(s.p50))
            .add(nullable(s.p90))
            .add(nullable(s.target));
        s.id = q.insert();
        s.recordedAt = now;
        s.recordedBy = user;
    }
    tx.commit();
}

qint64 ForecastSnapshotRepository::record(ForecastSnapshot &snapshot)
{
    std::vector<ForecastSnapshot> one{snapshot};
    record(one);
    snapshot = one.front();
    return snapshot.id;
}

std::vector<ForecastSnapshot> ForecastSnapshotRepository::list(const QString &period, const analytics::Scope &scope,
                                                               const QString &method)
{
    QVariantList binds{period};
    QString where = QStringLiteral("period = ? AND ") + scopeClause(scope, binds);
    if (!method.isEmpty()) {
        where += QStringLiteral(" AND method = ?");
        binds << method;
    }
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM forecast_snapshots WHERE %2 ORDER BY as_of, id").arg(kColumns, where));
    repo::execWith(q, binds);
    std::vector<ForecastSnapshot> out;
    while (q.next()) {
        ForecastSnapshot s;
        s.id = q.value(0).toLongLong();
        s.period = q.value(1).toString();
        int column = 2;
        for (const ScopeColumn &c : kScopeColumns)
            s.scope.*(c.member) = rows::id(q.value(column++));
        s.method = q.value(7).toString();
        s.asOf = rows::timestamp(q.value(8));
        s.recordedAt = rows::timestamp(q.value(9));
        s.recordedBy = rows::id(q.value(10));
        s.source = q.value(11).toString();
        s.wonInPeriod = q.value(12).toLongLong();
        s.expected = q.value(13).toLongLong();
        s.forecast = q.value(14).toLongLong();
        s.p10 = rows::optionalInt64(q.value(15));
        s.p50 = rows::optionalInt64(q.value(16));
        s.p90 = rows::optionalInt64(q.value(17));
        s.target = rows::optionalInt64(q.value(18));
        out.push_back(s);
    }
    return out;
}

QStringList ForecastSnapshotRepository::periods(const analytics::Scope &scope)
{
    QVariantList binds;
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT period FROM forecast_snapshots WHERE %1 ORDER BY period DESC")
                         .arg(scopeClause(scope, binds)));
    repo::execWith(q, binds);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace fd
