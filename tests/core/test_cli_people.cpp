// funneldesk-cli user / team and --user, in-process on SQLite files: the first
// administrator without sign-in, everything after only as a signed-in administrator,
// passwords from standard input or FD_PASSWORD, exit codes (2 usage, 1 refused), JSON,
// and the acting user recorded by what the CLI changes.
#include "catchqt.h"

#include "builders.h"
#include "clirun.h"
#include "tempdatabase.h"

#include "auth/passwordhash.h"
#include "storage/repositories/auditrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

// FD_PASSWORD for one scope.
class ScopedPassword final
{
public:
    explicit ScopedPassword(const QByteArray &value) { qputenv("FD_PASSWORD", value); }
    ~ScopedPassword() { qunsetenv("FD_PASSWORD"); }
};

struct CliOffice
{
    TempDatabase t;

    CliRun run(const QStringList &args, const QStringList &input = {})
    {
        const CliRun r = runCliWith(QStringList{QStringLiteral("--db"), t.path()} + args, input);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " → " << r.code << "\n"
                                                       << r.out.toStdString() << "\n"
                                                       << r.err.toStdString());
        return r;
    }
    // `user add` of the first administrator (no sign-in on a new file).
    void bootstrap()
    {
        const CliRun r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                              QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("管理员"),
                              QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                             {QStringLiteral("admin-password")});
        REQUIRE(r.code == 0);
    }
    // As the administrator, the password from standard input (first line).
    CliRun asAdmin(const QStringList &args, const QStringList &moreInput = {})
    {
        return run(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + args,
                   QStringList{QStringLiteral("admin-password")} + moreInput);
    }
    QJsonArray json(const QStringList &args)
    {
        const CliRun r = run(args);
        REQUIRE(r.code == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.array();
    }
    QJsonObject userNamed(const QString &login)
    {
        for (const QJsonValue &v : json({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")})) {
            if (v.toObject().value(QStringLiteral("login")).toString() == login)
                return v.toObject();
        }
        FAIL("no user " << login.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("cli: the first administrator needs no sign-in and then only an administrator adds people", "[cli][people]")
{
    CliOffice o;
    // A rep first is refused on a new file.
    CliRun r = o.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("wang"),
                      QStringLiteral("--name"), QStringLiteral("王芳"), QStringLiteral("--role"), QStringLiteral("rep"),
                      QStringLiteral("--password-stdin")},
                     {QStringLiteral("rep-password")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no administrator yet")));
    CHECK(o.t.count(QStringLiteral("users")) == 0);

    o.bootstrap();
    const QString hash = o.t.scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = 'admin'")).toString();
    CHECK(password::verify(hash, QStringLiteral("admin-password")));

    // Now nobody signed in may add anyone, not even another administrator.
    r = o.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin2"),
               QStringLiteral("--name"), QStringLiteral("又一个"), QStringLiteral("--role"), QStringLiteral("admin"),
               QStringLiteral("--password-stdin")},
              {QStringLiteral("longenough")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Only an administrator")));
    CHECK(r.err.contains(QStringLiteral("--user LOGIN")));

    // Signed in as the administrator (password on the first line, the new one on the second).
    r = o.asAdmin({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("上海一组"),
                   QStringLiteral("--region"), QStringLiteral("华东区")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Added region 华东区")));
    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("zhao.lei"),
                   QStringLiteral("--name"), QStringLiteral("赵磊"), QStringLiteral("--role"),
                   QStringLiteral("manager"), QStringLiteral("--team"), QStringLiteral("上海一组"),
                   QStringLiteral("--password-stdin")},
                  {QStringLiteral("manager-password")});
    REQUIRE(r.code == 0);
    const QString managerHash =
        o.t.scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = 'zhao.lei'")).toString();
    CHECK(password::verify(managerHash, QStringLiteral("manager-password")));

    // FD_PASSWORD instead of standard input.
    {
        ScopedPassword env("admin-password");
        r = o.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("team"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("北京一组"), QStringLiteral("--region"),
                   QStringLiteral("华北区"), QStringLiteral("--manager"), QStringLiteral("zhao.lei")});
        REQUIRE(r.code == 0);
        r = o.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                   QStringLiteral("--login"), QStringLiteral("wang.fang"), QStringLiteral("--name"),
                   QStringLiteral("王芳"), QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--team"),
                   QStringLiteral("北京一组"), QStringLiteral("--password-stdin")},
                  {QStringLiteral("rep-password")});
        REQUIRE(r.code == 0);
    }

    // Every change records the administrator.
    const qint64 adminId = o.t.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'admin'")).toLongLong();
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('user', 'team', 'region') AND "
                                    "(user_id IS NULL OR user_id <> %1) AND entity_id <> %1")
                         .arg(adminId))
              .toInt()
          == 0);
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = %1 AND action NOT LIKE 'sign%'")
                         .arg(adminId))
              .toInt()
          == 6); // two regions, two teams, two people
    // And each --user run signed them in, through the command line.
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = %1 AND action = 'sign_in' AND "
                                    "field = 'cli'")
                         .arg(adminId))
              .toInt()
          > 0);

    const QJsonObject wang = o.userNamed(QStringLiteral("wang.fang"));
    CHECK(wang.value(QStringLiteral("display_name")).toString() == QStringLiteral("王芳"));
    CHECK(wang.value(QStringLiteral("role")).toString() == QStringLiteral("rep"));
    CHECK(wang.value(QStringLiteral("team")).toString() == QStringLiteral("北京一组"));
    CHECK(wang.value(QStringLiteral("active")).toBool());
    CHECK(wang.value(QStringLiteral("has_password")).toBool());
    CHECK(wang.value(QStringLiteral("email")).isNull());

    const QJsonArray teams = o.json({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(teams.size() == 2);
    QJsonObject byName;
    for (const QJsonValue &v : teams) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("北京一组"))
            byName = v.toObject();
    }
    CHECK(byName.value(QStringLiteral("region")).toString() == QStringLiteral("华北区"));
    CHECK(byName.value(QStringLiteral("manager_login")).toString() == QStringLiteral("zhao.lei"));
    CHECK(byName.value(QStringLiteral("manager")).toString() == QStringLiteral("赵磊"));
    CHECK(byName.value(QStringLiteral("members")).toInt() == 1);
}

TEST_CASE("cli: set-role and deactivate and set-password as the administrator but not as a rep", "[cli][people]")
{
    CliOffice o;
    o.bootstrap();
    REQUIRE(o.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                       QStringLiteral("li.na"), QStringLiteral("--name"), QStringLiteral("李娜"),
                       QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--password-stdin")},
                      {QStringLiteral("rep-password")})
                .code
            == 0);

    // The rep signs in fine, but may not promote herself.
    CliRun r = o.run({QStringLiteral("--user"), QStringLiteral("li.na"), QStringLiteral("user"),
                      QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("li.na"),
                      QStringLiteral("--role"), QStringLiteral("admin")},
                     {QStringLiteral("rep-password")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Only an administrator")));
    CHECK(o.userNamed(QStringLiteral("li.na")).value(QStringLiteral("role")).toString() == QStringLiteral("rep"));

    // A wrong password: exit 1, nothing done.
    r = o.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("set-role"),
               QStringLiteral("--login"), QStringLiteral("li.na"), QStringLiteral("--role"), QStringLiteral("manager")},
              {QStringLiteral("wrong-password")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Unknown login or wrong password")));
    CHECK(o.userNamed(QStringLiteral("li.na")).value(QStringLiteral("role")).toString() == QStringLiteral("rep"));

    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--login"),
                   QStringLiteral("li.na"), QStringLiteral("--role"), QStringLiteral("manager")});
    REQUIRE(r.code == 0);
    CHECK(o.userNamed(QStringLiteral("li.na")).value(QStringLiteral("role")).toString() == QStringLiteral("manager"));

    r = o.asAdmin({QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("--login"),
                   QStringLiteral("li.na"), QStringLiteral("--password-stdin")},
                  {QStringLiteral("a new password")});
    REQUIRE(r.code == 0);
    CHECK(o.run({QStringLiteral("--user"), QStringLiteral("li.na"), QStringLiteral("info")},
                {QStringLiteral("rep-password")})
              .code
          == 1);
    CHECK(o.run({QStringLiteral("--user"), QStringLiteral("li.na"), QStringLiteral("info")},
                {QStringLiteral("a new password")})
              .code
          == 0);

    // The last administrator cannot be deactivated; the manager can, and then cannot sign in.
    r = o.asAdmin(
        {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--login"), QStringLiteral("admin")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("last administrator")));
    r = o.asAdmin(
        {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--login"), QStringLiteral("li.na")});
    REQUIRE(r.code == 0);
    CHECK_FALSE(o.userNamed(QStringLiteral("li.na")).value(QStringLiteral("active")).toBool());
    r = o.run({QStringLiteral("--user"), QStringLiteral("li.na"), QStringLiteral("info")},
              {QStringLiteral("a new password")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("deactivated")));

    // Unknown login to change: a failure (1), not a usage error.
    r = o.asAdmin(
        {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--login"), QStringLiteral("nobody")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no user has the login \"nobody\"")));
}

TEST_CASE("cli: wrong usage of user and team exits 2 and changes nothing", "[cli][people]")
{
    CliOffice o;
    o.bootstrap();
    // Changes, that is: a run that got as far as opening the file did sign the administrator in.
    const QString changes = QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT LIKE 'sign%'");
    const qint64 before = o.t.scalar(changes).toLongLong();
    const QList<QStringList> wrong{
        {QStringLiteral("user")},
        {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("--login"), QStringLiteral("admin")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("x"),
         QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("boss"),
         QStringLiteral("--password-stdin")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("x"),
         QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--password-stdin")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("x"),
         QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("rep")},
        {QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("admin")},
        {QStringLiteral("user"), QStringLiteral("deactivate")},
        {QStringLiteral("team"), QStringLiteral("add")},
        {QStringLiteral("team")},
    };
    for (const QStringList &args : wrong) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = o.asAdmin(args, {QStringLiteral("longenough")});
        CHECK(r.code == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK(o.run({QStringLiteral("--user")}).code == 2);
    CHECK(o.run({QStringLiteral("--user"), QStringLiteral("admin")}).code == 2); // no command
    CHECK(o.t.scalar(changes).toLongLong() == before);
    CHECK(o.t.count(QStringLiteral("users")) == 1);

    // A located validation error is a failure (1): a short password.
    const CliRun shortPassword = o.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                                            QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"),
                                            QStringLiteral("--role"), QStringLiteral("rep"),
                                            QStringLiteral("--password-stdin")},
                                           {QStringLiteral("short")});
    CHECK(shortPassword.code == 1);
    CHECK(shortPassword.err.contains(QStringLiteral("user.password")));
    CHECK(o.t.count(QStringLiteral("users")) == 1);
}

TEST_CASE("cli: --user makes an import record who imported it", "[cli][people][import]")
{
    CliOffice o;
    o.bootstrap();
    Builders make(o.t.db());
    const Pipeline p = make.pipeline();
    make.customer(QStringLiteral("北京星河科技有限公司"));
    REQUIRE(o.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                       QStringLiteral("zhang.wei"), QStringLiteral("--name"), QStringLiteral("张伟"),
                       QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--password-stdin")},
                      {QStringLiteral("rep-password")})
                .code
            == 0);
    const QString path = o.t.dir() + QStringLiteral("/deals.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral("external_id,title,customer,owner,amount,stage\nC1,门禁改造,北京星河科技有限公司,zhang.wei,"
                       "1000,%1\n")
            .arg(p.stages.first().name)
            .toUtf8());
    file.close();
    const CliRun r = o.run({QStringLiteral("--user"), QStringLiteral("zhang.wei"), QStringLiteral("import"),
                            QStringLiteral("--kind"), QStringLiteral("opportunities"), QStringLiteral("--file"), path},
                           {QStringLiteral("rep-password")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const qint64 zhang = o.t.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'zhang.wei'")).toLongLong();
    CHECK(o.t.scalar(QStringLiteral("SELECT user_id FROM import_batches")).toLongLong() == zhang);
    CHECK(o.t.scalar(QStringLiteral("SELECT owner_id FROM opportunities WHERE external_id = 'C1'")).toLongLong()
          == zhang);
    CHECK(o.t.scalar(QStringLiteral("SELECT created_by FROM opportunities WHERE external_id = 'C1'")).toLongLong()
          == zhang);
}
