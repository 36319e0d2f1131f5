// funneldesk-cli restore --from FILE: replaces the database with a backup, keeping what it
// replaces; refuses a file that is not a FunnelDesk backup or comes from a newer FunnelDesk.
#include "commands.h"

#include "storage/backup/backupservice.h"
#include "storage/database.h"
#include "storage/migrator.h"

namespace fd {

namespace {

class RestoreCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return QStringLiteral("Replace the database with a backup (the replaced data is kept): restore --from FILE");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("from"),
                          QStringLiteral("The backup to restore: a FunnelDesk SQLite file or backup for a file, a "
                                         "pg_dump custom-format file for a team database."),
                          QStringLiteral("FILE")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QString from = parser.value(QStringLiteral("from")).trimmed();
        if (from.isEmpty())
            throw UsageError(QStringLiteral("--from FILE is required"));
        // The database is not opened first: it may be the damaged file the backup replaces.
        const auto result = backupservice::restore(ctx.dbPath, from);
        ctx.out << "Restored " << from << " into " << ctx.dbPath << " (schema version "
                << result.restored.schemaVersion;
        if (result.restored.deals >= 0)
            ctx.out << ", " << result.restored.deals << " deal(s)";
        ctx.out << ")\n";
        if (!result.replacedCopy.isEmpty())
            ctx.out << "The data it replaced is kept in " << result.replacedCopy << '\n';
        // Opening migrates a backup of an older schema to this FunnelDesk's.
        Database &db = ctx.database();
        const int version = Migrator(db).currentVersion();
        if (version != result.restored.schemaVersion)
            ctx.out << "Migrated from schema version " << result.restored.schemaVersion << " to " << version << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace fd
