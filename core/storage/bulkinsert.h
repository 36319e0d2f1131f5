#pragma once

#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fd {

class Database;
class SqlQuery;

// One prepared INSERT (made from a row definition, tables/table.h) executed many times:
// an import writes 100,000 rows with it.
// On SQLite it drives the sqlite3 statement directly: no QVariant list per execution and
// no RETURNING (SQLite builds a temporary table per RETURNING execution); the new id is
// the last rowid. Elsewhere it is a SqlQuery with "RETURNING id". Throws StorageError.
class BulkInsert final
{
public:
    // `sql`: "INSERT INTO t (a, b) VALUES (?, ?)" with positional placeholders.
    // `returnsId`: false for a table without an id column (exec() then returns 0
    // elsewhere than on SQLite).
    BulkInsert(Database &db, const QString &sql, bool returnsId = true);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Binds the next placeholder: null, integer (qint64/int/bool) or text.
    BulkInsert &add(const QVariant &value);
    // Runs the statement and returns the id of the inserted row.
    qint64 exec();
    // Binds `values` (one per placeholder, in order) and runs the statement.
    qint64 exec(const QVariantList &values);

private:
    [[noreturn]] void fail();
    // Room for `bytes` bytes that stay put until the statement has run.
    char *textRoom(qsizetype bytes);

    QString m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_next = 1;
    bool m_returnsId = true;
    std::unique_ptr<SqlQuery> m_query;
    // SQLite: the text bound for the next exec(), as UTF-8 (the file's encoding) in blocks
    // reused from one exec() to the next. Bound as UTF-16 and SQLITE_TRANSIENT, SQLite
    // copied every value and translated it at every step: a sixth of an import's own time.
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<std::pair<std::unique_ptr<char[]>, qsizetype>> m_blocks; // block, size
    size_t m_block = 0;
    qsizetype m_used = 0;
};

} // namespace fd
