// Simulation, backtest, funnel geometry and the analytics CLI commands.
#include "analyticsfixture.h"
#include "catchqt.h"

#include "analytics/backtest.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/funnelgeometry.h"
#include "analytics/prng.h"
#include "analytics/timerange.h"
#include "cliapp.h"
#include "demo/demogenerator.h"
#include "domain/errors.h"
#include "domain/pipeline.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::analytics;
using fd::test::AnalyticsOffice;

TEST_CASE("Simulation by hand: two deals at p̂ = 1/3, deterministic with a seed", "[analytics]")
{
    AnalyticsOffice o;
    ForecastQuery q;
    q.period = QStringLiteral("2026-03");
    q.asOf = AnalyticsOffice::day(50);
    q.method = ForecastMethod::Simulation;
    const ForecastResult s = computeForecast(o.tdb.db(), q);
    // D and E close 25 days after T (A's time from S2 to the win; too few values to condition
    // on their age), inside March; no new deal can be won in March (the one cycle is 35 days).
    REQUIRE(s.deals.size() == 2);
    CHECK(s.deals[0].closeInPeriod == Approx(1.0));
    CHECK(s.newDealsExpected == 0);
    CHECK(s.expected == 12666667);
    // Outcomes 0 (4/9), 80,000 (2/9), 300,000 (2/9), 380,000 (1/9).
    CHECK(s.p10 == 0);
    CHECK(s.p50 == 8000000);
    CHECK(s.p90 == 38000000);
    CHECK(std::abs(double(s.mean) - 12666667.0) < 0.03 * 12666667.0);
    const ForecastResult again = computeForecast(o.tdb.db(), q);
    CHECK(again.mean == s.mean);
    CHECK(again.p50 == s.p50);
    q.seed = 7;
    CHECK(computeForecast(o.tdb.db(), q).mean != s.mean);
    // February is over before D and E can close: nothing expected from them.
    q.period = QStringLiteral("2026-02");
    CHECK(computeForecast(o.tdb.db(), q).deals.empty());
}

TEST_CASE("Own PRNG: seeded sequences, uniform and Poisson moments", "[analytics]")
{
    Prng a(42), b(42), c(43);
    const quint64 first = a.next();
    CHECK(first == b.next());
    CHECK(first != c.next());
    for (double mu : {3.0, 250.0}) {
        Prng rng(1);
        const int n = 20000;
        double sum = 0, sq = 0;
        for (int i = 0; i < n; ++i) {
            const double k = double(rng.poisson(mu));
            sum += k;
            sq += k * k;
        }
        const double mean = sum / n;
        const double variance = sq / n - mean * mean;
        CHECK(mean == Approx(mu).epsilon(0.02));
        CHECK(variance == Approx(mu).epsilon(0.06));
    }
    Prng u(5);
    double total = 0;
    for (int i = 0; i < 20000; ++i) {
        const double x = u.uniform();
        REQUIRE(x >= 0.0);
        REQUIRE(x < 1.0);
        total += x;
    }
    CHECK(total / 20000 == Approx(0.5).epsilon(0.01));
}

TEST_CASE("Simulation mean agrees with its historical expectation on a generated office", "[analytics]")
{
    test::TempDatabase tdb;
    DemoGenerator(tdb.db(), DemoOptions{20261123, 400}).generate();
    ForecastQuery q;
    q.period = QStringLiteral("2026-Q4");
    q.method = ForecastMethod::Simulation;
    const ForecastResult s = computeForecast(tdb.db(), q);
    REQUIRE(s.runs == kDefaultRuns);
    const double expectation = double(s.wonInPeriod + s.expected);
    REQUIRE(expectation > 0);
    CHECK(std::abs(double(s.mean) - expectation) < 0.02 * expectation);
    CHECK(s.p10 <= s.p50);
    CHECK(s.p50 <= s.p90);
    CHECK(s.p10 >= s.wonInPeriod);
    // Historical expectation of the same deals: Σ amount × p̂ × P(close in period).
    double byHand = 0;
    for (const ForecastDeal &d : s.deals)
        byHand += double(d.amount) * d.probability * d.closeInPeriod;
    CHECK(std::abs(byHand + double(s.newDealsExpected) - double(s.expected)) <= double(s.deals.size()) + 1);
}

TEST_CASE("Backtest on a generated office compares with what was actually won", "[analytics]")
{
    test::TempDatabase tdb;
    DemoGenerator(tdb.db(), DemoOptions{20261123, 300}).generate();
    BacktestQuery q;
    q.fromMonth = QStringLiteral("2026-07");
    q.toMonth = QStringLiteral("2026-10");
    const BacktestResult b = runBacktest(tdb.db(), q);
    REQUIRE(b.months.size() == 4);
    REQUIRE(b.methods.size() == forecastMethods().size());
    const size_t first = size_t(b.methods[0].method);
    int withSales = 0;
    double absSum = 0, absCents = 0, actualCents = 0;
    for (const BacktestMonth &m : b.months) {
        SqlQuery won(tdb.db(), QStringLiteral("SELECT COALESCE(sum(amount_cents), 0) FROM opportunities "
                                              "WHERE status = 'won' AND substr(closed_at, 1, 7) = ?"));
        won.add(m.month);
        CHECK(m.actual == won.scalar().toLongLong());
        CHECK(m.asOf
              == QDateTime(QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate), QTime(0, 0), Qt::UTC)
                     .addSecs(-1));
        if (m.actual > 0) {
            ++withSales;
            absSum += std::abs(double(*m.forecast[first] - m.actual)) / double(m.actual);
            absCents += std::abs(double(*m.forecast[first] - m.actual));
            actualCents += double(m.actual);
        }
        // As of the first day nothing of the month is won yet: the forecast is all pipeline.
        ForecastQuery f;
        f.period = m.month;
        f.asOf = m.asOf;
        CHECK(computeForecast(tdb.db(), f).wonInPeriod == 0);
    }
    REQUIRE(withSales > 0);
    CHECK(b.methods[0].months == withSales);
    CHECK(*b.methods[0].mape == Approx(absSum / withSales));
    CHECK(*b.methods[0].wape == Approx(absCents / actualCents));
    q.toMonth = QStringLiteral("2026-06");
    CHECK_THROWS_AS(runBacktest(tdb.db(), q), ValidationError);
}

TEST_CASE("Funnel geometry: widths by value, minimum width, gaps, labels, drop-off", "[analytics]")
{
    const QRectF bounds(0, 0, 400, 230);
    FunnelGeometryOptions options;
    options.minWidthFraction = 0.2;
    options.gap = 10;
    const auto t = funnelGeometry({100, 50, 5}, bounds, options);
    REQUIRE(t.size() == 3);
    // Height (230 − 2 × 10) / 3 = 70 each.
    CHECK(t[0].topLeft == QPointF(0, 0));
    CHECK(t[0].topRight == QPointF(400, 0));
    CHECK(t[0].bottomLeft.y() == Approx(70));
    CHECK(t[1].topLeft.y() == Approx(80));
    CHECK(t[1].topRight.x() - t[1].topLeft.x() == Approx(200));
    // 5 % of the largest would be 20 px: the minimum (20 % = 80 px) keeps it readable.
    CHECK(t[2].topRight.x() - t[2].topLeft.x() == Approx(80));
    CHECK(t[2].bottomRight.x() - t[2].bottomLeft.x() == Approx(64));
    CHECK(t[2].bottomLeft.y() == Approx(230));
    // Each bottom edge meets the next top edge; centred; labels in the middle.
    CHECK(t[0].bottomRight.x() == Approx(t[1].topRight.x()));
    CHECK(t[1].labelAnchor == QPointF(200, 115));
    CHECK(*t[0].dropOff == Approx(0.5));
    CHECK(*t[1].dropOff == Approx(0.9));
    CHECK_FALSE(t[2].dropOff.has_value());
    CHECK(t[0].dropOffAnchor.y() == Approx(75));
    CHECK(funnelGeometry({}, bounds).empty());
    const auto zeros = funnelGeometry({0, 0}, bounds);
    CHECK(zeros[0].topRight.x() - zeros[0].topLeft.x() == Approx(400));
    CHECK_FALSE(zeros[0].dropOff.has_value());
    // A later stage holding more deals (a snapshot of open deals) shows no drop-off.
    const auto growing = funnelGeometry({167, 170, 91}, bounds);
    CHECK_FALSE(growing[0].dropOff.has_value());
    CHECK(*growing[1].dropOff == Approx(1.0 - 91.0 / 170.0));
}

namespace {

QJsonObject cliJson(const QString &db, QStringList args, int *code = nullptr)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int rc = runCli(QStringList{QStringLiteral("--db"), db} + args, o, e);
    if (code)
        *code = rc;
    INFO(err.toStdString());
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

TEST_CASE("CLI funnel, forecast and reps print the engine's figures as JSON", "[analytics][cli]")
{
    AnalyticsOffice o;
    const QString db = o.tdb.path();
    int code = -1;
    const QJsonObject funnel = cliJson(
        db,
        {QStringLiteral("funnel"), QStringLiteral("--as-of"), QStringLiteral("2026-02-19"), QStringLiteral("--json")},
        &code);
    REQUIRE(code == 0);
    const QJsonArray stages = funnel.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 4);
    CHECK(stages[0].toObject().value(QStringLiteral("entered")).toInt() == 5);
    CHECK(stages[1].toObject().value(QStringLiteral("open_amount_cents")).toInteger() == 38000000);
    CHECK(stages[1].toObject().value(QStringLiteral("probability")).toDouble() == Approx(0.3));
    CHECK(stages[0].toObject().value(QStringLiteral("conversion")).toDouble() == Approx(0.8));
    CHECK(stages[1]
              .toObject()
              .value(QStringLiteral("days_in_stage"))
              .toObject()
              .value(QStringLiteral("median"))
              .toDouble()
          == Approx(27)); // T = day 50 − 1 s: D and E one second short
    const QJsonObject totals = funnel.value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("won_amount_cents")).toInteger() == 10000000);
    CHECK(totals.value(QStringLiteral("win_rate")).toDouble() == Approx(1.0 / 3.0));
    CHECK(funnel.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-02-19T23:59:59Z"));

    const QJsonObject owner = cliJson(db, {QStringLiteral("funnel"), QStringLiteral("--owner"), QStringLiteral("李娜"),
                                           QStringLiteral("--as-of"), QStringLiteral("2026-02-19"),
                                           QStringLiteral("--json")});
    CHECK(owner.value(QStringLiteral("stages")).toArray()[0].toObject().value(QStringLiteral("entered")).toInt() == 2);

    const QJsonObject forecast = cliJson(db,
                                         {QStringLiteral("forecast"), QStringLiteral("--period"),
                                          QStringLiteral("2026-03"), QStringLiteral("--method"),
                                          QStringLiteral("historical"), QStringLiteral("--as-of"),
                                          QStringLiteral("2026-02-19"), QStringLiteral("--json")},
                                         &code);
    REQUIRE(code == 0);
    CHECK(forecast.value(QStringLiteral("expected_cents")).toInteger() == 12666667);
    CHECK(forecast.value(QStringLiteral("method")).toString() == QStringLiteral("historical"));
    CHECK(forecast.value(QStringLiteral("target_cents")).isNull());
    CHECK(forecast.value(QStringLiteral("deals")).toArray().size() == 2);

    const QJsonObject sim = cliJson(db, {QStringLiteral("forecast"), QStringLiteral("--period"),
                                         QStringLiteral("2026-03"), QStringLiteral("--method"),
                                         QStringLiteral("simulation"), QStringLiteral("--as-of"),
                                         QStringLiteral("2026-02-19"), QStringLiteral("--json")});
    CHECK(sim.value(QStringLiteral("simulation")).toObject().value(QStringLiteral("p90_cents")).toInteger()
          == 38000000);

    const QJsonObject reps = cliJson(db, {QStringLiteral("reps"), QStringLiteral("--as-of"),
                                          QStringLiteral("2026-02-19"), QStringLiteral("--json")});
    CHECK(reps.value(QStringLiteral("reps")).toArray().size() == 2);

    const QJsonObject backtest = cliJson(db,
                                         {QStringLiteral("backtest"), QStringLiteral("--from"),
                                          QStringLiteral("2026-01"), QStringLiteral("--to"), QStringLiteral("2026-02"),
                                          QStringLiteral("--runs"), QStringLiteral("2000"), QStringLiteral("--json")},
                                         &code);
    REQUIRE(code == 0);
    const QJsonArray months = backtest.value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 2);
    CHECK(months[0].toObject().value(QStringLiteral("actual_cents")).toInteger() == 0);
    CHECK(months[1].toObject().value(QStringLiteral("actual_cents")).toInteger() == 10000000); // A, day 35
    // As of 2026-01-31 23:59:59 nothing expected to close in February.
    const QJsonValue configuredFeb =
        months[1].toObject().value(QStringLiteral("forecast_cents")).toObject().value(QStringLiteral("configured"));
    REQUIRE(configuredFeb.isDouble());
    CHECK(configuredFeb.toInteger() == 0);
    const QJsonObject configured = backtest.value(QStringLiteral("methods")).toArray()[0].toObject();
    CHECK(configured.value(QStringLiteral("months")).toInt() == 1);
    CHECK(configured.value(QStringLiteral("mape")).toDouble() == Approx(1.0));
    CHECK(configured.value(QStringLiteral("bias")).toDouble() == Approx(-1.0));

    // Text output is a readable table with the stage names and totals.
    QString text, errors;
    QTextStream to(&text), te(&errors);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("funnel"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-02-19")},
                   to, te)
            == 0);
    CHECK(text.contains(o.p.stages.at(1).name));
    CHECK(text.contains(QStringLiteral("Won 1 (100000.00)  lost 2  win rate 33.3%")));

    cliJson(db, {QStringLiteral("forecast"), QStringLiteral("--period"), QStringLiteral("2026-Q5")}, &code);
    CHECK(code == 1);
    cliJson(db, {QStringLiteral("forecast")}, &code);
    CHECK(code == 2);
    cliJson(db, {QStringLiteral("funnel"), QStringLiteral("--owner"), QStringLiteral("nobody")}, &code);
    CHECK(code == 1);
    cliJson(db,
            {QStringLiteral("reps"), QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
             QStringLiteral("2026-01-01")},
            &code);
    CHECK(code == 2); // --from after --to: wrong usage, like a date that is not a date
    cliJson(db, {QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-02-30")}, &code);
    CHECK(code == 2);
}

TEST_CASE("The dashboard's one snapshot of every pipeline gives the funnel and forecast of their own loads",
          "[analytics]")
{
    test::TempDatabase tdb;
    Database &db = tdb.db();
    DemoGenerator(db, DemoOptions{20261123, 300}).generate();
    // A second pipeline with the same stages, and every third deal moved into it with its history.
    Pipeline second;
    second.name = QStringLiteral("Renewals");
    second.position = 1;
    for (int i = 0; i < 6; ++i) {
        Stage s;
        s.name = QStringLiteral("R%1").arg(i);
        s.position = i;
        s.winProbability = 10 + 15 * i;
        second.stages.append(s);
    }
    const qint64 p2 = PipelineRepository(db).create(second);
    const QString mapped = QStringLiteral("(SELECT s2.id FROM stages s1 JOIN stages s2 ON s2.position = s1.position "
                                          "AND s2.pipeline_id = %1 WHERE s1.id = %2)");
    const QString moved = QStringLiteral("(SELECT id FROM opportunities WHERE id % 3 = 0)");
    db.exec(QStringLiteral("UPDATE opportunity_stage_history SET to_stage_id = %1, from_stage_id = CASE WHEN "
                           "from_stage_id IS NULL THEN NULL ELSE %2 END WHERE opportunity_id IN %3")
                .arg(mapped.arg(p2).arg(QStringLiteral("to_stage_id")),
                     mapped.arg(p2).arg(QStringLiteral("from_stage_id")), moved));
    db.exec(QStringLiteral("UPDATE opportunities SET pipeline_id = %1, stage_id = %2 WHERE id IN %3")
                .arg(p2)
                .arg(mapped.arg(p2).arg(QStringLiteral("stage_id")), moved));
    REQUIRE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM opportunities WHERE pipeline_id = ?"))
                .add(p2)
                .scalar()
                .toLongLong()
            > 50);

    const qint64 now = asOfInstant(db, {});
    Snapshot::Options options;
    options.until = now;
    const Snapshot all = Snapshot::load(db, options);

    FunnelQuery fq;
    fq.asOf = fromInstant(now);
    const FunnelResult own = computeFunnel(db, {});
    const FunnelResult shared = computeFunnel(db, all, fq);
    CHECK(shared.pipelineId == own.pipelineId);
    REQUIRE(shared.stages.size() == own.stages.size());
    for (size_t i = 0; i < own.stages.size(); ++i) {
        const FunnelStage &a = own.stages[i];
        const FunnelStage &b = shared.stages[i];
        CHECK(b.stageId == a.stageId);
        CHECK(b.openCount == a.openCount);
        CHECK(b.openAmount == a.openAmount);
        CHECK(b.weightedAmount == a.weightedAmount);
        CHECK(b.onHoldCount == a.onHoldCount);
        CHECK(b.entered == a.entered);
        CHECK(b.advanced == a.advanced);
        CHECK(b.dropOff == a.dropOff);
        CHECK(b.days.count == a.days.count);
        CHECK(b.openDealIds == a.openDealIds);
    }
    CHECK(shared.wonCount == own.wonCount);
    CHECK(shared.wonAmount == own.wonAmount);
    CHECK(shared.lostCount == own.lostCount);
    CHECK(shared.medianCycleDays == own.medianCycleDays);
    CHECK(own.wonCount + own.lostCount > 0);

    ForecastQuery q;
    q.period = fromInstant(now).toString(QStringLiteral("yyyy-MM"));
    q.method = ForecastMethod::Learned;
    const ForecastResult ownForecast = computeForecast(db, q);
    q.asOf = fromInstant(now);
    const ForecastResult sharedForecast = computeForecast(db, all, q);
    CHECK(sharedForecast.forecast == ownForecast.forecast);
    CHECK(sharedForecast.wonInPeriod == ownForecast.wonInPeriod);
    CHECK(sharedForecast.p10 == ownForecast.p10);
    CHECK(sharedForecast.p90 == ownForecast.p90);
    CHECK(sharedForecast.deals.size() == ownForecast.deals.size());
}
