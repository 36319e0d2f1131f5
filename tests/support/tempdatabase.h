#pragma once

#include "domain/clock.h"
#include "pgcluster.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace fd::test {

// Which server TempDatabase uses in this process: SQLite files unless the environment
// variable FD_TEST_BACKEND is "postgres" (CTest sets it for the "<program>:postgres" runs,
// see fd_add_test ALSO_ON_POSTGRES), so one compiled test program runs on both. Any other
// value than "sqlite" or "postgres" throws std::runtime_error.
enum class TestBackend { Sqlite, Postgres };
TestBackend testBackend();

// A real SQLite file in a fresh temporary folder, migrated to the current schema,
// with a fixed clock (2026-11-23 09:00 UTC unless given). Removed when destroyed.
// On the PostgreSQL backend: a fresh database on the process's test cluster instead
// (TempPgDatabase); dir() is still a temporary folder for the test's files.
class TempDatabase final
{
public:
    explicit TempDatabase(const QDateTime &now = defaultNow(), bool migrate = true);
    ~TempDatabase();

    Database &db() { return m_pg ? m_pg->db() : *m_db; }
    FixedClock &clock() { return m_pg ? m_pg->clock() : m_clock; }
    // The SQLite file, or the postgresql:// address; either is what `funneldesk-cli --db` opens.
    QString path() const { return m_pg ? m_pg->path() : m_path; }
    QString dir() const { return m_dir.path(); }
    bool onPostgres() const { return m_pg != nullptr; }

    // Closes and reopens the connection (to prove data reached the file).
    void reopen();
    // Counts rows of a table (test convenience; the name is never user input).
    qint64 count(const QString &table);
    // First column of the first row of a query.
    QVariant scalar(const QString &sql);
    // Writes `text` as UTF-8 to a file of that name in dir() (an import's input); its path.
    QString writeFile(const QString &name, const QString &text);

    static QDateTime defaultNow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TempPgDatabase> m_pg;
};

} // namespace fd::test
