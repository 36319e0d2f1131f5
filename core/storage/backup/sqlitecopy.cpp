#include "sqlitecopy.h"

#include "domain/errors.h"
#include "sqliteconnection.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstdio>

namespace fd::sqlitecopy {

namespace {

// Pages per backup step: small enough to report progress and let writers in between.
constexpr int kPagesPerStep = 256;
// A destination or source locked by another connection: retry this long, then give up.
constexpr int kBusyWaitMs = 50;
constexpr int kBusyRetries = 200;

// Runs one backup from `src` into `dest` to the end. The destination is write-locked from the
// first step to the last, so it changes in one transaction.
void runBackup(sqlite3 *dest, sqlite3 *src, const Progress &progress, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup)
        throw StorageError(QStringLiteral("%1: %2").arg(what, message(dest)));
    int rc = SQLITE_OK;
    int busy = 0;
    bool cancelled = false;
    while (true) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > kBusyRetries)
                break;
            sqlite3_sleep(kBusyWaitMs);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_DONE)
            break;
    }
    sqlite3_backup_finish(backup);
    if (cancelled)
        throw StorageError(QStringLiteral("%1: cancelled").arg(what));
    if (rc != SQLITE_DONE) {
        const QString why = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                ? QStringLiteral("the database stayed locked by another connection")
                                : QString::fromUtf8(sqlite3_errstr(rc));
        throw StorageError(QStringLiteral("%1: %2").arg(what, why));
    }
}

// Copies from an open connection into a new self-contained file at `target`, written under a
// temporary name and renamed only when complete and checked.
void copyFromHandle(sqlite3 *src, const QString &target, const Progress &progress)
{
    const QString what = QStringLiteral("Cannot write the backup %1").arg(target);
    if (!QFileInfo(target).absoluteDir().exists())
        throw StorageError(QStringLiteral("%1: folder %2 does not exist").arg(what, QFileInfo(target).absolutePath()));
    const QString partial = QStringLiteral("%1.partial-%2").arg(target).arg(QCoreApplication::applicationPid());
    const auto removePartial = [&partial] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
    try {
        Connection dest(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        runBackup(dest.handle(), src, progress, what);
        // The source's header says WAL; a backup is one file that opens anywhere, read-only too.
        dest.exec("PRAGMA journal_mode = DELETE", what);
        const QString check = dest.text("PRAGMA quick_check");
        if (check != QLatin1String("ok"))
            throw StorageError(QStringLiteral("%1: the copy does not read back (%2)").arg(what, check));
        dest.close();
    } catch (...) {
        removePartial();
        throw;
    }
    // rename() replaces an existing target in one step on POSIX; elsewhere remove it first.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(target);
        if (!QFile::rename(partial, target)) {
            removePartial();
            throw StorageError(QStringLiteral("%1: cannot rename the finished copy into place").arg(what));
        }
    }
}

} // namespace

void copyTo(Database &source, const QString &target, const Progress &progress)
{
    const QVariant h = source.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(h.constData()))
        throw StorageError(QStringLiteral("%1 is not an open SQLite database").arg(source.location()));
    sqlite3 *src = *static_cast<sqlite3 *const *>(h.constData());
    if (!sqlite3_get_autocommit(src))
        throw StorageError(QStringLiteral("Cannot back up %1 in the middle of a transaction").arg(source.location()));
    // One read transaction over every step: the copy is one instant of the database, and
    // writers on other connections (WAL) neither wait for it nor restart it.
    char *error = nullptr;
    if (sqlite3_exec(src, "BEGIN; SELECT count(*) FROM sqlite_master;", nullptr, nullptr, &error) != SQLITE_OK) {
        const QString why = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        sqlite3_exec(src, "ROLLBACK", nullptr, nullptr, nullptr);
        throw StorageError(QStringLiteral("Cannot read %1: %2").arg(source.location(), why));
    }
    try {
        copyFromHandle(src, target, progress);
    } catch (...) {
        sqlite3_exec(src, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    sqlite3_exec(src, "COMMIT", nullptr, nullptr, nullptr);
}

void copyFile(const QString &sourcePath, const QString &target, const Progress &progress)
{
    Connection src(sourcePath, SQLITE_OPEN_READONLY);
    src.exec("BEGIN; SELECT count(*) FROM sqlite_master;", QStringLiteral("Cannot read %1").arg(sourcePath));
    copyFromHandle(src.handle(), target, progress);
    sqlite3_exec(src.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

void replaceContent(const QString &sourcePath, const QString &targetPath, const Progress &progress)
{
    Connection src(sourcePath, SQLITE_OPEN_READONLY);
    Connection dest(targetPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    runBackup(dest.handle(), src.handle(), progress,
              QStringLiteral("Cannot restore %1 into %2").arg(sourcePath, targetPath));
}

} // namespace fd::sqlitecopy
