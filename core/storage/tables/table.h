#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace fd {

class Database;

// Row definitions: each business table is written down once, in core/storage/tables/, as a
// row struct (the columns an INSERT fills, with the schema's defaults) and the way it binds
// them. Repositories, importers, the demo office and bulk inserts all fill that struct and
// let it write itself, so adding a column (team mode: who created, who may see) is one edit.
// tests/core/test_row_definitions.cpp fails when "INSERT INTO <table>" is written anywhere
// else in core/, and when a definition and the migrated schema disagree.
//
// A row struct holds the stored form: ids, integers and cents as qint64, times and dates
// as their stored ISO text (an import writes its input text as it is), defaults equal
// to the schema's. "empty: NULL" and "0: none" mark the nullable columns; values() binds
// them as NULL. Functions beside a struct turn a domain struct into it (customerRow(…)).
namespace tables {

// A table as its writers see it: its name and the columns an INSERT fills, in the order its
// row struct's values() lists them. The INSERT statements are made here, from these lists.
class Table final
{
public:
    // `hasId`: the table has an "id" key the database numbers (false: a composite key).
    Table(const char *name, std::initializer_list<const char *> columns, bool hasId = true);

    const QString &name() const { return m_name; }
    const QStringList &columns() const { return m_columns; }
    bool hasId() const { return m_hasId; }

    // "INSERT INTO t (a, b) VALUES (?, ?)"; `rows` > 1 writes that many rows in one
    // statement (VALUES (?, ?), (?, ?) …); `withId` puts an explicit "id" column first.
    QString insertSql(int rows = 1, bool withId = false) const;
    // insertSql() followed by " RETURNING id" (a table with an id).
    QString insertReturningIdSql(bool withId = false) const;
    // "INSERT INTO t (a, b) <select>": rows copied set-based; the SELECT yields the
    // columns in the table's order.
    QString insertSelectSql(const QString &select) const;
    // The values of some columns, by name, out of a row's values() (an UPDATE binds the
    // columns it sets from the same row definition). Throws StorageError for a name that
    // is not a column.
    QVariantList pick(const QVariantList &values, std::initializer_list<const char *> columns) const;

private:
    QString m_name;
    QStringList m_columns;
    bool m_hasId;
};

// A value stored in a TEXT column that holds values of any type (audit trail, contract
// changes): its text, and NULL stays NULL (an empty text stays empty).
QVariant textOrNull(const QVariant &value);

// Inserts one row (`values` in the table's column order) in the caller's transaction and
// returns its id: the id the database gave it, or `explicitId` when that is not 0 (a row
// restored by an undo keeps its id); 0 for a table without an id. Throws StorageError.
qint64 insertRow(Database &db, const Table &table, const QVariantList &values, qint64 explicitId = 0);

// Writes back, with its id, a row that was read whole (every stored column by name, as
// SELECT * gives it) and deleted: the undo of a merge. Throws StorageError when a stored
// column is missing from the table's definition (a migration added it and the definition
// was not told) or the row lacks one of the definition's columns.
qint64 restoreRow(Database &db, const Table &table, const QList<QPair<QString, QVariant>> &row);

// Writes a row struct of tables/*.h (one with an `id`: 0 lets the database number it).
template<class Row>
qint64 insert(Database &db, const Row &row)
{
    return insertRow(db, Row::table(), row.values(), row.id);
}

} // namespace tables
} // namespace fd
