#include "database.h"

#include "domain/clock.h"
#include "domain/errors.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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
        throw StorageError(QStringLiteral("Cannot open database %1: folder %2 does not exist")
                               .arg(path, info.absolutePath()));
    std::unique_ptr<Database> db(new Database(Dialect(Dialect::Kind::Sqlite), info.absoluteFilePath()));
    db->m_db.setDatabaseName(info.absoluteFilePath());
    if (!db->m_db.open())
        throw StorageError(QStringLiteral("Cannot open database %1: %2").arg(path, db->m_db.lastError().text()));
    // A file that is not a database fails on its first real read, not on open.
    {
        QSqlQuery probe(db->m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            throw StorageError(QStringLiteral("%1 is not a FunnelDesk database: %2").arg(path, probe.lastError().text()));
    }
    try {
        for (const QString &statement : db->m_dialect.connectionSetup())
            db->exec(statement);
    } catch (const StorageError &e) {
        throw StorageError(QStringLiteral("Cannot open database %1: %2").arg(path, e.message()));
    }
    return db;
}

QString Database::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("funneldesk.sqlite"));
}

std::unique_ptr<Database> Database::reopen() const
{
    if (m_dialect.kind() != Dialect::Kind::Sqlite)
        throw StorageError(QStringLiteral("reopen() is only available for SQLite databases"));
    auto db = openSqlite(m_location);
    db->m_clock = m_clock;
    db->m_actingUserId = m_actingUserId;
    return db;
}

void Database::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &systemClock();
}

void Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw StorageError(QStringLiteral("SQL failed: %1\n%2").arg(q.lastError().text(), sql.left(500)));
}

} // namespace fd
