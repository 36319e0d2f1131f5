#pragma once

#include <QPair>
#include <QStringList>

namespace fd {

class Database;

// Settings for one large write (an import) on SQLite, undone afterwards:
// statement journals kept in memory (each INSERT of a transaction otherwise writes its
// undo pages to a temporary file) and a larger page cache. With deferIndexes, the
// secondary (non-unique) indexes of `tables` are dropped inside the caller's transaction
// and rebuilt by finish() — one sort instead of 100,000 B-tree insertions each; a
// rollback brings them back untouched. On PostgreSQL it does nothing.
// (SQLite-only spellings; a candidate for storage/dialect when that file is open.)
class BulkLoad final
{
public:
    // Call before the transaction begins (PRAGMAs).
    explicit BulkLoad(Database &db);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Inside the transaction: drops the secondary indexes of `tables`.
    void deferIndexes(const QStringList &tables);
    // Inside the transaction, before commit: recreates what deferIndexes() dropped.
    void finish();
    // Names of the indexes currently deferred.
    QStringList deferred() const;

private:
    Database &m_db;
    bool m_sqlite = false;
    QString m_cacheSize;
    QString m_tempStore;
    QList<QPair<QString, QString>> m_dropped; // name, CREATE INDEX statement
};

} // namespace fd
