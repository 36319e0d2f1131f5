#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fd {

class Database;

// The automatic backups of SQLite files: one a day when FunnelDesk opens the file, and one
// before every migration, kept in the data folder (not beside the file, so that a lost or
// overwritten folder does not take its backups with it), the newest N per database.
// Each is a full copy through the online backup API (sqlitecopy.h), named
// "<file name>-<8 hex of its path>-<UTC yyyyMMdd-HHmmss>-<reason>.sqlite", so that two files
// of the same name in different folders keep apart. Team databases on PostgreSQL are backed
// up by their server's administrator: every function here does nothing for them.
class BackupRotation final
{
public:
    // How many automatic backups of one database are kept unless the office's setting
    // (SettingsRepository key kKeepSetting) says otherwise.
    static constexpr int kDefaultKeep = 10;
    static constexpr const char *kKeepSetting = "backup.keep";

    // <AppDataLocation>/backups (QStandardPaths), created on first use.
    static QString defaultFolder();
    // The office's setting, or kDefaultKeep (also when the database cannot tell yet: an old
    // schema before its migration).
    static int keepSetting(Database &db);

    explicit BackupRotation(const QString &folder = defaultFolder(), int keep = kDefaultKeep);

    // The automatic backups of the SQLite file at `location`, newest first.
    QStringList backupsOf(const QString &location) const;

    // Backs up `db` now with `reason` in the name ("daily", "before-v7"), then removes the
    // oldest of its backups beyond `keep`. Returns the new file's path; empty on PostgreSQL.
    // Throws StorageError (nothing is removed then).
    QString backUp(Database &db, const QString &reason, const QDateTime &now);

    // backUp(db, "daily") unless a backup of `db` was already made on `now`'s UTC day.
    // Returns the new file's path, or empty when none was due.
    QString dailyIfDue(Database &db, const QDateTime &now);

private:
    QString prefixOf(const QString &location) const;

    QString m_folder;
    int m_keep;
};

} // namespace fd
