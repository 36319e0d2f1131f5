// Hand-computed fixtures for every funnel, forecast and rep metric (core/analytics/DEFINITIONS.md).
#include "analyticsfixture.h"
#include "catchqt.h"

#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/repdiagnostics.h"
#include "domain/errors.h"
#include "storage/sqlquery.h"

using namespace fd;
using namespace fd::analytics;
using fd::test::AnalyticsOffice;

namespace {

FunnelResult funnelAt(AnalyticsOffice &o, double day, const QDate &from = {}, const QDate &to = {})
{
    FunnelQuery q;
    q.asOf = AnalyticsOffice::day(day);
    q.from = from;
    q.to = to;
    return computeFunnel(o.tdb.db(), q);
}

const FunnelStage &stageOf(const FunnelResult &f, int rank)
{
    return f.stages.at(size_t(rank));
}

} // namespace

TEST_CASE("Funnel entered, advanced, conversion and drop-off follow the passage rules", "[analytics]")
{
    AnalyticsOffice o;
    const FunnelResult f = funnelAt(o, 50);
    REQUIRE(f.stages.size() == 4);
    // S1: all five; S2: A, B (skipped through), D, E; S3: A, B; S4: A (won through).
    CHECK(stageOf(f, 0).entered == 5);
    CHECK(stageOf(f, 1).entered == 4);
    CHECK(stageOf(f, 2).entered == 2);
    CHECK(stageOf(f, 3).entered == 1);
    // Advanced: S1 all but C; S2 A and B (B skipped to S3); S3 only A (B moved back); S4 A won.
    CHECK(stageOf(f, 0).advanced == 4);
    CHECK(stageOf(f, 1).advanced == 2);
    CHECK(stageOf(f, 2).advanced == 1);
    CHECK(stageOf(f, 3).advanced == 1);
    CHECK(*stageOf(f, 0).conversion == Approx(0.8));
    CHECK(*stageOf(f, 1).conversion == Approx(0.5));
    CHECK(*stageOf(f, 2).conversion == Approx(0.5));
    CHECK(*stageOf(f, 3).conversion == Approx(1.0));
    CHECK(*stageOf(f, 0).dropOff == Approx(0.2));
    CHECK(*stageOf(f, 1).dropOff == Approx(0.5));
    CHECK(*stageOf(f, 2).dropOff == Approx(0.5));
    CHECK_FALSE(stageOf(f, 3).dropOff.has_value());
}

TEST_CASE("Days in stage: visits summed, hold time paused, ongoing to T, skips have no time", "[analytics]")
{
    AnalyticsOffice o;
    const FunnelResult f = funnelAt(o, 50);
    // S1: A 10, B 5, C 10, D 3, E 3 + 5 (lost days 7..9 do not count) → 3 5 8 10 10.
    CHECK(stageOf(f, 0).days.count == 5);
    CHECK(*stageOf(f, 0).days.median == Approx(8));
    CHECK(*stageOf(f, 0).days.mean == Approx(7.2));
    CHECK(*stageOf(f, 0).days.p90 == Approx(10));
    // S2: A 20, B 15 (after moving back), D 2 + 32 (hold 8..18 paused), E 36 (to T).
    CHECK(stageOf(f, 1).days.count == 4);
    CHECK(*stageOf(f, 1).days.median == Approx(27));
    CHECK(*stageOf(f, 1).days.mean == Approx(26.25));
    CHECK(*stageOf(f, 1).days.p90 == Approx(36));
    // S3: A 5, B 20. S4: A only won through it.
    CHECK(*stageOf(f, 2).days.median == Approx(12.5));
    CHECK(*stageOf(f, 2).days.p90 == Approx(20));
    CHECK(stageOf(f, 3).days.count == 0);
    CHECK_FALSE(stageOf(f, 3).days.median.has_value());
}

TEST_CASE("Funnel open pipeline and totals, a reopened deal is not lost", "[analytics]")
{
    AnalyticsOffice o;
    const FunnelResult f = funnelAt(o, 50);
    CHECK(stageOf(f, 1).openCount == 2); // D and E
    CHECK(stageOf(f, 1).openAmount == 38000000);
    CHECK(stageOf(f, 1).weightedAmount == 11400000); // 30 %
    CHECK(stageOf(f, 0).openCount == 0);
    CHECK(f.wonCount == 1);
    CHECK(f.wonAmount == 10000000);
    CHECK(f.lostCount == 2); // B and C; E was reopened
    CHECK(*f.winRate == Approx(1.0 / 3.0));
    CHECK(*f.averageDeal == 10000000);
    CHECK(*f.medianCycleDays == Approx(35));
    CHECK(stageOf(f, 1).openDealIds == std::vector<qint64>{o.d, o.e});
}

TEST_CASE("As-of replay ignores everything after T", "[analytics]")
{
    AnalyticsOffice full;
    AnalyticsOffice cut(20); // the same office, built only up to day 20
    const FunnelResult a = funnelAt(full, 20);
    const FunnelResult b = funnelAt(cut, 20);
    REQUIRE(a.stages.size() == b.stages.size());
    for (size_t i = 0; i < a.stages.size(); ++i) {
        CHECK(a.stages[i].entered == b.stages[i].entered);
        CHECK(a.stages[i].advanced == b.stages[i].advanced);
        CHECK(a.stages[i].openCount == b.stages[i].openCount);
        CHECK(a.stages[i].openAmount == b.stages[i].openAmount);
        CHECK(a.stages[i].onHoldCount == b.stages[i].onHoldCount);
        CHECK(a.stages[i].days.mean == b.stages[i].days.mean);
    }
    CHECK(a.wonCount == b.wonCount);
    CHECK(a.lostCount == b.lostCount);
    // By hand at day 20: A, D, E open in S2, B in S3; only C lost (E reopened on day 9).
    CHECK(a.stages[1].openCount == 3);
    CHECK(a.stages[2].openCount == 1);
    CHECK(a.wonCount == 0);
    CHECK(a.lostCount == 1);
    // On day 10 D is on hold: not open pipeline, counted apart.
    const FunnelResult hold = funnelAt(full, 10);
    CHECK(hold.stages[1].onHoldCount == 1);
    CHECK(hold.stages[1].openCount == 1); // A entered S2 on day 10
    // D's amount changed on day 55: as of day 50 the old amount is used.
    CHECK(funnelAt(full, 50).stages[1].openAmount == 38000000);
    CHECK(funnelAt(full, 56).stages[1].openAmount == 43000000);
}

TEST_CASE("Funnel window selects the cohort by first entry", "[analytics]")
{
    AnalyticsOffice o;
    const FunnelResult f = funnelAt(o, 50, QDate(2026, 1, 11), QDate(2026, 2, 19));
    CHECK(f.stages[0].entered == 0);
    CHECK(f.stages[1].entered == 2); // A on day 10, E on day 14
    CHECK(f.stages[1].advanced == 1);
    CHECK(f.wonCount == 1);  // A won on day 35
    CHECK(f.lostCount == 2); // C day 12, B day 40
    const FunnelResult owner = [&] {
        FunnelQuery q;
        q.asOf = AnalyticsOffice::day(50);
        q.scope.ownerId = o.rep2;
        return computeFunnel(o.tdb.db(), q);
    }();
    CHECK(owner.stages[0].entered == 2);
    CHECK(owner.wonCount == 0);
    // Region filter: the owner's team's region (DEFINITIONS.md §1a), not the customer's.
    const qint64 east = o.b.region(QStringLiteral("华东"));
    const qint64 north = o.b.region(QStringLiteral("华北"));
    const qint64 eastTeam = o.b.team(QStringLiteral("华东区域组"), east);
    SqlQuery join(o.tdb.db(),
                  QStringLiteral("UPDATE users SET team_id = ? WHERE id IN (SELECT owner_id FROM opportunities)"));
    join.add(eastTeam).exec();
    SqlQuery move(o.tdb.db(), QStringLiteral("UPDATE customers SET region_id = ? WHERE id = ?"));
    move.add(north).add(o.customer).exec();
    auto regionFunnel = [&](qint64 region) {
        FunnelQuery q;
        q.asOf = AnalyticsOffice::day(50);
        q.scope.regionId = region;
        return computeFunnel(o.tdb.db(), q);
    };
    CHECK(regionFunnel(east).stages[0].entered == 5);
    CHECK(regionFunnel(north).stages[0].entered == 0);
}

TEST_CASE("Configured forecast is Σ amount × stage win rate (004's example)", "[analytics]")
{
    test::TempDatabase tdb;
    test::Builders b(tdb.db());
    OpportunityRepository repo(tdb.db());
    const Pipeline p = b.pipeline();
    const qint64 rep = b.user(QStringLiteral("王芳"));
    const qint64 customer = b.customer(QStringLiteral("北京客户"));
    auto deal = [&](int rank, qint64 yuan, const QDate &close, std::optional<int> override = {}) {
        Opportunity o;
        o.title = QStringLiteral("商机");
        o.customerId = customer;
        o.ownerId = rep;
        o.pipelineId = p.id;
        o.stageId = p.stages.first().id;
        o.amount = {yuan * 100, QStringLiteral("CNY")};
        o.expectedCloseDate = close;
        o.probabilityOverride = override;
        const qint64 id = repo.create(o);
        if (rank > 0)
            repo.moveToStage(id, p.stages.at(rank).id);
        return id;
    };
    const QDate dec(2026, 12, 10);
    deal(0, 100000, dec);
    deal(0, 200000, dec);
    deal(1, 500000, dec);
    deal(2, 1000000, dec);
    deal(3, 400000, dec);
    deal(0, 100000, dec, 90);           // the override wins: 90,000
    deal(3, 999999, QDate(2027, 1, 5)); // outside the period
    const qint64 won = deal(2, 250000, dec);
    repo.setOutcome(won, OpportunityStatus::Won);
    for (const char *month : {"2026-10", "2026-11", "2026-12"}) {
        SqlQuery t(tdb.db(),
                   QStringLiteral("INSERT INTO targets (period, period_start, period_end, level, amount_cents) "
                                  "VALUES (?, '2026-01-01', '2026-01-01', 'company', ?)"));
        t.add(QString::fromLatin1(month)).add(qint64(100000000)).exec();
    }

    ForecastQuery q;
    q.period = QStringLiteral("2026-Q4");
    const ForecastResult f = computeForecast(tdb.db(), q);
    // 300,000 × 10 % + 500,000 × 30 % + 1,000,000 × 50 % + 400,000 × 80 % + 100,000 × 90 %.
    CHECK(f.expected == (30000 + 150000 + 500000 + 320000 + 90000) * qint64(100));
    CHECK(f.wonInPeriod == 25000000);
    CHECK(f.forecast == f.wonInPeriod + f.expected);
    CHECK(f.openPipeline == 230000000);
    CHECK(f.deals.size() == 6);
    REQUIRE(f.target.has_value());
    CHECK(*f.target == 300000000); // no quarter row: the sum of its months
    CHECK(*f.gap == 300000000 - f.forecast);
    CHECK(*f.coverage == Approx(230000000.0 / (300000000.0 - 25000000.0)));

    q.period = QStringLiteral("2026-12");
    CHECK(*computeForecast(tdb.db(), q).target == 100000000);
    q.period = QStringLiteral("2026-13");
    CHECK_THROWS_AS(computeForecast(tdb.db(), q), ValidationError);
}

TEST_CASE("Historical forecast shrinks learned rates toward the configured ones", "[analytics]")
{
    AnalyticsOffice o;
    ForecastQuery q;
    q.period = QStringLiteral("2026-03");
    q.asOf = AnalyticsOffice::day(50);
    q.method = ForecastMethod::Configured;
    const ForecastResult configured = computeForecast(o.tdb.db(), q);
    CHECK(configured.expected == 11400000);
    q.method = ForecastMethod::Historical;
    const ForecastResult h = computeForecast(o.tdb.db(), q);
    // Closed by day 50 and through S2: A (won) and B (lost, skipped through S2):
    // p̂ = (1 + 10 × 0.30) / (2 + 10) = 1/3.
    REQUIRE(h.deals.size() == 2);
    CHECK(h.deals[0].probability == Approx(1.0 / 3.0));
    CHECK(h.expected == 10000000 + 2666667);
    CHECK_FALSE(h.target.has_value());
    CHECK_FALSE(h.coverage.has_value());
    // Configured as of now reads the stored rows; a replay just before now agrees (D: 350,000).
    q.method = ForecastMethod::Configured;
    q.asOf = {};
    const ForecastResult now = computeForecast(o.tdb.db(), q);
    q.asOf = AnalyticsOffice::day(59.5);
    const ForecastResult replayed = computeForecast(o.tdb.db(), q);
    CHECK(now.expected == (350000 + 80000) * 30);
    CHECK(replayed.expected == now.expected);
    CHECK(replayed.openPipeline == now.openPipeline);
    CHECK(replayed.deals.size() == now.deals.size());
    q.method = ForecastMethod::Historical;
    // With no closed deals at all, p̂ is the configured probability.
    q.asOf = AnalyticsOffice::day(20);
    const ForecastResult early = computeForecast(o.tdb.db(), q);
    for (const ForecastDeal &d : early.deals) {
        if (d.stageId == o.stage(1))
            CHECK(d.probability == Approx((0 + 10 * 0.3) / (0 + 10.0)));
    }
}

TEST_CASE("Rep diagnostics: results, activities, days against the team, stall stage", "[analytics]")
{
    AnalyticsOffice o;
    for (const char *kind : {"call", "call", "visit"}) {
        SqlQuery a(o.tdb.db(),
                   QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, user_id, customer_id, "
                                  "created_at) VALUES (?, '跟进', '2026-01-20T10:00:00Z', ?, ?, "
                                  "'2026-01-20T10:00:00Z')"));
        a.add(QString::fromLatin1(kind)).add(o.rep1).add(o.customer).exec();
    }
    RepQuery q;
    q.asOf = AnalyticsOffice::day(50);
    const RepResult r = computeReps(o.tdb.db(), q);
    const RepRow *one = nullptr;
    const RepRow *two = nullptr;
    for (const RepRow &row : r.reps) {
        if (row.userId == o.rep1)
            one = &row;
        if (row.userId == o.rep2)
            two = &row;
    }
    REQUIRE(one);
    REQUIRE(two);
    CHECK(one->wonCount == 1);
    CHECK(one->lostCount == 2);
    CHECK(*one->winRate == Approx(1.0 / 3.0));
    CHECK(*one->medianCycleDays == Approx(35));
    CHECK(one->activities.value(QStringLiteral("call")) == 2);
    CHECK(one->activities.value(QStringLiteral("visit")) == 1);
    CHECK(one->activities.value(QStringLiteral("email")) == 0);
    CHECK(two->pipeline == 38000000);
    CHECK(two->weighted == 11400000);
    CHECK_FALSE(two->winRate.has_value());
    // S1: rep1 10/5/10 → 10, team 3 5 8 10 10 → 8: +2. S2: rep2 34/36 → 35, team 27: +8.
    CHECK(*one->stages[0].repMedian == Approx(10));
    CHECK(*one->stages[0].teamMedian == Approx(8));
    CHECK(one->stages[0].repDeals == 3);
    CHECK(*two->stages[1].repMedian == Approx(35));
    CHECK(*two->stages[1].teamMedian == Approx(27));
    // Neither is a stall: too few deals, too small a difference (test_repdiagnostics.cpp).
    CHECK(one->stallStageId == 0);
    CHECK(two->stallStageId == 0);
}

TEST_CASE("A deal stored without history replays from its stored row", "[analytics]")
{
    AnalyticsOffice o;
    // Two more deals written by raw SQL (no history): one open in S3, one won on day 45.
    for (const char *status : {"open", "won"}) {
        SqlQuery q(o.tdb.db(),
                   QStringLiteral("INSERT INTO opportunities (title, customer_id, owner_id, pipeline_id, stage_id, "
                                  "amount_cents, expected_close_date, status, closed_at, created_at, updated_at) "
                                  "VALUES ('raw', ?, ?, ?, ?, 1000000, '2026-03-10', ?, ?, '2026-01-20T00:00:00Z', "
                                  "'2026-01-20T00:00:00Z')"));
        const bool won = qstrcmp(status, "won") == 0;
        q.add(o.customer)
            .add(o.rep1)
            .add(o.p.id)
            .add(o.stage(2))
            .add(QString::fromLatin1(status))
            .add(won ? QVariant(QStringLiteral("2026-02-15T00:00:00Z")) : QVariant())
            .exec();
    }
    const FunnelResult f = funnelAt(o, 50);
    CHECK(f.stages[2].entered == 4); // A, B and both raw deals
    CHECK(f.stages[2].openCount == 1);
    CHECK(f.stages[3].entered == 2); // A and the raw won deal, won through
    CHECK(f.wonCount == 2);
    CHECK(f.wonAmount == 10000000 + 1000000);
    const FunnelResult before = funnelAt(o, 40);
    CHECK(before.wonCount == 1); // the raw deal closes on day 45
    CHECK(before.stages[2].openCount == 2);
}
