// Forecast snapshots (DEFINITIONS.md §12) and closing the gap (§13): recorded through the
// CLI and through the weekly report on a real database file (and, linked with
// postgresbackend.cpp, on the PostgreSQL test cluster), read back; the gap's needed counts
// against a hand computation on the analytics office; the report PDF's section.
#include "analyticsfixture.h"
#include "catchqt.h"
#include "clirun.h"
#include "reportfixture.h"

#include "analytics/forecasthistory.h"
#include "analytics/gapclosing.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "report/reportrenderer.h"
#include "report/reportsnapshots.h"
#include "report/weeklyreport.h"
#include "report/weeklyreportdocument.h"
#include "storage/repositories/forecastsnapshotrepository.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fd;
using namespace fd::test;

namespace {

QJsonObject cliJson(const QString &db, const QStringList &args)
{
    const CliRun r = runCliWith(QStringList{QStringLiteral("--db"), db} + args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

void setCompanyTarget(Database &db, const QString &period, qint64 yuan)
{
    SqlQuery t(db, QStringLiteral("INSERT INTO targets (period, period_start, period_end, level, amount_cents) "
                                  "VALUES (?, '2026-01-01', '2026-01-01', 'company', ?)"));
    t.add(period).add(yuan * 100).exec();
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

analytics::ForecastResult marchForecast(AnalyticsOffice &o)
{
    analytics::ForecastQuery q;
    q.period = QStringLiteral("2026-03");
    q.method = analytics::ForecastMethod::Configured;
    q.asOf = AnalyticsOffice::day(50);
    return analytics::computeForecast(o.tdb.db(), q);
}

} // namespace

TEST_CASE("forecast --record stores a snapshot that forecast-history reads back", "[snapshots][cli]")
{
    ReportOffice o;
    setCompanyTarget(o.tdb.db(), QStringLiteral("2026-11"), 600000);
    const QString db = o.tdb.path();
    const QStringList forecastArgs{
        QStringLiteral("forecast"),   QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--method"),
        QStringLiteral("simulation"), QStringLiteral("--runs"),   QStringLiteral("500"),     QStringLiteral("--as-of"),
        QStringLiteral("2026-11-22"), QStringLiteral("--json")};
    const QJsonObject plain = cliJson(db, forecastArgs);
    CHECK_FALSE(plain.contains(QStringLiteral("recorded_snapshot_id")));
    CHECK(o.tdb.count(QStringLiteral("forecast_snapshots")) == 0); // no --record, nothing stored

    const QJsonObject f = cliJson(db, forecastArgs + QStringList{QStringLiteral("--record")});
    const qint64 id = f.value(QStringLiteral("recorded_snapshot_id")).toInteger();
    REQUIRE(id > 0);
    CHECK(o.tdb.count(QStringLiteral("forecast_snapshots")) == 1);
    // Recording the same forecast again is kept, and the history counts it as one forecast.
    cliJson(db, forecastArgs + QStringList{QStringLiteral("--record")});
    CHECK(o.tdb.count(QStringLiteral("forecast_snapshots")) == 2);

    const QJsonObject h = cliJson(db, {QStringLiteral("forecast-history"), QStringLiteral("--period"),
                                       QStringLiteral("2026-11"), QStringLiteral("--json")});
    const QJsonArray rows = h.value(QStringLiteral("snapshots")).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.at(0).toObject();
    CHECK(row.value(QStringLiteral("recordings")).toInt() == 2);
    CHECK(row.value(QStringLiteral("source")).toString() == QStringLiteral("cli"));
    CHECK(row.value(QStringLiteral("method")).toString() == QStringLiteral("simulation"));
    CHECK(row.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-22T23:59:59Z"));
    CHECK(row.value(QStringLiteral("forecast_cents")).toInteger()
          == f.value(QStringLiteral("forecast_cents")).toInteger());
    CHECK(row.value(QStringLiteral("expected_cents")).toInteger()
          == f.value(QStringLiteral("expected_cents")).toInteger());
    const QJsonObject sim = f.value(QStringLiteral("simulation")).toObject();
    CHECK(row.value(QStringLiteral("p10_cents")).toInteger() == sim.value(QStringLiteral("p10_cents")).toInteger());
    CHECK(row.value(QStringLiteral("p90_cents")).toInteger() == sim.value(QStringLiteral("p90_cents")).toInteger());
    CHECK(row.value(QStringLiteral("target_cents")).toInteger() == 600000 * 100);
    // Won by the as-of instant (Sunday 22 Nov): 门店收银改造 and 当周快单, both won on the 19th.
    CHECK(row.value(QStringLiteral("won_then_cents")).toInteger() == (230000 + 12000) * 100);
    // Finally won: the same two (nothing else closes in November); the CLI's clock is the system's.
    CHECK(h.value(QStringLiteral("final_won_cents")).toInteger() == (230000 + 12000) * 100);
    const bool over = QDateTime::currentDateTimeUtc() > QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59), Qt::UTC);
    CHECK(h.value(QStringLiteral("period_over")).toBool() == over);
    if (over)
        CHECK(row.value(QStringLiteral("error_cents")).toInteger()
              == f.value(QStringLiteral("forecast_cents")).toInteger() - (230000 + 12000) * 100);

    // Another scope has no snapshot; a bad period is a located error.
    const QJsonObject other = cliJson(db, {QStringLiteral("forecast-history"), QStringLiteral("--period"),
                                           QStringLiteral("2026-11"), QStringLiteral("--owner"), QStringLiteral("张伟"),
                                           QStringLiteral("--json")});
    CHECK(other.value(QStringLiteral("snapshots")).toArray().isEmpty());
    const CliRun bad = runCliWith({QStringLiteral("--db"), db, QStringLiteral("forecast-history"),
                                   QStringLiteral("--period"), QStringLiteral("2026-13")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("period")));
    const CliRun text = runCliWith({QStringLiteral("--db"), db, QStringLiteral("forecast-history"),
                                    QStringLiteral("--period"), QStringLiteral("2026-11")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("2026-11-22T23:59:59Z")));
}

TEST_CASE("a weekly report written for reading records its month and quarter forecasts", "[snapshots][report]")
{
    ReportOffice o;
    const QString db = o.tdb.path();
    const QString pdf = o.tdb.dir() + QStringLiteral("/w47.pdf");
    const QStringList args{QStringLiteral("--db"),   db,
                           QStringLiteral("report"), QStringLiteral("weekly"),
                           QStringLiteral("--week"), QStringLiteral("2026-W47"),
                           QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--out"),  pdf};
    CliRun r = runCliWith(args + QStringList{QStringLiteral("--no-record")});
    REQUIRE(r.code == 0);
    CHECK(o.tdb.count(QStringLiteral("forecast_snapshots")) == 0);
    r = runCliWith(args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Recorded the forecasts of 2026-11 and 2026-Q4")));
    REQUIRE(o.tdb.count(QStringLiteral("forecast_snapshots")) == 2);

    // What was recorded is what the report printed (the same engine, seed and runs).
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W47");
    const report::WeeklyReportData data = report::buildWeeklyReport(o.tdb.db(), q);
    ForecastSnapshotRepository repo(o.tdb.db());
    const auto month = repo.list(QStringLiteral("2026-11"), {});
    REQUIRE(month.size() == 1);
    CHECK(month[0].source == QStringLiteral("report"));
    CHECK(month[0].method == analytics::toString(data.month.method));
    CHECK(month[0].asOf == QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59), Qt::UTC));
    CHECK(month[0].forecast == data.month.forecast);
    CHECK(month[0].wonInPeriod == data.month.wonInPeriod);
    CHECK(month[0].p50 == data.month.p50);
    CHECK_FALSE(month[0].target.has_value());
    CHECK(month[0].recordedBy == 0);
    const auto quarter = repo.list(QStringLiteral("2026-Q4"), {});
    REQUIRE(quarter.size() == 1);
    CHECK(quarter[0].forecast == data.quarter.forecast);
    CHECK(repo.periods({}) == QStringList{QStringLiteral("2026-Q4"), QStringLiteral("2026-11")});

    // A rep's report is recorded under the rep's scope, read back by that scope only. 张伟
    // writes it as the team's manager: team mode shows a rep only their own deals.
    o.tdb.db().exec(QStringLiteral("UPDATE users SET role = 'manager' WHERE id = %1").arg(o.zhang));
    o.tdb.db().setActingUserId(o.zhang);
    q.scope = QStringLiteral("rep:李娜");
    report::recordReportForecasts(o.tdb.db(), report::buildWeeklyReport(o.tdb.db(), q));
    analytics::Scope li;
    li.ownerId = o.li;
    const auto liRows = repo.list(QStringLiteral("2026-11"), li);
    REQUIRE(liRows.size() == 1);
    CHECK(liRows[0].recordedBy == o.zhang);
    analytics::ForecastHistoryQuery hq;
    hq.period = QStringLiteral("2026-11");
    hq.scope = li;
    const analytics::ForecastHistory h = analytics::computeForecastHistory(o.tdb.db(), hq);
    REQUIRE(h.rows.size() == 1);
    CHECK(h.rows[0].snapshot.id == liRows[0].id);
    CHECK(h.finalWon == 230000 * 100); // 李娜's win; the quick win is 张伟's
    CHECK(repo.list(QStringLiteral("2026-11"), {}).size() == 1);
}

TEST_CASE("forecast snapshots are validated, located, and stored all or nothing", "[snapshots]")
{
    TempDatabase t;
    ForecastSnapshotRepository repo(t.db());
    ForecastSnapshot good;
    good.period = QStringLiteral("2026-12");
    good.method = QStringLiteral("simulation");
    good.asOf = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    good.source = QStringLiteral("gui");
    good.forecast = 100;
    good.p10 = 50;
    good.p50 = 90;
    good.p90 = 150;
    ForecastSnapshot bad = good;
    bad.source = QStringLiteral("web");
    std::vector<ForecastSnapshot> batch{good, bad};
    try {
        repo.record(batch);
        FAIL("a bad source was stored");
    } catch (const ValidationError &e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors().first().field == QStringLiteral("source"));
        CHECK(e.errors().first().row == 2);
    }
    CHECK(t.count(QStringLiteral("forecast_snapshots")) == 0);

    ForecastSnapshot year = good;
    year.period = QStringLiteral("2026");
    CHECK_THROWS_AS(repo.record(year), ValidationError);
    ForecastSnapshot range = good;
    range.p50 = 200; // above P90
    CHECK_THROWS_AS(repo.record(range), ValidationError);
    ForecastSnapshot ghost = good;
    ghost.scope.ownerId = 999;
    try {
        repo.record(ghost);
        FAIL("a missing owner was stored");
    } catch (const ValidationError &e) {
        CHECK(e.errors().first().field == QStringLiteral("scope_owner_id"));
    }
    CHECK(t.count(QStringLiteral("forecast_snapshots")) == 0);

    // No range from the method: stored as NULL, read back as none.
    ForecastSnapshot plain = good;
    plain.p10 = plain.p50 = plain.p90 = std::nullopt;
    repo.record(plain);
    const auto rows = repo.list(QStringLiteral("2026-12"), {});
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows[0].p50.has_value());
    CHECK(rows[0].recordedAt == t.clock().now());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM forecast_snapshots WHERE p10_cents IS NULL")).toInt() == 1);
}

TEST_CASE("closing the gap: wins and deals needed per stage match a hand computation", "[gap]")
{
    AnalyticsOffice o;
    // As of day 50: A won (¥100,000) on day 35; B and C lost. D (¥300,000) and E (¥80,000)
    // are open in stage 2 (30 %), expected to close on 15 March: forecast ¥114,000.
    setCompanyTarget(o.tdb.db(), QStringLiteral("2026-03"), 500000);
    const analytics::ForecastResult f = marchForecast(o);
    REQUIRE(f.forecast == 11400000);
    const analytics::GapClosing g = analytics::computeGapClosing(o.tdb.db(), f, {});
    REQUIRE(g.status == analytics::GapStatus::Short);
    CHECK(g.gap == (500000 - 114000) * 100);
    // One won deal in 90 days (< 5): the 365-day average, A alone.
    CHECK(g.averageDealDays == 365);
    CHECK(g.averageDealCount == 1);
    CHECK(*g.averageDeal == 10000000);
    CHECK(*g.winsNeeded == 4); // ⌈386,000 ÷ 100,000⌉
    // p̂ = (won + 10 × configured) / (closed + 10) over the closed deals really open in the stage:
    // S1: A, B, C (1 won) → 2/13; S2: A, B (B came back to it) → 4/12; S3: A, B → 6/12;
    // S4: none (A was won from S3, never open in S4) → 8/10. Deals needed = ⌈4 ÷ p̂⌉.
    REQUIRE(g.stages.size() == 4);
    const double p[] = {2.0 / 13, 4.0 / 12, 6.0 / 12, 8.0 / 10};
    const qint64 needed[] = {26, 12, 8, 5};
    const qint64 open[] = {0, 2, 0, 0};
    for (size_t i = 0; i < 4; ++i) {
        INFO("stage " << i);
        CHECK(g.stages[i].stageId == o.stage(int(i)));
        CHECK(g.stages[i].probability == Approx(p[i]));
        CHECK(*g.stages[i].dealsNeeded == needed[i]);
        CHECK(*g.stages[i].amountNeeded == needed[i] * 10000000);
        CHECK(g.stages[i].openCount == open[i]);
    }
    CHECK(g.stages[1].openAmount == (300000 + 80000) * 100);
    // Winning D adds 300,000 − 90,000, then E 80,000 − 24,000: 266,000 < 386,000.
    REQUIRE(g.deals.size() == 2);
    CHECK(g.deals[0].id == o.d);
    CHECK(g.deals[0].title == QStringLiteral("deal 300000"));
    CHECK(g.deals[0].uplift == 21000000);
    CHECK(g.deals[1].id == o.e);
    CHECK(g.deals[1].cumulative == 26600000);
    CHECK_FALSE(g.dealsCoverGap);
}

TEST_CASE("closing the gap: covered by the first deal, no gap when ahead or without target", "[gap]")
{
    AnalyticsOffice o;
    CHECK(analytics::computeGapClosing(o.tdb.db(), marchForecast(o), {}).status == analytics::GapStatus::NoTarget);
    setCompanyTarget(o.tdb.db(), QStringLiteral("2026-03"), 300000);
    const analytics::GapClosing g = analytics::computeGapClosing(o.tdb.db(), marchForecast(o), {});
    REQUIRE(g.status == analytics::GapStatus::Short);
    CHECK(*g.winsNeeded == 2);            // ⌈186,000 ÷ 100,000⌉
    CHECK(*g.stages[3].dealsNeeded == 3); // ⌈2 × 11/9⌉
    REQUIRE(g.deals.size() == 1);         // D alone adds 210,000 ≥ 186,000
    CHECK(g.dealsCoverGap);

    SqlQuery(o.tdb.db(), QStringLiteral("UPDATE targets SET amount_cents = 10000000")).exec();
    const analytics::GapClosing ahead = analytics::computeGapClosing(o.tdb.db(), marchForecast(o), {});
    CHECK(ahead.status == analytics::GapStatus::AheadOfTarget);
    CHECK(ahead.gap == -1400000);
    CHECK(ahead.stages.empty());
    CHECK(ahead.deals.empty());

    // January is over on day 50 (20 February): short of its target, but nothing can close it.
    setCompanyTarget(o.tdb.db(), QStringLiteral("2026-01"), 100000);
    analytics::ForecastQuery q;
    q.period = QStringLiteral("2026-01");
    q.asOf = AnalyticsOffice::day(50);
    const analytics::ForecastResult january = analytics::computeForecast(o.tdb.db(), q);
    REQUIRE(*january.gap > 0);
    const analytics::GapClosing over = analytics::computeGapClosing(o.tdb.db(), january, {});
    CHECK(over.status == analytics::GapStatus::PeriodOver);
    CHECK(over.deals.empty());
}

TEST_CASE("the weekly report PDF has the closing-the-gap section of the month", "[gap][report]")
{
    ReportOffice o;
    setCompanyTarget(o.tdb.db(), QStringLiteral("2026-11"), 2000000);
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W47");
    q.runs = 500;
    const report::WeeklyReportData r = report::buildWeeklyReport(o.tdb.db(), q);
    const analytics::GapClosing &g = r.closingGap;
    REQUIRE(g.status == analytics::GapStatus::Short);
    CHECK(g.gap == 2000000 * 100 - r.month.forecast);
    REQUIRE(g.winsNeeded.has_value());
    REQUIRE_FALSE(g.deals.empty());
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QString pdf = o.tdb.dir() + QStringLiteral("/gap.pdf");
    REQUIRE(report::ReportRenderer(report::weeklyReportDocument(r, locale)).writePdf(pdf, nullptr));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Closing the gap (2026-11)")));
    CHECK(text.contains(QStringLiteral("%1 more won deals").arg(*g.winsNeeded)));
    CHECK(text.contains(QStringLiteral("Deals needed in each stage")));
    CHECK(text.contains(money::format(g.deals.front().cumulative, QStringLiteral("CNY"), locale)));
    CHECK(text.contains(g.deals.front().title));

    // Ahead of target: one sentence, no tables.
    SqlQuery(o.tdb.db(), QStringLiteral("UPDATE targets SET amount_cents = 100")).exec();
    const report::WeeklyReportData ahead = report::buildWeeklyReport(o.tdb.db(), q);
    REQUIRE(ahead.closingGap.status == analytics::GapStatus::AheadOfTarget);
    REQUIRE(report::ReportRenderer(report::weeklyReportDocument(ahead, locale)).writePdf(pdf, nullptr));
    const QString aheadText = pdfText(pdf);
    CHECK(aheadText.contains(QStringLiteral("Ahead of target")));
    CHECK_FALSE(aheadText.contains(QStringLiteral("Deals needed in each stage")));
}

TEST_CASE("forecast --json carries closing_gap, the text output its section", "[gap][cli]")
{
    AnalyticsOffice o;
    setCompanyTarget(o.tdb.db(), QStringLiteral("2026-03"), 500000);
    // The configured method's forecast (¥114,000), as in the hand computation above.
    const QStringList args{QStringLiteral("forecast"),  QStringLiteral("--period"),   QStringLiteral("2026-03"),
                           QStringLiteral("--as-of"),   QStringLiteral("2026-02-20"), QStringLiteral("--method"),
                           QStringLiteral("configured")};
    const QJsonObject f = cliJson(o.tdb.path(), args + QStringList{QStringLiteral("--json")});
    const QJsonObject g = f.value(QStringLiteral("closing_gap")).toObject();
    CHECK(g.value(QStringLiteral("status")).toString() == QStringLiteral("short"));
    CHECK(g.value(QStringLiteral("wins_needed")).toInteger() == 4);
    const QJsonArray stages = g.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 4);
    CHECK(stages.at(0).toObject().value(QStringLiteral("deals_needed")).toInteger() == 26);
    CHECK(g.value(QStringLiteral("deals")).toArray().size() == 2);
    const CliRun text = runCliWith(QStringList{QStringLiteral("--db"), o.tdb.path()} + args);
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Closing the gap")));
    CHECK(text.out.contains(QStringLiteral("wins needed 4")));
}
