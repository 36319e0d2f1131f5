#include "backupservice.h"

#include "domain/errors.h"
#include "pgtools.h"
#include "sqlitecopy.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace fd::backupservice {

namespace {

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// "<base>-<stamp><suffix>", numbered when a file of that name exists.
QString freeName(const QString &base, const QString &suffix)
{
    QString name = base + suffix;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
    return name;
}

QStringList dumpArguments(const PostgresParams &params, const QString &file)
{
    QStringList args = pgtools::connectionArguments(params);
    args << QStringLiteral("--format=custom") << QStringLiteral("--file=%1").arg(file);
    if (!params.schema.isEmpty())
        args << QStringLiteral("--schema=%1").arg(params.schema);
    args << QStringLiteral("--dbname=%1").arg(params.database);
    return args;
}

void dumpPostgres(const PostgresParams &params, const QString &file, const Progress &progress)
{
    if (progress)
        progress(0, 0);
    // Written under a temporary name: a failed dump never replaces a good backup.
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        pgtools::run(QStringLiteral("pg_dump"), dumpArguments(params, partial), params);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(file).constData()) != 0) {
        QFile::remove(file);
        if (!QFile::rename(partial, file))
            throw StorageError(QStringLiteral("Cannot write the backup %1").arg(file));
    }
}

RestoreResult restoreSqlite(const QString &target, const QString &file, const Progress &progress)
{
    RestoreResult result;
    result.restored = backupfile::checkRestorable(file, false);
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (QFileInfo(file).absoluteFilePath() == absoluteTarget)
        throw StorageError(QStringLiteral("%1 is the database itself: choose a backup file").arg(file));
    bool damaged = false;
    if (QFileInfo::exists(absoluteTarget)) {
        result.replacedCopy = freeName(absoluteTarget + QStringLiteral(".replaced-") + stamp(),
                                       QStringLiteral(".sqlite"));
        try {
            sqlitecopy::copyFile(absoluteTarget, result.replacedCopy);
        } catch (const StorageError &) {
            // Too damaged to read page by page: keep its bytes as they are (with its WAL).
            damaged = true;
            if (!QFile::copy(absoluteTarget, result.replacedCopy))
                throw StorageError(QStringLiteral("Cannot keep a copy of %1 before restoring; nothing was changed")
                                       .arg(absoluteTarget));
            if (QFileInfo::exists(absoluteTarget + QStringLiteral("-wal")))
                QFile::copy(absoluteTarget + QStringLiteral("-wal"), result.replacedCopy + QStringLiteral("-wal"));
        }
    }
    try {
        sqlitecopy::replaceContent(file, absoluteTarget, progress);
    } catch (const StorageError &) {
        if (!damaged)
            throw;
        // A file SQLite cannot write into: start from an empty file (its copy is kept).
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(absoluteTarget + QLatin1String(suffix));
        sqlitecopy::replaceContent(file, absoluteTarget, progress);
    }
    return result;
}

RestoreResult restorePostgres(const QString &target, const QString &file, const Progress &progress,
                              const QString &password)
{
    RestoreResult result;
    result.restored = backupfile::checkRestorable(file, true);
    PostgresParams params = PostgresParams::fromUrl(target);
    params.password = password;
    if (progress)
        progress(0, 0);
    // Keep what is there now, beside the file being restored.
    const QString folder = QFileInfo(file).absolutePath();
    result.replacedCopy = freeName(
        QDir(folder).filePath(QStringLiteral("%1-replaced-%2").arg(params.database, stamp())), QStringLiteral(".dump"));
    dumpPostgres(params, result.replacedCopy, {});
    QStringList args = pgtools::connectionArguments(params);
    args << QStringLiteral("--clean") << QStringLiteral("--if-exists") << QStringLiteral("--single-transaction")
         << QStringLiteral("--exit-on-error") << QStringLiteral("--dbname=%1").arg(params.database) << file;
    pgtools::run(QStringLiteral("pg_restore"), args, params);
    return result;
}

} // namespace

void backup(Database &db, const QString &file, const Progress &progress)
{
    if (db.dialect().kind() == Dialect::Kind::Postgres)
        dumpPostgres(db.postgresParams(), file, progress);
    else
        sqlitecopy::copyTo(db, file, progress);
}

RestoreResult restore(const QString &target, const QString &file, const Progress &progress, const QString &password)
{
    return PostgresParams::isUrl(target) ? restorePostgres(target, file, progress, password)
                                         : restoreSqlite(target, file, progress);
}

} // namespace fd::backupservice
