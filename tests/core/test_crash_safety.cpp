// Crash safety, bounded for CTest: funneldesk-cli killed with SIGKILL at random points while
// it imports, moves and undoes, enters receipts, merges and migrates, on a SQLite file (WAL)
// and on the PostgreSQL cluster; after every kill the database is whole, nothing is half
// applied and every acknowledged change is there (tests/support/crashharness.h). The seed is
// fixed and printed; tests/bench/bench_crash runs the same for longer.
#include "catchqt.h"
#include "crashharness.h"
#include "pgcluster.h"

#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace fd;
using namespace fd::test;

namespace {

constexpr quint32 kSeed = 20261204;

void report(const char *where, const CrashFigures &f)
{
    std::printf("crash safety on %s (seed %u): %d rounds, %d kills, %d finished, %d acknowledged, %d corrupt, "
                "%d half applied, %d lost\n",
                where, kSeed, f.rounds, f.kills, f.finished, f.acknowledged, f.corrupt, f.halfApplied, f.lost);
    if (f.migrations > 0)
        std::printf("  migrations %d -> %d: %d rounds, %d killed (left at the old version %d, between %d, at the new "
                    "%d)\n",
                    f.migrationFrom, f.migrationTo, f.migrations, f.migrationKills, f.migrationKilledAtOld,
                    f.migrationKilledBetween, f.migrationKilledAtNew);
    for (const QString &p : f.problems)
        std::printf("  %s\n", qUtf8Printable(p));
    std::fflush(stdout);
}

} // namespace

TEST_CASE("SIGKILL at random points leaves a SQLite file whole, nothing half applied or lost", "[crash]")
{
    QTemporaryDir dir;
    CrashConfig config;
    config.cli = QStringLiteral(FD_CLI_PATH);
    config.target = QDir(dir.path()).filePath(QStringLiteral("crash.sqlite"));
    config.workDir = dir.path();
    config.seed = kSeed;
    config.rounds = 30;
    config.minKills = 5;
    config.minMigrationKills = 2;
    {
        auto db = Database::openSqlite(config.target);
        Migrator(*db).migrate();
    }
    const CrashFigures f = runCrashHarness(config);
    report("SQLite (WAL)", f);
    CHECK(f.kills >= 5); // most commands were killed on the way
    // Migrations ran and were killed: the newest one that changes a SQLite file among them.
    CHECK(f.migrationFrom < f.migrationTo);
    CHECK(f.migrationKills >= 2);
    CHECK(f.acknowledged >= 3);
    CHECK(f.corrupt == 0);
    CHECK(f.halfApplied == 0);
    CHECK(f.lost == 0);
    CHECK(f.problems.isEmpty());
}

TEST_CASE("SIGKILL at random points leaves a team database whole, nothing half applied or lost", "[crash]")
{
    TempPgDatabase pg;
    QTemporaryDir dir;
    CrashConfig config;
    config.cli = QStringLiteral(FD_CLI_PATH);
    config.target = pg.path();
    config.workDir = dir.path();
    config.seed = kSeed;
    config.rounds = 16;
    config.minKills = 3;
    const CrashFigures f = runCrashHarness(config);
    report("PostgreSQL", f);
    CHECK(f.kills >= 3);
    CHECK(f.acknowledged >= 3);
    CHECK(f.corrupt == 0);
    CHECK(f.halfApplied == 0);
    CHECK(f.lost == 0);
    CHECK(f.problems.isEmpty());
}
