#include "sqlquery.h"

#include "database.h"
#include "domain/errors.h"
#include "transaction.h"

#include <QSqlError>

namespace fd {

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    // QPSQL streams a forward-only result row by row and silently drops the rest when another
    // statement runs on the connection: code that queries or writes while reading rows (a
    // loop over a result) would see it end early. PostgreSQL results are buffered instead.
    m_query.setForwardOnly(db.dialect().kind() == Dialect::Kind::Sqlite);
    if (!m_query.prepare(sql))
        throw StorageError(QStringLiteral("Cannot prepare SQL: %1\n%2").arg(m_query.lastError().text(), sql));
}

SqlQuery::~SqlQuery()
{
    m_db.parkQuery(m_query); // only while a PostgreSQL transaction is aborted
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::add(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec()) {
        const QString message = QStringLiteral("SQL failed: %1\n%2").arg(m_query.lastError().text(), m_sql);
        if (Transaction::isOpen(m_db))
            m_db.markAborted(); // PostgreSQL: free nothing until the rollback
        m_db.parkQuery(m_query);
        if (m_query.lastError().nativeErrorCode() == QLatin1String("42501"))
            throw PermissionError(message);
        throw StorageError(message);
    }
    return *this;
}

qint64 SqlQuery::insert()
{
    exec();
    if (!m_query.next())
        throw StorageError(QStringLiteral("INSERT returned no id:\n%1").arg(m_sql));
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

QVariant SqlQuery::scalar()
{
    exec();
    const QVariant v = m_query.next() ? m_query.value(0) : QVariant();
    // Release the statement at once: SQLite refuses VACUUM/commit while one is active.
    m_query.finish();
    return v;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace fd
