// bench_crash: the crash-safety harness (tests/support/crashharness.h) for longer than CTest
// runs it: funneldesk-cli killed with SIGKILL at random points while it imports, moves and
// undoes, enters receipts, merges and migrates; prints kills, corrupt files, half-applied and
// lost changes (all must be 0), on a SQLite file (WAL) and on a throwaway PostgreSQL cluster,
// and where the killed migrations left their file (SQLite).
//   bench_crash [--rounds N] [--seed S] [--seconds T (per database)] [--sqlite-only] [--verbose]
#include "crashharness.h"
#include "pgcluster.h"

#include "storage/database.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace fd;
using namespace fd::test;

namespace {

int print(const char *where, quint32 seed, const CrashFigures &f, qint64 ms)
{
    std::printf("%-12s seed %u: %d rounds%s in %.1f s, %d kills, %d finished, %d acknowledged | corrupt %d, "
                "half applied %d, lost %d\n",
                where, seed, f.rounds, f.outOfTime ? " (time budget)" : "", ms / 1000.0, f.kills, f.finished,
                f.acknowledged, f.corrupt, f.halfApplied, f.lost);
    if (f.migrations > 0)
        std::printf(
            "%-12s migrations %d -> %d: %d rounds, %d killed (left at the old version %d, %d of them rolled back "
            "half way, between %d, at the new %d)\n",
            "", f.migrationFrom, f.migrationTo, f.migrations, f.migrationKills, f.migrationKilledAtOld,
            f.migrationKilledMidway, f.migrationKilledBetween, f.migrationKilledAtNew);
    for (const QString &p : f.problems)
        std::printf("  %s\n", qUtf8Printable(p));
    std::fflush(stdout);
    return f.corrupt + f.halfApplied + f.lost;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const int at = int(args.indexOf(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int rounds = option(QStringLiteral("--rounds"), 300);
    const quint32 seed = quint32(option(QStringLiteral("--seed"), 20261204));
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    const QString cli =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/funneldesk-cli"));
    int bad = 0;

    QTemporaryDir dir;
    CrashConfig config;
    config.cli = cli;
    config.workDir = dir.path();
    config.seed = seed;
    config.rounds = rounds;
    config.minMigrationKills = std::max(1, rounds / 30);
    config.budgetMs = qint64(option(QStringLiteral("--seconds"), 0)) * 1000;
    if (verbose)
        config.log = [](const QString &line) { std::printf("  %s\n", qUtf8Printable(line)); };
    config.target = QDir(dir.path()).filePath(QStringLiteral("crash.sqlite"));
    {
        auto db = Database::openSqlite(config.target);
        Migrator(*db).migrate();
    }
    QElapsedTimer timer;
    timer.start();
    const CrashFigures onSqlite = runCrashHarness(config);
    bad += print("SQLite (WAL)", seed, onSqlite, timer.elapsed());

    if (!args.contains(QStringLiteral("--sqlite-only"))) {
        TempPgDatabase pg;
        QTemporaryDir pgDir;
        config.target = pg.path();
        config.workDir = pgDir.path();
        timer.restart();
        const CrashFigures onPostgres = runCrashHarness(config);
        bad += print("PostgreSQL", seed, onPostgres, timer.elapsed());
    }
    return bad == 0 ? 0 : 1;
}
