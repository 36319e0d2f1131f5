// Schema migrations: from empty, refusal of a newer schema, backup before migrating.
#include "catchqt.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>

using namespace fd;

TEST_CASE("migration from an empty file creates every table of the product", "[migrations]")
{
    test::TempDatabase t(test::TempDatabase::defaultNow(), /*migrate=*/false);
    Migrator m(t.db());
    REQUIRE(m.currentVersion() == 0);
    m.migrate();
    CHECK(m.currentVersion() == Migrator::latestVersion());
    CHECK(m.backupPath().isEmpty()); // nothing to back up in a new file

    const QStringList tables = t.db().connection().tables();
    for (const char *name : {"users",
                             "teams",
                             "regions",
                             "pipelines",
                             "stages",
                             "stage_tasks",
                             "stage_roles",
                             "opportunities",
                             "opportunity_stage_history",
                             "opportunity_products",
                             "opportunity_team_members",
                             "customers",
                             "customer_shares",
                             "contacts",
                             "leads",
                             "campaigns",
                             "products",
                             "product_lines",
                             "activities",
                             "followup_tasks",
                             "targets",
                             "contracts",
                             "contract_changes",
                             "contract_approvals",
                             "payment_plans",
                             "payment_instalments",
                             "invoices",
                             "receipts",
                             "receivable_adjustments",
                             "attachments",
                             "audit_log",
                             "settings",
                             "lost_reasons",
                             "scoring_rules",
                             "pay_plans",
                             "pay_plan_versions",
                             "pay_plan_commissions",
                             "pay_plan_tiers",
                             "pay_statement_reviews",
                             "pay_period_closes",
                             "pay_statements",
                             "schema_version"}) {
        INFO(name);
        CHECK(tables.contains(QString::fromLatin1(name)));
    }
    // Running again is a no-op.
    m.migrate();
    CHECK(t.count(QStringLiteral("schema_version")) == Migrator::latestVersion());
}

TEST_CASE("a PostgreSQL-only migration is recorded on SQLite and changes nothing there", "[migrations]")
{
    test::TempDatabase t(test::TempDatabase::defaultNow(), /*migrate=*/false);
    Migrator(t.db()).migrate();
    // 0006_team_security.pg.sql: roles, policies and triggers exist only on a server.
    CHECK(t.scalar(QStringLiteral("SELECT name FROM schema_version WHERE version = 6")).toString()
          == QStringLiteral("team_security"));
    const QStringList tables = t.db().connection().tables();
    CHECK_FALSE(tables.contains(QStringLiteral("team_roles")));
    CHECK_FALSE(tables.contains(QStringLiteral("audit_trail")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).toInt() == 0);
}

TEST_CASE("the connection runs with WAL, foreign keys and a busy timeout", "[migrations]")
{
    test::TempDatabase t;
    CHECK(t.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}

TEST_CASE("a database from a newer FunnelDesk is refused and left untouched", "[migrations]")
{
    test::TempDatabase t;
    const int newer = Migrator::latestVersion() + 1;
    t.db().exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (%1, 'future', "
                               "'2030-01-01T00:00:00Z')")
                    .arg(newer));
    const qint64 before = t.count(QStringLiteral("schema_version"));
    Migrator m(t.db());
    try {
        m.migrate();
        FAIL("a newer schema was accepted");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("newer FunnelDesk")));
        CHECK(e.message().contains(QString::number(newer)));
    }
    CHECK(t.count(QStringLiteral("schema_version")) == before);
    CHECK(m.backupPath().isEmpty());
    CHECK(QDir(t.dir()).entryList({QStringLiteral("*.before-*")}).isEmpty());
}

TEST_CASE("an existing database is copied before a migration runs", "[migrations]")
{
    test::TempDatabase t;
    // Pretend the file is at an older version: drop the record of the latest migration
    // and the table it would have created; keep data in another table.
    t.db().exec(QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('华东', '2026-01-01T00:00:00Z')"));
    t.db().exec(QStringLiteral("DELETE FROM schema_version"));
    t.db().exec(QStringLiteral("CREATE TABLE keep_me (x INTEGER)"));
    t.db().exec(QStringLiteral("INSERT INTO keep_me VALUES (42)"));
    // Version 0 with data present: the first migration will fail on "table exists", but
    // only after the backup was written; the failure must roll back completely.
    // The copy goes to the automatic backups' folder (the data folder unless set), named
    // after the file, its time and the version it was taken before.
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("backups"));
    Migrator m(t.db());
    m.setBackupFolder(folder);
    CHECK_THROWS_AS(m.migrate(), StorageError);
    const QStringList backups = QDir(folder).entryList(
        {QStringLiteral("test.sqlite-*-20261123-090000-before-v0.sqlite")});
    REQUIRE(backups.size() == 1);
    CHECK(QFileInfo(QDir(folder).filePath(backups.first())).size() > 0);
    CHECK(m.backupPath() == QDir(folder).filePath(backups.first()));
    // The failed migration left the original untouched.
    CHECK(t.count(QStringLiteral("schema_version")) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT x FROM keep_me")).toInt() == 42);

    // The copy is a complete, readable database with the same data.
    auto copy = Database::openSqlite(QDir(folder).filePath(backups.first()));
    SqlQuery q(*copy, QStringLiteral("SELECT name FROM regions"));
    CHECK(q.scalar().toString() == QStringLiteral("华东"));
}

TEST_CASE("a file that is not a database is refused with its name", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    try {
        auto db = Database::openSqlite(path);
        FAIL("a text file was opened as a database");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(path));
    }
}
