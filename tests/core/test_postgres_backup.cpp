// backup / restore / check on a team database: pg_dump and pg_restore against the
// throwaway PostgreSQL cluster, the replaced data kept as a dump, foreign keys checked row
// by row.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "pgcluster.h"

#include "storage/backup/backupfile.h"
#include "storage/backup/pgtools.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace fd;
using namespace fd::test;

namespace {

QByteArray head(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(5) : QByteArray();
}

} // namespace

TEST_CASE("a team database is backed up with pg_dump and restored with pg_restore", "[postgres][backup]")
{
    REQUIRE_FALSE(pgtools::find(QStringLiteral("pg_dump")).isEmpty());
    TempPgDatabase pg;
    Builders make(pg.db());
    const Pipeline pipeline = make.pipeline();
    const qint64 owner = make.user(QStringLiteral("王芳"));
    const qint64 customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    for (int i = 0; i < 3; ++i)
        make.opportunity(pipeline, customer, owner, 100000 * (i + 1));
    QTemporaryDir dir;
    const QString dump = QDir(dir.path()).filePath(QStringLiteral("team.dump"));

    const CliRun backup = runCliWith(
        {QStringLiteral("--db"), pg.path(), QStringLiteral("backup"), QStringLiteral("--out"), dump});
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == 0);
    CHECK(head(dump) == "PGDMP");
    CHECK(backupfile::inspect(dump).schemaVersion == Migrator::latestVersion());

    make.opportunity(pipeline, customer, owner, 5);
    REQUIRE(pg.count(QStringLiteral("opportunities")) == 4);
    const CliRun restore = runCliWith(
        {QStringLiteral("--db"), pg.path(), QStringLiteral("restore"), QStringLiteral("--from"), dump});
    INFO(restore.err.toStdString());
    REQUIRE(restore.code == 0);
    pg.reopen();
    CHECK(pg.count(QStringLiteral("opportunities")) == 3);
    CHECK(pg.count(QStringLiteral("opportunity_stage_history")) == 3);
    const QStringList kept = QDir(dir.path()).entryList({pg.name() + QStringLiteral("-replaced-*.dump")});
    REQUIRE(kept.size() == 1);
    CHECK(head(QDir(dir.path()).filePath(kept.first())) == "PGDMP");
    CHECK(restore.out.contains(kept.first()));

    // A SQLite file is no backup of a team database: refused, nothing changed.
    const QString sqliteFile = QDir(dir.path()).filePath(QStringLiteral("file.sqlite"));
    {
        auto file = Database::openSqlite(sqliteFile);
        Migrator(*file).migrate();
    }
    const CliRun wrongKind = runCliWith(
        {QStringLiteral("--db"), pg.path(), QStringLiteral("restore"), QStringLiteral("--from"), sqliteFile});
    CHECK(wrongKind.code == 1);
    CHECK(wrongKind.err.contains(QStringLiteral("PostgreSQL dump")));
    CHECK(pg.count(QStringLiteral("opportunities")) == 3);
}

TEST_CASE("check on a team database verifies every foreign key row by row", "[postgres][backup]")
{
    TempPgDatabase pg;
    Builders make(pg.db());
    const Pipeline pipeline = make.pipeline();
    const qint64 owner = make.user(QStringLiteral("王芳"));
    make.opportunity(pipeline, make.customer(QStringLiteral("客户")), owner, 100000);
    CliRun r = runCliWith({QStringLiteral("--db"), pg.path(), QStringLiteral("check")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    // What a load with triggers disabled can leave behind (the superuser may do that).
    pg.db().exec(QStringLiteral("ALTER TABLE opportunity_stage_history DISABLE TRIGGER ALL"));
    pg.db().exec(QStringLiteral("INSERT INTO opportunity_stage_history (opportunity_id, to_stage_id, to_status, "
                                "changed_at) VALUES (99999, %1, 'open', '2026-01-01T00:00:00Z')")
                     .arg(pipeline.stages.first().id));
    pg.db().exec(QStringLiteral("ALTER TABLE opportunity_stage_history ENABLE TRIGGER ALL"));
    const qint64 row = pg.scalar(QStringLiteral("SELECT max(id) FROM opportunity_stage_history")).toLongLong();
    r = runCliWith({QStringLiteral("--db"), pg.path(), QStringLiteral("check")});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("opportunity_stage_history row %1: opportunity_id = 99999 refers to no row of "
                                        "opportunities")
                             .arg(row)));
    pg.db().exec(QStringLiteral("DELETE FROM opportunity_stage_history WHERE id = %1").arg(row));
}
