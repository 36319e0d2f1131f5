#pragma once

#include "domain/clock.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace fd::test {

// A real SQLite file in a fresh temporary folder, migrated to the current schema,
// with a fixed clock (2026-11-23 09:00 UTC unless given). Removed when destroyed.
class TempDatabase final
{
public:
    explicit TempDatabase(const QDateTime &now = defaultNow(), bool migrate = true);

    Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Closes and reopens the connection (to prove data reached the file).
    void reopen();
    // Counts rows of a table (test convenience; the name is never user input).
    qint64 count(const QString &table);
    // First column of the first row of a query.
    QVariant scalar(const QString &sql);

    static QDateTime defaultNow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace fd::test
