#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace fd {

class BulkInsert;
class Database;
namespace tables {
class Table;
}

// Rows for one table written many at a time: one multi-row INSERT per `batchRows` rows,
// so SQLite opens the table's cursors and checks its indexes once per batch instead of
// once per row. Memory stays bounded by one batch. On SQLite the rows of one statement
// get consecutive ids (one writer, rows inserted in VALUES order); on other databases
// a batch is one row. Throws StorageError.
class BatchInsert final
{
public:
    // Rows of `table` (a row definition of tables/, which outlives this), with the values
    // of its row struct.
    BatchInsert(Database &db, const tables::Table &table, int batchRows = 64);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    // Buffers one row (a value per column). Writes the batch when it is full and returns
    // the id of its first row then, otherwise 0.
    qint64 addRow(const QVariantList &values);
    // Writes what is buffered; returns the id of the first row written (0 if none).
    qint64 flush();
    int pending() const { return int(m_values.size() / m_columnCount); }
    int batchRows() const { return m_batchRows; }

private:
    BulkInsert &statementFor(int rows);

    Database &m_db;
    const tables::Table &m_table;
    qsizetype m_columnCount;
    int m_batchRows;
    QVariantList m_values;
    QHash<int, std::shared_ptr<BulkInsert>> m_statements; // by row count
};

} // namespace fd
