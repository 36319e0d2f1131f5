#pragma once

#include "dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace fd {

class Clock;

// Where a team database lives. The password is kept only in memory (for reopen()).
struct PostgresParams
{
    QString host = QStringLiteral("127.0.0.1"); // a host name, an address or a socket folder
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString schema; // empty = the server's default search_path ("public")

    // "postgresql://user@host:port/database" (never the password).
    QString description() const;

    // True for a "postgresql://" (or "postgres://") address, false for a file path.
    static bool isUrl(const QString &text);
    // Parses "postgresql://user@host[:port]/database[?schema=name]". The user defaults to
    // PGUSER, then the login name. A password in the address is refused (it would show in
    // process lists and shell history): libpq reads PGPASSWORD or ~/.pgpass instead.
    // Throws StorageError naming what is wrong.
    static PostgresParams fromUrl(const QString &url);
};

// One open connection to a FunnelDesk database (an embedded SQLite file, or a
// PostgreSQL server in team mode). Not thread-safe: a worker thread opens its own
// connection with reopen().
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) a SQLite file with WAL, foreign keys and a busy
    // timeout. Does not migrate: call Migrator. Throws StorageError.
    static std::unique_ptr<Database> openSqlite(const QString &path);

    // Connects to a PostgreSQL server (team mode) and sets up the session (UTC, lock
    // timeout, application name). Does not migrate: call Migrator. Throws StorageError
    // saying whether the server was unreachable, the login refused or the database missing.
    static std::unique_ptr<Database> openPostgres(const PostgresParams &params);

    // A "postgresql://" address (PostgresParams::fromUrl) or else a SQLite file path:
    // what the --db option of both programs accepts.
    static std::unique_ptr<Database> open(const QString &target);

    // The default file: <AppDataLocation>/funneldesk.sqlite (folder created).
    static QString defaultSqlitePath();

    // Another connection to the same database, for use on another thread.
    std::unique_ptr<Database> reopen() const;
    // What opens another connection to this database (file or server, with the password
    // given to openPostgres), to be called later on any thread: a copy that holds no
    // reference to this Database. The new connection has the system clock and the same
    // acting user (team scoping then filters it alike: storage/viewer.h).
    std::function<std::unique_ptr<Database>()> connector() const;

    QSqlDatabase &connection() { return m_db; }
    const Dialect &dialect() const { return m_dialect; }
    // The SQLite file path, or the server description in team mode.
    QString location() const { return m_location; }
    // Team mode: what this connection connected with (the password included, for the
    // PostgreSQL client programs a backup runs); empty on SQLite.
    const PostgresParams &postgresParams() const { return m_pgParams; }

    // Time source for created_at / changed_at; the system clock unless set.
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock);

    // The user on whose behalf changes are made (changed_by, audit, receipts, imports);
    // 0 = none/system. On PostgreSQL resolved once at open: the active users row whose
    // login is the connection's session_user (0 for a login that is no FunnelDesk person).
    // On SQLite set by signing in (auth/signin.h). Tests set it directly.
    qint64 actingUserId() const { return m_actingUserId; }
    void setActingUserId(qint64 id) { m_actingUserId = id; }

    // Raw SQL for setup code: throws StorageError with the driver message on failure.
    void exec(const QString &sql);

    // PostgreSQL refuses every statement, even freeing a prepared one, in a transaction that
    // a failed statement aborted. SqlQuery reports such a failure (markAborted) and then
    // parks every query it would free until the Transaction has rolled back and calls
    // releaseParkedQueries(). No-ops on SQLite.
    void markAborted();
    bool isAborted() const { return m_aborted; }
    void parkQuery(const QSqlQuery &query);
    void releaseParkedQueries();

private:
    Database(const Dialect &dialect, const QString &location);
    static QString describeConnectFailure(const PostgresParams &params, const QString &driverText);
    // PostgreSQL: the id of the active user whose login = session_user, 0 if none (or
    // the schema is not created yet).
    qint64 sessionUserId();

    QString m_connectionName;
    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_location;
    PostgresParams m_pgParams; // team mode only: what reopen() connects to
    const Clock *m_clock;
    qint64 m_actingUserId = 0;
    QList<QSqlQuery> m_parked;
    bool m_aborted = false;
};

} // namespace fd
