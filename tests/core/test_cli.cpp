// funneldesk-cli framework and the info command, run in-process.
#include "catchqt.h"
#include "tempdatabase.h"

#include "clirun.h"
#include "storage/migrator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fd;

using test::CliRun;
using test::runCliWith;

TEST_CASE("info --json reports the schema version and the row count of every table", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    const CliRun r = runCliWith({QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("schema_version")).toInt() == Migrator::latestVersion());
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    CHECK(tables.contains(QStringLiteral("opportunities")));
    CHECK(tables.contains(QStringLiteral("audit_log")));
    CHECK(tables.value(QStringLiteral("opportunities")).toInt(-1) == 0);
}

TEST_CASE("info counts rows that are really there", "[cli]")
{
    test::TempDatabase t;
    t.db().exec(QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('华南', '2026-01-01T00:00:00Z')"));
    const QString path = t.path();
    const CliRun r = runCliWith({QStringLiteral("--db"), path, QStringLiteral("info")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Schema version: %1").arg(Migrator::latestVersion())));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("regions\\s+1\\n"))));
}

TEST_CASE("usage errors go to stderr with exit code 2", "[cli]")
{
    CliRun r = runCliWith({QStringLiteral("frobnicate")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    CHECK(r.out.isEmpty());

    r = runCliWith({QStringLiteral("--db")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--db needs a file name")));

    r = runCliWith({QStringLiteral("info"), QStringLiteral("--bogus")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("bogus")));

    r = runCliWith({});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("Usage: funneldesk-cli")));
}

TEST_CASE("every command has --help", "[cli]")
{
    const CliRun all = runCliWith({QStringLiteral("--help")});
    REQUIRE(all.code == 0);
    const auto lines = all.out.split(QLatin1Char('\n'));
    int commands = 0;
    bool inCommands = false;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("Commands:"))) {
            inCommands = true;
            continue;
        }
        if (!inCommands || line.trimmed().isEmpty())
            continue;
        const QString name = line.trimmed().section(QLatin1Char(' '), 0, 0);
        INFO(name.toStdString());
        const CliRun help = runCliWith({name, QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.out.contains(QStringLiteral("--help")));
        CHECK(help.out.startsWith(QStringLiteral("Usage: funneldesk-cli [--db FILE] %1 [options]\n").arg(name)));
        ++commands;
    }
    CHECK(commands >= 1);
}

TEST_CASE("a database that cannot be opened fails with a message on stderr", "[cli]")
{
    const CliRun r = runCliWith(
        {QStringLiteral("--db"), QStringLiteral("/nonexistent-folder/x.sqlite"), QStringLiteral("info")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("/nonexistent-folder")));
}
