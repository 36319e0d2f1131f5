// Performance-pay plans stored (migrations 0022/0023, PayPlanRepository) on a real SQLite file
// and on PostgreSQL (ALSO_ON_POSTGRES): a plan with two versions, commission rules and tiers
// reads back as written after reopening; refusals are located with nothing stored; every
// change is in the audit journal; and who reads and writes which plan — on SQLite by the
// core's own filter, on PostgreSQL by the server for real logins, raw SQL included.
#include "builders.h"
#include "catchqt.h"
#include "nameset.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "domain/payplan.h"
#include "storage/pgaccess.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/sqlquery.h"

#include <QSet>

#include <functional>
#include <memory>

using namespace fd;
using namespace fd::test;

namespace {

constexpr qint64 kYuan = 100;

int s_offices = 0;

PlanVersion januaryTerms()
{
    PlanVersion v;
    v.effectiveFrom = QDate(2026, 1, 1);
    v.basePayCents = 8000 * kYuan;
    v.commissions = {{CommissionBase::Won, 300}, {CommissionBase::Received, 100}};
    v.tiers = {{0, 500}, {80, 1000}, {100, 1500}};
    v.capCents = 50000 * kYuan;
    v.accuracyBonusCents = 1000 * kYuan;
    v.accuracyTolerancePercent = 10;
    v.activityBonusCents = 500 * kYuan;
    v.activityNorm = 40;
    v.note = QStringLiteral("2026 年度方案");
    return v;
}

PlanVersion julyTerms()
{
    PlanVersion v;
    v.effectiveFrom = QDate(2026, 7, 1);
    v.basePayCents = 9000 * kYuan;
    v.commissions = {{CommissionBase::Margin, 500}, {CommissionBase::Won, 250}};
    v.tiers = {{0, 800}, {120, 2000}};
    v.accuracyTolerancePercent = 15;
    v.note = QStringLiteral("下半年按毛利提成");
    return v;
}

PayPlan rolePlan(const QString &name, UserRole role)
{
    PayPlan p;
    p.name = name;
    p.role = role;
    return p;
}

PayPlan personalPlan(const QString &name, qint64 userId)
{
    PayPlan p;
    p.name = name;
    p.userId = userId;
    return p;
}

void checkSameTerms(const PlanVersion &a, const PlanVersion &b)
{
    CHECK(a.effectiveFrom == b.effectiveFrom);
    CHECK(a.basePayCents == b.basePayCents);
    REQUIRE(a.commissions.size() == b.commissions.size());
    for (qsizetype i = 0; i < a.commissions.size(); ++i) {
        CHECK(a.commissions[i].base == b.commissions[i].base);
        CHECK(a.commissions[i].rateBasisPoints == b.commissions[i].rateBasisPoints);
    }
    REQUIRE(a.tiers.size() == b.tiers.size());
    for (qsizetype i = 0; i < a.tiers.size(); ++i) {
        CHECK(a.tiers[i].fromPercent == b.tiers[i].fromPercent);
        CHECK(a.tiers[i].multiplierPermille == b.tiers[i].multiplierPermille);
    }
    CHECK(a.capCents == b.capCents);
    CHECK(a.accuracyBonusCents == b.accuracyBonusCents);
    CHECK(a.accuracyTolerancePercent == b.accuracyTolerancePercent);
    CHECK(a.activityBonusCents == b.activityBonusCents);
    CHECK(a.activityNorm == b.activityNorm);
    CHECK(a.note == b.note);
}

// The fields of the ValidationError `write` throws (none: it threw nothing).
QStringList refusedAt(const std::function<void()> &write)
{
    try {
        write();
    } catch (const ValidationError &e) {
        QStringList fields;
        for (const FieldError &f : e.errors())
            fields << f.field;
        return fields;
    }
    return {};
}

// Rows of the four pay plan tables, as the installer counts them.
qint64 storedRows(TempDatabase &t)
{
    return t.count(QStringLiteral("pay_plans")) + t.count(QStringLiteral("pay_plan_versions"))
           + t.count(QStringLiteral("pay_plan_commissions")) + t.count(QStringLiteral("pay_plan_tiers"));
}

QSet<QString> namesOf(const QList<PayPlan> &plans)
{
    QSet<QString> names;
    for (const PayPlan &p : plans)
        names.insert(p.name);
    return names;
}

// Two teams: A with reps A1, A2 and manager A, B with rep B1 and manager B; finance; an
// admin. On PostgreSQL every person has a login; as() signs in as them (on SQLite: a second
// connection to the file acting for them, which the core's scoping filters).
struct PayOffice
{
    TempDatabase t;
    Builders make{t.db()};
    QString prefix = QStringLiteral("pay%1_").arg(++s_offices);
    qint64 teamA = make.team(QStringLiteral("一组"));
    qint64 teamB = make.team(QStringLiteral("二组"));
    qint64 repA1 = person("repa1", teamA, "rep");
    qint64 repA2 = person("repa2", teamA, "rep");
    qint64 repB1 = person("repb1", teamB, "rep");
    qint64 managerA = person("mgra", teamA, "manager");
    qint64 managerB = person("mgrb", teamB, "manager");
    qint64 finance = person("fin", 0, "finance");
    qint64 admin = person("adm", 0, "admin");
    QHash<QString, qint64> ids{{QStringLiteral("repa1"), repA1},   {QStringLiteral("repa2"), repA2},
                               {QStringLiteral("repb1"), repB1},   {QStringLiteral("mgra"), managerA},
                               {QStringLiteral("mgrb"), managerB}, {QStringLiteral("fin"), finance},
                               {QStringLiteral("adm"), admin}};

    PayOffice()
    {
        t.db().exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerA).arg(teamA));
        t.db().exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerB).arg(teamB));
        if (!t.onPostgres())
            return;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            SqlQuery role(t.db(), QStringLiteral("SELECT role FROM users WHERE id = ?"));
            pgaccess::createLogin(t.db(), prefix + it.key(), role.add(it.value()).scalar().toString(),
                                  QStringLiteral("pw-") + it.key());
        }
    }

    qint64 person(const char *name, qint64 team, const char *role)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                          "'2026-01-01T00:00:00Z') RETURNING id"));
        return q.add(prefix + QLatin1String(name))
            .add(QLatin1String(name))
            .add(QLatin1String(role))
            .add(nullableId(team))
            .insert();
    }

    // `active`: the person is still an active user (a deactivated one is nobody to the server).
    std::unique_ptr<Database> as(const char *name, bool active = true)
    {
        std::unique_ptr<Database> db;
        if (t.onPostgres()) {
            PostgresParams p = t.db().postgresParams();
            p.user = prefix + QLatin1String(name);
            p.password.clear();
            db = Database::openPostgres(p);
        } else {
            db = Database::openSqlite(t.path());
            db->setActingUserId(ids.value(QLatin1String(name)));
        }
        db->setClock(&t.clock());
        REQUIRE(db->actingUserId() == (active || !t.onPostgres() ? ids.value(QLatin1String(name)) : 0));
        return db;
    }

    // The plans of the visibility cases, made by finance: one per role of the sales staff,
    // and a personal plan for A1, A2, B1 and manager A.
    void makePlans()
    {
        auto fin = as("fin");
        PayPlanRepository plans(*fin);
        plans.create(rolePlan(QStringLiteral("代表方案"), UserRole::Rep), januaryTerms());
        plans.create(rolePlan(QStringLiteral("经理方案"), UserRole::Manager), julyTerms());
        plans.create(personalPlan(QStringLiteral("甲一个人"), repA1), januaryTerms());
        plans.create(personalPlan(QStringLiteral("甲二个人"), repA2), julyTerms());
        plans.create(personalPlan(QStringLiteral("乙一个人"), repB1), januaryTerms());
        plans.create(personalPlan(QStringLiteral("甲经理个人"), managerA), julyTerms());
    }
};

// True when the server refuses the statement for want of a privilege (SQLSTATE 42501).
bool refused(Database &db, const QString &sql)
{
    try {
        db.exec(sql);
    } catch (const PermissionError &) {
        return true;
    }
    return false;
}

qint64 count(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return q.scalar().toLongLong();
}

} // namespace

TEST_CASE("a pay plan with two versions, commission rules and tiers reads back as written", "[payplans]")
{
    PayOffice o;
    auto fin = o.as("fin");
    PayPlanRepository plans(*fin);
    // The July terms first, January's added afterwards: versions read back by date.
    const PayPlan made = plans.create(rolePlan(QStringLiteral("销售代表 2026"), UserRole::Rep), julyTerms());
    REQUIRE(made.id > 0);
    REQUIRE(made.versions.size() == 1);
    CHECK(made.versions.first().id > 0);
    CHECK(made.versions.first().createdBy == o.finance);
    const PlanVersion january = plans.addVersion(made.id, januaryTerms());
    CHECK(january.planId == made.id);
    CHECK(january.createdAt == o.t.clock().now());
    PayPlan quarterly = personalPlan(QStringLiteral("甲一季度"), o.repA1);
    quarterly.period = PlanPeriod::Quarter;
    PlanVersion q4 = januaryTerms();
    q4.effectiveFrom = QDate(2026, 10, 1);
    q4.capCents.reset();
    q4.note = QString(); // no note at all
    plans.create(quarterly, q4);

    o.t.reopen();
    const QList<PayPlan> back = PayPlanRepository(o.t.db()).all();
    REQUIRE(back.size() == 2);
    const PayPlan &role = back[0].name == QStringLiteral("销售代表 2026") ? back[0] : back[1];
    const PayPlan &personal = &role == &back[0] ? back[1] : back[0];
    CHECK(role.id == made.id);
    CHECK(role.role == UserRole::Rep);
    CHECK(role.userId == 0);
    CHECK(role.period == PlanPeriod::Month);
    CHECK(role.active);
    REQUIRE(role.versions.size() == 2);
    checkSameTerms(role.versions[0], januaryTerms());
    checkSameTerms(role.versions[1], julyTerms());
    CHECK(role.versions[0].id == january.id);
    CHECK(role.versions[0].createdBy == o.finance);
    CHECK(role.versions[0].createdAt == o.t.clock().now());
    CHECK(payplans::versionOn(role, QDate(2026, 6, 30))->basePayCents == 8000 * kYuan);
    CHECK(payplans::versionOn(role, QDate(2026, 7, 1))->basePayCents == 9000 * kYuan);

    CHECK(personal.name == QStringLiteral("甲一季度"));
    CHECK_FALSE(personal.role.has_value());
    CHECK(personal.userId == o.repA1);
    CHECK(personal.period == PlanPeriod::Quarter);
    REQUIRE(personal.versions.size() == 1);
    checkSameTerms(personal.versions[0], q4);
    CHECK(PayPlanRepository(o.t.db()).get(personal.id).versions.size() == 1);
    CHECK_THROWS_AS(PayPlanRepository(o.t.db()).get(personal.id + 100), NotFoundError);

    // Renamed and deactivated; the versions stay as they were.
    plans.rename(made.id, QStringLiteral("  销售代表方案 "));
    plans.setActive(made.id, false);
    const PayPlan renamed = PayPlanRepository(o.t.db()).get(made.id);
    CHECK(renamed.name == QStringLiteral("销售代表方案"));
    CHECK_FALSE(renamed.active);
    CHECK(renamed.versions.size() == 2);

    // Every change in the journal, under the plan: created, its three versions, renamed,
    // deactivated.
    SqlQuery journal(o.t.db(), QStringLiteral("SELECT action, COALESCE(field, ''), COALESCE(new_value, '') FROM "
                                              "audit_log WHERE entity = 'pay_plan' AND entity_id = ? ORDER BY id"));
    journal.add(made.id).exec();
    QStringList entries;
    while (journal.next())
        entries << QStringLiteral("%1 %2 %3")
                       .arg(journal.value(0).toString(), journal.value(1).toString(), journal.value(2).toString());
    CHECK(entries
          == QStringList{QStringLiteral("insert  "), QStringLiteral("update version 2026-07-01"),
                         QStringLiteral("update version 2026-01-01"), QStringLiteral("update name 销售代表方案"),
                         QStringLiteral("update active 0")});
}

TEST_CASE("refused pay plans and versions are located at their field and store nothing", "[payplans]")
{
    PayOffice o;
    auto fin = o.as("fin");
    PayPlanRepository plans(*fin);
    const qint64 journalBefore = o.t.count(QStringLiteral("audit_log"));

    PlanVersion bad = januaryTerms();
    bad.effectiveFrom = QDate(2026, 1, 15);
    bad.basePayCents = -1;
    bad.tiers = {{10, 500}};
    bad.activityNorm = 0;
    CHECK(refusedAt([&] { plans.create(rolePlan(QStringLiteral("代表方案"), UserRole::Rep), bad); })
          == QStringList{QStringLiteral("effective_from"), QStringLiteral("base_pay"), QStringLiteral("tiers"),
                         QStringLiteral("activity_norm")});
    CHECK(refusedAt([&] { plans.create(personalPlan(QStringLiteral("无此人"), 99999), januaryTerms()); })
          == QStringList{QStringLiteral("user")});
    PayPlan both = rolePlan(QStringLiteral("两者"), UserRole::Rep);
    both.userId = o.repA1;
    CHECK(refusedAt([&] { plans.create(both, januaryTerms()); }) == QStringList{QStringLiteral("role")});
    CHECK(storedRows(o.t) == 0);
    CHECK(o.t.count(QStringLiteral("audit_log")) == journalBefore);

    const PayPlan reps = plans.create(rolePlan(QStringLiteral("代表方案"), UserRole::Rep), januaryTerms());
    const PayPlan mine = plans.create(personalPlan(QStringLiteral("甲一个人"), o.repA1), januaryTerms());
    const qint64 rows = storedRows(o.t);
    const qint64 journal = o.t.count(QStringLiteral("audit_log"));
    // One name per plan; one active plan per role and per person, so nobody is paid twice.
    CHECK(refusedAt([&] { plans.create(rolePlan(QStringLiteral("代表方案"), UserRole::Manager), januaryTerms()); })
          == QStringList{QStringLiteral("name")});
    CHECK(refusedAt([&] { plans.create(rolePlan(QStringLiteral("代表方案二"), UserRole::Rep), januaryTerms()); })
          == QStringList{QStringLiteral("role")});
    CHECK(refusedAt([&] { plans.create(personalPlan(QStringLiteral("甲一第二"), o.repA1), januaryTerms()); })
          == QStringList{QStringLiteral("user")});
    // One version per date; a version's own terms as at creation.
    CHECK(refusedAt([&] { plans.addVersion(reps.id, januaryTerms()); })
          == QStringList{QStringLiteral("effective_from")});
    PlanVersion twoRates = julyTerms();
    twoRates.commissions = {{CommissionBase::Won, 10001}};
    twoRates.capCents = -1;
    CHECK(refusedAt([&] { plans.addVersion(reps.id, twoRates); })
          == QStringList{QStringLiteral("commission.rate"), QStringLiteral("cap")});
    PayPlan quarterly = personalPlan(QStringLiteral("乙一季度"), o.repB1);
    quarterly.period = PlanPeriod::Quarter;
    const PayPlan q = plans.create(quarterly, julyTerms());
    PlanVersion august = julyTerms();
    august.effectiveFrom = QDate(2026, 8, 1);
    CHECK(refusedAt([&] { plans.addVersion(q.id, august); }) == QStringList{QStringLiteral("effective_from")});
    const qint64 rowsWithQuarter = storedRows(o.t);
    CHECK(rowsWithQuarter > rows);
    // Renames: not empty, not another plan's name.
    CHECK(refusedAt([&] { plans.rename(mine.id, QStringLiteral("代表方案")); }) == QStringList{QStringLiteral("name")});
    CHECK(refusedAt([&] { plans.rename(mine.id, QStringLiteral("  ")); }) == QStringList{QStringLiteral("name")});
    CHECK_THROWS_AS(plans.addVersion(mine.id + 1000, julyTerms()), NotFoundError);
    CHECK(storedRows(o.t) == rowsWithQuarter);
    CHECK(PayPlanRepository(o.t.db()).get(mine.id).name == QStringLiteral("甲一个人"));

    // A deactivated role plan makes room for a new one, and cannot come back beside it.
    plans.setActive(reps.id, false);
    const PayPlan next = plans.create(rolePlan(QStringLiteral("代表方案 2027"), UserRole::Rep), julyTerms());
    CHECK(refusedAt([&] { plans.setActive(reps.id, true); }) == QStringList{QStringLiteral("role")});
    CHECK_FALSE(PayPlanRepository(o.t.db()).get(reps.id).active);
    CHECK(PayPlanRepository(o.t.db()).get(next.id).active);
    CHECK(o.t.count(QStringLiteral("audit_log")) > journal);
}

TEST_CASE("a rep reads their role's plan and their own, a manager their team's, finance and admins all",
          "[payplans][security]")
{
    PayOffice o;
    o.makePlans();
    const auto seen = [&](const char *who) { return namesOf(PayPlanRepository(*o.as(who)).all()); };
    CHECK(seen("repa1") == nameSet({"代表方案", "甲一个人"}));
    CHECK(seen("repa2") == nameSet({"代表方案", "甲二个人"}));
    CHECK(seen("repb1") == nameSet({"代表方案", "乙一个人"}));
    // A manager: their role's plan and their own, and the plans of their team's people.
    CHECK(seen("mgra") == nameSet({"经理方案", "甲经理个人", "代表方案", "甲一个人", "甲二个人"}));
    CHECK(seen("mgrb") == nameSet({"经理方案", "代表方案", "乙一个人"}));
    const QSet<QString> every = nameSet({"代表方案", "经理方案", "甲一个人", "甲二个人", "乙一个人", "甲经理个人"});
    CHECK(seen("fin") == every);
    CHECK(seen("adm") == every);

    // What is read comes with its terms.
    for (const PayPlan &p : PayPlanRepository(*o.as("repa1")).all()) {
        REQUIRE(p.versions.size() == 1);
        checkSameTerms(p.versions.first(), januaryTerms());
    }
    // A colleague's plan is not there to load either.
    const qint64 colleagues = [&] {
        for (const PayPlan &p : PayPlanRepository(o.t.db()).all())
            if (p.name == QStringLiteral("甲二个人"))
                return p.id;
        return qint64(0);
    }();
    REQUIRE(colleagues > 0);
    CHECK_THROWS_AS(PayPlanRepository(*o.as("repa1")).get(colleagues), NotFoundError);
    CHECK(PayPlanRepository(*o.as("mgra")).get(colleagues).versions.size() == 1);

    // A person who was deactivated reads nothing any more.
    o.t.db().exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = %1").arg(o.repB1));
    CHECK(PayPlanRepository(*o.as("repb1", false)).all().isEmpty());
}

TEST_CASE("only finance and admins create and change pay plans", "[payplans][security]")
{
    PayOffice o;
    o.makePlans();
    const qint64 plan = PayPlanRepository(o.t.db()).all().first().id;
    const qint64 rows = storedRows(o.t);
    for (const char *who : {"repa1", "mgra"}) {
        INFO(who);
        auto db = o.as(who);
        PayPlanRepository plans(*db);
        CHECK_THROWS_AS(
            plans.create(personalPlan(QStringLiteral("自己定的"), o.ids.value(QLatin1String(who))), januaryTerms()),
            PermissionError);
        PlanVersion raise = julyTerms();
        raise.effectiveFrom = QDate(2026, 12, 1);
        CHECK_THROWS_AS(plans.addVersion(plan, raise), PermissionError);
        CHECK_THROWS_AS(plans.rename(plan, QStringLiteral("改名")), PermissionError);
        CHECK_THROWS_AS(plans.setActive(plan, false), PermissionError);
    }
    CHECK(storedRows(o.t) == rows);
    for (const char *who : {"fin", "adm"}) {
        INFO(who);
        auto db = o.as(who);
        PayPlanRepository plans(*db);
        PlanVersion next = julyTerms();
        next.effectiveFrom = QDate(2027, 1, 1).addMonths(QByteArray(who) == "fin" ? 0 : 1);
        CHECK(plans.addVersion(plan, next).id > 0);
        plans.rename(plan, QStringLiteral("改名") + QLatin1String(who));
        CHECK(PayPlanRepository(o.t.db()).get(plan).name == QStringLiteral("改名") + QLatin1String(who));
    }
}

TEST_CASE("the PostgreSQL server itself refuses pay plan rows to those who may not read or write them",
          "[payplans][security][postgres]")
{
    PayOffice o;
    if (!o.t.onPostgres()) {
        // The server's rules only exist on PostgreSQL: on a SQLite file 0023 is recorded as
        // run and the core's filter above is all there is.
        CHECK(o.t.scalar(QStringLiteral("SELECT name FROM schema_version WHERE version = 23")).toString()
              == QStringLiteral("pay_plans"));
        return;
    }
    o.makePlans();
    auto rep = o.as("repa1");
    auto mgr = o.as("mgra");
    auto fin = o.as("fin");
    auto adm = o.as("adm");
    // Raw reads, past the repository: the same plans, and only their versions, rules and tiers.
    CHECK(count(*rep, QStringLiteral("SELECT count(*) FROM pay_plans")) == 2);
    CHECK(count(*rep, QStringLiteral("SELECT count(*) FROM pay_plan_versions")) == 2);
    CHECK(count(*rep, QStringLiteral("SELECT count(*) FROM pay_plan_tiers")) == 6);
    CHECK(count(*rep, QStringLiteral("SELECT count(*) FROM pay_plan_commissions")) == 4);
    CHECK(count(*rep, QStringLiteral("SELECT count(*) FROM pay_plans WHERE user_id = %1").arg(o.repA2)) == 0);
    CHECK(count(*mgr, QStringLiteral("SELECT count(*) FROM pay_plans")) == 5);
    CHECK(count(*fin, QStringLiteral("SELECT count(*) FROM pay_plan_versions")) == 6);

    // Reps and managers write nothing, not even their own plan.
    for (Database *db : {rep.get(), mgr.get()}) {
        CHECK(refused(*db, QStringLiteral("INSERT INTO pay_plans (name, user_id, created_at, updated_at) VALUES "
                                          "('自定', %1, '2026-11-23', '2026-11-23')")
                               .arg(db->actingUserId())));
        CHECK(refused(*db, QStringLiteral("UPDATE pay_plans SET name = name || '!'")));
        CHECK(refused(*db, QStringLiteral("UPDATE pay_plan_versions SET base_pay_cents = base_pay_cents * 2")));
        CHECK(refused(*db, QStringLiteral("INSERT INTO pay_plan_tiers (version_id, from_percent, "
                                          "multiplier_permille) SELECT id, 50, 3000 FROM pay_plan_versions")));
    }
    // Versions, rules and tiers are append-only even for finance and admins; whom a plan pays
    // and its period are fixed; nothing is deleted.
    for (Database *db : {fin.get(), adm.get()}) {
        CHECK(refused(*db, QStringLiteral("UPDATE pay_plan_versions SET base_pay_cents = 0")));
        CHECK(refused(*db, QStringLiteral("DELETE FROM pay_plan_versions")));
        CHECK(refused(*db, QStringLiteral("UPDATE pay_plan_tiers SET multiplier_permille = 0")));
        CHECK(refused(*db, QStringLiteral("DELETE FROM pay_plan_commissions")));
        CHECK(refused(*db, QStringLiteral("UPDATE pay_plans SET user_id = %1 WHERE user_id IS NOT NULL").arg(o.repB1)));
        CHECK(refused(*db, QStringLiteral("UPDATE pay_plans SET period = 'quarter'")));
        CHECK(refused(*db, QStringLiteral("DELETE FROM pay_plans")));
    }
    CHECK(count(o.t.db(), QStringLiteral("SELECT count(*) FROM pay_plan_versions")) == 6);
    // The server's trail has every row, written by finance's login.
    CHECK(count(o.t.db(), QStringLiteral("SELECT count(*) FROM audit_trail WHERE table_name = 'pay_plans' AND "
                                         "db_user = '%1fin'")
                              .arg(o.prefix))
          == 6);
    // Everything under row level security.
    for (const char *table : {"pay_plans", "pay_plan_versions", "pay_plan_commissions", "pay_plan_tiers"})
        CHECK(o.t.scalar(QStringLiteral("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE oid = "
                                        "to_regclass('%1')")
                             .arg(QLatin1String(table)))
                  .toBool());
}
