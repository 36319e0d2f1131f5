#pragma once
// The offices of the team-security tests (test_postgres_security*.cpp, test_role_scoping):
// Office, two teams with their people, each with their own PostgreSQL login, deals, leads and
// a contract, on a migrated database of the test cluster; RoleOffice, an office with history
// built the same way on SQLite or PostgreSQL, and what one person sees of it (View: lists,
// funnel, forecast and weekly report); and the raw-SQL helpers of a hostile client.
#include "builders.h"
#include "pgcluster.h"
#include "tempdatabase.h"

#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "domain/activity.h"
#include "domain/contract.h"
#include "domain/customer.h"
#include "domain/errors.h"
#include "domain/lead.h"
#include "report/weeklyreport.h"
#include "storage/pgaccess.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

namespace fd::test {

// Offices made in this process: every one has its own login names (roles are cluster-wide).
inline int s_offices = 0;

// Two teams in one region; A: two reps and their manager, B: one rep and its manager; one
// finance, one admin. Every person has a login (made by the admin's connection). Deals: one
// per rep, one of rep B1 with rep A1 on its deal team; a customer of B1 shared with A1; a
// pool lead and one lead per team; a contract on A1's deal.
struct Office
{
    TempPgDatabase t;
    Builders make{t.db()};
    QString prefix = QStringLiteral("sec%1_").arg(++s_offices);
    qint64 region = make.region(QStringLiteral("华东"));
    qint64 teamA = make.team(QStringLiteral("一组"), region);
    qint64 teamB = make.team(QStringLiteral("二组"), region);
    qint64 repA1 = person(QStringLiteral("repa1"), teamA, QStringLiteral("rep"));
    qint64 repA2 = person(QStringLiteral("repa2"), teamA, QStringLiteral("rep"));
    qint64 repB1 = person(QStringLiteral("repb1"), teamB, QStringLiteral("rep"));
    qint64 managerA = person(QStringLiteral("mgra"), teamA, QStringLiteral("manager"));
    qint64 managerB = person(QStringLiteral("mgrb"), teamB, QStringLiteral("manager"));
    qint64 finance = person(QStringLiteral("fin"), 0, QStringLiteral("finance"));
    qint64 admin = person(QStringLiteral("adm"), 0, QStringLiteral("admin"));
    Pipeline pipeline = make.pipeline();
    qint64 custA1 = make.customer(QStringLiteral("甲一客户"), region, repA1);
    qint64 custA2 = make.customer(QStringLiteral("甲二客户"), region, repA2);
    qint64 custB1 = make.customer(QStringLiteral("乙一客户"), region, repB1);
    qint64 custShared = make.customer(QStringLiteral("共享客户"), region, repB1);
    qint64 dealA1 = make.opportunity(pipeline, custA1, repA1, 100000, QStringLiteral("甲一商机")).id;
    qint64 dealA2 = make.opportunity(pipeline, custA2, repA2, 200000, QStringLiteral("甲二商机")).id;
    qint64 dealB1 = make.opportunity(pipeline, custB1, repB1, 300000, QStringLiteral("乙一商机")).id;
    qint64 dealB1Team = make.opportunity(pipeline, custB1, repB1, 400000, QStringLiteral("乙一合作商机")).id;
    qint64 poolLead = lead(QStringLiteral("公海线索"), 0);
    qint64 leadA1 = lead(QStringLiteral("甲一线索"), repA1);
    qint64 leadB1 = lead(QStringLiteral("乙一线索"), repB1);
    qint64 contractA1 = 0;

    Office()
    {
        exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerA).arg(teamA));
        exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerB).arg(teamB));
        exec(QStringLiteral("INSERT INTO opportunity_team_members (opportunity_id, user_id, role, split_percent) "
                            "VALUES (%1, %2, 'presales', 0)")
                 .arg(dealB1Team)
                 .arg(repA1));
        exec(QStringLiteral("INSERT INTO customer_shares (customer_id, user_id, shared_at) VALUES (%1, %2, "
                            "'2026-11-01T00:00:00Z')")
                 .arg(custShared)
                 .arg(repA1));
        SqlQuery k(t.db(),
                   QStringLiteral("INSERT INTO contracts (number, title, opportunity_id, customer_id, owner_id, "
                                  "amount_cents, approval_status, created_at, updated_at) VALUES ('HT-1', "
                                  "'甲一合同', ?, ?, ?, 100000, 'approved', '2026-11-01T00:00:00Z', "
                                  "'2026-11-01T00:00:00Z') RETURNING id"));
        contractA1 = k.add(dealA1).add(custA1).add(repA1).insert();
        // The first admin is made by the installer (the superuser); the rest by that admin.
        pgaccess::createLogin(t.db(), login(QStringLiteral("adm")), QStringLiteral("admin"),
                              QStringLiteral("管理员-pw"));
        auto adminDb = as(QStringLiteral("adm"));
        for (const auto &[name, role] :
             std::initializer_list<std::pair<const char *, const char *>>{{"repa1", "rep"},
                                                                          {"repa2", "rep"},
                                                                          {"repb1", "rep"},
                                                                          {"mgra", "manager"},
                                                                          {"mgrb", "manager"},
                                                                          {"fin", "finance"}})
            pgaccess::createLogin(*adminDb, login(QLatin1String(name)), QLatin1String(role),
                                  QStringLiteral("pw-") + name);
    }

    QString login(const QString &name) const { return prefix + name; }

    qint64 person(const QString &name, qint64 team, const QString &role)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                          "'2026-01-01T00:00:00Z') RETURNING id"));
        return q.add(login(name)).add(name).add(role).add(nullableId(team)).insert();
    }

    qint64 lead(const QString &name, qint64 owner)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO leads (name, owner_id, created_at, updated_at) VALUES (?, ?, "
                                          "'2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z') RETURNING id"));
        return q.add(name).add(nullableId(owner)).insert();
    }

    void exec(const QString &sql) { t.db().exec(sql); }

    // A connection signed in as a person (the test cluster trusts loopback logins).
    std::unique_ptr<Database> as(const QString &name)
    {
        PostgresParams p = t.params();
        p.user = login(name);
        auto db = Database::openPostgres(p);
        db->setClock(&t.clock());
        return db;
    }
};

// Two teams; team A: reps A1 and A2 and their manager; team B: rep B1 and its manager;
// finance; an admin. Deals of each rep (A1 sits on the deal team of one of B1's deals), some
// moved, won and lost; customers (one unowned), leads (one in the pool), activities and
// contracts. Built the same way on whichever database `db` is.
struct RoleOffice
{
    Database &db;
    FixedClock &clock;
    QString prefix;
    Builders make{db};
    qint64 region = make.region(QStringLiteral("华东"));
    qint64 teamA = make.team(QStringLiteral("一组"), region);
    qint64 teamB = make.team(QStringLiteral("二组"), region);
    qint64 repA1 = person(QStringLiteral("repa1"), teamA, QStringLiteral("rep"));
    qint64 repA2 = person(QStringLiteral("repa2"), teamA, QStringLiteral("rep"));
    qint64 repB1 = person(QStringLiteral("repb1"), teamB, QStringLiteral("rep"));
    qint64 managerA = person(QStringLiteral("mgra"), teamA, QStringLiteral("manager"));
    qint64 managerB = person(QStringLiteral("mgrb"), teamB, QStringLiteral("manager"));
    qint64 finance = person(QStringLiteral("fin"), 0, QStringLiteral("finance"));
    qint64 admin = person(QStringLiteral("adm"), 0, QStringLiteral("admin"));
    Pipeline pipeline = make.pipeline();
    qint64 custA1 = make.customer(QStringLiteral("甲一客户"), region, repA1);
    qint64 custA2 = make.customer(QStringLiteral("甲二客户"), region, repA2);
    qint64 custB1 = make.customer(QStringLiteral("乙一客户"), region, repB1);
    qint64 custFree = make.customer(QStringLiteral("无主客户"), region, 0);
    qint64 dealA1 = make.opportunity(pipeline, custA1, repA1, 100000, QStringLiteral("甲一商机")).id;
    qint64 dealA1b = make.opportunity(pipeline, custA1, repA1, 150000, QStringLiteral("甲一第二")).id;
    qint64 dealA2 = make.opportunity(pipeline, custA2, repA2, 200000, QStringLiteral("甲二商机")).id;
    qint64 dealB1 = make.opportunity(pipeline, custB1, repB1, 300000, QStringLiteral("乙一商机")).id;
    qint64 dealB1Team = make.opportunity(pipeline, custB1, repB1, 400000, QStringLiteral("乙一合作商机")).id;
    qint64 dealB1Won = make.opportunity(pipeline, custB1, repB1, 500000, QStringLiteral("乙一已赢")).id;

    RoleOffice(Database &database, FixedClock &fixedClock, const QString &loginPrefix)
        : db(database)
        , clock(fixedClock)
        , prefix(loginPrefix)
    {
        exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerA).arg(teamA));
        exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerB).arg(teamB));
        exec(QStringLiteral("INSERT INTO opportunity_team_members (opportunity_id, user_id, role, split_percent) "
                            "VALUES (%1, %2, 'presales', 0)")
                 .arg(dealB1Team)
                 .arg(repA1));
        // Movement over two days, so the funnel has entries, advances and outcomes.
        OpportunityRepository deals(db);
        clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
        deals.moveToStage(dealA1, pipeline.stages.at(1).id);
        deals.moveToStage(dealB1, pipeline.stages.at(2).id);
        deals.setOutcome(dealA2, OpportunityStatus::Won);
        deals.setOutcome(dealB1Won, OpportunityStatus::Won);
        clock.set(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        deals.moveToStage(dealB1Team, pipeline.stages.at(3).id);
        deals.setOutcome(dealA1b, OpportunityStatus::Lost, QStringLiteral("价格"));
        for (const qint64 id : {dealA1, dealA2, dealB1, dealB1Team}) {
            Opportunity o = deals.get(id);
            o.expectedCloseDate = QDate(2026, 12, 15);
            deals.update(o);
        }
        lead(QStringLiteral("公海线索"), 0);
        lead(QStringLiteral("甲一线索"), repA1);
        lead(QStringLiteral("乙一线索"), repB1);
        activity(QStringLiteral("甲一拜访"), repA1, custA1, dealA1);
        activity(QStringLiteral("乙一电话"), repB1, custB1, dealB1);
        activity(QStringLiteral("乙一合作会议"), repB1, custB1, dealB1Team);
        contract(QStringLiteral("HT-A2"), dealA2, custA2, repA2);
        contract(QStringLiteral("HT-B1"), dealB1Won, custB1, repB1);
        task(QStringLiteral("回访甲一"), repA1, dealA1);
        task(QStringLiteral("回访乙一"), repB1, dealB1);
        clock.set(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    }

    QString login(const QString &name) const { return prefix + name; }

    qint64 person(const QString &name, qint64 team, const QString &role)
    {
        SqlQuery q(db, QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z') RETURNING id"));
        return q.add(login(name)).add(name).add(role).add(nullableId(team)).insert();
    }

    void lead(const QString &name, qint64 owner)
    {
        Lead l;
        l.name = name;
        l.ownerId = owner;
        LeadRepository(db).create(l);
    }

    void activity(const QString &subject, qint64 user, qint64 customer, qint64 deal)
    {
        Activity a;
        a.subject = subject;
        a.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        a.userId = user;
        a.customerId = customer;
        a.opportunityId = deal;
        ActivityRepository(db).log(a);
    }

    void contract(const QString &number, qint64 deal, qint64 customer, qint64 owner)
    {
        Contract c;
        c.number = number;
        c.title = number;
        c.opportunityId = deal;
        c.customerId = customer;
        c.ownerId = owner;
        c.amount = {200000, QStringLiteral("CNY")};
        c.signedDate = QDate(2026, 11, 24);
        c.approvalStatus = ApprovalStatus::Approved;
        ContractRepository(db).create(c);
    }

    // A follow-up task of `user` on `deal`, overdue by the office's last day.
    void task(const QString &title, qint64 user, qint64 deal)
    {
        FollowUpTask t;
        t.title = title;
        t.dueAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        t.userId = user;
        t.opportunityId = deal;
        ActivityRepository(db).addTask(t);
    }

    void exec(const QString &sql) { db.exec(sql); }
};

// A PostgreSQL login for the admin, reps A1 and B1, manager A and finance of an office on
// the test cluster (made by the installer), and a connection signed in as one of them.
inline void makeLogins(RoleOffice &o)
{
    for (const auto &[name, role] : std::initializer_list<std::pair<const char *, const char *>>{
             {"adm", "admin"}, {"repa1", "rep"}, {"repb1", "rep"}, {"mgra", "manager"}, {"fin", "finance"}})
        pgaccess::createLogin(o.db, o.login(QLatin1String(name)), QLatin1String(role),
                              QStringLiteral("pw-") + QLatin1String(name));
}

inline std::unique_ptr<Database> signedIn(TempPgDatabase &pg, const RoleOffice &o, const char *name)
{
    PostgresParams p = pg.params();
    p.user = o.login(QLatin1String(name));
    auto db = Database::openPostgres(p);
    db->setClock(&pg.clock());
    return db;
}

// The same RoleOffice on a SQLite file and on the test cluster (with makeLogins' logins), so
// that what a person sees can be compared between the core's scoping and the server's.
struct TwinOffices
{
    TempDatabase lite;
    QString prefix;
    RoleOffice onSqlite;
    TempPgDatabase pg;
    RoleOffice onPg;

    explicit TwinOffices(const QString &kind)
        : prefix(QStringLiteral("%1%2_").arg(kind).arg(++s_offices))
        , onSqlite(lite.db(), lite.clock(), prefix)
        , onPg(pg.db(), pg.clock(), prefix)
    {
        makeLogins(onPg);
    }

    std::unique_ptr<Database> as(const char *name) { return signedIn(pg, onPg, name); }

    // Runs `sql` on both databases as their installer.
    void execBoth(const QString &sql)
    {
        lite.db().exec(sql);
        pg.db().exec(sql);
    }
};

// What one person sees: every list by name, and the figures.
struct View
{
    QSet<QString> deals, customers, leads, activities, contracts, wonWithoutContract;
    std::vector<std::pair<qint64, qint64>> funnelOpen; // per stage: count, amount
    std::vector<std::pair<qint64, qint64>> funnelFlow; // per stage: entered, advanced
    qint64 won = 0, wonAmount = 0, lost = 0;
    qint64 forecastOpen = 0, forecastPipeline = 0, forecastExpected = 0, forecastWon = 0;
    // The weekly report of the office's week (2026-W48, running): its funnel, the month's
    // forecast, the week's changes (kind: count, amount), the largest deals, the reps'
    // rows (name: open, pipeline, won, activities), overdue follow-ups and payments.
    std::vector<std::pair<qint64, qint64>> reportFunnel;
    qint64 reportWon = 0, reportLost = 0, reportMonthOpen = 0, reportMonthPipeline = 0;
    std::vector<std::pair<qint64, qint64>> reportChanges;
    QStringList reportTopDeals;
    QMap<QString, QList<qint64>> reportReps;
    qint64 reportFollowups = 0, reportPayments = 0;
};

inline View viewOf(Database &db, bool figures = true)
{
    View v;
    for (const DealSummary &d : OpportunityRepository(db).summaries({}))
        v.deals.insert(d.title);
    for (const CustomerSummary &c : CustomerRepository(db).list())
        v.customers.insert(c.name);
    // Where a role sees none of a kind, SQLite returns no rows and the PostgreSQL server
    // refuses the table outright (the group has no grant on it): both show nothing.
    try {
        for (const Lead &l : LeadRepository(db).list())
            v.leads.insert(l.name);
    } catch (const PermissionError &) {
    }
    try {
        for (const Activity &a : ActivityRepository(db).activities({}))
            v.activities.insert(a.subject);
    } catch (const PermissionError &) {
    }
    for (const Contract &c : ContractRepository(db).list())
        v.contracts.insert(c.number);
    for (const WonDeal &w : ContractRepository(db).wonDealsWithoutContract())
        v.wonWithoutContract.insert(w.title);
    if (!figures)
        return v;
    analytics::FunnelQuery q;
    q.asOf = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    q.from = QDate(2026, 9, 1);
    q.to = QDate(2026, 11, 26);
    const analytics::FunnelResult f = analytics::computeFunnel(db, q);
    for (const analytics::FunnelStage &s : f.stages) {
        v.funnelOpen.emplace_back(s.openCount, s.openAmount);
        v.funnelFlow.emplace_back(s.entered, s.advanced);
    }
    v.won = f.wonCount;
    v.wonAmount = f.wonAmount;
    v.lost = f.lostCount;
    analytics::ForecastQuery fq;
    fq.period = QStringLiteral("2026-12");
    fq.asOf = q.asOf;
    const analytics::ForecastResult fr = analytics::computeForecast(db, fq);
    v.forecastOpen = fr.openCount;
    v.forecastPipeline = fr.openPipeline;
    v.forecastExpected = fr.expected;
    v.forecastWon = fr.wonInPeriod;
    report::WeeklyReportQuery wq;
    wq.week = QStringLiteral("2026-W48");
    wq.runs = 200;
    const report::WeeklyReportData w = report::buildWeeklyReport(db, wq);
    for (const analytics::FunnelStage &s : w.funnel.stages)
        v.reportFunnel.emplace_back(s.openCount, s.openAmount);
    v.reportWon = w.weekFunnel.wonCount;
    v.reportLost = w.weekFunnel.lostCount;
    v.reportMonthOpen = w.month.openCount;
    v.reportMonthPipeline = w.month.openPipeline;
    for (const report::ChangeGroup &g : w.changes)
        v.reportChanges.emplace_back(qint64(g.deals.size()), g.amount);
    for (const report::ReportDeal &d : w.topDeals)
        v.reportTopDeals << d.title;
    for (const analytics::RepRow &r : w.reps.reps) {
        qint64 activities = 0;
        for (const qint64 n : r.activities)
            activities += n;
        v.reportReps.insert(r.displayName, {r.openCount, r.pipeline, r.wonCount, activities});
    }
    v.reportFollowups = w.followupTotal;
    v.reportPayments = w.paymentTotal;
    return v;
}

inline void checkSame(const View &sqlite, const View &pg)
{
    CHECK(sqlite.deals == pg.deals);
    CHECK(sqlite.customers == pg.customers);
    CHECK(sqlite.leads == pg.leads);
    CHECK(sqlite.activities == pg.activities);
    CHECK(sqlite.contracts == pg.contracts);
    CHECK(sqlite.wonWithoutContract == pg.wonWithoutContract);
    CHECK(sqlite.funnelOpen == pg.funnelOpen);
    CHECK(sqlite.funnelFlow == pg.funnelFlow);
    CHECK(sqlite.won == pg.won);
    CHECK(sqlite.wonAmount == pg.wonAmount);
    CHECK(sqlite.lost == pg.lost);
    CHECK(sqlite.forecastOpen == pg.forecastOpen);
    CHECK(sqlite.forecastPipeline == pg.forecastPipeline);
    CHECK(sqlite.forecastExpected == pg.forecastExpected);
    CHECK(sqlite.forecastWon == pg.forecastWon);
    CHECK(sqlite.reportFunnel == pg.reportFunnel);
    CHECK(sqlite.reportWon == pg.reportWon);
    CHECK(sqlite.reportLost == pg.reportLost);
    CHECK(sqlite.reportMonthOpen == pg.reportMonthOpen);
    CHECK(sqlite.reportMonthPipeline == pg.reportMonthPipeline);
    CHECK(sqlite.reportChanges == pg.reportChanges);
    CHECK(sqlite.reportTopDeals == pg.reportTopDeals);
    CHECK(sqlite.reportReps == pg.reportReps);
    CHECK(sqlite.reportFollowups == pg.reportFollowups);
    CHECK(sqlite.reportPayments == pg.reportPayments);
}

inline QList<qint64> ids(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    q.exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    std::sort(out.begin(), out.end());
    return out;
}

inline QVariant scalar(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return q.scalar();
}

inline int affected(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    q.exec();
    return q.numRowsAffected();
}

// True when the server refuses the statement with SQLSTATE 42501.
inline bool refused(Database &db, const QString &sql)
{
    try {
        db.exec(sql);
    } catch (const PermissionError &) {
        return true;
    } catch (const StorageError &e) {
        FAIL_CHECK("refused with another error: " << e.message().toStdString());
        return false;
    }
    return false;
}

inline QString sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    QStringList text;
    for (qint64 id : list)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

} // namespace fd::test
