// Team mode's people on the PostgreSQL server, beyond making logins: a manager's round-robin
// assignment without a write grant on the settings (migration 0016), passwords changed by
// their owner or set by an admin and nobody else (0014), a person added without a password,
// and the migrations after 0014 run by a member of the owner role who is no superuser.
#include "catchqt.h"
#include "clirun.h"
#include "securityoffice.h"

#include "auth/peopleservice.h"
#include "leads/poolservice.h"
#include "storage/migrator.h"

#include <QCoreApplication>

using namespace fd;
using namespace fd::test;

namespace {

// From now on the login must give its password to sign in (the test cluster trusts the rest).
void requirePassword(Database &installer, const QString &login)
{
    installer.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                  "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                       .arg(PgCluster::passwordGroup()));
    installer.exec(QStringLiteral("GRANT %1 TO %2").arg(PgCluster::passwordGroup(), pgaccess::quotedIdentifier(login)));
}

// Whether `login` signs in with `password`.
bool signsIn(const TempPgDatabase &t, const QString &login, const QString &password)
{
    PostgresParams p = t.params();
    p.user = login;
    p.password = password;
    try {
        Database::openPostgres(p);
        return true;
    } catch (const StorageError &) {
        return false;
    }
}

} // namespace

TEST_CASE("PostgreSQL security: a manager assigns pool leads round robin within their team, with no settings grant",
          "[postgres][security][pool]")
{
    Office o;
    auto mgr = o.as(QStringLiteral("mgra"));
    const QList<qint64> leads{o.lead(QStringLiteral("池一"), 0), o.lead(QStringLiteral("池二"), 0),
                              o.lead(QStringLiteral("池三"), 0)};
    const auto done = PoolService(*mgr).assignRoundRobin(leads, o.teamA);
    REQUIRE(done.size() == 3);
    CHECK(done[0].second == o.repA1); // team A's reps in id order, one each
    CHECK(done[1].second == o.repA2);
    CHECK(done[2].second == o.repA1);
    const QString cursor = QStringLiteral("SELECT value FROM settings WHERE key = 'pool.round_robin.team_%1'");
    CHECK(o.t.scalar(cursor.arg(o.teamA)).toLongLong() == o.repA1);
    // The next batch goes on from there.
    CHECK(PoolService(*mgr).assignRoundRobin({o.lead(QStringLiteral("池四"), 0)}, o.teamA).first().second == o.repA2);
    CHECK(o.t.scalar(cursor.arg(o.teamA)).toLongLong() == o.repA2);

    // The settings stay the admin's; the cursor of another team is not the manager's to move.
    CHECK(refused(*mgr, QStringLiteral("UPDATE settings SET value = '0' WHERE key LIKE 'pool.%'")));
    CHECK(refused(*mgr, QStringLiteral("SELECT fd_set_round_robin_cursor(%1, %2)").arg(o.teamB).arg(o.repB1)));
    CHECK(refused(*o.as(QStringLiteral("repa1")),
                  QStringLiteral("SELECT fd_set_round_robin_cursor(%1, %2)").arg(o.teamA).arg(o.repA1)));
    CHECK_THROWS_AS(PoolService(*mgr).assignRoundRobin({o.lead(QStringLiteral("池五"), 0)}, o.teamB), PermissionError);
    CHECK(o.t.scalar(cursor.arg(o.teamB)).isNull());
    // The admin's round robin for any team.
    PoolService(*o.as(QStringLiteral("adm"))).assignRoundRobin({o.lead(QStringLiteral("池六"), 0)}, o.teamB);
    CHECK(o.t.scalar(cursor.arg(o.teamB)).toLongLong() == o.repB1);
}

TEST_CASE("PostgreSQL security: a signed-in person changes their own password, an admin anyone's, nobody else",
          "[postgres][security][logins]")
{
    Office o;
    const QString rep = o.login(QStringLiteral("repa1"));
    requirePassword(o.t.db(), rep);
    REQUIRE(signsIn(o.t, rep, QStringLiteral("pw-repa1")));
    PostgresParams p = o.t.params();
    p.user = rep;
    p.password = QStringLiteral("pw-repa1");
    auto self = Database::openPostgres(p);

    // Their own, through the path the People page and `user set-password` take.
    PeopleService(*self).setPassword(o.repA1, QStringLiteral("新的密码-2026"));
    CHECK_FALSE(signsIn(o.t, rep, QStringLiteral("pw-repa1")));
    CHECK(signsIn(o.t, rep, QStringLiteral("新的密码-2026")));
    const QString stored =
        o.t.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(rep)).toString();
    CHECK(stored.startsWith(QStringLiteral("SCRAM-SHA-256$")));
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")).toInt() == 0);
    // Too short: refused before anything reaches the server.
    CHECK_THROWS_AS(PeopleService(*self).setPassword(o.repA1, QStringLiteral("短")), ValidationError);

    // Not a colleague's: neither through FunnelDesk nor by hand.
    const QString colleague = o.login(QStringLiteral("repa2"));
    CHECK_THROWS_AS(PeopleService(*self).setPassword(o.repA2, QStringLiteral("别人的密码-2026")), PermissionError);
    CHECK(refused(*self, QStringLiteral("ALTER ROLE %1 PASSWORD 'x'").arg(pgaccess::quotedIdentifier(colleague))));
    CHECK(refused(*self, QStringLiteral("SELECT fd_set_login_password('%1', '%2')")
                             .arg(colleague, pgaccess::scramVerifier(QStringLiteral("x")))));
    // Nor a manager for their team's rep.
    CHECK_THROWS_AS(
        PeopleService(*o.as(QStringLiteral("mgra"))).setPassword(o.repA1, QStringLiteral("经理设的密码-2026")),
        PermissionError);
    // An admin sets anyone's.
    PeopleService(*o.as(QStringLiteral("adm"))).setPassword(o.repA1, QStringLiteral("管理员设的密码-2026"));
    CHECK(signsIn(o.t, rep, QStringLiteral("管理员设的密码-2026")));
    CHECK_FALSE(signsIn(o.t, rep, QStringLiteral("新的密码-2026")));
}

TEST_CASE("PostgreSQL security: a person added without a password has no login until an admin sets one",
          "[postgres][security][logins][cli]")
{
    Office o;
    PostgresParams asAdmin = o.t.params();
    asAdmin.user = o.login(QStringLiteral("adm"));
    const QString adminUrl = asAdmin.description();
    const QString login = o.login(QStringLiteral("newrep"));
    CliRun r = runCliWith({QStringLiteral("--db"), adminUrl, QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("--login"), login, QStringLiteral("--name"), QStringLiteral("新人"),
                           QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--team"),
                           QStringLiteral("一组")});
    INFO((r.out + r.err).toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("has no PostgreSQL login yet and cannot sign in")));
    CHECK(r.out.contains(QStringLiteral("user set-password --login ") + login));
    CHECK_FALSE(pgaccess::roleExists(o.t.db(), login));
    CHECK_FALSE(signsIn(o.t, login, QString()));

    // The admin sets a password: the login is made then, in the person's group.
    r = runCliWith({QStringLiteral("--db"), adminUrl, QStringLiteral("user"), QStringLiteral("set-password"),
                    QStringLiteral("--login"), login, QStringLiteral("--password-stdin")},
                   {QStringLiteral("新人的密码-2026")});
    INFO((r.out + r.err).toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("FunnelDesk stores no password")));
    CHECK(pgaccess::groupOf(o.t.db(), login) == QStringLiteral("rep"));

    // The person changes it from their own login with the same command.
    PostgresParams asNew = o.t.params();
    asNew.user = login;
    r = runCliWith({QStringLiteral("--db"), asNew.description(), QStringLiteral("user"), QStringLiteral("set-password"),
                    QStringLiteral("--login"), login, QStringLiteral("--password-stdin")},
                   {QStringLiteral("我自己的密码-2026")});
    INFO((r.out + r.err).toStdString());
    REQUIRE(r.code == 0);
    requirePassword(o.t.db(), login);
    CHECK_FALSE(signsIn(o.t, login, QStringLiteral("新人的密码-2026")));
    CHECK(signsIn(o.t, login, QStringLiteral("我自己的密码-2026")));
    // But not an admin's from their login.
    r = runCliWith({QStringLiteral("--db"), asNew.description(), QStringLiteral("user"), QStringLiteral("set-password"),
                    QStringLiteral("--login"), asAdmin.user, QStringLiteral("--password-stdin")},
                   {QStringLiteral("夺权的密码-2026")});
    CHECK(r.code != 0);
}

TEST_CASE("PostgreSQL: the migrations after 0014 run as a member of the owner role who is no superuser",
          "[postgres][security][migrations]")
{
    static int s_installers = 0;
    const QString installer =
        QStringLiteral("fd_installer_%1_%2").arg(QCoreApplication::applicationPid()).arg(++s_installers);
    TempPgDatabase t(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC), /*migrate=*/false);
    Migrator(t.db()).migrateTo(13);
    const QString owner = pgaccess::recordedRoleName(t.db(), QStringLiteral("owner"));
    t.db().exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
                    .arg(pgaccess::quotedIdentifier(installer), pgaccess::quotedIdentifier(owner)));
    PostgresParams p = t.params();
    p.user = installer;
    {
        // 0014 needs a superuser: refused, named, nothing of it applied.
        auto db = Database::openPostgres(p);
        try {
            Migrator(*db).migrate();
            FAIL("migration 0014 ran without a superuser");
        } catch (const PermissionError &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(QStringLiteral("Migration 0014")));
            CHECK(e.message().contains(QStringLiteral("superuser")));
        }
        CHECK(Migrator(*db).currentVersion() == 13);
    }
    Migrator(t.db()).migrateTo(14);
    {
        // From 0015 on the installer migrates, and what it makes belongs to the owner role.
        auto db = Database::openPostgres(p);
        Migrator(*db).migrate();
        CHECK(Migrator(*db).currentVersion() == Migrator::latestVersion());
    }
    CHECK(t.scalar(QStringLiteral("SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = "
                                  "'fd_contract_approval_step'"))
              .toString()
          == owner);
    CHECK(
        t.scalar(QStringLiteral("SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'fd_visible_lead_ids'"))
            .toString()
        == owner);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pg_get_userbyid(proowner) = '%1'").arg(installer))
              .toInt()
          == 0);
    t.db().exec(QStringLiteral("DROP ROLE %1").arg(pgaccess::quotedIdentifier(installer)));
}
