#include "tempdatabase.h"

#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QFile>

#include <stdexcept>

namespace fd::test {

TestBackend testBackend()
{
    static const TestBackend backend = [] {
        const QString name = qEnvironmentVariable("FD_TEST_BACKEND");
        if (name.isEmpty() || name == QLatin1String("sqlite"))
            return TestBackend::Sqlite;
        if (name == QLatin1String("postgres"))
            return TestBackend::Postgres;
        throw std::runtime_error("FD_TEST_BACKEND must be sqlite or postgres, not " + name.toStdString());
    }();
    return backend;
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
    if (testBackend() == TestBackend::Postgres) {
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

QString TempDatabase::writeFile(const QString &name, const QString &text)
{
    const QString path = dir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        throw std::runtime_error("cannot write the test file " + path.toStdString());
    return path;
}

QVariant TempDatabase::scalar(const QString &sql)
{
    SqlQuery q(db(), sql);
    return q.scalar();
}

} // namespace fd::test
