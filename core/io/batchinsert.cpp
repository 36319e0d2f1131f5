#include "batchinsert.h"

#include "bulkinsert.h"
#include "domain/errors.h"
#include "storage/database.h"

namespace fd {

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns, int batchRows)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_batchRows(db.dialect().kind() == Dialect::Kind::Sqlite ? batchRows : 1)
{
    m_values.reserve(m_batchRows * columns.size());
}

BatchInsert::~BatchInsert() = default;

BulkInsert &BatchInsert::statementFor(int rows)
{
    auto &slot = m_statements[rows];
    if (!slot) {
        // Table and column names come from code constants, never from input.
        QString marks = QStringLiteral("(")
                        + QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))
                        + QStringLiteral(")");
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                .arg(m_table, m_columns.join(QStringLiteral(", ")),
                                     QStringList(rows, marks).join(QStringLiteral(", ")));
        slot = std::make_shared<BulkInsert>(m_db, sql);
    }
    return *slot;
}

qint64 BatchInsert::addRow(const QVariantList &values)
{
    if (values.size() != m_columns.size())
        throw StorageError(
            QStringLiteral("%1: %2 values for %3 columns").arg(m_table).arg(values.size()).arg(m_columns.size()));
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
