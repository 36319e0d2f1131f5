// Who is acting on a team database: the users row whose login is the connection's
// session_user (never a value the client sets), and `funneldesk-cli user` there — no
// password is stored, --user is refused. On the throwaway PostgreSQL cluster.
#include "catchqt.h"
#include "clirun.h"
#include "pgcluster.h"

#include "auth/peopleservice.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

// A cluster-wide login role of its own for each test (roles outlive the test databases).
QString newRoleName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("fd_person_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

TEST_CASE("PostgreSQL: the acting user is the users row of the session's login", "[postgres][people]")
{
    TempPgDatabase t;
    const QString login = newRoleName();
    User rep;
    rep.login = login;
    rep.displayName = QStringLiteral("王芳");
    PeopleService(t.db()).addUser(rep, QString()); // by the owner login, which is no FunnelDesk person
    CHECK(t.db().actingUserId() == 0);
    t.db().exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login));
    t.db().exec(QStringLiteral("GRANT SELECT ON users TO %1").arg(login));

    PostgresParams params = t.params();
    params.user = login;
    auto asRep = Database::openPostgres(params);
    CHECK(asRep->actingUserId() == rep.id);
    // SET ROLE changes current_user, never the login: the acting user stays.
    t.db().exec(QStringLiteral("GRANT %1 TO %2").arg(login, PgCluster::instance().superuser()));
    params.user = PgCluster::instance().superuser();
    auto owner = Database::openPostgres(params);
    CHECK(owner->actingUserId() == 0);
    owner->exec(QStringLiteral("SET ROLE %1").arg(login));
    CHECK(owner->reopen()->actingUserId() == 0);

    // A deactivated person's login acts as nobody.
    t.db().exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = %1").arg(rep.id));
    params.user = login;
    CHECK(Database::openPostgres(params)->actingUserId() == 0);
}

TEST_CASE("PostgreSQL: funneldesk-cli user add stores no password, --user is refused", "[postgres][people][cli]")
{
    TempPgDatabase t;
    const QString db = t.path();
    CliRun r = runCliWith({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("--login"), QStringLiteral("chen.jing"), QStringLiteral("--name"),
                           QStringLiteral("陈静"), QStringLiteral("--role"), QStringLiteral("finance")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("PostgreSQL login")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NULL")).toInt() == 1);

    r = runCliWith(
        {QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(users.size() == 1);
    CHECK(users.at(0).toObject().value(QStringLiteral("role")).toString() == QStringLiteral("finance"));
    CHECK_FALSE(users.at(0).toObject().value(QStringLiteral("has_password")).toBool());

    r = runCliWith(
        {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chen.jing"), QStringLiteral("info")},
        {QStringLiteral("whatever")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--user is for SQLite files")));
}
