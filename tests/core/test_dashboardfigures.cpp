// Dashboard figures: open and weighted pipeline, won this month, month target and
// completion, on a hand-built office whose every figure is worked out below.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "analytics/dashboardfigures.h"
#include "domain/target.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

using namespace fd;

namespace {

struct Office
{
    test::TempDatabase t;
    test::Builders b{t.db()};
    Pipeline pipeline = b.pipeline(); // 初步接洽 10 %, 需求确认 30 %, 报价 50 %, 拟定合同 80 %
    qint64 rep1 = b.user(QStringLiteral("张伟"));
    qint64 rep2 = b.user(QStringLiteral("李娜"));
    qint64 customer = b.customer(QStringLiteral("上海华信科技有限公司"));

    // An open deal in stage `stageIndex`, optionally with a probability override / currency.
    qint64 deal(qint64 cents, int stageIndex, std::optional<int> override = {},
                const QString &currency = QStringLiteral("CNY"))
    {
        Opportunity o;
        o.title = QStringLiteral("商机 %1").arg(cents);
        o.customerId = customer;
        o.ownerId = rep1;
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages.at(stageIndex).id;
        o.amount = {cents, currency};
        o.probabilityOverride = override;
        return OpportunityRepository(t.db()).create(o);
    }

    // Closes a deal at the given UTC time (the clock is moved there and back).
    void close(qint64 id, OpportunityStatus status, const QDateTime &at)
    {
        const QDateTime now = t.clock().now();
        t.clock().set(at);
        OpportunityRepository(t.db()).setOutcome(
            id, status, status == OpportunityStatus::Lost ? QStringLiteral("价格太高") : QString());
        t.clock().set(now);
    }

    void target(const QString &period, const QString &level, qint64 subject, qint64 cents)
    {
        QDate start, end;
        REQUIRE(parsePeriod(period, &start, &end));
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO targets (period, period_start, period_end, level, subject_id, "
                                          "amount_cents) VALUES (?, ?, ?, ?, ?, ?)"));
        q.add(period)
            .add(start.toString(Qt::ISODate))
            .add(end.toString(Qt::ISODate))
            .add(level)
            .add(nullableId(subject))
            .add(cents)
            .exec();
    }
};

QDateTime utc(int y, int m, int d, int h = 12, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

} // namespace

TEST_CASE("an empty database has zero figures and no target", "[dashboard]")
{
    test::TempDatabase t;
    const DashboardFigures f = dashboardFigures(t.db(), QDate(2026, 11, 23));
    CHECK(f.openCount == 0);
    CHECK(f.openCents == 0);
    CHECK(f.weightedCents == 0);
    CHECK(f.wonThisMonthCount == 0);
    CHECK(f.period == QStringLiteral("2026-11"));
    CHECK(f.targetSource == TargetSource::None);
    CHECK_FALSE(f.completionPercent().has_value());
}

TEST_CASE("open, weighted and won figures follow the definitions", "[dashboard]")
{
    Office o;
    o.deal(10'000'000, 0);                    // ¥100,000.00 at 10 %  → 1,000,000
    o.deal(33'333, 2);                        // ¥333.33 at 50 %      → 16,666.5 → 16,667
    o.deal(50'000, 1, 25);                    // override 25 % over 30 % → 12,500
    const qint64 held = o.deal(1'000'000, 3); // on hold: not open pipeline
    OpportunityRepository(o.t.db()).setOutcome(held, OpportunityStatus::OnHold);
    o.deal(500'000, 0, {}, QStringLiteral("USD")); // other currency: left out, counted aside

    o.close(o.deal(2'000'000, 3), OpportunityStatus::Won, utc(2026, 11, 5));            // this month
    o.close(o.deal(700'000, 3), OpportunityStatus::Won, utc(2026, 11, 1, 0, 0, 0));     // first second
    o.close(o.deal(900'000, 3), OpportunityStatus::Won, utc(2026, 10, 31, 23, 59, 59)); // last month
    o.close(o.deal(800'000, 3), OpportunityStatus::Won, utc(2026, 12, 1, 0, 0, 0));     // next month
    o.close(o.deal(600'000, 2), OpportunityStatus::Lost, utc(2026, 11, 10));            // lost: not won

    const DashboardFigures f = dashboardFigures(o.t.db(), QDate(2026, 11, 23));
    CHECK(f.openCount == 3);
    CHECK(f.openCents == 10'000'000 + 33'333 + 50'000);
    CHECK(f.weightedCents == 1'000'000 + 16'667 + 12'500);
    CHECK(f.wonThisMonthCount == 2);
    CHECK(f.wonThisMonthCents == 2'000'000 + 700'000);
    CHECK(f.otherCurrencyDeals == 1);

    // The same deals in USD only: one open deal at 10 %.
    const DashboardFigures usd = dashboardFigures(o.t.db(), QDate(2026, 11, 23), QStringLiteral("USD"));
    CHECK(usd.openCount == 1);
    CHECK(usd.weightedCents == 50'000);
    CHECK(usd.wonThisMonthCount == 0);
}

TEST_CASE("the month target is the company target, else the sum of rep targets", "[dashboard]")
{
    Office o;
    o.close(o.deal(2'000'000, 3), OpportunityStatus::Won, utc(2026, 11, 5));

    SECTION("company target")
    {
        o.target(QStringLiteral("2026-11"), QStringLiteral("company"), 0, 8'000'000);
        o.target(QStringLiteral("2026-11"), QStringLiteral("rep"), o.rep1, 1'000'000); // ignored
        o.target(QStringLiteral("2026-Q4"), QStringLiteral("company"), 0, 90'000'000); // another period
        const DashboardFigures f = dashboardFigures(o.t.db(), QDate(2026, 11, 23));
        CHECK(f.targetSource == TargetSource::Company);
        CHECK(f.targetCents == 8'000'000);
        REQUIRE(f.completionPercent().has_value());
        CHECK(*f.completionPercent() == Approx(25.0));
    }
    SECTION("sum of the reps' targets")
    {
        o.target(QStringLiteral("2026-11"), QStringLiteral("rep"), o.rep1, 3'000'000);
        o.target(QStringLiteral("2026-11"), QStringLiteral("rep"), o.rep2, 2'000'000);
        o.target(QStringLiteral("2026-10"), QStringLiteral("rep"), o.rep2, 9'000'000); // last month
        const DashboardFigures f = dashboardFigures(o.t.db(), QDate(2026, 11, 23));
        CHECK(f.targetSource == TargetSource::RepSum);
        CHECK(f.targetCents == 5'000'000);
        CHECK(*f.completionPercent() == Approx(40.0));
    }
    SECTION("no target for the month")
    {
        o.target(QStringLiteral("2026-12"), QStringLiteral("company"), 0, 8'000'000);
        const DashboardFigures f = dashboardFigures(o.t.db(), QDate(2026, 11, 23));
        CHECK(f.targetSource == TargetSource::None);
        CHECK_FALSE(f.completionPercent().has_value());
    }
}

TEST_CASE("won per month and target per month, oldest first", "[dashboard]")
{
    Office o;
    o.close(o.deal(900'000, 3), OpportunityStatus::Won, utc(2026, 10, 31, 23, 59, 59));
    o.close(o.deal(100'000, 3), OpportunityStatus::Won, utc(2026, 10, 2));
    o.close(o.deal(2'000'000, 3), OpportunityStatus::Won, utc(2026, 11, 5));
    o.close(o.deal(500'000, 3), OpportunityStatus::Won, utc(2026, 8, 31));    // before the window
    o.close(o.deal(800'000, 3), OpportunityStatus::Won, utc(2026, 12, 1, 0)); // after it
    o.target(QStringLiteral("2026-11"), QStringLiteral("company"), 0, 8'000'000);
    o.target(QStringLiteral("2026-10"), QStringLiteral("rep"), o.rep1, 4'000'000);

    const QList<MonthFigures> months = monthlyWonAndTarget(o.t.db(), QDate(2026, 11, 23), 3);
    REQUIRE(months.size() == 3);
    CHECK(months[0].period == QStringLiteral("2026-09"));
    CHECK(months[0].wonCount == 0);
    CHECK(months[0].targetSource == TargetSource::None);
    CHECK(months[1].period == QStringLiteral("2026-10"));
    CHECK(months[1].wonCount == 2);
    CHECK(months[1].wonCents == 1'000'000);
    CHECK(months[1].targetSource == TargetSource::RepSum);
    CHECK(months[1].targetCents == 4'000'000);
    CHECK(months[2].period == QStringLiteral("2026-11"));
    CHECK(months[2].wonCents == 2'000'000);
    CHECK(months[2].targetCents == 8'000'000);

    // A window across a year boundary.
    const QList<MonthFigures> jan = monthlyWonAndTarget(o.t.db(), QDate(2027, 1, 15), 3);
    REQUIRE(jan.size() == 3);
    CHECK(jan[0].period == QStringLiteral("2026-11"));
    CHECK(jan[1].period == QStringLiteral("2026-12"));
    CHECK(jan[1].wonCents == 800'000);
    CHECK(jan[2].period == QStringLiteral("2027-01"));
}
