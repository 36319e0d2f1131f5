#pragma once

#include "domain/clock.h"
#include "storage/database.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace fd::test {

// A throwaway PostgreSQL 15 cluster for the tests of this process: started on first use
// (initdb in a temporary folder, pg_ctl on a free loopback port, socket in that folder,
// fsync off), stopped and removed when the process exits. A watcher process removes it too
// if the test process dies without running its exit handlers.
// As root, initdb and the server run as the "postgres" system user (they refuse root).
class PgCluster final
{
public:
    // The cluster, started on the first call. Throws std::runtime_error with the
    // initdb / pg_ctl output when it cannot start (tests fail loudly, never skip).
    static PgCluster &instance();

    // Connection parameters for `database` as the cluster's superuser (trust login).
    PostgresParams params(const QString &database) const;
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("fdtest"); }
    // The one role that logs in with a password (scram-sha-256); everyone else is trusted.
    static QString passwordUser() { return QStringLiteral("fd_password_user"); }
    // Members of this role (which a test creates) must give their password too: how the
    // team-security tests prove a login made by pgaccess signs in with its password.
    static QString passwordGroup() { return QStringLiteral("fd_scram_logins"); }

    // Creates an empty database with a name unique in this process ("fd_test_N").
    QString createDatabase();
    // Drops a database made by createDatabase(), closing any connection still on it.
    void dropDatabase(const QString &name);

    // A migrated database with no rows (besides schema_version): a recycled one when a
    // previous test left one behind, else a new one migrated now. CREATE DATABASE plus the
    // migrations cost ~1 s on a busy machine; emptying a used one ~20 ms.
    QString acquireMigrated(const Clock &clock);
    // Takes back a database from acquireMigrated() through its open connection: emptied and
    // kept for the next test when its schema is still exactly the migrated one, else dropped.
    void release(const QString &name, std::unique_ptr<Database> connection);

    // Stops the server and removes its folder (run at process exit).
    void stopNow();

    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

private:
    PgCluster();
    void start();
    void stop();
    Database &admin();

    QString m_dir;    // everything: data, socket, log
    QString m_binDir; // /usr/lib/postgresql/15/bin
    bool m_asPostgresUser = false;
    int m_port = 0;
    bool m_running = false;
    int m_nextDatabase = 1;
    std::unique_ptr<Database> m_admin; // on the "postgres" database, for CREATE/DROP DATABASE
    QStringList m_clean;               // emptied, migrated databases ready for the next test
    QString m_migratedFingerprint;     // the schema as the migrations leave it
    QString m_emptySql;                // deletes every row and restarts every identity
};

// A migrated database with no data on the process's PgCluster, with a fixed clock
// (2026-11-23 09:00 UTC unless given); same interface as TempDatabase. Not migrated: a
// new empty database, dropped afterwards. Migrated: see PgCluster::acquireMigrated().
class TempPgDatabase final
{
public:
    explicit TempPgDatabase(const QDateTime &now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC),
                            bool migrate = true);
    ~TempPgDatabase();

    Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    // "postgresql://fdtest@127.0.0.1:PORT/fd_test_N": what `funneldesk-cli --db` opens.
    QString path() const;
    QString name() const { return m_name; }
    PostgresParams params() const;

    // Closes and reconnects (to prove data reached the server).
    void reopen();
    // Counts rows of a table (test convenience; the name is never user input).
    qint64 count(const QString &table);
    // First column of the first row of a query.
    QVariant scalar(const QString &sql);

private:
    QString m_name;
    bool m_pooled = false;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace fd::test
