// funneldesk-cli info: schema version and the row count of every table.
#include "commands.h"

#include "storage/database.h"
#include "storage/databasecontents.h"
#include "storage/migrator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class InfoCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return QStringLiteral("Show the schema version and the row count of every table");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        Database &db = ctx.database();
        const int version = Migrator(db).currentVersion();
        QJsonObject counts;
        const QMap<QString, qint64> rowCounts = contents::tableRowCounts(db);
        for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
            counts.insert(it.key(), it.value());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject root{{QStringLiteral("database"), db.location()},
                             {QStringLiteral("schema_version"), version},
                             {QStringLiteral("latest_schema_version"), Migrator::latestVersion()},
                             {QStringLiteral("tables"), counts}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            ctx.out << "Database:       " << db.location() << '\n'
                    << "Schema version: " << version << '\n'
                    << "Tables:\n";
            for (auto it = counts.begin(); it != counts.end(); ++it)
                ctx.out << "  " << it.key().leftJustified(28) << ' ' << it.value().toInteger() << '\n';
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeInfoCommand()
{
    return std::make_unique<InfoCommand>();
}

} // namespace fd
