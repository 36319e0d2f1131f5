// Team mode's scoping applied by the core on a SQLite file (storage/viewer.h,
// ScopeFilter::visibleTo): each role sees its records in every list and figure, writes
// outside its scope are refused with PermissionError, and what a person sees on SQLite
// equals what the PostgreSQL server's row level security (migration 0006) lets the same
// person's login see: the same office built on both, compared list by list for a rep, a
// manager and finance (figure by figure in test_postgres_security_figures.cpp).
#include "builders.h"
#include "catchqt.h"
#include "nameset.h"
#include "pgcluster.h"
#include "securityoffice.h"
#include "tempdatabase.h"

#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/targetprogress.h"
#include "domain/activity.h"
#include "domain/contract.h"
#include "domain/customer.h"
#include "domain/errors.h"
#include "domain/lead.h"
#include "domain/target.h"
#include "leads/activityfunnel.h"
#include "leads/customerscoring.h"
#include "leads/duplicatefinder.h"
#include "leads/poolservice.h"
#include "storage/pgaccess.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/targetrepository.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <set>

using namespace fd;
using namespace fd::test;

namespace {

// A deal owned by `owner`, added by whoever is signed in.
void addDealOf(RoleOffice &o, qint64 owner)
{
    o.make.opportunity(o.pipeline, o.custA1, owner, 1000, QStringLiteral("代建商机"));
}

// What the other engines show one person: target progress per rep (achieved, weighted
// pipeline), customer scores, duplicate pairs and each rep's activity funnel.
struct EngineView
{
    std::map<qint64, std::pair<qint64, qint64>> repProgress;
    std::map<qint64, int> scores;
    std::set<std::pair<qint64, qint64>> customerPairs, leadPairs;
    std::map<qint64, QList<qint64>> activitySteps;
};

// `snapshot`: the engines that replay the deals' history (target progress), which reads
// audit_log: on the server finance may not (see the funnel below).
EngineView enginesOf(Database &db, bool snapshot = true)
{
    EngineView v;
    if (snapshot) {
        const analytics::TargetProgress p = analytics::computeTargetProgress(
            db, QStringLiteral("2026-Q4"), QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        for (const analytics::TargetNode &n : p.nodes) {
            if (n.kind == analytics::TargetNodeKind::Rep)
                v.repProgress[n.subjectId] = {n.achieved, n.weightedPipeline};
        }
    }
    for (const CustomerSummary &c : CustomerRepository(db).list())
        v.scores[c.id] = CustomerScoring(db).score(c.id).score;
    for (const DuplicatePair &d : DuplicateFinder(db).pairs(RecordKind::Customers))
        v.customerPairs.insert({d.firstId, d.secondId});
    for (const DuplicatePair &d : DuplicateFinder(db).pairs(RecordKind::Leads))
        v.leadPairs.insert({d.firstId, d.secondId});
    for (const RepActivityFunnel &r : activityFunnel(db, QDate(2026, 11, 1), QDate(2026, 11, 30)))
        v.activitySteps[r.userId] = r.steps();
    return v;
}

void checkSame(const EngineView &sqlite, const EngineView &pg)
{
    CHECK(sqlite.repProgress == pg.repProgress);
    CHECK(sqlite.scores == pg.scores);
    CHECK(sqlite.customerPairs == pg.customerPairs);
    CHECK(sqlite.leadPairs == pg.leadPairs);
    CHECK(sqlite.activitySteps == pg.activitySteps);
}

} // namespace

TEST_CASE("Role scoping on SQLite: each role's lists and figures are its scope", "[scoping][sqlite]")
{
    TempDatabase t;
    REQUIRE_FALSE(t.onPostgres());
    RoleOffice o(t.db(), t.clock(), QStringLiteral("s_"));
    const View everyone = viewOf(t.db()); // nobody signed in: setup code sees everything

    t.db().setActingUserId(o.repA1);
    const View rep = viewOf(t.db());
    // Own deals and the deal whose team A1 is on; own and unowned customers and those of the
    // deals seen; own and pool leads; own activities and those on deals seen.
    CHECK(rep.deals == nameSet({"甲一商机", "甲一第二", "乙一合作商机"}));
    CHECK(rep.customers == nameSet({"甲一客户", "乙一客户", "无主客户"}));
    CHECK(rep.leads == nameSet({"公海线索", "甲一线索"}));
    // Own activities and those on the deals and customers seen (乙一客户 through the team deal).
    CHECK(rep.activities == nameSet({"甲一拜访", "乙一电话", "乙一合作会议"}));
    CHECK(rep.contracts.isEmpty());
    CHECK(rep.won == 0);
    CHECK(rep.lost == 1);
    CHECK(rep.forecastOpen == 2); // 甲一商机 and the team deal close in December
    CHECK(rep.forecastPipeline == 100000 + 400000);
    CHECK(everyone.forecastOpen == 3); // the comparison can fail

    t.db().setActingUserId(o.managerA);
    const View manager = viewOf(t.db());
    CHECK(manager.deals == nameSet({"甲一商机", "甲一第二", "甲二商机", "乙一合作商机"}));
    CHECK(manager.contracts == nameSet({"HT-A2"}));
    CHECK(manager.leads == nameSet({"公海线索", "甲一线索"}));
    CHECK(manager.won == 1);
    CHECK(manager.wonAmount == 200000);

    t.db().setActingUserId(o.finance);
    const View fin = viewOf(t.db());
    CHECK(fin.deals == everyone.deals);
    CHECK(fin.customers == everyone.customers);
    CHECK(fin.contracts == everyone.contracts);
    CHECK(fin.leads.isEmpty());
    CHECK(fin.activities.isEmpty());
    CHECK(fin.funnelOpen == everyone.funnelOpen);

    t.db().setActingUserId(o.admin);
    const View adm = viewOf(t.db());
    CHECK(adm.deals == everyone.deals);
    CHECK(adm.leads == everyone.leads);
    CHECK(adm.funnelOpen == everyone.funnelOpen);

    // A record outside the scope does not load, as on PostgreSQL where the row is not there.
    t.db().setActingUserId(o.repA1);
    CHECK_THROWS_AS(OpportunityRepository(t.db()).get(o.dealA2), NotFoundError);
    CHECK_THROWS_AS(CustomerRepository(t.db()).get(o.custA2), NotFoundError);
    CHECK(OpportunityRepository(t.db()).get(o.dealB1Team).title == QStringLiteral("乙一合作商机"));
    // A background computation on another connection acts as the same person.
    auto worker = t.db().connector()();
    CHECK(worker->actingUserId() == o.repA1);
    CHECK(viewOf(*worker).deals == rep.deals);
}

TEST_CASE("Role scoping on SQLite: writes outside the scope are refused by the core", "[scoping][sqlite]")
{
    TempDatabase t;
    RoleOffice o(t.db(), t.clock(), QStringLiteral("w_"));
    OpportunityRepository deals(t.db());
    CustomerRepository customers(t.db());
    const Viewer admin = Viewer::forUser(o.admin, UserRole::Admin, true);

    SECTION("a rep changes own deals and their deal teams' deals, never others' nor the owner")
    {
        t.db().setActingUserId(o.repA1);
        Opportunity own = deals.get(o.dealA1);
        own.amount.cents = 120000;
        deals.update(own);
        deals.moveToStage(o.dealB1Team, o.pipeline.stages.at(2).id); // on its deal team
        Opportunity give = deals.get(o.dealA1);
        give.ownerId = o.repA2;
        CHECK_THROWS_AS(deals.update(give), PermissionError);
        // Another rep's deal is not there for them (as on PostgreSQL, where the row is not seen).
        CHECK_THROWS_AS(deals.moveToStage(o.dealA2, o.pipeline.stages.at(1).id), NotFoundError);
        CHECK_THROWS_AS(deals.remove(o.dealA2), PermissionError);
        CHECK_THROWS_AS(addDealOf(o, o.repA2), PermissionError);
        // Unowned customers are seen, not changed; own customers are changed.
        Customer free = customers.get(o.custFree);
        free.phone = QStringLiteral("021-12345678");
        CHECK_THROWS_AS(customers.update(free), PermissionError);
        // No money entries for a rep.
        Receipt r;
        r.contractId = 1;
        r.receivedDate = QDate(2026, 11, 25);
        r.amountCents = 100;
        CHECK_THROWS_AS(ContractRepository(t.db()).addReceipt(r), PermissionError);
        t.db().setActingUserId(0);
        CHECK(deals.get(o.dealA2).stageId == o.pipeline.stages.at(0).id); // nothing written
        CHECK(deals.get(o.dealA1).ownerId == o.repA1);
        CHECK(deals.get(o.dealA1).amount.cents == 120000);
        CHECK(deals.get(o.dealB1Team).stageId == o.pipeline.stages.at(2).id);
    }
    SECTION("finance reads deals and records money, but moves no deal")
    {
        t.db().setActingUserId(o.finance);
        CHECK_THROWS_AS(deals.moveToStage(o.dealA1, o.pipeline.stages.at(2).id), PermissionError);
        const Viewer fin = Viewer::of(t.db());
        CHECK_FALSE(fin.canWrite(t.db(), RecordType::Deal, o.dealA1));
        CHECK(fin.canWrite(t.db(), RecordType::Contract, 1));
        CHECK(fin.mayHandleMoney());
    }
    SECTION("a manager changes the team's deals and owners, not another team's")
    {
        t.db().setActingUserId(o.managerA);
        Opportunity a2 = deals.get(o.dealA2);
        a2.ownerId = o.repA1;
        deals.update(a2);
        CHECK_THROWS_AS(deals.moveToStage(o.dealB1, o.pipeline.stages.at(3).id), NotFoundError);
        const Viewer mgr = Viewer::of(t.db());
        CHECK(mgr.canWrite(t.db(), RecordType::Deal, o.dealA1));
        CHECK_FALSE(mgr.canWrite(t.db(), RecordType::Deal, o.dealB1));
        CHECK(mgr.canCreate(t.db(), RecordType::Lead, 0)); // claims for the pool
    }
    CHECK(admin.canWrite(t.db(), RecordType::Deal, o.dealB1));
}

TEST_CASE("Role scoping: a person sees the same on SQLite (core) as on PostgreSQL (row level security)",
          "[scoping][postgres]")
{
    TwinOffices twins(QStringLiteral("eq"));
    REQUIRE_FALSE(twins.lite.onPostgres());
    TempDatabase &lite = twins.lite;
    const RoleOffice &sqliteOffice = twins.onSqlite;

    for (const auto &[name, id] :
         std::initializer_list<std::pair<const char *, qint64>>{{"repa1", sqliteOffice.repA1},
                                                                {"repb1", sqliteOffice.repB1},
                                                                {"mgra", sqliteOffice.managerA},
                                                                {"fin", sqliteOffice.finance}}) {
        INFO(name);
        lite.db().setActingUserId(id);
        const View onSqlite = viewOf(lite.db(), false);
        auto login = twins.as(name);
        REQUIRE(login->actingUserId() != 0);
        const View onPg = viewOf(*login, false);
        checkSame(onSqlite, onPg);
        // The writable-record answer for the UI agrees with what the server allows.
        const Viewer sqliteViewer = Viewer::of(lite.db());
        const Viewer pgViewer = Viewer::of(*login);
        for (const qint64 deal : {sqliteOffice.dealA1, sqliteOffice.dealA2, sqliteOffice.dealB1Team})
            CHECK(sqliteViewer.canWrite(lite.db(), RecordType::Deal, deal)
                  == pgViewer.canWrite(*login, RecordType::Deal, deal));
    }
    // The rep's scope is not everything: the comparison can fail.
    lite.db().setActingUserId(sqliteOffice.repA1);
    const View rep = viewOf(lite.db(), false);
    lite.db().setActingUserId(0);
    CHECK(rep.deals.size() < viewOf(lite.db(), false).deals.size());
}

TEST_CASE("Role scoping: target progress, customer scores, duplicates, activity funnel and shared customers "
          "are the same on SQLite as on PostgreSQL",
          "[scoping][postgres]")
{
    TwinOffices twins(QStringLiteral("eng"));
    RoleOffice &o = twins.onSqlite;
    // A customer of team B's that duplicates team A's, two leads of one company in two
    // teams, and team A's second customer shared with rep B1 (who then sees it and its deal's
    // figures in their customer's score).
    for (RoleOffice *office : {&twins.onSqlite, &twins.onPg}) {
        office->make.customer(QStringLiteral("甲一客户"), office->region, office->repB1);
        for (const qint64 owner : {office->repA1, office->repB1}) {
            Lead l;
            l.name = QStringLiteral("重复线索%1").arg(owner);
            l.company = QStringLiteral("同一实业公司");
            l.ownerId = owner;
            LeadRepository(office->db).create(l);
        }
    }
    twins.execBoth(QStringLiteral("INSERT INTO customer_shares (customer_id, user_id, shared_at) VALUES (%1, %2, "
                                  "'2026-11-25T00:00:00Z')")
                       .arg(o.custA2)
                       .arg(o.repB1));

    twins.lite.db().setActingUserId(0);
    const EngineView everyone = enginesOf(twins.lite.db());
    twins.lite.db().setActingUserId(o.repB1);
    const View repB1 = viewOf(twins.lite.db(), false);
    CHECK(repB1.customers.contains(QStringLiteral("甲二客户")));   // shared with them
    CHECK_FALSE(repB1.deals.contains(QStringLiteral("甲二商机"))); // its deals stay A2's
    twins.lite.db().setActingUserId(o.repA1);
    const EngineView repA1 = enginesOf(twins.lite.db());
    // The comparisons can fail: a rep's engines see less than everything.
    CHECK(repA1.customerPairs.size() < everyone.customerPairs.size());
    CHECK(repA1.leadPairs.size() < everyone.leadPairs.size());
    CHECK(repA1.scores.size() < everyone.scores.size());
    CHECK(repA1.activitySteps.size() < everyone.activitySteps.size());

    for (const auto &[name, id] : std::initializer_list<std::pair<const char *, qint64>>{
             {"repa1", o.repA1}, {"repb1", o.repB1}, {"mgra", o.managerA}, {"fin", o.finance}}) {
        INFO(name);
        const bool snapshot = id != o.finance;
        twins.lite.db().setActingUserId(id);
        auto login = twins.as(name);
        REQUIRE(login->actingUserId() == id);
        checkSame(enginesOf(twins.lite.db(), snapshot), enginesOf(*login, snapshot));
        checkSame(viewOf(twins.lite.db(), false), viewOf(*login, false));
    }

    // Rescoring as rep B1 stores only what B1 may change, alike on both databases: not team
    // A's customer shared with them, whose stored score stays as it was.
    const auto stored = [&](Database &db) {
        SqlQuery q(db, QStringLiteral("SELECT score, tier FROM customers WHERE id = ?"));
        q.add(o.custA2).exec();
        REQUIRE(q.next());
        return std::make_pair(q.value(0).toInt(), q.value(1).toString());
    };
    const auto sharedBefore = stored(twins.lite.db());
    REQUIRE(stored(twins.pg.db()) == sharedBefore);
    twins.lite.db().setActingUserId(o.repB1);
    auto repB1Login = twins.as("repb1");
    const int changedOnSqlite = CustomerScoring(twins.lite.db()).rescoreAll();
    CHECK(changedOnSqlite > 0);
    CHECK(CustomerScoring(*repB1Login).rescoreAll() == changedOnSqlite);
    twins.lite.db().setActingUserId(0);
    CHECK(stored(twins.lite.db()) == sharedBefore);
    CHECK(stored(twins.pg.db()) == sharedBefore);
    // ... which everyone's rescore does change (the check above can fail).
    CHECK(CustomerScoring(twins.lite.db()).rescoreAll() > 0);
    CHECK(stored(twins.lite.db()) != sharedBefore);
}

TEST_CASE("Role scoping: targets and lead assignments outside the write scope are refused on both databases",
          "[scoping][postgres]")
{
    TwinOffices twins(QStringLiteral("wr"));
    RoleOffice &o = twins.onSqlite;
    SqlQuery pool(twins.lite.db(), QStringLiteral("SELECT id FROM leads WHERE owner_id IS NULL"));
    const qint64 poolLead = pool.scalar().toLongLong();
    REQUIRE(poolLead != 0);
    const auto target = [&](Database &db) {
        Target t;
        t.period = QStringLiteral("2026-12");
        t.level = TargetLevel::Rep;
        t.subjectId = o.repA1;
        t.amount = {9000000, QStringLiteral("CNY")};
        TargetRepository(db).set(t);
        return t.id;
    };
    auto repLogin = twins.as("repa1");
    auto managerLogin = twins.as("mgra");
    Database &lite = twins.lite.db();

    SECTION("a rep sets no target; a manager does")
    {
        lite.setActingUserId(o.repA1);
        for (Database *db : {&lite, repLogin.get()}) {
            INFO(db->location().toStdString());
            CHECK_THROWS_WITH(target(*db), Catch::Contains("targets"));
            CHECK_THROWS_AS(target(*db), PermissionError);
        }
        lite.setActingUserId(o.managerA);
        const qint64 id = target(lite);
        CHECK(target(*managerLogin) == id);
        lite.setActingUserId(o.repA1);
        CHECK_THROWS_AS(TargetRepository(lite).remove(id), PermissionError);
        CHECK_THROWS_AS(TargetRepository(*repLogin).remove(id), PermissionError);
        lite.setActingUserId(0);
        CHECK(TargetRepository(lite).get(id).amount.cents == 9000000);
    }
    SECTION("a rep takes a pool lead for themselves only; a manager assigns inside their team only")
    {
        lite.setActingUserId(o.repA1);
        for (Database *db : {&lite, repLogin.get()}) {
            INFO(db->location().toStdString());
            PoolService leads(*db);
            CHECK_THROWS_WITH(leads.assign(poolLead, o.repA2), Catch::Contains(std::to_string(poolLead)));
            CHECK_THROWS_AS(leads.assign(poolLead, o.repA2), PermissionError);
            CHECK_THROWS_AS(leads.assignRoundRobin({poolLead}, o.teamA), PermissionError);
            leads.claim(poolLead, o.repA1);
        }
        lite.setActingUserId(o.managerA);
        for (Database *db : {&lite, managerLogin.get()}) {
            INFO(db->location().toStdString());
            PoolService leads(*db);
            CHECK_THROWS_AS(leads.assignRoundRobin({poolLead}, o.teamB), PermissionError);
            CHECK_THROWS_AS(leads.assign(poolLead, o.repB1), PermissionError); // B1 is not in their team
            leads.assign(poolLead, o.repA2);
        }
        lite.setActingUserId(0);
        SqlQuery owner(lite, QStringLiteral("SELECT owner_id FROM leads WHERE id = ?"));
        CHECK(owner.add(poolLead).scalar().toLongLong() == o.repA2);
        CHECK(twins.pg.scalar(QStringLiteral("SELECT owner_id FROM leads WHERE id = %1").arg(poolLead)).toLongLong()
              == o.repA2);
    }
}
