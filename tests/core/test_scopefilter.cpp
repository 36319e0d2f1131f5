// The one scope (storage/scopefilter.h, DEFINITIONS.md §1a): each member as SQL on a real
// database and in memory (ScopeMatcher) gives the same deals, and a region means the owner's
// team's region everywhere: the weekly report and the forecast of a region count the same
// deals. Compiled into the SQLite and the PostgreSQL repository suites.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "analytics/forecast.h"
#include "analytics/snapshot.h"
#include "domain/activity.h"
#include "report/weeklyreport.h"
#include "storage/repositories/activityrepository.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace fd;
using namespace fd::test;

namespace {

// Two regions with a team each, a rep in each and one without a team. Rep A (East) sells to
// a customer of the South: the customer's region and the owner's region differ.
struct ScopeOffice
{
    TempDatabase tdb;
    Builders b{tdb.db()};
    qint64 east = b.region(QStringLiteral("华东"));
    qint64 south = b.region(QStringLiteral("华南"));
    qint64 eastTeam = b.team(QStringLiteral("上海一组"), east);
    qint64 southTeam = b.team(QStringLiteral("广州一组"), south);
    qint64 repA = b.user(QStringLiteral("张伟"), eastTeam);
    qint64 repB = b.user(QStringLiteral("李娜"), southTeam);
    qint64 repC = b.user(QStringLiteral("王芳"));
    qint64 southCustomer = b.customer(QStringLiteral("广州星河科技有限公司"), south, repA);
    qint64 eastCustomer = b.customer(QStringLiteral("上海远景贸易有限公司"), east, repB);
    Pipeline pipeline = b.pipeline();
    qint64 dealA = b.opportunity(pipeline, southCustomer, repA, 10000000, QStringLiteral("星河ERP")).id;
    qint64 dealB = b.opportunity(pipeline, eastCustomer, repB, 20000000, QStringLiteral("远景CRM")).id;
    qint64 dealC = b.opportunity(pipeline, eastCustomer, repC, 30000000, QStringLiteral("远景仓储")).id;
    qint64 lineProduct = b.product(QStringLiteral("ERP标准版"), QStringLiteral("软件"));

    ScopeOffice()
    {
        SqlQuery(tdb.db(), QStringLiteral("INSERT INTO opportunity_products (opportunity_id, product_id, quantity, "
                                          "unit_price_cents, discount_percent) VALUES (?, ?, 1, 10000000, 0)"))
            .add(dealA)
            .add(lineProduct)
            .exec();
    }

    qint64 productLine()
    {
        return tdb.scalar(QStringLiteral("SELECT product_line_id FROM products WHERE id = %1").arg(lineProduct))
            .toLongLong();
    }

    // The deals the scope's SQL selects.
    QSet<qint64> bySql(const Scope &scope)
    {
        const SqlCondition c = ScopeFilter(scope).deals(QStringLiteral("o"));
        SqlQuery q(tdb.db(), QStringLiteral("SELECT o.id FROM opportunities o") + c.where());
        for (const QVariant &v : c.binds)
            q.add(v);
        q.exec();
        QSet<qint64> ids;
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    }

    // The deals ScopeMatcher keeps as of now.
    QSet<qint64> inMemory(const Scope &scope)
    {
        const analytics::Snapshot snap = analytics::Snapshot::load(tdb.db(), {});
        const analytics::ScopeMatcher matcher(tdb.db(), snap, scope);
        const qint64 now = analytics::toInstant(tdb.clock().now());
        QSet<qint64> ids;
        for (const analytics::DealRow &deal : snap.deals) {
            if (matcher.matches(deal, snap.fieldsAt(deal, now)))
                ids.insert(deal.id);
        }
        return ids;
    }
};

} // namespace

TEST_CASE("each scope member selects the same deals in SQL and in memory", "[scope]")
{
    ScopeOffice o;
    struct Case
    {
        const char *what;
        Scope scope;
        QSet<qint64> deals;
    };
    Scope rep, team, region, otherRegion, line, pipeline, both, none;
    rep.ownerId = o.repA;
    team.teamId = o.eastTeam;
    region.regionId = o.east;
    otherRegion.regionId = o.south;
    line.productLineId = o.productLine();
    pipeline.pipelineId = o.pipeline.id;
    both.regionId = o.south; // and rep A, who is in the East: nothing
    both.ownerId = o.repA;
    const QList<Case> cases = {
        {"rep", rep, {o.dealA}},
        {"team", team, {o.dealA}},
        // The owner's team's region: deal A (sold to a customer of the South) is the East's;
        // deal B (to a customer of the East) is the South's; deal C's owner has no team.
        {"region", region, {o.dealA}},
        {"other region", otherRegion, {o.dealB}},
        {"product line", line, {o.dealA}},
        {"pipeline", pipeline, {o.dealA, o.dealB, o.dealC}},
        {"members together", both, {}},
        {"unset", none, {o.dealA, o.dealB, o.dealC}},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        CHECK(o.bySql(c.scope) == c.deals);
        CHECK(o.inMemory(c.scope) == c.deals);
    }
    CHECK(ScopeFilter(region).peopleIds(o.tdb.db()) == QSet<qint64>{o.repA});
    CHECK(ScopeFilter(otherRegion).peopleIds(o.tdb.db()) == QSet<qint64>{o.repB});
    CHECK(ScopeFilter(none).deals().isEmpty());
    CHECK_FALSE(ScopeFilter(none).namesPeople());
}

TEST_CASE("a region's weekly report and its forecast count the same deals", "[scope][report]")
{
    ScopeOffice o;
    // An overdue follow-up of deal A: the report lists it under the owner's region.
    FollowUpTask task;
    task.title = QStringLiteral("回访星河");
    task.dueAt = o.tdb.clock().now().addDays(-2);
    task.userId = o.repA;
    task.opportunityId = o.dealA;
    ActivityRepository(o.tdb.db()).addTask(task);

    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W48");
    q.runs = 100;
    q.scope = QStringLiteral("region:华东");
    const report::WeeklyReportData r = report::buildWeeklyReport(o.tdb.db(), q);
    QSet<qint64> reported;
    for (const report::ReportDeal &d : r.topDeals)
        reported.insert(d.id);
    REQUIRE(r.followups.size() == 1); // by the owner's region, as before
    CHECK(r.followups.front().subject == QStringLiteral("星河ERP"));

    analytics::ForecastQuery f;
    f.period = QStringLiteral("2026-12");
    f.scope = r.scope.analyticsScope();
    const analytics::ForecastResult forecast = analytics::computeForecast(o.tdb.db(), f);
    QSet<qint64> forecasted;
    for (const analytics::ForecastDeal &d : forecast.deals)
        forecasted.insert(d.id);
    // Before one scope, the report's deals and the forecast took the customer's region
    // (deal B) while its follow-ups took the owner's (deal A).
    CHECK(reported == QSet<qint64>{o.dealA});
    CHECK(forecasted == reported);
}
