// Team mode on a real PostgreSQL 15 server (the process's throwaway cluster): opening,
// session setup, located connection errors, migrations.
#include "catchqt.h"
#include "pgcluster.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QSqlDatabase>

using namespace fd;
using fd::test::PgCluster;
using fd::test::TempPgDatabase;

namespace {

QStringList productTables()
{
    return {QStringLiteral("users"),
            QStringLiteral("teams"),
            QStringLiteral("regions"),
            QStringLiteral("pipelines"),
            QStringLiteral("stages"),
            QStringLiteral("stage_tasks"),
            QStringLiteral("stage_roles"),
            QStringLiteral("opportunities"),
            QStringLiteral("opportunity_stage_history"),
            QStringLiteral("opportunity_task_checks"),
            QStringLiteral("opportunity_products"),
            QStringLiteral("opportunity_team_members"),
            QStringLiteral("customers"),
            QStringLiteral("contacts"),
            QStringLiteral("leads"),
            QStringLiteral("campaigns"),
            QStringLiteral("products"),
            QStringLiteral("product_lines"),
            QStringLiteral("activities"),
            QStringLiteral("followup_tasks"),
            QStringLiteral("targets"),
            QStringLiteral("contracts"),
            QStringLiteral("contract_changes"),
            QStringLiteral("payment_plans"),
            QStringLiteral("payment_instalments"),
            QStringLiteral("invoices"),
            QStringLiteral("receipts"),
            QStringLiteral("receivable_adjustments"),
            QStringLiteral("attachments"),
            QStringLiteral("audit_log"),
            QStringLiteral("settings"),
            QStringLiteral("lost_reasons"),
            QStringLiteral("scoring_rules"),
            QStringLiteral("import_batches"),
            QStringLiteral("import_batch_ranges"),
            QStringLiteral("forecast_snapshots"),
            QStringLiteral("schema_version")};
}

} // namespace

TEST_CASE("PostgreSQL: migrations create every table with identity keys and binary columns", "[postgres][migrations]")
{
    TempPgDatabase t(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC), /*migrate=*/false);
    Migrator m(t.db());
    REQUIRE(m.currentVersion() == 0);
    m.migrate();
    CHECK(m.currentVersion() == Migrator::latestVersion());
    CHECK(m.backupPath().isEmpty()); // a server is backed up by its administrator
    CHECK(t.count(QStringLiteral("schema_version")) == Migrator::latestVersion());
    CHECK(t.scalar(QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1")).toString()
          == QStringLiteral("2026-11-23T09:00:00Z"));

    const QStringList tables = t.db().connection().tables();
    for (const QString &name : productTables()) {
        INFO(name.toStdString());
        CHECK(tables.contains(name));
    }
    // {{PK}} became an identity column, {{BLOB}} bytea; 0003 dropped its two indexes.
    CHECK(t.scalar(QStringLiteral("SELECT is_identity FROM information_schema.columns WHERE table_name = "
                                  "'opportunities' AND column_name = 'id'"))
              .toString()
          == QStringLiteral("YES"));
    CHECK(t.scalar(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = "
                                  "'attachments' AND column_name = 'content'"))
              .toString()
          == QStringLiteral("bytea"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN ('idx_history_stage', "
                                  "'idx_history_time')"))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_history_opp'")).toInt() == 1);

    m.migrate(); // again: nothing to do
    CHECK(t.count(QStringLiteral("schema_version")) == Migrator::latestVersion());
}

TEST_CASE("PostgreSQL: the checks of the schema hold on the server", "[postgres][migrations]")
{
    TempPgDatabase t;
    t.db().exec(QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('华东', '2026-01-01T00:00:00Z')"));
    CHECK(t.scalar(QStringLiteral("SELECT id FROM regions WHERE name = '华东'")).toLongLong() == 1);
    // length() counts characters, as on SQLite: a 200-character Chinese name fits, 201 do not.
    t.db().exec(QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('%1', '2026-01-01T00:00:00Z')")
                    .arg(QString(200, QChar(0x4E1C))));
    CHECK_THROWS_AS(t.db().exec(QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('%1', "
                                               "'2026-01-01T00:00:00Z')")
                                    .arg(QString(201, QChar(0x4E1C)))),
                    StorageError);
    CHECK_THROWS_AS(t.db().exec(QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('', "
                                               "'2026-01-01T00:00:00Z')")),
                    StorageError);
    // Foreign keys are always enforced on the server.
    CHECK_THROWS_AS(t.db().exec(QStringLiteral("INSERT INTO teams (name, region_id, created_at) VALUES ('x', 999, "
                                               "'2026-01-01T00:00:00Z')")),
                    StorageError);
    CHECK(t.count(QStringLiteral("teams")) == 0);
}

TEST_CASE("PostgreSQL: a database from a newer FunnelDesk is refused and left untouched", "[postgres][migrations]")
{
    TempPgDatabase t;
    const int newer = Migrator::latestVersion() + 1;
    t.db().exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (%1, 'future', "
                               "'2030-01-01T00:00:00Z')")
                    .arg(newer));
    Migrator m(t.db());
    try {
        m.migrate();
        FAIL("a newer schema was accepted");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("newer FunnelDesk")));
        CHECK(e.message().contains(QString::number(newer)));
        CHECK(e.message().contains(t.name()));
    }
    CHECK(t.count(QStringLiteral("schema_version")) == Migrator::latestVersion() + 1);
}

TEST_CASE("PostgreSQL: a failing migration leaves nothing behind", "[postgres][migrations]")
{
    TempPgDatabase t;
    // Pretend version 0 with data present: migration 0001 fails on "table exists" and its
    // transaction rolls back completely; nothing is copied on a server.
    t.db().exec(QStringLiteral("DELETE FROM schema_version"));
    t.db().exec(QStringLiteral("CREATE TABLE keep_me (x INTEGER)"));
    t.db().exec(QStringLiteral("INSERT INTO keep_me VALUES (42)"));
    Migrator m(t.db());
    CHECK_THROWS_AS(m.migrate(), StorageError);
    CHECK(m.backupPath().isEmpty());
    CHECK(t.count(QStringLiteral("schema_version")) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT x FROM keep_me")).toInt() == 42);
}

TEST_CASE("PostgreSQL: the session runs in UTC with a lock timeout and says who it is", "[postgres][connection]")
{
    TempPgDatabase t;
    CHECK(t.scalar(QStringLiteral("SELECT current_setting('TimeZone')")).toString() == QStringLiteral("UTC"));
    CHECK(t.scalar(QStringLiteral("SELECT current_setting('standard_conforming_strings')")).toString()
          == QStringLiteral("on"));
    CHECK(t.scalar(QStringLiteral("SELECT current_setting('application_name')")).toString()
          == QStringLiteral("FunnelDesk"));
    CHECK(t.scalar(QStringLiteral("SELECT current_setting('server_encoding')")).toString() == QStringLiteral("UTF8"));
    CHECK(t.scalar(QStringLiteral("SELECT current_setting('lock_timeout')")).toString() == QStringLiteral("10s"));
    CHECK(t.db().dialect().kind() == Dialect::Kind::Postgres);
    CHECK(t.db().location()
          == QStringLiteral("postgresql://fdtest@127.0.0.1:%1/%2").arg(PgCluster::instance().port()).arg(t.name()));
    // Chinese text and quotes round-trip through a bound parameter.
    const QString hostile = QStringLiteral("华东 O'Brien \"x\"; DROP TABLE regions; -- \\n");
    SqlQuery insert(t.db(), QStringLiteral("INSERT INTO regions (name, created_at) VALUES (?, ?) RETURNING id"));
    const qint64 id = insert.add(hostile).add(QStringLiteral("2026-01-01T00:00:00Z")).insert();
    SqlQuery read(t.db(), QStringLiteral("SELECT name FROM regions WHERE id = ?"));
    CHECK(read.add(id).scalar().toString() == hostile);
}

TEST_CASE("PostgreSQL: a schema keeps FunnelDesk's tables apart from others", "[postgres][connection]")
{
    TempPgDatabase t(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC), /*migrate=*/false);
    PostgresParams p = t.params();
    p.schema = QStringLiteral("sales_office");
    auto db = Database::openPostgres(p);
    Migrator(*db).migrate();
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                  "'sales_office' AND table_name = 'opportunities'"))
              .toInt()
          == 1);
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).toInt()
        == 0);
    p.schema = QStringLiteral("bad\"; DROP");
    CHECK_THROWS_WITH(Database::openPostgres(p), Catch::Contains("not allowed"));
}

TEST_CASE("PostgreSQL: connection failures say what went wrong and where", "[postgres][connection]")
{
    PgCluster &cluster = PgCluster::instance();

    PostgresParams missing = cluster.params(QStringLiteral("no_such_office"));
    CHECK_THROWS_WITH(Database::openPostgres(missing), Catch::Contains("database \"no_such_office\" does not exist")
                                                           && Catch::Contains("postgresql://fdtest@127.0.0.1"));

    PostgresParams stranger = cluster.params(QStringLiteral("postgres"));
    stranger.user = QStringLiteral("nobody_here");
    CHECK_THROWS_WITH(Database::openPostgres(stranger),
                      Catch::Contains("authentication failed for user \"nobody_here\""));

    // The cluster asks this role for its password (scram-sha-256).
    TempPgDatabase t;
    t.db().exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                               "CREATE ROLE %1 LOGIN PASSWORD 'right horse'; END IF; END $$")
                    .arg(PgCluster::passwordUser()));
    PostgresParams login = t.params();
    login.user = PgCluster::passwordUser();
    login.password = QStringLiteral("wrong horse");
    CHECK_THROWS_WITH(Database::openPostgres(login),
                      Catch::Contains("authentication failed for user \"fd_password_user\"")
                          && !Catch::Contains("wrong horse"));
    login.password = QStringLiteral("");
    CHECK_THROWS_WITH(Database::openPostgres(login), Catch::Contains("authentication failed"));
    login.password = QStringLiteral("right horse");
    CHECK(Database::openPostgres(login)->location().contains(QStringLiteral("fd_password_user@")));

    PostgresParams closed = cluster.params(QStringLiteral("postgres"));
    closed.port = cluster.port() == 1 ? 2 : 1; // nothing listens on a privileged port 1
    CHECK_THROWS_WITH(Database::openPostgres(closed),
                      Catch::Contains("cannot connect to the server at 127.0.0.1 port"));

    PostgresParams incomplete;
    CHECK_THROWS_WITH(Database::openPostgres(incomplete), Catch::Contains("host, database and user are required"));
}

TEST_CASE("PostgreSQL: a result read while other statements run keeps all its rows", "[postgres][connection]")
{
    TempPgDatabase t;
    for (int i = 1; i <= 5; ++i)
        t.db().exec(
            QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('区域%1', '2026-01-01T00:00:00Z')").arg(i));
    // The pattern of many repositories: loop over a result, query and write for each row.
    SqlQuery regions(t.db(), QStringLiteral("SELECT id, name FROM regions ORDER BY id"));
    regions.exec();
    int seen = 0;
    while (regions.next()) {
        ++seen;
        SqlQuery count(t.db(), QStringLiteral("SELECT count(*) FROM teams"));
        count.scalar();
        SqlQuery team(t.db(), QStringLiteral("INSERT INTO teams (name, region_id, created_at) VALUES (?, ?, ?)"));
        team.add(regions.value(1).toString() + QStringLiteral("一组"))
            .add(regions.value(0))
            .add(QStringLiteral("2026-01-01T00:00:00Z"))
            .exec();
    }
    CHECK(seen == 5); // a streamed (forward-only) PostgreSQL result stopped after the first row
    CHECK(t.count(QStringLiteral("teams")) == 5);
}
