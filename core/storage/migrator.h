#pragma once

#include <QString>
#include <QStringList>

namespace fd {

class Database;

// Brings a database to the current schema through numbered migrations
// (storage/migrations/NNNN_name.sql, compiled in). Each migration runs in its own
// transaction and is recorded in schema_version.
//
// A migration for one dialect only is named NNNN_name.pg.sql (PostgreSQL) or
// NNNN_name.sqlite.sql: on the other dialect it runs nothing but is still recorded, so
// version numbers mean the same on both. One version may have a twin per dialect (the same
// NNNN_name as .sqlite.sql and .pg.sql, for a change each dialect makes its own way): each
// database runs and records only its own. Statements end with ";" at the end of a line;
// a body quoted with $$ (PL/pgSQL functions, DO blocks) is kept whole up to its closing $$.
// Placeholders, besides the dialect's {{PK}} and {{BLOB}}, in PostgreSQL migrations:
//   {{SCHEMA}}, {{DATABASE}}   the session's schema and database, as quoted identifiers
//   {{ROLE:kind}}              the security role of this database (pgaccess::roleName), quoted
//   {{ROLE_NAME:kind}}         the same name as a string literal
// Who migrates a PostgreSQL database: migrations 0006 to 0014 need a superuser (0006 creates
// roles and hands every table to the owner role, 0014 adds a login function and lets
// the owner role create objects in the schema). From 0015 on, a login that is a member of
// the owner role (not a superuser; e.g. CREATE ROLE fd_installer LOGIN … IN ROLE
// fd_<database>_owner, made once by the server's administrator) migrates too: each migration
// then runs as the owner role (SET LOCAL ROLE), so what it creates belongs to that role. A
// migration the login may not run throws PermissionError naming it, with nothing applied.
// Logins of FunnelDesk users only read the version.
class Migrator final
{
public:
    explicit Migrator(Database &db);

    // Highest migration number this build knows.
    static int latestVersion();
    // Version recorded in the database (0 for an empty database).
    int currentVersion();

    // Applies every pending migration. Before touching a SQLite file that already holds
    // data, writes an automatic backup of it ("…-before-v<N>.sqlite" in the backup folder,
    // see BackupRotation: the online backup API, the oldest beyond the office's number
    // removed) and returns its path in backupPath(). On PostgreSQL no copy is made (a client cannot
    // copy a server's files; the server's administrator backs it up, e.g. pg_dump): each
    // migration is one transaction, DDL included, so a failed one leaves nothing behind.
    // Refuses (StorageError) a database whose schema is newer than this build, and
    // changes nothing then.
    void migrate();
    // The same, up to and including migration `version` only (tests, staged upgrades).
    void migrateTo(int version);

    // Path of the backup the last migrate() made, empty if none was needed.
    QString backupPath() const { return m_backupPath; }
    // Where migrate() writes its backup; BackupRotation::defaultFolder() unless set.
    void setBackupFolder(const QString &folder) { m_backupFolder = folder; }

private:
    struct Migration
    {
        int version;
        QString name;
        QString resource;
        QString dialect; // "" = both, "pg" or "sqlite"
    };
    bool runsHere(const Migration &migration) const;
    // The owner role to run the next migration as: on a team database, when this login is
    // not a superuser but a member of the owner role; "" otherwise.
    QString ownerToMigrateAs();
    QString expand(const QString &sql);
    void runStatements(const QString &sql);
    static QList<Migration> migrations();
    void ensureVersionTable();
    QString makeBackup(int fromVersion);

    Database &m_db;
    QString m_backupPath;
    QString m_backupFolder;
};

} // namespace fd
