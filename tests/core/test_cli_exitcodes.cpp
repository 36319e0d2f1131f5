// The exit-code convention of funneldesk-cli (CliExit in app/cli/cliapp.h), run in-process
// over every command: 2 = wrong usage, decided before anything is read or written; 1 = the
// command ran and failed (on the data, or on a file or database); 0 = success.
#include "catchqt.h"
#include "tempdatabase.h"

#include "clirun.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace fd;

using test::CliRun;
using test::runCliWith;

namespace {

// The command names funneldesk-cli --help lists.
QStringList commandNames()
{
    const CliRun all = runCliWith({QStringLiteral("--help")});
    REQUIRE(all.code == ExitOk);
    const QString commands = all.out.section(QStringLiteral("Commands:\n"), 1);
    QStringList names;
    for (const QString &line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

// Runs one command line against the database `db`.
CliRun run(const QString &db, const QStringList &args)
{
    return runCliWith(QStringList{QStringLiteral("--db"), db} + args);
}

} // namespace

TEST_CASE("an unknown option is wrong usage for every command and opens no database", "[cli][exit]")
{
    QTemporaryDir dir;
    const QStringList names = commandNames();
    REQUIRE(names.size() >= 10);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QString db = dir.filePath(name + QStringLiteral(".sqlite"));
        const CliRun r = run(db, {name, QStringLiteral("--no-such-option")});
        CHECK(r.code == ExitUsage);
        CHECK(r.err.startsWith(QStringLiteral("funneldesk-cli %1: ").arg(name)));
        CHECK(r.err.contains(QStringLiteral("no-such-option")));
        CHECK(r.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(db));
    }
}

TEST_CASE("a missing required option is wrong usage, named, and opens no database", "[cli][exit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("never.sqlite"));
    const QList<QPair<QStringList, QString>> lines = {
        {{QStringLiteral("forecast")}, QStringLiteral("--period")},
        {{QStringLiteral("forecast-history")}, QStringLiteral("--period")},
        {{QStringLiteral("targets")}, QStringLiteral("--period")},
        {{QStringLiteral("backtest"), QStringLiteral("--from"), QStringLiteral("2026-01")}, QStringLiteral("--to")},
        {{QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("customers")}, QStringLiteral("--out")},
        {{QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("customers")}, QStringLiteral("--file")},
        {{QStringLiteral("report"), QStringLiteral("weekly")}, QStringLiteral("--out")},
        {{QStringLiteral("report")}, QStringLiteral("report weekly")},
    };
    for (const auto &[args, named] : lines) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = run(db, args);
        CHECK(r.code == ExitUsage);
        CHECK(r.err.startsWith(QStringLiteral("funneldesk-cli %1: ").arg(args.first())));
        CHECK(r.err.contains(named));
        CHECK_FALSE(QFileInfo::exists(db));
    }
    // Without a command, or with an unknown one, or a --db without its argument.
    CHECK(runCliWith({}).code == ExitUsage);
    CHECK(runCliWith({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).code == ExitUsage);
    CHECK(runCliWith({QStringLiteral("--db")}).code == ExitUsage);
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("an option value not of its form is wrong usage and changes nothing", "[cli][exit]")
{
    test::TempDatabase t;
    const qint64 regions = t.count(QStringLiteral("regions"));
    const QList<QStringList> lines = {
        {QStringLiteral("funnel"), QStringLiteral("--as-of"), QStringLiteral("yesterday")},
        {QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-13-01")},
        {QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
         QStringLiteral("2026-02-01")},
        {QStringLiteral("reps"), QStringLiteral("--to"), QStringLiteral("1.2.2026")},
        {QStringLiteral("forecast"), QStringLiteral("--period"), QStringLiteral("2026-12"), QStringLiteral("--runs"),
         QStringLiteral("0")},
        {QStringLiteral("forecast"), QStringLiteral("--period"), QStringLiteral("2026-12"), QStringLiteral("--method"),
         QStringLiteral("guess")},
        {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("-1")},
        {QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("tomorrow")},
        {QStringLiteral("receivables"), QStringLiteral("--customer"), QStringLiteral("acme")},
        {QStringLiteral("pool-return"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")},
        {QStringLiteral("duplicates"), QStringLiteral("--kind"), QStringLiteral("deals")},
        {QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("deals"), QStringLiteral("--out"),
         t.dir() + QStringLiteral("/x.csv")},
        {QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("customers"), QStringLiteral("--file"),
         t.dir() + QStringLiteral("/x.csv"), QStringLiteral("--encoding"), QStringLiteral("latin-9")},
        {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--out"),
         t.dir() + QStringLiteral("/r.pdf"), QStringLiteral("--format"), QStringLiteral("docx")},
    };
    for (const QStringList &args : lines) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = run(t.path(), args);
        CHECK(r.code == ExitUsage);
        CHECK(r.err.startsWith(QStringLiteral("funneldesk-cli %1: ").arg(args.first())));
    }
    CHECK(t.count(QStringLiteral("regions")) == regions);
    CHECK(t.count(QStringLiteral("opportunities")) == 0);
    CHECK_FALSE(QFileInfo::exists(t.dir() + QStringLiteral("/x.csv")));
    CHECK_FALSE(QFileInfo::exists(t.dir() + QStringLiteral("/r.pdf")));
}

TEST_CASE("a command that fails on the data or on a file exits with 1", "[cli][exit]")
{
    test::TempDatabase t;
    // A name that matches nothing, a period the engine rejects, a file that is not there.
    CliRun r = run(t.path(), {QStringLiteral("funnel"), QStringLiteral("--owner"), QStringLiteral("nobody")});
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("nobody")));
    r = run(t.path(), {QStringLiteral("targets"), QStringLiteral("--period"), QStringLiteral("2026-13")});
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("2026-13")));
    r = run(t.path(), {QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("customers"),
                       QStringLiteral("--file"), t.dir() + QStringLiteral("/missing.csv")});
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("missing.csv")));
    // A database that cannot be opened.
    r = runCliWith({QStringLiteral("--db"), QStringLiteral("/nonexistent-folder/x.sqlite"), QStringLiteral("info")});
    CHECK(r.code == ExitFailure);
    // A second demo into a database that holds one is refused and changes nothing.
    r = run(t.path(), {QStringLiteral("demo"), QStringLiteral("--opportunities"), QStringLiteral("20")});
    REQUIRE(r.code == ExitOk);
    const qint64 deals = t.count(QStringLiteral("opportunities"));
    r = run(t.path(), {QStringLiteral("demo"), QStringLiteral("--opportunities"), QStringLiteral("20")});
    CHECK(r.code == ExitFailure);
    CHECK(r.err.startsWith(QStringLiteral("funneldesk-cli demo: ")));
    CHECK(t.count(QStringLiteral("opportunities")) == deals);
    // And success is 0 with nothing on stderr.
    r = run(t.path(), {QStringLiteral("funnel"), QStringLiteral("--json")});
    CHECK(r.code == ExitOk);
    CHECK(r.err.isEmpty());
}
