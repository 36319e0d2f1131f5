// The figures of team mode under each role: the funnel, the forecast and the weekly report
// computed under a rep's, a manager's and finance's own PostgreSQL login (row level security,
// nothing filtered by the client) equal the same person's scope computed by the core on a
// SQLite file with the same office (RoleOffice, securityoffice.h). Finance's too: the audit
// journal the funnel replays once named the leads table in its policy, which finance may not
// read, and so refused every figure (migration 0018).
#include "catchqt.h"
#include "securityoffice.h"

using namespace fd;
using namespace fd::test;

TEST_CASE("PostgreSQL security: funnel, forecast and weekly report under a rep's, a manager's and finance's login "
          "equal that scope on SQLite",
          "[postgres][security][analytics]")
{
    TwinOffices twins(QStringLiteral("fig"));
    REQUIRE_FALSE(twins.lite.onPostgres());
    TempDatabase &lite = twins.lite;
    const RoleOffice &sqliteOffice = twins.onSqlite;
    const View everyone = viewOf(lite.db()); // nobody signed in: the whole office

    std::map<std::string, View> seen;
    for (const auto &[name, id] : std::initializer_list<std::pair<const char *, qint64>>{
             {"fin", sqliteOffice.finance}, {"repa1", sqliteOffice.repA1}, {"mgra", sqliteOffice.managerA}}) {
        INFO(name);
        lite.db().setActingUserId(id);
        const View onSqlite = viewOf(lite.db());
        auto login = twins.as(name);
        REQUIRE(login->actingUserId() != 0);
        View onPg;
        try {
            onPg = viewOf(*login);
        } catch (const Error &e) {
            FAIL("computing the figures under the login failed: " << e.message().toStdString());
        }
        checkSame(onSqlite, onPg);
        seen[name] = onSqlite;
    }

    // Finance: every deal's figures and payments, no follow-up task (finance sees none).
    const View &fin = seen["fin"];
    CHECK(fin.funnelOpen == everyone.funnelOpen);
    CHECK(fin.won == everyone.won);
    CHECK(fin.forecastPipeline == everyone.forecastPipeline);
    CHECK(fin.reportTopDeals == everyone.reportTopDeals);
    CHECK(fin.reportFollowups == 0);
    CHECK(everyone.reportFollowups == 2);
    // Rep A1: their deals and the one whose team they are on; their own follow-up.
    const View &rep = seen["repa1"];
    CHECK(rep.forecastPipeline == 100000 + 400000);
    CHECK(rep.reportTopDeals.size() < everyone.reportTopDeals.size());
    CHECK(rep.reportFollowups == 1);
    CHECK(rep.won == 0);
    // Manager A: team A's (A2's won deal), not team B's.
    const View &mgr = seen["mgra"];
    CHECK(mgr.won == 1);
    CHECK(mgr.wonAmount == 200000);
    CHECK(mgr.reportFollowups == 1);
    CHECK(mgr.reportTopDeals.size() < everyone.reportTopDeals.size());
}
