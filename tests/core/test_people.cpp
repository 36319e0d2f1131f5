// People, teams and who is acting: passwords (Argon2id), the People service's
// rules (administrators only, the first administrator of a new file, the last one kept),
// sign-in and remembered desktops on SQLite, the session user on PostgreSQL, and the
// signed-in user recorded by every writer. Runs on SQLite files and again on the
// PostgreSQL test cluster (test_postgres_people), where no password is ever stored.
#include "catchqt.h"

#include "builders.h"
#include "contractfixture.h"
#include "pgcluster.h"
#include "repositorychecks.h"
#include "tempdatabase.h"

#include "auth/passwordhash.h"
#include "auth/peopleservice.h"
#include "auth/signin.h"
#include "demo/demogenerator.h"
#include "domain/errors.h"
#include "io/importer.h"
#include "storage/repositories/auditrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QFile>

using namespace fd;
using namespace fd::test;

namespace {

const QString kAdminPassword = QStringLiteral("正确的马 battery staple");

// The first administrator of a new database, made the way the first-run dialog and
// `user add --role admin` make it, and acting from then on (signed in on SQLite; on
// PostgreSQL the login would be theirs, so the test sets the acting user).
User firstAdministrator(TempDatabase &t, const QString &login = QStringLiteral("admin"))
{
    User admin;
    admin.login = login;
    admin.displayName = QStringLiteral("管理员");
    admin.role = UserRole::Admin;
    t.db().setActingUserId(0); // nobody is signed in on a new database
    PeopleService(t.db()).addUser(admin, kAdminPassword);
    if (t.onPostgres())
        t.db().setActingUserId(admin.id);
    else
        SignIn(t.db()).signIn(login, kAdminPassword);
    REQUIRE(t.db().actingUserId() == admin.id);
    return admin;
}

User person(const QString &login, const QString &name, UserRole role, qint64 teamId = 0)
{
    User u;
    u.login = login;
    u.displayName = name;
    u.role = role;
    u.teamId = teamId;
    return u;
}

QList<AuditEntry> trailOf(TempDatabase &t, const QString &entity, qint64 id)
{
    return AuditRepository(t.db()).forEntity(entity, id);
}

} // namespace

TEST_CASE("a password hash is salted Argon2id and verifies only its own password", "[people][password]")
{
    const QString a = password::hash(QStringLiteral("correct horse"));
    const QString b = password::hash(QStringLiteral("correct horse"));
    CHECK(a.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK(a != b); // a new salt each time
    CHECK(password::verify(a, QStringLiteral("correct horse")));
    CHECK(password::verify(b, QStringLiteral("correct horse")));
    CHECK_FALSE(password::verify(a, QStringLiteral("correct horsE")));
    CHECK_FALSE(password::verify(a, QString()));
    CHECK_FALSE(password::verify(QString(), QStringLiteral("correct horse")));
    CHECK_FALSE(password::verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("correct horse")));
    CHECK_FALSE(password::needsRehash(a));

    // Stored by an older, cheaper setting (t=1, m=8 KiB): still verifies, and asks for a re-hash.
    const QString old = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$7agpfJ37Nee3bGuMuHzL1A$"
                                       "DA8V9X6jjwgJyAp86xRA/nyX4cnQRnlqa4rYLtZ2tXE");
    CHECK(password::verify(old, QStringLiteral("旧密码 old-password")));
    CHECK_FALSE(password::verify(old, QStringLiteral("旧密码 old-passworD")));
    CHECK(password::needsRehash(old));
    CHECK(password::needsRehash(QStringLiteral("not a hash")));
}

TEST_CASE("a new database lets anyone create the first administrator and nothing else", "[people][bootstrap]")
{
    TempDatabase t;
    PeopleService people(t.db());
    SignIn signIn(t.db());
    if (!t.onPostgres())
        CHECK(signIn.need() == SignIn::Need::CreateAdministrator);
    else
        CHECK(signIn.need() == SignIn::Need::Nothing);

    if (!t.onPostgres()) {
        // Nobody signed in on a new file: a rep first, a team or a region are refused, nothing stored.
        User rep = person(QStringLiteral("wang.fang"), QStringLiteral("王芳"), UserRole::Rep);
        CHECK_THROWS_AS(people.addUser(rep, QStringLiteral("longenough")), PermissionError);
        Team team{0, QStringLiteral("上海一组"), 0};
        CHECK_THROWS_AS(people.addTeam(team), PermissionError);
        Region region{0, QStringLiteral("华东区")};
        CHECK_THROWS_AS(people.addRegion(region), PermissionError);
        CHECK(t.count(QStringLiteral("users")) == 0);
        CHECK(t.count(QStringLiteral("teams")) == 0);
        CHECK(t.count(QStringLiteral("regions")) == 0);
        CHECK(t.count(QStringLiteral("audit_log")) == 0);

        // A too-short password is a located error, nothing stored.
        User admin = person(QStringLiteral("admin"), QStringLiteral("管理员"), UserRole::Admin);
        const ValidationError e = refusedWithoutChange(t.db(), [&] { people.addUser(admin, QStringLiteral("short")); });
        CHECK(errorFor(e, QStringLiteral("password")).entity == QStringLiteral("user"));
        CHECK(errorFor(e, QStringLiteral("password")).value.isEmpty()); // never echoed
    }

    const User admin = firstAdministrator(t);
    QList<AuditEntry> trail = trailOf(t, QStringLiteral("user"), admin.id);
    trail.removeIf([](const AuditEntry &e) { return e.action.startsWith(QLatin1String("sign_")); }); // test_audit
    REQUIRE(trail.size() == 1);
    CHECK(trail.first().action == QStringLiteral("insert"));
    CHECK(trail.first().userId == 0); // nobody was signed in yet
    const QString stored = OrganizationRepository(t.db()).passwordHash(admin.id);
    if (t.onPostgres()) {
        CHECK(stored.isEmpty()); // the server's login carries the password
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")).toInt() == 0);
    } else {
        CHECK(password::verify(stored, kAdminPassword));
        CHECK(SignIn(t.db()).need() == SignIn::Need::SignIn);
        // With an administrator, nobody signed in may no longer add anyone.
        t.db().setActingUserId(0);
        User second = person(QStringLiteral("admin2"), QStringLiteral("第二管理员"), UserRole::Admin);
        CHECK_THROWS_AS(people.addUser(second, QStringLiteral("longenough")), PermissionError);
        CHECK(t.count(QStringLiteral("users")) == 1);
    }
}

TEST_CASE("an administrator adds and edits and deactivates people and teams with every change audited",
          "[people][repository]")
{
    TempDatabase t;
    const User admin = firstAdministrator(t);
    PeopleService people(t.db());
    OrganizationRepository org(t.db());

    Region east{0, QStringLiteral("华东区")};
    people.addRegion(east);
    User manager = person(QStringLiteral("zhao.lei"), QStringLiteral("赵磊"), UserRole::Manager);
    people.addUser(manager, QStringLiteral("manager-pass"));
    Team team{0, QStringLiteral("上海一组"), east.id, manager.id};
    people.addTeam(team);
    User rep = person(QStringLiteral("wang.fang"), QStringLiteral("王芳"), UserRole::Rep, team.id);
    rep.email = QStringLiteral("wang.fang@example.cn");
    people.addUser(rep, QStringLiteral("rep-password"));

    t.reopen();
    OrganizationRepository again(t.db());
    const Team readTeam = again.team(team.id);
    CHECK(readTeam.managerId == manager.id);
    CHECK(readTeam.regionId == east.id);
    CHECK(again.teamByName(QStringLiteral(" 上海一组 "))->id == team.id);
    CHECK(again.regionByName(QStringLiteral("华东区"))->id == east.id);
    CHECK_FALSE(again.teamByName(QStringLiteral("不存在")));
    const User readRep = again.user(rep.id);
    CHECK(readRep.teamId == team.id);
    CHECK(readRep.hasPassword == !t.onPostgres());
    for (const auto &[entity, id] : {std::pair{QStringLiteral("region"), east.id},
                                     {QStringLiteral("team"), team.id},
                                     {QStringLiteral("user"), rep.id},
                                     {QStringLiteral("user"), manager.id}}) {
        INFO(entity.toStdString() << ' ' << id);
        const QList<AuditEntry> trail = trailOf(t, entity, id);
        REQUIRE(trail.size() == 1);
        CHECK(trail.first().action == QStringLiteral("insert"));
        CHECK(trail.first().userId == admin.id);
    }

    // Edits: a new manager for the team, a promotion, a deactivation; each audited by the admin.
    PeopleService later(t.db());
    t.clock().advanceSeconds(600);
    Team moved = again.team(team.id);
    moved.managerId = rep.id;
    later.editTeam(moved);
    later.setRole(rep.id, UserRole::Manager);
    later.deactivate(manager.id);
    CHECK(again.team(team.id).managerId == rep.id);
    CHECK(again.user(rep.id).role == UserRole::Manager);
    CHECK_FALSE(again.user(manager.id).active);
    CHECK(again.users().size() == 2);     // admin and the promoted rep
    CHECK(again.users(true).size() == 3); // never deleted
    const QList<AuditEntry> teamTrail = trailOf(t, QStringLiteral("team"), team.id);
    REQUIRE(teamTrail.size() == 2);
    CHECK(teamTrail.last().field == QStringLiteral("manager_id"));
    CHECK(teamTrail.last().oldValue == QString::number(manager.id));
    CHECK(teamTrail.last().newValue == QString::number(rep.id));
    CHECK(teamTrail.last().userId == admin.id);
    const QList<AuditEntry> roleTrail = trailOf(t, QStringLiteral("user"), rep.id);
    REQUIRE(roleTrail.size() == 2);
    CHECK(roleTrail.last().field == QStringLiteral("role"));
    CHECK(roleTrail.last().newValue == QStringLiteral("manager"));
    CHECK(roleTrail.last().userId == admin.id);
    const QList<AuditEntry> goneTrail = trailOf(t, QStringLiteral("user"), manager.id);
    REQUIRE(goneTrail.size() == 2);
    CHECK(goneTrail.last().field == QStringLiteral("active"));
    CHECK(goneTrail.last().newValue == QStringLiteral("0"));

    // A deactivated person cannot lead a team; a missing one neither: located, nothing stored.
    Team bad{0, QStringLiteral("北京一组"), 0, manager.id};
    const ValidationError e = refusedWithoutChange(t.db(), [&] { later.addTeam(bad); });
    CHECK(errorFor(e, QStringLiteral("manager")).reason == QStringLiteral("is deactivated"));
    bad.managerId = 9999;
    const ValidationError missing = refusedWithoutChange(t.db(), [&] { later.addTeam(bad); });
    CHECK(errorFor(missing, QStringLiteral("manager")).reason == QStringLiteral("does not exist"));
    User dup = person(QStringLiteral("wang.fang"), QString(), UserRole::Rep);
    const ValidationError dupError = refusedWithoutChange(t.db(), [&] { later.addUser(dup, QStringLiteral("x")); });
    CHECK(errorFor(dupError, QStringLiteral("login")).reason.contains(QStringLiteral("already used")));
    CHECK(errorFor(dupError, QStringLiteral("display_name")).reason == QStringLiteral("is required"));
    if (!t.onPostgres())
        CHECK(errorFor(dupError, QStringLiteral("password")).reason.contains(QStringLiteral("at least 8")));
}

TEST_CASE("only an administrator changes people and the last administrator stays", "[people][access]")
{
    TempDatabase t;
    const User admin = firstAdministrator(t);
    PeopleService people(t.db());
    User rep = person(QStringLiteral("li.na"), QStringLiteral("李娜"), UserRole::Rep);
    people.addUser(rep, QStringLiteral("rep-password"));
    User finance = person(QStringLiteral("chen.jing"), QStringLiteral("陈静"), UserRole::Finance);
    people.addUser(finance, QStringLiteral("finance-pass"));

    // As the rep: every change to people is refused with a reason, nothing stored.
    t.db().setActingUserId(rep.id);
    CHECK_FALSE(people.mayManage());
    CHECK(people.whyNot().contains(QStringLiteral("Only an administrator")));
    const QStringList before = databaseDump(t.db());
    User other = person(QStringLiteral("new.rep"), QStringLiteral("新人"), UserRole::Rep);
    CHECK_THROWS_AS(people.addUser(other, QStringLiteral("longenough")), PermissionError);
    CHECK_THROWS_AS(people.setRole(rep.id, UserRole::Admin), PermissionError);
    CHECK_THROWS_AS(people.deactivate(admin.id), PermissionError);
    Team team{0, QStringLiteral("上海一组"), 0};
    CHECK_THROWS_AS(people.addTeam(team), PermissionError);
    if (!t.onPostgres()) {
        CHECK_THROWS_AS(people.setPassword(admin.id, QStringLiteral("takeover!")), PermissionError);
        people.setPassword(rep.id, QStringLiteral("my own new one")); // one's own password: allowed
        CHECK(password::verify(OrganizationRepository(t.db()).passwordHash(rep.id), QStringLiteral("my own new one")));
        const QList<AuditEntry> trail = trailOf(t, QStringLiteral("user"), rep.id);
        CHECK(trail.last().field == QStringLiteral("password"));
        CHECK(trail.last().oldValue.isEmpty());
        CHECK(trail.last().newValue.isEmpty()); // the trail never holds a hash
        CHECK(trail.last().userId == rep.id);
    } else {
        CHECK_THROWS_AS(people.setPassword(rep.id, QStringLiteral("my own new one")), Error);
        CHECK(databaseDump(t.db()) == before);
    }

    // As the administrator: demoting or deactivating the only administrator is refused.
    t.db().setActingUserId(admin.id);
    CHECK(people.mayManage());
    const ValidationError demote = refusedWithoutChange(t.db(), [&] { people.setRole(admin.id, UserRole::Manager); });
    CHECK(errorFor(demote, QStringLiteral("role")).reason.contains(QStringLiteral("last administrator")));
    const ValidationError leave = refusedWithoutChange(t.db(), [&] { people.deactivate(admin.id); });
    CHECK(errorFor(leave, QStringLiteral("active")).reason.contains(QStringLiteral("last administrator")));
    // With a second administrator the first may step down.
    people.setRole(finance.id, UserRole::Admin);
    people.setRole(admin.id, UserRole::Manager);
    CHECK(OrganizationRepository(t.db()).user(admin.id).role == UserRole::Manager);
}

TEST_CASE("signing in checks the password and tells a guesser little and re-hashes old hashes", "[people][signin]")
{
    TempDatabase t;
    if (t.onPostgres()) {
        CHECK_THROWS_AS(SignIn(t.db()).signIn(QStringLiteral("admin"), kAdminPassword), SignInError);
        return;
    }
    const User admin = firstAdministrator(t);
    PeopleService people(t.db());
    User rep = person(QStringLiteral("wang.fang"), QStringLiteral("王芳"), UserRole::Rep);
    people.addUser(rep, QStringLiteral("rep-password"));
    User noPassword = person(QStringLiteral("imported"), QStringLiteral("导入的人"), UserRole::Rep);
    OrganizationRepository(t.db()).createUser(noPassword); // as an import makes them: no password
    SignIn signIn(t.db());
    signIn.signOut();
    CHECK(t.db().actingUserId() == 0);

    QString unknown, wrong;
    try {
        signIn.signIn(QStringLiteral("nobody"), QStringLiteral("rep-password"));
    } catch (const SignInError &e) {
        unknown = e.message();
    }
    try {
        signIn.signIn(QStringLiteral("wang.fang"), QStringLiteral("rep-passworD"));
    } catch (const SignInError &e) {
        wrong = e.message();
    }
    CHECK_FALSE(unknown.isEmpty());
    CHECK(unknown == wrong); // which logins exist is not told
    CHECK(t.db().actingUserId() == 0);
    CHECK_THROWS_AS(signIn.signIn(QStringLiteral("imported"), QString()), SignInError);

    const User in = signIn.signIn(QStringLiteral(" wang.fang "), QStringLiteral("rep-password"));
    CHECK(in.id == rep.id);
    CHECK(t.db().actingUserId() == rep.id);
    CHECK(signIn.current()->login == QStringLiteral("wang.fang"));

    // Deactivated: refused, and told so only with the right password.
    t.db().setActingUserId(admin.id);
    people.deactivate(rep.id);
    try {
        signIn.signIn(QStringLiteral("wang.fang"), QStringLiteral("rep-password"));
        FAIL("a deactivated user signed in");
    } catch (const SignInError &e) {
        CHECK(e.message().contains(QStringLiteral("deactivated")));
    }
    CHECK_THROWS_WITH(signIn.signIn(QStringLiteral("wang.fang"), QStringLiteral("nope-nope")), unknown.toStdString());

    // A hash from an older setting is replaced at the next sign-in, without an audit row.
    t.db().exec(QStringLiteral("UPDATE users SET password_hash = '$argon2id$v=19$m=8,t=1,p=1$7agpfJ37Nee3bGuMuHzL1A$"
                               "DA8V9X6jjwgJyAp86xRA/nyX4cnQRnlqa4rYLtZ2tXE' WHERE login = 'admin'"));
    const QString changes = QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT LIKE 'sign%'");
    const qint64 auditRows = t.scalar(changes).toLongLong();
    signIn.signIn(QStringLiteral("admin"), QStringLiteral("旧密码 old-password"));
    const QString rehashed = OrganizationRepository(t.db()).passwordHash(admin.id);
    CHECK(rehashed.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK_FALSE(password::needsRehash(rehashed));
    CHECK(password::verify(rehashed, QStringLiteral("旧密码 old-password")));
    CHECK(t.scalar(changes).toLongLong() == auditRows); // the sign-in itself is audited (test_audit)
}

TEST_CASE("a remembered desktop signs in until it expires or is forgotten or the person changes", "[people][signin]")
{
    TempDatabase t;
    if (t.onPostgres()) {
        CHECK_FALSE(SignIn(t.db()).signInRemembered(QStringLiteral("admin"), QStringLiteral("x")));
        return;
    }
    const User admin = firstAdministrator(t);
    PeopleService people(t.db());
    User rep = person(QStringLiteral("wang.fang"), QStringLiteral("王芳"), UserRole::Rep);
    people.addUser(rep, QStringLiteral("rep-password"));
    SignIn signIn(t.db());
    signIn.signIn(QStringLiteral("wang.fang"), QStringLiteral("rep-password"));
    const QString token = signIn.remember(QStringLiteral("desk-07 / wang"), 30);
    CHECK(token.size() >= 40);
    // Only a hash of the token is in the file.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sign_in_tokens WHERE token_hash = '%1'").arg(token)).toInt()
          == 0);
    CHECK(t.count(QStringLiteral("sign_in_tokens")) == 1);

    signIn.signOut();
    CHECK_FALSE(signIn.signInRemembered(QStringLiteral("admin"), token)); // someone else's token
    CHECK(t.count(QStringLiteral("sign_in_tokens")) == 0);                // …is forgotten at once
    CHECK(t.db().actingUserId() == 0);

    signIn.signIn(QStringLiteral("wang.fang"), QStringLiteral("rep-password"));
    const QString second = signIn.remember(QStringLiteral("desk-07 / wang"), 30);
    signIn.signOut();
    t.clock().advanceSeconds(29 * 86400);
    REQUIRE(signIn.signInRemembered(QStringLiteral("wang.fang"), second));
    CHECK(t.db().actingUserId() == rep.id);
    signIn.signOut();
    t.clock().advanceSeconds(2 * 86400); // past 30 days
    CHECK_FALSE(signIn.signInRemembered(QStringLiteral("wang.fang"), second));
    CHECK(t.count(QStringLiteral("sign_in_tokens")) == 0);

    // A new password or a deactivation forgets every remembered desktop of the person.
    signIn.signIn(QStringLiteral("wang.fang"), QStringLiteral("rep-password"));
    const QString third = signIn.remember(QStringLiteral("laptop"), 30);
    t.db().setActingUserId(admin.id);
    people.setPassword(rep.id, QStringLiteral("a brand new one"));
    CHECK_FALSE(signIn.signInRemembered(QStringLiteral("wang.fang"), third));
    signIn.signIn(QStringLiteral("wang.fang"), QStringLiteral("a brand new one"));
    const QString fourth = signIn.remember(QStringLiteral("laptop"), 30);
    t.db().setActingUserId(admin.id);
    people.deactivate(rep.id);
    CHECK(t.count(QStringLiteral("sign_in_tokens")) == 0);
    CHECK_FALSE(signIn.signInRemembered(QStringLiteral("wang.fang"), fourth));
    signIn.forget(QStringLiteral("never issued")); // harmless
    CHECK_THROWS_AS((SignIn(t.db()).signOut(), SignIn(t.db()).remember(QStringLiteral("x"))), PermissionError);
}

TEST_CASE("the signed-in user is recorded by every writer", "[people][acting]")
{
    ContractOffice f; // acting as its finance user until we sign in
    TempDatabase &t = f.tdb;
    Builders &make = f.make;
    const Pipeline pipeline = make.pipeline();
    const User admin = firstAdministrator(t, QStringLiteral("boss"));
    // An administrator: every writer below is theirs to use (finance may not add deals).
    User clerk = person(QStringLiteral("zhou.min"), QStringLiteral("周敏"), UserRole::Admin);
    PeopleService(t.db()).addUser(clerk, QStringLiteral("clerk-password"));
    if (t.onPostgres())
        t.db().setActingUserId(clerk.id); // the login is the identity there (test_postgres_people resolves it)
    else
        SignIn(t.db()).signIn(QStringLiteral("zhou.min"), QStringLiteral("clerk-password"));
    REQUIRE(t.db().actingUserId() == clerk.id);
    CHECK(admin.id != clerk.id);

    // Audit rows.
    Customer c;
    c.name = QStringLiteral("南方电网配件公司");
    CustomerRepository(t.db()).create(c);
    REQUIRE_FALSE(trailOf(t, QStringLiteral("customer"), c.id).isEmpty());
    CHECK(trailOf(t, QStringLiteral("customer"), c.id).first().userId == clerk.id);

    // Stage history.
    OpportunityRepository deals(t.db());
    Opportunity deal = make.opportunity(pipeline, c.id, clerk.id, 500000);
    deals.moveToStage(deal.id, pipeline.stages.at(1).id);
    const auto history = deals.history(deal.id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).changedBy == clerk.id);
    CHECK(history.at(1).changedBy == clerk.id);

    // Contract changes, receipts, write-offs.
    Contract contract = f.contract(c.id, 1000000);
    contract.title = QStringLiteral("改过的标题");
    f.repo().update(contract, QStringLiteral("客户要求"));
    const auto changes = f.repo().changes(contract.id);
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().changedBy == clerk.id);
    f.receipt(contract.id, 300000, f.today());
    f.writeOff(contract.id, 1000, QStringLiteral("尾差"));
    CHECK(t.scalar(QStringLiteral("SELECT created_by FROM receipts")).toLongLong() == clerk.id);
    CHECK(t.scalar(QStringLiteral("SELECT created_by FROM receivable_adjustments")).toLongLong() == clerk.id);

    // Imports: the batch and the stage history of imported deals.
    const QString path = t.dir() + QStringLiteral("/deals.csv");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("外部编号,商机名称,客户,负责人,金额,阶段\nX1,导入的商机,南方电网配件公司,zhou.min,100,%1\n")
                .arg(pipeline.stages.at(0).name)
                .toUtf8());
    }
    ImportOptions options;
    options.kind = DataKind::Opportunities;
    const ImportResult r = Importer(t.db()).run(path, options);
    REQUIRE(r.committed);
    CHECK(t.scalar(QStringLiteral("SELECT user_id FROM import_batches")).toLongLong() == clerk.id);
    // The owner column matched the login, and the history row records who imported it.
    CHECK(t.scalar(QStringLiteral("SELECT owner_id FROM opportunities WHERE external_id = 'X1'")).toLongLong()
          == clerk.id);
    CHECK(t.scalar(QStringLiteral("SELECT h.changed_by FROM opportunity_stage_history h JOIN opportunities o ON "
                                  "o.id = h.opportunity_id WHERE o.external_id = 'X1'"))
              .toLongLong()
          == clerk.id);
}

TEST_CASE("the demo office signs in with the published demo password and its teams have managers", "[people][demo]")
{
    TempDatabase t;
    DemoOptions options;
    options.opportunities = 40;
    options.today = QDate(2026, 11, 23);
    DemoGenerator(t.db(), options).generate();
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM teams WHERE manager_id IS NULL")).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM teams t JOIN users u ON u.id = t.manager_id "
                                  "WHERE u.role = 'manager' AND u.team_id = t.id"))
              .toInt()
          == t.count(QStringLiteral("teams")));
    if (t.onPostgres()) {
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")).toInt() == 0);
        return;
    }
    CHECK(SignIn(t.db()).need() == SignIn::Need::SignIn);
    const User admin = SignIn(t.db()).signIn(QStringLiteral("admin"), QString::fromLatin1(kDemoPassword));
    CHECK(admin.role == UserRole::Admin);
    const QString someRep =
        t.scalar(QStringLiteral("SELECT login FROM users WHERE role = 'rep' ORDER BY id")).toString();
    CHECK(SignIn(t.db()).signIn(someRep, QString::fromLatin1(kDemoPassword)).role == UserRole::Rep);
}
