#include "backupfile.h"

#include "domain/errors.h"
#include "pgtools.h"
#include "sqliteconnection.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QFile>
#include <QFileInfo>

namespace fd::backupfile {

namespace {

BackupFileInfo inspectSqlite(const QString &path)
{
    using sqlitecopy::Connection;
    BackupFileInfo info;
    info.format = BackupFileInfo::Format::SqliteFile;
    const QString reading = QStringLiteral("Cannot read %1").arg(path);
    Connection db(path, SQLITE_OPEN_READONLY);
    const QStringList tables = db.column(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('schema_version', "
        "'opportunities', 'pipelines')",
        reading);
    if (tables.size() != 3)
        throw StorageError(QStringLiteral("%1 is a SQLite database but not a FunnelDesk database (it has no %2 "
                                          "table)")
                               .arg(path, tables.contains(QLatin1String("schema_version"))
                                              ? QStringLiteral("opportunities")
                                              : QStringLiteral("schema_version")));
    const QStringList check = db.column("PRAGMA quick_check", reading);
    if (check != QStringList{QStringLiteral("ok")})
        throw StorageError(QStringLiteral("%1 is damaged (run funneldesk-cli --db %1 check for where): %2")
                               .arg(path, check.mid(0, 3).join(QStringLiteral("; "))));
    info.schemaVersion = db.column("SELECT COALESCE(MAX(version), 0) FROM schema_version", reading).value(0).toInt();
    info.deals = db.column("SELECT count(*) FROM opportunities", reading).value(0).toLongLong();
    return info;
}

// The version recorded in a dump: pg_restore prints schema_version's rows as a COPY block.
BackupFileInfo inspectPostgresDump(const QString &path)
{
    BackupFileInfo info;
    info.format = BackupFileInfo::Format::PostgresDump;
    const QByteArray sql = pgtools::run(
        QStringLiteral("pg_restore"),
        {QStringLiteral("--data-only"), QStringLiteral("--table=schema_version"), QStringLiteral("--file=-"), path},
        PostgresParams());
    bool inCopy = false;
    bool found = false;
    for (const QByteArray &line : sql.split('\n')) {
        if (line.startsWith("COPY ") && line.contains("schema_version")) {
            inCopy = found = true;
        } else if (line == "\\.") {
            inCopy = false;
        } else if (inCopy) {
            info.schemaVersion = std::max(info.schemaVersion, line.split('\t').value(0).toInt());
        }
    }
    if (!found)
        throw StorageError(
            QStringLiteral("%1 is a PostgreSQL dump but not of a FunnelDesk database (no schema_version)").arg(path));
    return info;
}

} // namespace

BackupFileInfo inspect(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw StorageError(QStringLiteral("%1 does not exist or is not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(16);
    file.close();
    if (head == QByteArray("SQLite format 3\0", 16))
        return inspectSqlite(path);
    if (head.startsWith("PGDMP"))
        return inspectPostgresDump(path);
    throw StorageError(QStringLiteral("%1 is not a FunnelDesk database or backup (neither a SQLite file nor a "
                                      "PostgreSQL custom-format dump)")
                           .arg(path));
}

BackupFileInfo checkRestorable(const QString &path, bool toPostgres)
{
    const BackupFileInfo info = inspect(path);
    const bool isDump = info.format == BackupFileInfo::Format::PostgresDump;
    if (isDump != toPostgres)
        throw StorageError(isDump ? QStringLiteral("%1 is a PostgreSQL dump: restore it into a team database "
                                                   "(--db postgresql://…), not into a SQLite file")
                                        .arg(path)
                                  : QStringLiteral("%1 is a SQLite file: a team database is restored from a "
                                                   "PostgreSQL dump (funneldesk-cli backup on the team database)")
                                        .arg(path));
    const int latest = Migrator::latestVersion();
    if (info.schemaVersion > latest)
        throw StorageError(QStringLiteral("%1 has schema version %2, written by a newer FunnelDesk; this FunnelDesk "
                                          "knows versions up to %3. Restore it with the newer FunnelDesk. Nothing "
                                          "was changed.")
                               .arg(path)
                               .arg(info.schemaVersion)
                               .arg(latest));
    return info;
}

} // namespace fd::backupfile
