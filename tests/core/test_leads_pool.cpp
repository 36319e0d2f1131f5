// Leads in core: the public pool (claim, assign, round-robin, automatic return with a
// fixed clock), reassignment on leave, customer scoring rules, the activity funnel per rep.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "leads/activityfunnel.h"
#include "leads/customerscoring.h"
#include "leads/poolservice.h"
#include "leads/reassignment.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/sqlquery.h"

using namespace fd;
using namespace fd::test;

namespace {

qint64 lead(Database &db, const QString &name, qint64 owner = 0)
{
    Lead l;
    l.name = name;
    l.ownerId = owner;
    return LeadRepository(db).create(l);
}

void logActivity(TempDatabase &t, ActivityKind kind, qint64 user, qint64 leadId, qint64 customerId, const QDateTime &at)
{
    Activity a;
    a.kind = kind;
    a.subject = QStringLiteral("跟进");
    a.occurredAt = at;
    a.userId = user;
    a.leadId = leadId;
    a.customerId = customerId;
    ActivityRepository(t.db()).log(a);
}

} // namespace

TEST_CASE("Pool: claim, assign by hand and round-robin", "[leads][pool]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 team = b.team(QStringLiteral("华东一组"));
    const qint64 r1 = b.user(QStringLiteral("甲"), team);
    const qint64 r2 = b.user(QStringLiteral("乙"), team);
    const qint64 r3 = b.user(QStringLiteral("丙"), team);
    const qint64 manager = b.user(QStringLiteral("经理"), team, QStringLiteral("manager"));
    SqlQuery(db, QStringLiteral("UPDATE users SET active = 0 WHERE id = ?")).add(r3).exec();

    PoolService pool(db);
    const qint64 a = lead(db, QStringLiteral("线索A"));
    db.setActingUserId(r1);
    pool.claim(a);
    CHECK(LeadRepository(db).get(a).ownerId == r1);
    CHECK(LeadRepository(db).get(a).assignedAt == t.clock().now());
    CHECK_THROWS_AS(pool.claim(a, r2), ConflictError); // no longer in the pool
    db.setActingUserId(manager);                       // the team's manager assigns by hand (and adds pool leads)
    pool.assign(a, r2);
    CHECK(LeadRepository(db).get(a).ownerId == r2);
    CHECK_THROWS_AS(pool.assign(a, r3), ValidationError); // inactive
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'lead' AND action = 'reassign'")).toInt()
        == 2);

    QList<qint64> batch;
    for (int i = 0; i < 5; ++i)
        batch << lead(db, QStringLiteral("池%1").arg(i));
    const auto first = pool.assignRoundRobin(batch.mid(0, 3), team);
    REQUIRE(first.size() == 3);
    CHECK(first.at(0).second == r1);
    CHECK(first.at(1).second == r2);
    CHECK(first.at(2).second == r1); // the inactive rep and the manager are skipped
    // The next batch continues after the last rep served.
    const auto second = pool.assignRoundRobin(batch.mid(3), team);
    CHECK(second.at(0).second == r2);
    CHECK(second.at(1).second == r1);
    CHECK_THROWS_AS(pool.assignRoundRobin(batch, b.team(QStringLiteral("空组"))), ValidationError);
}

TEST_CASE("Pool: leads without follow-up return after N days (fixed clock, CLI)", "[leads][pool]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 rep = b.user(QStringLiteral("周八"));
    const QDateTime start = t.clock().now();
    const qint64 quiet = lead(db, QStringLiteral("无人跟进"), rep);
    const qint64 followed = lead(db, QStringLiteral("有跟进"), rep);
    const qint64 pooled = lead(db, QStringLiteral("公海"));
    Lead done;
    done.name = QStringLiteral("不合格");
    done.ownerId = rep;
    done.status = LeadStatus::Disqualified;
    done.disqualifyReason = QStringLiteral("无预算");
    LeadRepository(db).create(done);

    PoolService pool(db);
    CHECK(pool.returnDays() == 7);
    t.clock().set(start.addDays(5));
    logActivity(t, ActivityKind::Call, rep, followed, 0, t.clock().now());
    t.clock().set(start.addDays(7));
    CHECK(pool.returnStale().isEmpty()); // exactly 7 days is still within
    t.clock().set(start.addDays(8));
    CHECK(pool.returnStale() == QList<qint64>{quiet});
    CHECK(LeadRepository(db).get(quiet).ownerId == 0);
    CHECK(LeadRepository(db).get(followed).ownerId == rep);
    CHECK(LeadRepository(db).get(done.id).ownerId == rep);
    CHECK(LeadRepository(db).get(pooled).ownerId == 0);
    CHECK(t.scalar(QStringLiteral("SELECT old_value FROM audit_log WHERE action = 'pool_return' AND entity_id = %1")
                       .arg(quiet))
              .toLongLong()
          == rep);
    CHECK(pool.returnStale().isEmpty()); // nothing twice

    // A shorter setting, and the CLI judging as of a past day.
    SettingsRepository(db).setInteger(QString::fromLatin1(PoolService::kReturnDaysKey), 3);
    const CliRun early = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("pool-return"),
                                     QStringLiteral("--as-of"), start.addDays(7).date().toString(Qt::ISODate)});
    REQUIRE(early.code == 0);
    CHECK(early.out.startsWith(QStringLiteral("0 lead(s) returned")));
    const CliRun late = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("pool-return"),
                                    QStringLiteral("--as-of"), start.addDays(9).date().toString(Qt::ISODate)});
    REQUIRE(late.code == 0);
    CHECK(late.out.startsWith(QStringLiteral("1 lead(s) returned to the pool (no follow-up within 3 days)")));
    CHECK(late.out.contains(QStringLiteral("lead %1").arg(followed)));
    const CliRun bad = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("pool-return"),
                                   QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    CHECK(bad.code == 2);
}

TEST_CASE("Reassign on leave moves customers, leads, open deals and open tasks", "[leads][reassign]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 leaving = b.user(QStringLiteral("离职者"));
    const qint64 heir = b.user(QStringLiteral("接手人"));
    const qint64 other = b.user(QStringLiteral("旁人"));
    const Pipeline pipeline = b.pipeline();
    const qint64 c1 = b.customer(QStringLiteral("客户一"), 0, leaving);
    const qint64 c2 = b.customer(QStringLiteral("客户二"), 0, other);
    const Opportunity open = b.opportunity(pipeline, c1, leaving, 1000);
    const Opportunity won = b.opportunity(pipeline, c1, leaving, 2000);
    OpportunityRepository(db).setOutcome(won.id, OpportunityStatus::Won);
    const Opportunity others = b.opportunity(pipeline, c2, other, 3000);
    const qint64 l1 = lead(db, QStringLiteral("线索一"), leaving);
    FollowUpTask task;
    task.title = QStringLiteral("回访");
    task.dueAt = t.clock().now().addDays(1);
    task.userId = leaving;
    task.customerId = c1;
    ActivityRepository(db).addTask(task);
    FollowUpTask closed = task;
    closed.id = 0;
    ActivityRepository(db).addTask(closed);
    ActivityRepository(db).setTaskDone(closed.id);

    CHECK_THROWS_AS(reassignOnLeave(db, leaving, leaving), ValidationError);
    const ReassignResult r = reassignOnLeave(db, leaving, heir);
    CHECK(r.customers == 1);
    CHECK(r.leads == 1);
    CHECK(r.opportunities == 1);
    CHECK(r.tasks == 1);
    CHECK(CustomerRepository(db).get(c1).ownerId == heir);
    CHECK(CustomerRepository(db).get(c2).ownerId == other);
    CHECK(OpportunityRepository(db).get(open.id).ownerId == heir);
    CHECK(OpportunityRepository(db).get(won.id).ownerId == leaving); // closed history stays
    CHECK(OpportunityRepository(db).get(others.id).ownerId == other);
    CHECK(LeadRepository(db).get(l1).ownerId == heir);
    CHECK(ActivityRepository(db).task(task.id).userId == heir);
    CHECK(ActivityRepository(db).task(closed.id).userId == leaving);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reassign'")).toInt() == 4);
    // Nothing left open with the leaving rep.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE owner_id = %1").arg(leaving)).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM followup_tasks WHERE user_id = %1 AND done = 0").arg(leaving))
              .toInt()
          == 0);
}

TEST_CASE("Scoring rules give tiers A/B/C with the reason", "[leads][scoring]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 rep = b.user(QStringLiteral("评分员"));
    const Pipeline pipeline = b.pipeline();
    CustomerScoring scoring(db);
    CHECK(scoring.rules().size() == 8); // defaults seeded
    CHECK(t.count(QStringLiteral("scoring_rules")) == 8);

    scoring.setRules({
        {0, QStringLiteral("industry"), QStringLiteral("eq"), QStringLiteral("制造业"), 20, 1},
        {0, QStringLiteral("size"), QStringLiteral("gte"), QStringLiteral("large"), 20, 2},
        {0, QStringLiteral("won_revenue"), QStringLiteral("gte"), QStringLiteral("1000000"), 30, 3},
        {0, QStringLiteral("open_pipeline"), QStringLiteral("gte"), QStringLiteral("500000"), 10, 4},
        {0, QStringLiteral("days_since_activity"), QStringLiteral("lte"), QStringLiteral("30"), 20, 5},
        {0, QStringLiteral("days_since_activity"), QStringLiteral("gte"), QStringLiteral("90"), -30, 6},
    });
    CHECK_THROWS_AS(
        scoring.setRules({{0, QStringLiteral("size"), QStringLiteral("gte"), QStringLiteral("huge"), 5, 1}}),
        ValidationError);
    CHECK(scoring.rules().size() == 6); // a refused set changes nothing

    const qint64 big = b.customer(QStringLiteral("大客户"));
    SqlQuery(db, QStringLiteral("UPDATE customers SET industry = '制造业', size = 'enterprise' WHERE id = ?"))
        .add(big)
        .exec();
    const Opportunity w = b.opportunity(pipeline, big, rep, 1500000);
    OpportunityRepository(db).setOutcome(w.id, OpportunityStatus::Won);
    b.opportunity(pipeline, big, rep, 400000);
    logActivity(t, ActivityKind::Visit, rep, 0, big, t.clock().now().addDays(-3));
    const qint64 mid = b.customer(QStringLiteral("中客户"));
    b.opportunity(pipeline, mid, rep, 600000);
    logActivity(t, ActivityKind::Call, rep, 0, mid, t.clock().now().addDays(-10));
    const qint64 cold = b.customer(QStringLiteral("沉睡客户"));

    const CustomerScore s = scoring.score(big);
    CHECK(s.score == 90); // 20 + 20 + 30 + 20; open 4000 < 5000
    CHECK(s.tier == QStringLiteral("A"));
    CHECK(s.reasons.size() == 4);
    CHECK(s.explanation().contains(QStringLiteral("+30")));
    const CustomerScore m = scoring.score(mid);
    CHECK(m.score == 30);
    CHECK(m.tier == QStringLiteral("B"));
    const CustomerScore c = scoring.score(cold);
    CHECK(c.score == 0); // −30 clamped
    CHECK(c.tier == QStringLiteral("C"));
    REQUIRE(c.reasons.size() == 1);
    CHECK(c.reasons.first().rule.points == -30);
    CHECK_THROWS_AS(scoring.score(424242), NotFoundError);

    CHECK(scoring.rescoreAll() == 3);
    CHECK(CustomerRepository(db).get(big).tier == QStringLiteral("A"));
    CHECK(CustomerRepository(db).get(big).score == 90);
    CHECK(CustomerRepository(db).get(cold).tier == QStringLiteral("C"));
    CHECK(scoring.rescoreAll() == 0);
    SettingsRepository(db).setInteger(QString::fromLatin1(CustomerScoring::kTierAKey), 95);
    CHECK(scoring.score(big).tier == QStringLiteral("B"));
}

TEST_CASE("Activity funnel per rep with the ratios", "[leads][funnel]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 ann = b.user(QStringLiteral("Ann"));
    const qint64 bob = b.user(QStringLiteral("Bob"));
    b.user(QStringLiteral("Idle"));
    const Pipeline pipeline = b.pipeline();
    const qint64 cust = b.customer(QStringLiteral("Funnel Co"));
    const QDateTime now = t.clock().now();
    for (int i = 0; i < 10; ++i)
        logActivity(t, ActivityKind::Call, ann, 0, cust, now.addDays(-i));
    logActivity(t, ActivityKind::Call, ann, 0, cust, now.addDays(-40)); // before the window
    for (int i = 0; i < 4; ++i)
        lead(db, QStringLiteral("L%1").arg(i), ann);
    logActivity(t, ActivityKind::Meeting, ann, 0, cust, now);
    logActivity(t, ActivityKind::Visit, ann, 0, cust, now);
    logActivity(t, ActivityKind::Proposal, ann, 0, cust, now);
    const Opportunity w = b.opportunity(pipeline, cust, ann, 100);
    OpportunityRepository(db).setOutcome(w.id, OpportunityStatus::Won);
    logActivity(t, ActivityKind::Email, bob, 0, cust, now); // e-mails are no step

    const QList<RepActivityFunnel> rows = activityFunnel(db, now.date().addDays(-29), now.date());
    REQUIRE(rows.size() == 1);
    const RepActivityFunnel &a = rows.first();
    CHECK(a.userId == ann);
    CHECK(a.steps() == QList<qint64>{10, 4, 2, 1, 1});
    CHECK(*a.ratio(1) == Approx(0.4));
    CHECK(*a.ratio(2) == Approx(0.5));
    CHECK(*a.ratio(4) == Approx(1.0));
    CHECK(!a.ratio(0));
    RepActivityFunnel empty;
    CHECK(!empty.ratio(1));
}
