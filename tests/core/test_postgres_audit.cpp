// The audit viewer on a team database, under people's own logins (the test cluster trusts
// loopback logins): the reader shows the server's trail (audit_trail) with the session's
// person as the author, a rep reads only their scope's rows (row level security, nothing in
// the client), a hostile rep cannot write or erase them, and sign-ins are recorded in the
// signed-in login's own name.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "pgcluster.h"

#include "audit/auditreader.h"
#include "audit/audittext.h"
#include "domain/errors.h"
#include "storage/pgaccess.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

int s_offices = 0;

// One team's rep A, another team's rep B, an admin; one deal each; every person a login.
struct TeamOffice
{
    TempPgDatabase t;
    Builders make{t.db()};
    QString prefix = QStringLiteral("aud%1_").arg(++s_offices);
    qint64 teamA = make.team(QStringLiteral("一组"));
    qint64 teamB = make.team(QStringLiteral("二组"));
    qint64 repA = person(QStringLiteral("repa"), QStringLiteral("李娜"), teamA, QStringLiteral("rep"));
    qint64 repB = person(QStringLiteral("repb"), QStringLiteral("孙浩"), teamB, QStringLiteral("rep"));
    qint64 admin = person(QStringLiteral("adm"), QStringLiteral("管理员"), 0, QStringLiteral("admin"));
    Pipeline pipeline = make.pipeline();
    qint64 dealA = make.opportunity(pipeline, make.customer(QStringLiteral("甲客户"), 0, repA), repA, 100000,
                                    QStringLiteral("甲商机"))
                       .id;
    qint64 dealB = make.opportunity(pipeline, make.customer(QStringLiteral("乙客户"), 0, repB), repB, 200000,
                                    QStringLiteral("乙商机"))
                       .id;

    TeamOffice()
    {
        pgaccess::createLogin(t.db(), login(QStringLiteral("adm")), QStringLiteral("admin"), QStringLiteral("pw-a"));
        auto adminDb = as(QStringLiteral("adm"));
        pgaccess::createLogin(*adminDb, login(QStringLiteral("repa")), QStringLiteral("rep"), QStringLiteral("pw-1"));
        pgaccess::createLogin(*adminDb, login(QStringLiteral("repb")), QStringLiteral("rep"), QStringLiteral("pw-2"));
    }

    QString login(const QString &name) const { return prefix + name; }

    qint64 person(const QString &name, const QString &display, qint64 team, const QString &role)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                          "'2026-01-01T00:00:00Z') RETURNING id"));
        return q.add(login(name)).add(display).add(role).add(nullableId(team)).insert();
    }

    std::unique_ptr<Database> as(const QString &name)
    {
        PostgresParams p = t.params();
        p.user = login(name);
        auto db = Database::openPostgres(p);
        db->setClock(&t.clock());
        return db;
    }

    QString url(const QString &name) const
    {
        PostgresParams p = t.params();
        p.user = login(name);
        return p.description();
    }

    // Each rep changes their own deal's amount through the repository, under their login.
    void edit(const QString &name, qint64 deal, qint64 cents)
    {
        auto db = as(name);
        OpportunityRepository repo(*db);
        Opportunity o = repo.get(deal);
        o.amount.cents = cents;
        repo.update(o);
    }
};

QSet<qint64> deals(const QList<AuditEvent> &events)
{
    QSet<qint64> ids;
    for (const AuditEvent &e : events)
        if (e.entity == QStringLiteral("opportunity"))
            ids.insert(e.entityId);
    return ids;
}

} // namespace

TEST_CASE("PostgreSQL audit: the reader shows the server's trail, each rep only their scope", "[postgres][audit]")
{
    TeamOffice o;
    o.edit(QStringLiteral("repa"), o.dealA, 555500);
    o.edit(QStringLiteral("repb"), o.dealB, 777700);

    auto repA = o.as(QStringLiteral("repa"));
    const QList<AuditEvent> seen = AuditReader(*repA).list({});
    CHECK(deals(seen) == QSet<qint64>{o.dealA});
    for (const AuditEvent &e : seen)
        CHECK(e.userLogin != o.login(QStringLiteral("repb"))); // nothing by the other team's rep
    AuditFilter theirs;
    theirs.entity = QStringLiteral("opportunity");
    theirs.entityId = o.dealB;
    CHECK(AuditReader(*repA).list(theirs).isEmpty());

    // The change: by rep A's login and person, amount old → new, whatever the client claimed.
    AuditFilter mine;
    mine.entity = QStringLiteral("opportunity");
    mine.entityId = o.dealA;
    mine.action = QStringLiteral("update");
    const QList<AuditEvent> updates = AuditReader(*repA).list(mine);
    REQUIRE(updates.size() == 1);
    CHECK(updates.first().userId == o.repA);
    CHECK(updates.first().userLogin == o.login(QStringLiteral("repa")));
    CHECK(AuditText(*repA).who(updates.first()) == QStringLiteral("李娜"));
    CHECK(AuditText(*repA).details(updates.first()).contains(QStringLiteral("Amount: ")));

    // By author through the reader: the admin reads both reps' changes; filtered by rep B, only B's.
    auto adm = o.as(QStringLiteral("adm"));
    CHECK(deals(AuditReader(*adm).list({})) == QSet<qint64>{o.dealA, o.dealB});
    AuditFilter byB;
    byB.userId = o.repB;
    CHECK(deals(AuditReader(*adm).list(byB)) == QSet<qint64>{o.dealB});

    // A hostile rep with raw SQL cannot rewrite or erase what the reader shows.
    for (const char *sql : {"UPDATE audit_trail SET new_values = NULL", "DELETE FROM audit_trail",
                            "DELETE FROM audit_log", "UPDATE audit_log SET user_id = NULL"}) {
        INFO(sql);
        CHECK_THROWS_AS(repA->exec(QString::fromLatin1(sql)), PermissionError);
    }
    CHECK(AuditReader(*repA).list(mine).size() == 1);
}

TEST_CASE("PostgreSQL audit: funneldesk-cli audit under a login, and its sign-in in that login's name",
          "[postgres][audit][cli]")
{
    TeamOffice o;
    o.edit(QStringLiteral("repb"), o.dealB, 777700);
    const auto json = [&](const QString &who, const QStringList &args) {
        const CliRun r = runCliWith(QStringList{QStringLiteral("--db"), o.url(who), QStringLiteral("audit"),
                                                QStringLiteral("--json")}
                                    + args);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    const QStringList dealB{QStringLiteral("--entity"), QStringLiteral("opportunity"), QStringLiteral("--id"),
                            QString::number(o.dealB)};
    CHECK(json(QStringLiteral("repa"), dealB).isEmpty());
    CHECK_FALSE(json(QStringLiteral("adm"), dealB).isEmpty());

    // The CLI's own runs are sign-ins (how: cli), bound by the server to the login.
    const QJsonArray signIns = json(QStringLiteral("adm"), {QStringLiteral("--action"), QStringLiteral("sign_in")});
    QSet<qint64> who;
    for (const QJsonValue &v : signIns) {
        who.insert(v.toObject().value(QStringLiteral("user_id")).toInteger());
        CHECK(v.toObject().value(QStringLiteral("changes")).toArray().first().toObject().value(QStringLiteral("field"))
              == QStringLiteral("cli"));
    }
    CHECK(who == QSet<qint64>{o.repA, o.admin});
    // Rep A reads their own sign-in, not the admin's.
    for (const QJsonValue &v :
         json(QStringLiteral("repa"), {QStringLiteral("--action"), QStringLiteral("sign_in")}))
        CHECK(v.toObject().value(QStringLiteral("user_id")).toInteger() == o.repA);
}
