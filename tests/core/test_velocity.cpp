// Sales velocity (DEFINITIONS.md §11) on the hand-computed office of test_analytics:
// the four factors, the result and the change against a week earlier, worked out by hand;
// the undefined cases; the CLI's `velocity` object.
#include "analyticsfixture.h"
#include "catchqt.h"
#include "clirun.h"

#include "analytics/velocity.h"
#include "domain/money.h"
#include "report/velocitytext.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::analytics;
using fd::test::AnalyticsOffice;

namespace {

SalesVelocity velocityAt(AnalyticsOffice &o, double day)
{
    FunnelQuery q;
    q.asOf = AnalyticsOffice::day(day);
    return computeVelocity(o.tdb.db(), q);
}

} // namespace

TEST_CASE("Sales velocity is open deals × win rate × average won deal ÷ median cycle", "[analytics][velocity]")
{
    AnalyticsOffice o;
    // Day 38: B, D and E open; A won (day 35, created day 0: cycle 35), C lost → win rate 1/2.
    const SalesVelocity d38 = velocityAt(o, 38);
    CHECK(d38.current.asOf == AnalyticsOffice::day(38));
    CHECK(d38.current.openCount == 3);
    CHECK(*d38.current.winRate == Approx(0.5));
    CHECK(*d38.current.averageDeal == 10000000);
    CHECK(*d38.current.medianCycleDays == Approx(35));
    // 3 × 0.5 × ¥100,000 ÷ 35 = ¥4,285.714… per day; × 30 = ¥128,571.428…
    CHECK(*d38.current.perDay == 428571);
    CHECK(*d38.current.per30Days == 12857143);
    // A week earlier (day 31) nothing was won yet: no average deal, no velocity, no change.
    CHECK(d38.previous.asOf == AnalyticsOffice::day(31));
    CHECK(d38.previous.openCount == 4);
    CHECK(*d38.previous.winRate == Approx(0.0));
    CHECK_FALSE(d38.previous.averageDeal.has_value());
    CHECK_FALSE(d38.previous.perDay.has_value());
    CHECK_FALSE(d38.previous.per30Days.has_value());
    CHECK_FALSE(d38.changePerDay.has_value());
    CHECK_FALSE(d38.changeShare.has_value());

    // Day 45: B lost on day 40 → D and E open, win rate 1/3: 2 × ⅓ × ¥100,000 ÷ 35.
    const SalesVelocity d45 = velocityAt(o, 45);
    CHECK(d45.current.openCount == 2);
    CHECK(*d45.current.perDay == 190476);
    CHECK(*d45.current.per30Days == 5714286);
    CHECK(*d45.previous.perDay == 428571); // day 38, as above
    CHECK(*d45.changePerDay == 190476 - 428571);
    CHECK(*d45.changePer30Days == 5714286 - 12857143);
    CHECK(*d45.changeShare == Approx(double(190476 - 428571) / 428571.0));
}

TEST_CASE("Sales velocity a week earlier moves the window back with the as-of instant", "[analytics][velocity]")
{
    FunnelQuery q;
    q.from = QDate(2026, 1, 11);
    q.to = QDate(2026, 2, 19);
    const FunnelQuery earlier = weekEarlier(q, toInstant(AnalyticsOffice::day(50)));
    CHECK(earlier.from == QDate(2026, 1, 4));
    CHECK(earlier.to == QDate(2026, 2, 12));
    CHECK(earlier.asOf == AnalyticsOffice::day(43));
    const FunnelQuery open = weekEarlier(FunnelQuery{}, toInstant(AnalyticsOffice::day(50)));
    CHECK_FALSE(open.from.isValid()); // an open start stays open
    CHECK_FALSE(open.to.isValid());   // no end: the new as-of

    // The window's factors are the funnel's over that window: from day 10 only A's win
    // (day 35) and B's and C's losses (days 40, 12) close inside it; D and E open.
    AnalyticsOffice o;
    FunnelQuery w;
    w.asOf = AnalyticsOffice::day(50);
    w.from = QDate(2026, 1, 11);
    const SalesVelocity v = computeVelocity(o.tdb.db(), w);
    CHECK(v.current.windowFrom == QDateTime(QDate(2026, 1, 11), QTime(0, 0), Qt::UTC));
    CHECK(v.current.openCount == 2);
    CHECK(*v.current.winRate == Approx(1.0 / 3.0));
    CHECK(*v.current.perDay == 190476);
    // A week earlier (day 43, from 4 January): the same closures, the same pace.
    CHECK(v.previous.windowFrom == QDateTime(QDate(2026, 1, 4), QTime(0, 0), Qt::UTC));
    CHECK(*v.previous.perDay == 190476);
    CHECK(*v.changePerDay == 0);
    CHECK(*v.changeShare == Approx(0.0));
}

TEST_CASE("Sales velocity is undefined without a won deal or with a zero cycle, and reads —", "[analytics][velocity]")
{
    // A deal won the instant it was created: cycle 0 days, so no finite pace.
    AnalyticsOffice o(-1); // the office's people and pipeline, no deals yet
    o.at(0);
    o.repo.setOutcome(o.deal(o.rep1, 5000, {}), OpportunityStatus::Won);
    o.deal(o.rep1, 7000, {}); // open
    o.at(3);
    const SalesVelocity v = computeVelocity(o.tdb.db(), FunnelQuery{});
    CHECK(v.current.openCount == 1);
    CHECK(*v.current.winRate == Approx(1.0));
    CHECK(*v.current.averageDeal == 500000);
    CHECK(*v.current.medianCycleDays == Approx(0.0));
    CHECK_FALSE(v.current.perDay.has_value());
    CHECK_FALSE(v.current.per30Days.has_value());
    CHECK_FALSE(v.changePerDay.has_value());

    const QLocale zh(QLocale::Chinese, QLocale::China);
    CHECK(report::velocityAmount(v.current.perDay, QStringLiteral("CNY"), zh) == QStringLiteral("—"));
    CHECK(report::velocityChangeText(v, QStringLiteral("CNY"), zh) == QStringLiteral("—"));
    CHECK(report::velocityFactorsText(v.current, QStringLiteral("CNY"), zh).contains(QStringLiteral("1 open deals")));

    // An office with nothing closed: no win rate either.
    AnalyticsOffice empty(-1);
    const SalesVelocity none = computeVelocity(empty.tdb.db(), FunnelQuery{});
    CHECK(none.current.openCount == 0);
    CHECK_FALSE(none.current.winRate.has_value());
    CHECK_FALSE(none.current.perDay.has_value());
}

TEST_CASE("Sales velocity texts: amounts, arrows and the factors", "[analytics][velocity]")
{
    AnalyticsOffice o;
    const SalesVelocity d45 = velocityAt(o, 45);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(report::velocityChangeText(d45, QStringLiteral("CNY"), en) == QStringLiteral("↓ 55.6%"));
    CHECK(report::velocityFactorsText(d45.current, QStringLiteral("CNY"), en)
              .startsWith(QStringLiteral("2 open deals × 33.3% win rate × ")));
    CHECK(report::velocityFactorsText(d45.current, QStringLiteral("CNY"), en)
              .endsWith(QStringLiteral("÷ 35.0 days median cycle")));
    CHECK(report::velocityAmount(d45.current.perDay, QStringLiteral("CNY"), en)
          == money::format(190476, QStringLiteral("CNY"), en));
    CHECK(report::velocityChangeAmount(d45.changePerDay, QStringLiteral("CNY"), en)
          == QStringLiteral("↓ ") + money::format(428571 - 190476, QStringLiteral("CNY"), en));
}

TEST_CASE("CLI funnel --json carries the velocity object, text output its line", "[analytics][velocity][cli]")
{
    AnalyticsOffice o;
    // As of 14 February 23:59:59 (just before day 45): the same state as day 45 above.
    test::CliRun r = test::runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("funnel"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-02-14"),
                                       QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject v = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("velocity")).toObject();
    REQUIRE_FALSE(v.isEmpty());
    CHECK(v.value(QStringLiteral("open_count")).toInt() == 2);
    CHECK(v.value(QStringLiteral("win_rate")).toDouble() == Approx(1.0 / 3.0));
    CHECK(v.value(QStringLiteral("average_deal_cents")).toInteger() == 10000000);
    CHECK(v.value(QStringLiteral("median_cycle_days")).toDouble() == Approx(35));
    CHECK(v.value(QStringLiteral("per_day_cents")).toInteger() == 190476);
    CHECK(v.value(QStringLiteral("per_30_days_cents")).toInteger() == 5714286);
    const QJsonObject previous = v.value(QStringLiteral("previous")).toObject();
    CHECK(previous.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-02-07T23:59:59Z"));
    CHECK(previous.value(QStringLiteral("per_day_cents")).toInteger() == 428571);
    CHECK(v.value(QStringLiteral("change_per_day_cents")).toInteger() == 190476 - 428571);
    CHECK(v.value(QStringLiteral("change_share")).toDouble() == Approx(double(190476 - 428571) / 428571.0));

    // A week earlier nothing was won: null, never 0.
    r = test::runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("funnel"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-02-01"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject early =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("velocity")).toObject();
    CHECK(early.value(QStringLiteral("per_day_cents")).isNull());
    CHECK(early.value(QStringLiteral("change_share")).isNull());

    r = test::runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("funnel"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-02-14")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Sales velocity: 2 open x 33.3% win rate x 100000.00 average / 35.0 days cycle "
                                        "= 1904.76 per day, 57142.86 per 30 days")));
}
