// What the core enforces on SQLite files (on PostgreSQL the server does: test_postgres_audit):
// a rep reads only the audit rows of the records they may see and of their own actions, a
// manager their team's; sign-ins, sign-outs and wrong passwords are in the trail; the
// journal takes only the actions it knows (migration 0017 rebuilt its CHECK).
#include "catchqt.h"

#include "builders.h"
#include "clirun.h"
#include "tempdatabase.h"

#include "audit/auditreader.h"
#include "auth/passwordhash.h"
#include "auth/signin.h"
#include "domain/errors.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

QSet<qint64> recordsOf(const QList<AuditEvent> &events, const QString &entity)
{
    QSet<qint64> ids;
    for (const AuditEvent &e : events)
        if (e.entity == entity)
            ids.insert(e.entityId);
    return ids;
}

} // namespace

TEST_CASE("audit on SQLite: a rep reads their records' rows and their own actions, a manager their team's",
          "[audit][scope]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 east = make.team(QStringLiteral("华东一组"));
    const qint64 north = make.team(QStringLiteral("华北一组"));
    const qint64 rep = make.user(QStringLiteral("李娜"), east);
    const qint64 colleague = make.user(QStringLiteral("王芳"), east);
    const qint64 other = make.user(QStringLiteral("孙浩"), north);
    const qint64 manager = make.user(QStringLiteral("经理 王强"), east, QStringLiteral("manager"));
    const qint64 admin = make.user(QStringLiteral("管理员"), 0, QStringLiteral("admin"));
    const Pipeline p = make.pipeline();
    const qint64 mine = make.customer(QStringLiteral("甲客户"), 0, rep);
    const qint64 theirs = make.customer(QStringLiteral("乙客户"), 0, other);
    const qint64 colleagues = make.customer(QStringLiteral("丙客户"), 0, colleague);
    const qint64 myDeal = make.opportunity(p, mine, rep, 100000).id;
    const qint64 otherDeal = make.opportunity(p, theirs, other, 200000).id;
    const qint64 colleagueDeal = make.opportunity(p, colleagues, colleague, 300000).id;

    // Each edits their own deal; the other rep also touches the rep's customer's phone.
    OpportunityRepository deals(t.db());
    for (const auto &[who, id] : std::initializer_list<std::pair<qint64, qint64>>{
             {rep, myDeal}, {other, otherDeal}, {colleague, colleagueDeal}}) {
        t.db().setActingUserId(who);
        Opportunity o = deals.get(id);
        o.amount.cents += 1;
        deals.update(o);
    }
    // The administrator changes the rep's customer's phone (the rep reads it: their record),
    // and the other rep's customer's address (the rep does not).
    t.db().setActingUserId(admin);
    CustomerRepository customers(t.db());
    Customer c = customers.get(mine);
    c.phone = QStringLiteral("021-55550000");
    customers.update(c);
    Customer o = customers.get(theirs);
    o.address = QStringLiteral("北京市朝阳区");
    customers.update(o);

    t.db().setActingUserId(rep);
    const QList<AuditEvent> repSees = AuditReader(t.db()).list({});
    CHECK(recordsOf(repSees, QStringLiteral("opportunity")) == QSet<qint64>{myDeal});
    CHECK(recordsOf(repSees, QStringLiteral("customer")).contains(mine)); // the admin's change of it too
    CHECK_FALSE(recordsOf(repSees, QStringLiteral("customer")).contains(theirs));
    CHECK_FALSE(recordsOf(repSees, QStringLiteral("customer")).contains(colleagues));
    // One record asked for by number: the same rule.
    AuditFilter one;
    one.entity = QStringLiteral("opportunity");
    one.entityId = otherDeal;
    CHECK(AuditReader(t.db()).list(one).isEmpty());
    one.entityId = myDeal;
    CHECK_FALSE(AuditReader(t.db()).list(one).isEmpty());
    one.entity = QStringLiteral("customer");
    one.entityId = theirs;
    CHECK(AuditReader(t.db()).list(one).isEmpty());

    // The manager of the east team: both east reps' deals, not the north rep's.
    t.db().setActingUserId(manager);
    CHECK(recordsOf(AuditReader(t.db()).list({}), QStringLiteral("opportunity"))
          == QSet<qint64>{myDeal, colleagueDeal});
    // An administrator (and nobody signed in: the file is anyone's who can open it) reads all.
    for (const qint64 reader : {admin, qint64(0)}) {
        t.db().setActingUserId(reader);
        CHECK(recordsOf(AuditReader(t.db()).list({}), QStringLiteral("opportunity"))
              == QSet<qint64>{myDeal, otherDeal, colleagueDeal});
    }
}

TEST_CASE("audit on SQLite: sign-ins, sign-outs and wrong passwords are in the trail", "[audit][signin]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 rep = make.user(QStringLiteral("李娜"));
    const QString login = OrganizationRepository(t.db()).user(rep).login;
    OrganizationRepository(t.db()).setPasswordHash(rep, password::hash(QStringLiteral("正确的密码")), false);

    SignIn signIn(t.db());
    CHECK_THROWS_AS(signIn.signIn(login, QStringLiteral("wrong")), SignInError);
    CHECK_THROWS_AS(signIn.signIn(QStringLiteral("nobody-here"), QStringLiteral("x")), SignInError);
    t.clock().advanceSeconds(60);
    signIn.signIn(login, QStringLiteral("正确的密码"));
    t.clock().advanceSeconds(60);
    signIn.signOut();

    AuditFilter f;
    f.entity = QStringLiteral("user");
    f.entityId = rep;
    const QList<AuditEvent> events = AuditReader(t.db()).list(f);
    REQUIRE(events.size() == 3);
    CHECK(events[0].action == QStringLiteral("sign_out"));
    CHECK(events[0].userId == rep);
    CHECK(events[1].action == QStringLiteral("sign_in"));
    CHECK(events[1].userId == rep);
    REQUIRE(events[1].changes.size() == 1);
    CHECK(events[1].changes.first().field == QStringLiteral("password"));
    CHECK(events[2].action == QStringLiteral("sign_in_failed"));
    CHECK(events[2].userId == 0); // nobody was signed in
    // An unknown login names no one: nothing to record.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'sign%'")).toInt() == 3);

    // The rebuilt journal still refuses an action it does not know.
    CHECK_THROWS_AS(t.db().exec(QStringLiteral("INSERT INTO audit_log (occurred_at, entity, entity_id, action) "
                                               "VALUES ('2026-11-23T09:00:00Z', 'user', 1, 'forged')")),
                    StorageError);
}

TEST_CASE("funneldesk-cli audit on SQLite: --user signs in (audited, via the command line), a rep reads their own, "
          "nobody signed in is shown as such",
          "[audit][cli]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 rep = make.user(QStringLiteral("李娜"));
    const qint64 other = make.user(QStringLiteral("孙浩"));
    OrganizationRepository org(t.db());
    org.setPasswordHash(rep, password::hash(QStringLiteral("pw-li")), false);
    const QString login = org.user(rep).login;
    const Pipeline p = make.pipeline();
    const qint64 mine = make.opportunity(p, make.customer(QStringLiteral("甲客户"), 0, rep), rep, 100000).id;
    const qint64 theirs = make.opportunity(p, make.customer(QStringLiteral("乙客户"), 0, other), other, 100000).id;
    // A change with nobody signed in (what a CLI run without --user records).
    OpportunityRepository deals(t.db());
    Opportunity o = deals.get(theirs);
    o.title = QStringLiteral("无人签名的修改");
    deals.update(o);

    const auto json = [&](const QStringList &global, const QStringList &args, const QStringList &input) {
        const CliRun r = runCliWith(QStringList{QStringLiteral("--db"), t.path()} + global
                                        + QStringList{QStringLiteral("audit"), QStringLiteral("--json")} + args,
                                    input);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    const QJsonArray asRep = json({QStringLiteral("--user"), login}, {}, {QStringLiteral("pw-li")});
    QSet<qint64> dealsSeen;
    bool signedIn = false;
    for (const QJsonValue &v : asRep) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("entity")).toString() == QStringLiteral("opportunity"))
            dealsSeen.insert(e.value(QStringLiteral("entity_id")).toInteger());
        if (e.value(QStringLiteral("action")).toString() == QStringLiteral("sign_in")) {
            signedIn = true;
            CHECK(e.value(QStringLiteral("user_id")).toInteger() == rep);
            CHECK(e.value(QStringLiteral("changes")).toArray().first().toObject().value(QStringLiteral("field"))
                  == QStringLiteral("cli"));
        }
    }
    CHECK(dealsSeen == QSet<qint64>{mine});
    CHECK(signedIn); // this very run's sign-in is in what it read

    // Without --user: everything, and the unsigned change says so.
    const CliRun text = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("audit"),
                                    QStringLiteral("--entity"), QStringLiteral("opportunity"), QStringLiteral("--id"),
                                    QString::number(theirs)});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Nobody signed in  Changed  Deal #%1 无人签名的修改  Title: ").arg(theirs)));
    // By author: the rep's sign-in, nothing of the other's.
    CHECK(json({}, {QStringLiteral("--user"), org.user(other).login}, {}).isEmpty());
    CHECK(json({}, {QStringLiteral("--user"), login, QStringLiteral("--action"), QStringLiteral("sign_in")}, {}).size()
          == 1);
}
