#include "database.h"

#include "domain/clock.h"
#include "domain/errors.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace fd {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("funneldesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(const Dialect &dialect, const QString &location)
    : m_connectionName(nextConnectionName())
    , m_dialect(dialect)
    , m_location(location)
    , m_clock(&systemClock())
{
    m_db = QSqlDatabase::addDatabase(dialect.driverName(), m_connectionName);
}

Database::~Database()
{
    m_parked.clear(); // while the connection is still open
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path)
{
    if (path.isEmpty())
        throw StorageError(QStringLiteral("No database file given"));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        throw StorageError(
            QStringLiteral("Cannot open database %1: folder %2 does not exist").arg(path, info.absolutePath()));
    std::unique_ptr<Database> db(new Database(Dialect(Dialect::Kind::Sqlite), info.absoluteFilePath()));
    db->m_db.setDatabaseName(info.absoluteFilePath());
    if (!db->m_db.open())
        throw StorageError(QStringLiteral("Cannot open database %1: %2").arg(path, db->m_db.lastError().text()));
    // A file that is not a database fails on its first real read, not on open.
    {
        QSqlQuery probe(db->m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            throw StorageError(
                QStringLiteral("%1 is not a FunnelDesk database: %2").arg(path, probe.lastError().text()));
    }
    try {
        for (const QString &statement : db->m_dialect.connectionSetup())
            db->exec(statement);
    } catch (const StorageError &e) {
        throw StorageError(QStringLiteral("Cannot open database %1: %2").arg(path, e.message()));
    }
    return db;
}

QString PostgresParams::description() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4%5")
        .arg(user, host)
        .arg(port)
        .arg(database, schema.isEmpty() ? QString() : QStringLiteral("?schema=") + schema);
}

bool PostgresParams::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

PostgresParams PostgresParams::fromUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isUrl(url) || !parsed.isValid())
        throw StorageError(QStringLiteral("\"%1\" is not a PostgreSQL address like "
                                          "postgresql://user@host:5432/database")
                               .arg(url));
    if (!parsed.password().isEmpty())
        throw StorageError(QStringLiteral("The address %1 contains a password: leave it out and set the PGPASSWORD "
                                          "environment variable (or ~/.pgpass) instead")
                               .arg(parsed.toString(QUrl::RemovePassword)));
    PostgresParams p;
    p.host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
    p.port = parsed.port(5432);
    p.database = parsed.path().mid(1);
    p.user = parsed.userName();
    if (p.user.isEmpty())
        p.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    const QUrlQuery query(parsed);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("schema"))
            p.schema = item.second;
        else
            throw StorageError(QStringLiteral("Unknown setting \"%1\" in %2 (only \"schema\" is understood)")
                                   .arg(item.first, parsed.toString(QUrl::RemovePassword)));
    }
    if (p.database.isEmpty() || p.database.contains(QLatin1Char('/')))
        throw StorageError(QStringLiteral("The address %1 names no database: write postgresql://user@host:port/"
                                          "database")
                               .arg(url));
    return p;
}

std::unique_ptr<Database> Database::open(const QString &target)
{
    return PostgresParams::isUrl(target) ? openPostgres(PostgresParams::fromUrl(target)) : openSqlite(target);
}

QString Database::describeConnectFailure(const PostgresParams &params, const QString &driverText)
{
    const QString where = params.description();
    const QString lower = driverText.toLower();
    // libpq reports these only as text (no SQLSTATE before a session exists).
    if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied"))
        || lower.contains(QLatin1String("no pg_hba.conf entry"))
        || (lower.contains(QLatin1String("role")) && lower.contains(QLatin1String("does not exist"))))
        return QStringLiteral("Cannot open team database %1: authentication failed for user \"%2\" (check the "
                              "user name and the password in PGPASSWORD). Server said: %3")
            .arg(where, params.user, driverText.trimmed());
    if (lower.contains(QLatin1String("database")) && lower.contains(QLatin1String("does not exist")))
        return QStringLiteral("Cannot open team database %1: database \"%2\" does not exist on the server "
                              "(ask the administrator to create it). Server said: %3")
            .arg(where, params.database, driverText.trimmed());
    return QStringLiteral("Cannot open team database %1: cannot connect to the server at %2 port %3 (is it "
                          "running and reachable?). Server said: %4")
        .arg(where, params.host)
        .arg(params.port)
        .arg(driverText.trimmed());
}

std::unique_ptr<Database> Database::openPostgres(const PostgresParams &params)
{
    if (params.database.isEmpty() || params.user.isEmpty() || params.host.isEmpty())
        throw StorageError(QStringLiteral("Cannot open team database %1: host, database and user are required")
                               .arg(params.description()));
    if (params.port <= 0 || params.port > 65535)
        throw StorageError(QStringLiteral("Cannot open team database %1: port %2 is not between 1 and 65535")
                               .arg(params.description())
                               .arg(params.port));
    const Dialect dialect(Dialect::Kind::Postgres);
    std::unique_ptr<Database> db(new Database(dialect, params.description()));
    db->m_pgParams = params;
    if (!db->m_db.isValid())
        throw StorageError(QStringLiteral("Cannot open team database %1: the Qt PostgreSQL driver (QPSQL) is not "
                                          "installed (Debian: libqt6sql6-psql)")
                               .arg(params.description()));
    db->m_db.setHostName(params.host);
    db->m_db.setPort(params.port);
    db->m_db.setDatabaseName(params.database);
    db->m_db.setUserName(params.user);
    db->m_db.setPassword(params.password);
    // An unreachable server fails in seconds rather than after the OS TCP timeout.
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db->m_db.open())
        throw StorageError(describeConnectFailure(params, db->m_db.lastError().text()));
    try {
        for (const QString &statement : dialect.connectionSetup())
            db->exec(statement);
        for (const QString &statement : dialect.schemaSetup(params.schema))
            db->exec(statement);
        db->m_actingUserId = db->sessionUserId();
    } catch (const StorageError &e) {
        throw StorageError(QStringLiteral("Cannot open team database %1: %2").arg(params.description(), e.message()));
    }
    return db;
}

qint64 Database::sessionUserId()
{
    QSqlQuery q(m_db);
    // A new database has no tables yet (the Migrator runs after opening): nobody to find.
    // Nor for a login that may not read users (a server role that is no FunnelDesk login).
    if (!q.exec(QStringLiteral("SELECT CASE WHEN to_regclass('users') IS NULL THEN false "
                               "ELSE has_table_privilege('users', 'SELECT') END"))
        || !q.next())
        throw StorageError(QStringLiteral("Cannot read who is signed in: %1").arg(q.lastError().text()));
    if (!q.value(0).toBool())
        return 0;
    // session_user, not current_user: SET ROLE changes the latter, never the login.
    if (!q.exec(QStringLiteral("SELECT id FROM users WHERE login = session_user AND active = 1")))
        throw StorageError(QStringLiteral("Cannot read who is signed in: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString Database::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("funneldesk.sqlite"));
}

std::unique_ptr<Database> Database::reopen() const
{
    auto db = m_dialect.kind() == Dialect::Kind::Sqlite ? openSqlite(m_location) : openPostgres(m_pgParams);
    db->m_clock = m_clock;
    db->m_actingUserId = m_actingUserId;
    return db;
}

std::function<std::unique_ptr<Database>()> Database::connector() const
{
    if (m_dialect.kind() == Dialect::Kind::Sqlite) {
        // The same person acts on the new connection (not "no user", as before team mode):
        // the core's scoping (storage/viewer.h) then filters a background computation as it
        // filters this connection's queries. On PostgreSQL the same login does that.
        return [path = m_location, user = m_actingUserId]() {
            auto db = openSqlite(path);
            db->setActingUserId(user);
            return db;
        };
    }
    return [params = m_pgParams]() { return openPostgres(params); };
}

void Database::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &systemClock();
}

void Database::markAborted()
{
    m_aborted = m_dialect.kind() == Dialect::Kind::Postgres;
}

void Database::parkQuery(const QSqlQuery &query)
{
    if (m_aborted)
        m_parked.append(query);
}

void Database::releaseParkedQueries()
{
    m_aborted = false;
    m_parked.clear();
}

void Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return;
    const QString message = QStringLiteral("SQL failed: %1\n%2").arg(q.lastError().text(), sql.left(500));
    if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
        throw PermissionError(message);
    throw StorageError(message);
}

} // namespace fd
