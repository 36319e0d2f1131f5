// funneldesk-cli on a team database (--db postgresql://...) on the throwaway cluster, and the
// same office giving the same figures on SQLite and on PostgreSQL.
#include "catchqt.h"
#include "clirun.h"
#include "pgcluster.h"
#include "tempdatabase.h"

#include "demo/demogenerator.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

QJsonObject cliJson(const QString &db, const QStringList &args, QString *err = nullptr)
{
    const CliRun r = runCliWith(QStringList{QStringLiteral("--db"), db} + args);
    if (err)
        *err = r.err;
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

// Sets an environment variable for one scope (PGPASSWORD for the CLI's libpq).
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

TEST_CASE("funneldesk-cli works on a team database: info, demo, funnel", "[postgres][cli]")
{
    TempPgDatabase t(TempDatabase::defaultNow(), /*migrate=*/false); // the CLI migrates it
    const QString url = t.path();
    REQUIRE(url.startsWith(QStringLiteral("postgresql://fdtest@127.0.0.1:")));

    const QJsonObject info = cliJson(url, {QStringLiteral("info"), QStringLiteral("--json")});
    CHECK(info.value(QStringLiteral("database")).toString() == url);
    CHECK(info.value(QStringLiteral("schema_version")).toInt() == Migrator::latestVersion());
    CHECK(info.value(QStringLiteral("tables")).toObject().value(QStringLiteral("opportunities")).toInt() == 0);

    const CliRun demo = runCliWith({QStringLiteral("--db"), url, QStringLiteral("demo"), QStringLiteral("--seed"),
                                    QStringLiteral("7"), QStringLiteral("--opportunities"), QStringLiteral("80")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    const QJsonObject filled = cliJson(url, {QStringLiteral("info"), QStringLiteral("--json")});
    const QJsonObject counts = filled.value(QStringLiteral("tables")).toObject();
    CHECK(counts.value(QStringLiteral("opportunities")).toInt() == 80);
    CHECK(counts.value(QStringLiteral("opportunity_stage_history")).toInt() > 80);
    CHECK(counts.value(QStringLiteral("customers")).toInt() > 0);
    // What the CLI wrote is on the server, read by another connection.
    CHECK(t.count(QStringLiteral("opportunities")) == 80);

    const QJsonObject funnel = cliJson(url, {QStringLiteral("funnel"), QStringLiteral("--json")});
    const QJsonArray stages = funnel.value(QStringLiteral("stages")).toArray();
    REQUIRE(!stages.isEmpty());
    CHECK(stages.first().toObject().value(QStringLiteral("entered")).toInt() > 0);
    CHECK(funnel.value(QStringLiteral("totals")).toObject().value(QStringLiteral("won_amount_cents")).toInteger() > 0);

    // A second demo into the same database is refused and changes nothing.
    const CliRun again = runCliWith(
        {QStringLiteral("--db"), url, QStringLiteral("demo"), QStringLiteral("--opportunities"), QStringLiteral("5")});
    CHECK(again.code != 0);
    CHECK(t.count(QStringLiteral("opportunities")) == 80);
}

TEST_CASE("the same office gives the same funnel and forecast on SQLite and PostgreSQL", "[postgres][analytics]")
{
    REQUIRE(testBackend() == TestBackend::Sqlite);
    TempDatabase file;
    TempPgDatabase server;
    DemoOptions options;
    options.seed = 42;
    options.opportunities = 150;
    const DemoReport a = DemoGenerator(file.db(), options).generate();
    const DemoReport b = DemoGenerator(server.db(), options).generate();
    CHECK(a.opportunities == b.opportunities);
    CHECK(a.historyRows == b.historyRows);
    CHECK(a.wonCents == b.wonCents);

    const QString asOf = TempDatabase::defaultNow().date().toString(Qt::ISODate);
    const QList<QStringList> commands{
        {QStringLiteral("funnel"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")},
        {QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
         QStringLiteral("2026-06-30"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")},
        {QStringLiteral("forecast"), QStringLiteral("--period"), QStringLiteral("2026-Q4"), QStringLiteral("--as-of"),
         asOf, QStringLiteral("--json")},
        {QStringLiteral("forecast"), QStringLiteral("--period"), QStringLiteral("2026-12"), QStringLiteral("--method"),
         QStringLiteral("historical"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")},
        {QStringLiteral("reps"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")}};
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        QJsonObject onFile = cliJson(file.path(), command);
        QJsonObject onServer = cliJson(server.path(), command);
        onFile.remove(QStringLiteral("database"));
        onServer.remove(QStringLiteral("database"));
        CHECK(!onFile.isEmpty());
        CHECK(QString::fromUtf8(QJsonDocument(onServer).toJson()) == QString::fromUtf8(QJsonDocument(onFile).toJson()));
    }
}

TEST_CASE("the team database password comes from PGPASSWORD, never from the address", "[postgres][cli]")
{
    TempPgDatabase t;
    t.db().exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                               "CREATE ROLE %1 LOGIN SUPERUSER PASSWORD 'right horse'; END IF; END $$")
                    .arg(PgCluster::passwordUser()));
    PostgresParams p = t.params();
    p.user = PgCluster::passwordUser();
    const QString url = p.description();
    {
        ScopedEnv password("PGPASSWORD", "wrong horse");
        const CliRun r = runCliWith({QStringLiteral("--db"), url, QStringLiteral("info")});
        CHECK(r.code != 0);
        CHECK(r.err.contains(QStringLiteral("authentication failed for user \"fd_password_user\"")));
    }
    {
        ScopedEnv password("PGPASSWORD", "right horse");
        const CliRun r = runCliWith({QStringLiteral("--db"), url, QStringLiteral("info")});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(r.out.contains(url));
    }
    QString withPassword = url;
    withPassword.replace(QStringLiteral("fd_password_user@"), QStringLiteral("fd_password_user:right%20horse@"));
    const CliRun refused = runCliWith({QStringLiteral("--db"), withPassword, QStringLiteral("info")});
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("PGPASSWORD")));
    CHECK(!refused.err.contains(QStringLiteral("right")));
}

TEST_CASE("postgresql:// addresses are parsed or refused with the reason", "[postgres][cli]")
{
    const PostgresParams p = PostgresParams::fromUrl(QStringLiteral("postgresql://sales@db.office.lan:6543/funneldesk"
                                                                    "?schema=east"));
    CHECK(p.user == QStringLiteral("sales"));
    CHECK(p.host == QStringLiteral("db.office.lan"));
    CHECK(p.port == 6543);
    CHECK(p.database == QStringLiteral("funneldesk"));
    CHECK(p.schema == QStringLiteral("east"));
    CHECK(p.password.isEmpty());
    CHECK(p.description() == QStringLiteral("postgresql://sales@db.office.lan:6543/funneldesk?schema=east"));
    CHECK(PostgresParams::fromUrl(QStringLiteral("postgres://u@h/d")).port == 5432);
    CHECK(PostgresParams::isUrl(QStringLiteral("postgresql://u@h/d")));
    CHECK_FALSE(PostgresParams::isUrl(QStringLiteral("/home/u/postgresql.sqlite")));
    CHECK_THROWS_WITH(PostgresParams::fromUrl(QStringLiteral("postgresql://u@h:5432/")),
                      Catch::Contains("names no database"));
    CHECK_THROWS_WITH(PostgresParams::fromUrl(QStringLiteral("postgresql://u@h/d?sslmode=x")),
                      Catch::Contains("Unknown setting \"sslmode\""));
    CHECK_THROWS_WITH(PostgresParams::fromUrl(QStringLiteral("postgresql://u:secret@h/d")),
                      Catch::Contains("PGPASSWORD") && !Catch::Contains("secret"));
}

TEST_CASE("info on a team database in its own schema counts that schema's tables", "[postgres][cli]")
{
    TempPgDatabase t; // FunnelDesk's tables in "public" already; the office uses schema "east"
    const QString url = t.path() + QStringLiteral("?schema=east");
    const QJsonObject info = cliJson(url, {QStringLiteral("info"), QStringLiteral("--json")});
    CHECK(info.value(QStringLiteral("database")).toString() == url);
    CHECK(info.value(QStringLiteral("schema_version")).toInt() == Migrator::latestVersion());
    const QJsonObject tables = info.value(QStringLiteral("tables")).toObject();
    CHECK(tables.contains(QStringLiteral("opportunities")));
    CHECK(tables.value(QStringLiteral("schema_version")).toInt() == Migrator::latestVersion());
    for (const QString &name : tables.keys())
        CHECK_FALSE(name.contains(QLatin1Char('.')));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'east' "
                                  "AND table_type = 'BASE TABLE'"))
              .toInt()
          == tables.size());
}
