// A rep's committed forecast (analytics/forecastcommitments.h): stored as their own "commit"
// snapshot beside the model's figure, the one that counts being the latest made by the rep
// themselves by the period's seventh day; refusals located, nothing stored. On a real SQLite
// file and (linked with postgresbackend.cpp) on the PostgreSQL cluster.
#include "analyticsfixture.h"
#include "catchqt.h"
#include "clirun.h"

#include "analytics/forecastcommitments.h"
#include "analytics/forecasthistory.h"
#include "auth/passwordhash.h"
#include "domain/errors.h"
#include "storage/repositories/organizationrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

analytics::ForecastResult marchForecastOf(AnalyticsOffice &o, qint64 owner)
{
    analytics::ForecastQuery q;
    q.period = QStringLiteral("2026-03");
    q.method = analytics::ForecastMethod::Configured;
    q.scope.ownerId = owner;
    q.asOf = o.tdb.clock().now();
    return analytics::computeForecast(o.tdb.db(), q);
}

analytics::Scope own(qint64 user)
{
    analytics::Scope s;
    s.ownerId = user;
    return s;
}

} // namespace

TEST_CASE("a commitment counts when the rep made it by the period's seventh day", "[commitments]")
{
    AnalyticsOffice o;
    Database &db = o.tdb.db();
    const QString march = QStringLiteral("2026-03");
    CHECK(analytics::commitmentDeadline(march) == QDate(2026, 3, 7));
    CHECK(analytics::commitmentDeadline(QStringLiteral("2026-Q2")) == QDate(2026, 4, 7));
    CHECK_FALSE(analytics::commitmentDeadline(QStringLiteral("2026")).isValid());

    analytics::ForecastCommitments commitments(db);
    CHECK_FALSE(commitments.counted(o.rep1, march));

    // Made in February for March: counts.
    o.tdb.clock().set(QDateTime(QDate(2026, 2, 26), QTime(10, 0), Qt::UTC));
    db.setActingUserId(o.rep1);
    const analytics::ForecastResult model = marchForecastOf(o, o.rep1);
    const qint64 first = commitments.commit(model, own(o.rep1), 500000, QStringLiteral("gui"));
    // Raised on 7 March, the last day that counts.
    o.tdb.clock().set(QDateTime(QDate(2026, 3, 7), QTime(23, 0), Qt::UTC));
    const qint64 second = commitments.commit(model, own(o.rep1), 650000, QStringLiteral("cli"));
    // Lowered on 20 March, when the month is half over: stored and shown, but not paid on.
    o.tdb.clock().set(QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC));
    const qint64 late = commitments.commit(model, own(o.rep1), 100000, QStringLiteral("gui"));
    CHECK(first < second);
    CHECK(second < late);

    const auto counted = commitments.counted(o.rep1, march);
    REQUIRE(counted);
    CHECK(counted->cents == 650000);
    CHECK(counted->snapshotId == second);
    const auto latest = commitments.latest(o.rep1, march);
    REQUIRE(latest);
    CHECK(latest->cents == 100000);
    CHECK_FALSE(commitments.counted(o.rep2, march)); // one rep's word is not another's

    // Forecast history of the rep's scope lists the commitments beside the model's figure.
    analytics::ForecastHistoryQuery hq;
    hq.period = march;
    hq.scope = own(o.rep1);
    hq.method = QString::fromLatin1(analytics::kCommitMethod);
    const analytics::ForecastHistory history = analytics::computeForecastHistory(db, hq);
    REQUIRE(history.rows.size() >= 1);
    const ForecastSnapshot &last = history.rows.back().snapshot;
    CHECK(last.forecast == 100000);
    CHECK(last.expected == model.forecast);
    CHECK(last.recordedBy == o.rep1);
    CHECK(last.scope.ownerId == o.rep1);
}

TEST_CASE("a commitment for someone else, for a team scope or negative is refused, nothing stored", "[commitments]")
{
    AnalyticsOffice o;
    Database &db = o.tdb.db();
    analytics::ForecastCommitments commitments(db);
    const analytics::ForecastResult model = marchForecastOf(o, o.rep1);
    const qint64 before = o.tdb.count(QStringLiteral("forecast_snapshots"));

    db.setActingUserId(0);
    CHECK_THROWS_AS(commitments.commit(model, own(o.rep1), 1000, QStringLiteral("gui")), ValidationError);
    db.setActingUserId(o.rep2);
    try {
        commitments.commit(model, own(o.rep1), 1000, QStringLiteral("gui")); // rep1's deals, rep2 signed in
        FAIL("a commitment for another rep was stored");
    } catch (const ValidationError &e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors().first().field == QStringLiteral("scope"));
    }
    analytics::Scope team;
    team.teamId = o.team;
    CHECK_THROWS_AS(commitments.commit(model, team, 1000, QStringLiteral("gui")), ValidationError);
    db.setActingUserId(o.rep1);
    try {
        commitments.commit(model, own(o.rep1), -1, QStringLiteral("gui"));
        FAIL("a negative commitment was stored");
    } catch (const ValidationError &e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors().first().field == QStringLiteral("amount"));
    }
    CHECK(o.tdb.count(QStringLiteral("forecast_snapshots")) == before);
}

TEST_CASE("funneldesk-cli commit stores the signed-in rep's commitment and says whether it counts",
          "[commitments][cli]")
{
    AnalyticsOffice o;
    if (o.tdb.onPostgres())
        return; // --user signs in on SQLite files; a team database's login is the session's own
    OrganizationRepository(o.tdb.db()).setPasswordHash(o.rep1, password::hash(QStringLiteral("pw-zhang")), false);
    qputenv("FD_PASSWORD", "pw-zhang");
    const QString login = OrganizationRepository(o.tdb.db()).user(o.rep1).login;
    auto run = [&](const QStringList &args, bool asRep = true) {
        QStringList all{QStringLiteral("--db"), o.tdb.path()};
        if (asRep)
            all << QStringLiteral("--user") << login;
        const CliRun r = runCliWith(all + args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " → " << r.code << "\n" << r.err.toStdString());
        return r;
    };
    // The CLI reads the real clock: commit for a period whose seventh day is still ahead.
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    const QString period = nextMonth.toString(QStringLiteral("yyyy-MM"));

    CliRun r = run({QStringLiteral("commit"), QStringLiteral("--period"), period, QStringLiteral("--amount"),
                    QStringLiteral("$5000")});
    CHECK(r.code == ExitUsage); // a dollar amount in a yuan office
    CHECK(r.err.contains(QStringLiteral("CNY")));
    r = run({QStringLiteral("commit"), QStringLiteral("--period"), period, QStringLiteral("--amount"),
             QStringLiteral("5000")},
            false);
    CHECK(r.code == ExitUsage); // nobody signed in
    CHECK(o.tdb.count(QStringLiteral("forecast_snapshots")) == 0);

    r = run({QStringLiteral("commit"), QStringLiteral("--period"), period, QStringLiteral("--amount"),
             QStringLiteral("6500.50"), QStringLiteral("--json")});
    REQUIRE(r.code == ExitOk);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("period")).toString() == period);
    CHECK(json.value(QStringLiteral("deadline")).toString()
          == QDate(nextMonth.year(), nextMonth.month(), 7).toString(Qt::ISODate));
    CHECK(json.value(QStringLiteral("counted")).toObject().value(QStringLiteral("cents")).toInteger() == 650050);
    const auto stored = analytics::ForecastCommitments(o.tdb.db()).counted(o.rep1, period);
    REQUIRE(stored);
    CHECK(stored->cents == 650050);
    CHECK(stored->snapshotId == json.value(QStringLiteral("recorded_snapshot_id")).toInteger());

    r = run({QStringLiteral("commit"), QStringLiteral("--period"), period});
    REQUIRE(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("Counted by your pay plan")));
    qunsetenv("FD_PASSWORD");
}
