#include "tempdatabase.h"

#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <stdexcept>

namespace fd::test {

namespace {
TestBackend g_backend = TestBackend::Sqlite; // constant-initialised: safe from static initialisers
} // namespace

TestBackend testBackend()
{
    return g_backend;
}

void setTestBackend(TestBackend backend)
{
    g_backend = backend;
}

QDateTime TempDatabase::defaultNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

TempDatabase::TempDatabase(const QDateTime &now, bool migrate)
    : m_clock(now)
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    if (g_backend == TestBackend::Postgres) {
        m_pg = std::make_unique<TempPgDatabase>(now, migrate);
        return;
    }
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    m_db = Database::openSqlite(m_path);
    m_db->setClock(&m_clock);
    if (migrate)
        Migrator(*m_db).migrate();
}

TempDatabase::~TempDatabase() = default;

void TempDatabase::reopen()
{
    if (m_pg) {
        m_pg->reopen();
        return;
    }
    const qint64 user = m_db->actingUserId();
    m_db.reset();
    m_db = Database::openSqlite(m_path);
    m_db->setClock(&m_clock);
    m_db->setActingUserId(user);
}

qint64 TempDatabase::count(const QString &table)
{
    return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

QVariant TempDatabase::scalar(const QString &sql)
{
    SqlQuery q(db(), sql);
    return q.scalar();
}

} // namespace fd::test
