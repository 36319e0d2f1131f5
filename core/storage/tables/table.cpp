#include "table.h"

#include "domain/errors.h"
#include "storage/sqlquery.h"

namespace fd::tables {

Table::Table(const char *name, std::initializer_list<const char *> columns, bool hasId)
    : m_name(QString::fromLatin1(name))
    , m_hasId(hasId)
{
    for (const char *c : columns)
        m_columns << QString::fromLatin1(c);
}

QString Table::insertSql(int rows, bool withId) const
{
    // Table and column names are the code constants above, never input.
    const QString columns = (withId ? QStringLiteral("id, ") : QString()) + m_columns.join(QStringLiteral(", "));
    const QString marks =
        QStringLiteral("(")
        + QStringList(m_columns.size() + (withId ? 1 : 0), QStringLiteral("?")).join(QStringLiteral(", "))
        + QStringLiteral(")");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_name, columns, QStringList(rows, marks).join(QStringLiteral(", ")));
}

QString Table::insertReturningIdSql(bool withId) const
{
    return insertSql(1, withId) + QStringLiteral(" RETURNING id");
}

QString Table::insertSelectSql(const QString &select) const
{
    return QStringLiteral("INSERT INTO %1 (%2) %3").arg(m_name, m_columns.join(QStringLiteral(", ")), select);
}

QVariantList Table::pick(const QVariantList &values, std::initializer_list<const char *> columns) const
{
    QVariantList picked;
    picked.reserve(qsizetype(columns.size()));
    for (const char *c : columns) {
        const qsizetype i = m_columns.indexOf(QLatin1String(c));
        if (i < 0 || i >= values.size())
            throw StorageError(QStringLiteral("%1 has no column %2").arg(m_name, QLatin1String(c)));
        picked << values[i];
    }
    return picked;
}

QVariant textOrNull(const QVariant &value)
{
    return value.isNull() || !value.isValid() ? QVariant() : QVariant(value.toString());
}

qint64 insertRow(Database &db, const Table &table, const QVariantList &values, qint64 explicitId)
{
    if (values.size() != table.columns().size())
        throw StorageError(QStringLiteral("%1: %2 values for %3 columns")
                               .arg(table.name())
                               .arg(values.size())
                               .arg(table.columns().size()));
    const bool withId = explicitId != 0;
    if (!table.hasId()) {
        SqlQuery q(db, table.insertSql());
        for (const QVariant &v : values)
            q.add(v);
        q.exec();
        return 0;
    }
    SqlQuery q(db, table.insertReturningIdSql(withId));
    if (withId)
        q.add(explicitId);
    for (const QVariant &v : values)
        q.add(v);
    return q.insert();
}

qint64 restoreRow(Database &db, const Table &table, const QList<QPair<QString, QVariant>> &row)
{
    QVariantList values(table.columns().size());
    QList<bool> seen(table.columns().size(), false);
    qint64 id = 0;
    for (const auto &[column, value] : row) {
        if (column == QLatin1String("id")) {
            id = value.toLongLong();
            continue;
        }
        const qsizetype i = table.columns().indexOf(column);
        if (i < 0)
            throw StorageError(
                QStringLiteral("%1: column %2 is not in the table's row definition").arg(table.name(), column));
        values[i] = value;
        seen[i] = true;
    }
    if (seen.contains(false) || id == 0)
        throw StorageError(QStringLiteral("%1: the row to restore is incomplete").arg(table.name()));
    return insertRow(db, table, values, id);
}

} // namespace fd::tables
