// funneldesk-cli check: integrity and foreign keys of the database, every finding located
// (table, row, what is wrong). Exit code 1 when anything is wrong.
#include "commands.h"

#include "storage/backup/databasecheck.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class CheckCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return QStringLiteral("Check the database's integrity and foreign keys, with where each problem is");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        // Read as it is: not opened as a FunnelDesk database (no migration, no sign-in), so a
        // damaged file is reported on instead of refused.
        if (!PostgresParams::isUrl(ctx.dbPath) && !QFileInfo(ctx.dbPath).isFile())
            throw NotFoundError(QStringLiteral("%1 does not exist").arg(ctx.dbPath));
        const CheckReport report = databasecheck::check(ctx.dbPath);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray problems;
            for (const CheckProblem &p : report.problems)
                problems.append(QJsonObject{{QStringLiteral("table"), p.table.isEmpty() ? QJsonValue() : p.table},
                                            {QStringLiteral("row"), p.row ? QJsonValue(p.row) : QJsonValue()},
                                            {QStringLiteral("problem"), p.what}});
            const QJsonObject root{{QStringLiteral("database"), report.location},
                                   {QStringLiteral("checks"), QJsonArray::fromStringList(report.checks)},
                                   {QStringLiteral("ok"), report.ok()},
                                   {QStringLiteral("problems"), problems}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            for (const CheckProblem &p : report.problems) {
                ctx.out << (p.table.isEmpty() ? QStringLiteral("(no table)") : p.table);
                if (p.row)
                    ctx.out << " row " << p.row;
                ctx.out << ": " << p.what << '\n';
            }
            ctx.out << report.location << ": " << report.checks.join(QStringLiteral(", ")) << ": "
                    << (report.ok() ? QStringLiteral("ok")
                                    : QStringLiteral("%1 problem(s)").arg(report.problems.size()))
                    << '\n';
        }
        return report.ok() ? ExitOk : ExitFailure;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace fd
