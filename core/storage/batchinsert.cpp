#include "batchinsert.h"

#include "bulkinsert.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/tables/table.h"

namespace fd {

BatchInsert::BatchInsert(Database &db, const tables::Table &table, int batchRows)
    : m_db(db)
    , m_table(table)
    , m_columnCount(table.columns().size())
    , m_batchRows(db.dialect().kind() == Dialect::Kind::Sqlite ? batchRows : 1)
{
    m_values.reserve(m_batchRows * m_columnCount);
}

BatchInsert::~BatchInsert() = default;

BulkInsert &BatchInsert::statementFor(int rows)
{
    auto &slot = m_statements[rows];
    if (!slot)
        slot = std::make_shared<BulkInsert>(m_db, m_table.insertSql(rows));
    return *slot;
}

qint64 BatchInsert::addRow(const QVariantList &values)
{
    if (values.size() != m_columnCount)
        throw StorageError(
            QStringLiteral("%1: %2 values for %3 columns").arg(m_table.name()).arg(values.size()).arg(m_columnCount));
    m_values += values;
    return pending() >= m_batchRows ? flush() : 0;
}

qint64 BatchInsert::flush()
{
    const int rows = pending();
    if (rows == 0)
        return 0;
    BulkInsert &insert = statementFor(rows);
    for (const QVariant &v : std::as_const(m_values))
        insert.add(v);
    m_values.clear();
    const qint64 id = insert.exec();
    // SQLite reports the last row's id; the batch's rows got the ids before it.
    return m_batchRows == 1 ? id : id - rows + 1;
}

} // namespace fd
