#pragma once

// A raw sqlite3 connection for the backup code (core/storage/backup only): the backup API
// and checks of files that are not open as a FunnelDesk Database.
#include "domain/errors.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace fd::sqlitecopy {

inline QString message(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

// A raw sqlite3 connection closed on scope exit.
class Connection final
{
public:
    Connection(const QString &path, int flags)
    {
        const QByteArray name = QFile::encodeName(path);
        const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            const QString why = message(m_db);
            close();
            throw StorageError(QStringLiteral("Cannot open %1: %2").arg(path, why));
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql, const QString &what)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const QString why = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
            sqlite3_free(error);
            throw StorageError(QStringLiteral("%1: %2").arg(what, why));
        }
    }
    // The first column of the first row of `sql`, as text.
    QString text(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        QString result;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        else
            result = message(m_db);
        sqlite3_finalize(stmt);
        return result;
    }
    // The first column of every row of `sql`, as text; throws StorageError naming `what`.
    QStringList column(const char *sql, const QString &what)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            throw StorageError(QStringLiteral("%1: %2").arg(what, message(m_db)));
        QStringList rows;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            throw StorageError(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
        return rows;
    }
    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace fd::sqlitecopy
