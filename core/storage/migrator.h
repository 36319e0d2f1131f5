#pragma once

#include <QString>
#include <QStringList>

namespace fd {

class Database;

// Brings a database to the current schema through numbered migrations
// (storage/migrations/NNNN_name.sql, compiled in). Each migration runs in its own
// transaction and is recorded in schema_version.
class Migrator final
{
public:
    explicit Migrator(Database &db);

    // Highest migration number this build knows.
    static int latestVersion();
    // Version recorded in the database (0 for an empty database).
    int currentVersion();

    // Applies every pending migration. Before touching a SQLite file that already holds
    // data, writes a copy beside it ("<file>.before-v<N>-<UTC stamp>.sqlite", VACUUM INTO)
    // and returns its path in backupPath(). On PostgreSQL no copy is made (a client cannot
    // copy a server's files; the server's administrator backs it up, e.g. pg_dump): each
    // migration is one transaction, DDL included, so a failed one leaves nothing behind.
    // Refuses (StorageError) a database whose schema is newer than this build, and
    // changes nothing then.
    void migrate();

    // Path of the backup the last migrate() made, empty if none was needed.
    QString backupPath() const { return m_backupPath; }

private:
    struct Migration
    {
        int version;
        QString name;
        QString resource;
    };
    static QList<Migration> migrations();
    void ensureVersionTable();
    QString makeBackup(int fromVersion);

    Database &m_db;
    QString m_backupPath;
};

} // namespace fd
