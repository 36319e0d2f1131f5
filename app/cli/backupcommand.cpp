// funneldesk-cli backup --out FILE: a consistent copy of the whole database (SQLite: the
// online backup API, while others go on working; PostgreSQL: pg_dump in its custom format).
#include "commands.h"

#include "storage/backup/backupfile.h"
#include "storage/backup/backupservice.h"
#include "storage/database.h"

#include <QFileInfo>

namespace fd {

namespace {

class BackupCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return QStringLiteral("Write a backup of the whole database: backup --out FILE");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("out"),
                          QStringLiteral("The backup file to write (replaced if it exists). A SQLite copy for a "
                                         "file, a pg_dump custom-format file for a team database."),
                          QStringLiteral("FILE")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QString out = parser.value(QStringLiteral("out")).trimmed();
        if (out.isEmpty())
            throw UsageError(QStringLiteral("--out FILE is required"));
        Database &db = ctx.database();
        const QString target = QFileInfo(out).absoluteFilePath();
        if (db.dialect().kind() == Dialect::Kind::Sqlite && target == QFileInfo(db.location()).absoluteFilePath())
            throw UsageError(QStringLiteral("--out names the database itself: choose another file"));
        backupservice::backup(db, target);
        // Read back what was written: the report states what a restore would get.
        const BackupFileInfo info = backupfile::inspect(target);
        ctx.out << "Backed up " << db.location() << " to " << target << " (schema version " << info.schemaVersion;
        if (info.deals >= 0)
            ctx.out << ", " << info.deals << " deal(s)";
        ctx.out << ", " << QFileInfo(target).size() << " bytes)\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace fd
