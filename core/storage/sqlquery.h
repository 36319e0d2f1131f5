#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace fd {

class Database;

// A prepared, parameterised statement that throws StorageError instead of returning
// false. All SQL in FunnelDesk binds its values; nothing is spliced into the text.
class SqlQuery final
{
public:
    // Prepares `sql` on `db`. Throws StorageError if it does not compile.
    SqlQuery(Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Binds a named placeholder (":name"). Returns *this for chaining.
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // Binds positional placeholders ("?") in order.
    SqlQuery &add(const QVariant &value);

    // Runs the statement. Throws StorageError with the driver message and the SQL.
    SqlQuery &exec();
    // Runs an "INSERT ... RETURNING id" statement and returns the new id.
    qint64 insert();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar();
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
};

// QVariant for an optional id: 0 (no reference) binds SQL NULL.
QVariant nullableId(qint64 id);
// QVariant for optional text: an empty string binds SQL NULL.
QVariant nullableText(const QString &text);
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace fd
